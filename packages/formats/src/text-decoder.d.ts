// TextDecoder exists in every runtime formats targets (browsers, Node, workers) but is declared by
// neither the ES lib nor `types: []`; this is the slice the CSV reader uses.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
