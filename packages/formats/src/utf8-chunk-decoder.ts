/**
 * Strict UTF-8 decoding of a byte stream, chunk by chunk, that names the absolute byte offset
 * of the first bad byte. `TextDecoder` with `fatal` only says that a chunk failed, not where;
 * a reader that must report "byte 5 301 is not UTF-8" holds back a character cut by a chunk
 * boundary itself and checks each complete slice with `firstInvalidUtf8`.
 */
import type { FormatDiagnostic } from "./diagnostic.ts";
import { firstInvalidUtf8 } from "./text-bytes.ts";

/** Text decoded so far, or where and why the bytes stop being UTF-8. */
export type Utf8ChunkResult =
  | { readonly text: string }
  | {
      /** 0-based offset in the whole stream of the first byte that is not UTF-8. */
      readonly invalidByteOffset: number;
      readonly invalidByte: number | undefined;
      /** The stream starts with a UTF-16 byte-order mark. */
      readonly utf16: boolean;
    };

/** Bytes a UTF-8 sequence led by `byte` takes (0 for a byte that leads none). */
function sequenceLength(byte: number): number {
  if (byte < 0x80) return 1;
  if (byte >= 0xc2 && byte <= 0xdf) return 2;
  if (byte >= 0xe0 && byte <= 0xef) return 3;
  if (byte >= 0xf0 && byte <= 0xf4) return 4;
  return 0;
}

/** Where the trailing, not yet complete character of `bytes` starts (bytes.length when none). */
function completeLength(bytes: Uint8Array): number {
  for (let index = bytes.length - 1; index >= Math.max(0, bytes.length - 4); index--) {
    const byte = bytes[index] as number;
    if ((byte & 0xc0) === 0x80) continue;
    const length = sequenceLength(byte);
    return length > 0 && index + length > bytes.length ? index : bytes.length;
  }
  return bytes.length;
}

/**
 * Feed chunks to `decode`, then call `end`; after a failure, stop. A leading UTF-8 byte-order mark
 * is dropped; a UTF-16 one is a failure (`utf16`), since the bytes are then no UTF-8 at all.
 */
export class Utf8ChunkDecoder {
  readonly #decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  #pending: Uint8Array = new Uint8Array(0);
  /** Stream offset of the first pending byte. */
  #offset = 0;
  #started = false;

  /** The text of the complete characters so far, or where the stream stops being UTF-8. */
  decode(chunk: Uint8Array): Utf8ChunkResult {
    const bytes = new Uint8Array(this.#pending.length + chunk.length);
    bytes.set(this.#pending, 0);
    bytes.set(chunk, this.#pending.length);
    return this.#take(bytes, false);
  }

  /** The rest; a character cut off by the end of the stream is an error. */
  end(): Utf8ChunkResult {
    return this.#take(this.#pending, true);
  }

  #take(bytes: Uint8Array, final: boolean): Utf8ChunkResult {
    let start = 0;
    if (!this.#started) {
      // A byte-order mark is three bytes (UTF-8) or two (UTF-16); wait until they are here.
      if (bytes.length < 3 && !final) {
        this.#pending = bytes;
        return { text: "" };
      }
      this.#started = true;
      if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
        return { invalidByteOffset: 0, invalidByte: bytes[0], utf16: true };
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
    }
    const end = final ? bytes.length : completeLength(bytes);
    const complete = bytes.subarray(start, end);
    const invalid = firstInvalidUtf8(complete);
    if (invalid !== -1)
      return {
        invalidByteOffset: this.#offset + start + invalid,
        invalidByte: complete[invalid],
        utf16: false,
      };
    this.#offset += end;
    this.#pending = bytes.slice(end);
    return { text: this.#decoder.decode(complete) };
  }
}

/** The diagnostic for a stream that is not UTF-8, worded as `decodeUtf8` words it. */
export function describeUtf8Failure(
  failure: Exclude<Utf8ChunkResult, { readonly text: string }>,
  code: string,
): FormatDiagnostic {
  const byte =
    failure.invalidByte === undefined ? "" : ` (0x${failure.invalidByte.toString(16).padStart(2, "0")})`;
  return {
    code,
    severity: "error",
    message: failure.utf16
      ? "the file is UTF-16; save it as UTF-8 (with or without a byte-order mark)"
      : `the file is not UTF-8: byte ${failure.invalidByteOffset + 1}${byte} starts no valid character; save it as UTF-8 (a legacy code page such as Windows-1251 gives this)`,
  };
}
