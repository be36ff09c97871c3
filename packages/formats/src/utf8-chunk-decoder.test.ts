/**
 * Chunked UTF-8 decoding: characters cut by chunk boundaries come out whole, and the first bad
 * byte is named by its offset in the whole stream, however the stream is cut. The reference for
 * the offsets is `firstInvalidUtf8` over the whole bytes (what `decodeUtf8` reports).
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { firstInvalidUtf8 } from "./text-bytes.ts";
import { Utf8ChunkDecoder, type Utf8ChunkResult } from "./utf8-chunk-decoder.ts";

/** Decodes `bytes` cut at `cuts`; the text, or the first failure. */
function decodeInChunks(bytes: Uint8Array, cuts: readonly number[]): Utf8ChunkResult {
  const decoder = new Utf8ChunkDecoder();
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  let text = "";
  let start = 0;
  for (const point of [...points, bytes.length]) {
    const result = decoder.decode(bytes.subarray(start, point));
    if (!("text" in result)) return result;
    text += result.text;
    start = point;
  }
  const rest = decoder.end();
  return "text" in rest ? { text: text + rest.text } : rest;
}

describe("Utf8ChunkDecoder", () => {
  it("joins a four-byte character split over four chunks and drops a leading byte-order mark", () => {
    const bytes = new TextEncoder().encode("\ufeffa😀b");
    expect(decodeInChunks(bytes, [1, 2, 3, 4, 5, 6, 7])).toEqual({ text: "a😀b" });
  });

  it("keeps a U+FEFF that is not at the start", () => {
    expect(decodeInChunks(new TextEncoder().encode("a\ufeffb"), [2])).toEqual({ text: "a\ufeffb" });
  });

  it("reports a character cut off by the end of the stream at its first byte", () => {
    const bytes = new TextEncoder().encode("abc€").subarray(0, 5);
    expect(decodeInChunks(bytes, [4])).toEqual({ invalidByteOffset: 3, invalidByte: 0xe2, utf16: false });
  });

  test.prop([fc.string({ unit: "binary", maxLength: 60 }), fc.array(fc.nat(), { maxLength: 8 })])(
    "decodes any text the same however the bytes are cut",
    (text, cuts) => {
      expect(decodeInChunks(new TextEncoder().encode(text), cuts)).toEqual({
        text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text,
      });
    },
  );

  test.prop([fc.uint8Array({ minLength: 3, maxLength: 60 }), fc.array(fc.nat(), { maxLength: 8 })])(
    "names the byte firstInvalidUtf8 names, however the bytes are cut",
    (bytes, cuts) => {
      const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
      const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
      const invalid = firstInvalidUtf8(bytes.subarray(bom));
      const result = decodeInChunks(bytes, cuts);
      if (utf16) expect(result).toMatchObject({ invalidByteOffset: 0, utf16: true });
      else if (invalid === -1) expect(result).toHaveProperty("text");
      else expect(result).toMatchObject({ invalidByteOffset: bom + invalid, utf16: false });
    },
  );
});
