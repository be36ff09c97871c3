/**
 * Drives an incremental text reader (`push` text, then `end`) from a stream of UTF-8 byte
 * chunks, yielding each batch of records as it completes, so a large file is read in bounded
 * memory. Bytes that are not UTF-8 stop the stream with one diagnostic naming the byte.
 */
import type { FormatDiagnostic } from "./diagnostic.ts";
import { decodeUtf8 } from "./text-bytes.ts";
import { describeUtf8Failure, Utf8ChunkDecoder } from "./utf8-chunk-decoder.ts";

/** What a push reader offers: text in, completed records out, diagnostics kept. */
export interface PushReader<T> {
  readonly diagnostics: FormatDiagnostic[];
  push(text: string): T[];
  end(): T[];
}

export async function* readPushReaderStream<T>(
  chunks: AsyncIterable<Uint8Array>,
  reader: PushReader<T>,
  encodingCode: string,
): AsyncGenerator<T[]> {
  const decoder = new Utf8ChunkDecoder();
  for await (const chunk of chunks) {
    const decoded = decoder.decode(chunk);
    if (!("text" in decoded)) {
      reader.diagnostics.push(describeUtf8Failure(decoded, encodingCode));
      return;
    }
    const rows = reader.push(decoded.text);
    if (rows.length > 0) yield rows;
  }
  const rest = decoder.end();
  if (!("text" in rest)) {
    reader.diagnostics.push(describeUtf8Failure(rest, encodingCode));
    return;
  }
  const rows = [...reader.push(rest.text), ...reader.end()];
  if (rows.length > 0) yield rows;
}

/**
 * The same reader over a whole input (text, or UTF-8 bytes): every record, or none and the
 * encoding diagnostic when the bytes are not UTF-8.
 */
export function readPushReaderWhole<T>(
  input: string | Uint8Array,
  reader: PushReader<T>,
  encodingCode: string,
): { records: T[]; encoding?: FormatDiagnostic } {
  if (typeof input === "string") return { records: [...reader.push(input), ...reader.end()] };
  const decoded = decodeUtf8(input, encodingCode);
  if ("diagnostic" in decoded) return { records: [], encoding: decoded.diagnostic };
  return { records: [...reader.push(decoded.text), ...reader.end()] };
}
