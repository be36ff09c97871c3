// TextDecoder and TextEncoder exist in every runtime formats targets (browsers, Node, workers) but
// are declared by neither the ES lib nor `types: []`; these are the slices the readers and their
// tests use.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
