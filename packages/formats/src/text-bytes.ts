/**
 * Bytes to text for the readers: UTF-8 only, checked. A file saved as UTF-16 or in a legacy code
 * page (Windows-1251 for Russian, -1254 for Turkish) would otherwise decode into replacement
 * characters and import as garbage codes; it is refused with the byte offset where it breaks.
 */
import type { FormatDiagnostic } from "./diagnostic.ts";

export type DecodedText = { readonly text: string } | { readonly diagnostic: FormatDiagnostic };

/** The byte offset of the first byte that is not valid UTF-8 (a cut-off last character counts), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] as number;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte <= 0xdf
          ? 2
          : byte >= 0xe0 && byte <= 0xef
            ? 3
            : byte >= 0xf0 && byte <= 0xf4
              ? 4
              : 0;
    if (length === 0 || index + length > bytes.length) return index;
    for (let next = 1; next < length; next++)
      if (((bytes[index + next] as number) & 0xc0) !== 0x80) return index;
    // Overlong forms and surrogates, which a strict decoder refuses too.
    const second = bytes[index + 1] as number;
    if (length === 3 && ((byte === 0xe0 && second < 0xa0) || (byte === 0xed && second > 0x9f))) return index;
    if (length === 4 && ((byte === 0xf0 && second < 0x90) || (byte === 0xf4 && second > 0x8f))) return index;
    index += length;
  }
  return -1;
}

/** UTF-8 bytes (with or without a byte-order mark) as text, or a diagnostic saying why not. */
export function decodeUtf8(bytes: Uint8Array, code: string): DecodedText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return {
      diagnostic: {
        code,
        severity: "error",
        message: "the file is UTF-16; save it as UTF-8 (with or without a byte-order mark)",
      },
    };
  const invalid = firstInvalidUtf8(bytes);
  if (invalid !== -1)
    return {
      diagnostic: {
        code,
        severity: "error",
        message: `the file is not UTF-8: byte ${invalid + 1} (0x${(bytes[invalid] as number).toString(16).padStart(2, "0")}) starts no valid character; save it as UTF-8 (a legacy code page such as Windows-1251 gives this)`,
      },
    };
  return { text: new TextDecoder("utf-8").decode(bytes) };
}
