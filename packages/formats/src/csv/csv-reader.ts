/**
 * An RFC 4180 CSV reader that takes text in chunks, so large files parse in bounded memory. It
 * accepts CRLF, LF or CR line ends, a UTF-8 byte-order mark, quoted fields with `""` escapes and
 * embedded line breaks, and reports malformed quoting with the line and column where it happens.
 */
import type { FormatDiagnostic } from "../diagnostic.ts";

/** One record: its cells and the 1-based line of the file on which it starts. */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface CsvReaderOptions {
  /** Field separator; `,` unless declared otherwise. */
  readonly delimiter?: "," | ";" | "\t";
}

/** Incremental reader: `push` text as it arrives, then `end`; each returns the completed records. */
export class CsvReader {
  readonly diagnostics: FormatDiagnostic[] = [];
  readonly #delimiter: string;
  #cells: string[] = [];
  #field = "";
  #inQuotes = false;
  #afterQuote = false;
  #fieldTouched = false;
  #line = 1;
  #recordLine = 1;
  #quoteLine = 1;
  #pendingCr = false;
  #quotedCr = false;
  #atStart = true;

  constructor(options: CsvReaderOptions = {}) {
    this.#delimiter = options.delimiter ?? ",";
  }

  push(text: string): CsvRecord[] {
    const records: CsvRecord[] = [];
    let start = 0;
    // An empty push (a chunk that ended inside a character) leaves the start, and its BOM, ahead.
    if (this.#atStart && text.length > 0) {
      this.#atStart = false;
      if (text.charCodeAt(0) === 0xfeff) start = 1;
    }
    for (let index = start; index < text.length; index++) {
      const char = text[index] as string;
      if (this.#pendingCr) {
        this.#pendingCr = false;
        if (char === "\n") continue;
      }
      if (this.#inQuotes) {
        if (char === '"') {
          if (text[index + 1] === '"') {
            this.#field += '"';
            index++;
          } else {
            // At a chunk's end this may be the first half of an escaped pair; `#afterQuote`
            // resolves that when the next chunk starts with a quote.
            this.#inQuotes = false;
            this.#afterQuote = true;
          }
        } else {
          if (char === "\r" || (char === "\n" && !this.#quotedCr)) this.#line++;
          this.#quotedCr = char === "\r";
          this.#field += char;
        }
        continue;
      }
      if (this.#afterQuote && char === '"') {
        // An escaped quote whose halves arrived in different chunks.
        this.#field += '"';
        this.#inQuotes = true;
        this.#afterQuote = false;
        continue;
      }
      if (char === this.#delimiter) {
        this.#endField();
      } else if (char === "\n" || char === "\r") {
        this.#endField();
        records.push(this.#endRecord());
        this.#line++;
        this.#recordLine = this.#line;
        if (char === "\r") this.#pendingCr = true;
      } else if (char === '"' && !this.#fieldTouched) {
        this.#inQuotes = true;
        this.#fieldTouched = true;
        this.#quoteLine = this.#line;
      } else {
        if (this.#afterQuote) {
          this.diagnostics.push({
            code: "csv/text-after-quote",
            severity: "error",
            message: `unexpected character ${JSON.stringify(char)} after a closing quote`,
            row: this.#line,
            column: this.#cells.length + 1,
          });
          this.#afterQuote = false;
        }
        if (char === '"') {
          this.diagnostics.push({
            code: "csv/stray-quote",
            severity: "error",
            message: "a quote inside an unquoted field; quote the whole field and double the inner quote",
            row: this.#line,
            column: this.#cells.length + 1,
          });
        }
        this.#field += char;
        this.#fieldTouched = true;
      }
    }
    return records;
  }

  end(): CsvRecord[] {
    if (this.#inQuotes) {
      this.diagnostics.push({
        code: "csv/unterminated-quote",
        severity: "error",
        message: "a quoted field is never closed",
        row: this.#quoteLine,
        column: this.#cells.length + 1,
      });
      this.#inQuotes = false;
    }
    if (this.#fieldTouched || this.#cells.length > 0) {
      this.#endField();
      return [this.#endRecord()];
    }
    return [];
  }

  #endField(): void {
    this.#cells.push(this.#field);
    this.#field = "";
    this.#fieldTouched = false;
    this.#afterQuote = false;
  }

  #endRecord(): CsvRecord {
    const record = { line: this.#recordLine, cells: this.#cells };
    this.#cells = [];
    return record;
  }
}

/** Reads a whole CSV text. Blank lines come back as records with one empty cell. */
export function readCsv(
  text: string,
  options: CsvReaderOptions = {},
): { records: CsvRecord[]; diagnostics: FormatDiagnostic[] } {
  const reader = new CsvReader(options);
  const records = [...reader.push(text), ...reader.end()];
  return { records, diagnostics: reader.diagnostics };
}

/** Reads CSV from a stream of UTF-8 byte chunks, yielding records as they complete. */
export async function* readCsvStream(
  chunks: AsyncIterable<Uint8Array>,
  reader: CsvReader = new CsvReader(),
): AsyncGenerator<CsvRecord> {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  for await (const chunk of chunks) {
    yield* reader.push(decoder.decode(chunk, { stream: true }));
  }
  yield* reader.push(decoder.decode());
  yield* reader.end();
}

/** True for a record that is an empty line. */
export function isBlankRecord(record: CsvRecord): boolean {
  return record.cells.every((cell) => cell.trim() === "");
}
