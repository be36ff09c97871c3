/**
 * Splits pandas' tab-separated output into records of cells. pandas writes through Python's csv
 * module (QUOTE_MINIMAL, `\n` line ends), so a label holding a tab, a quote or a line break is
 * quoted with doubled quotes; everything else is bare.
 */
import { type PymrioDiagnostic, pymrioError } from "./pymrio-diagnostic.ts";

export interface TabRecord {
  /** 1-based line where the record starts. */
  readonly line: number;
  readonly cells: readonly string[];
}

export function readTabRecords(text: string, file: string, diagnostics: PymrioDiagnostic[]): TabRecord[] {
  const records: TabRecord[] = [];
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  let line = 1;
  let recordLine = 1;
  let cells: string[] = [];
  let cell = "";
  let index = 0;
  const endRecord = () => {
    cells.push(cell);
    records.push({ line: recordLine, cells });
    cells = [];
    cell = "";
  };
  while (index < source.length) {
    const char = source[index];
    if (char === '"' && cell === "") {
      const close = readQuoted(source, index + 1);
      if (close === undefined) {
        diagnostics.push(
          pymrioError("pymrio/unterminated-quote", "a quoted cell is never closed", {
            file,
            row: line,
            column: cells.length + 1,
          }),
        );
        return records;
      }
      cell = close.value;
      line += close.lineBreaks;
      index = close.end;
      continue;
    }
    if (char === "\t") {
      cells.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[index + 1] === "\n") index += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      cell += char;
    }
    index += 1;
  }
  // A final line without its line end still counts; the empty "line" after a final \n does not.
  if (cell !== "" || cells.length > 0) endRecord();
  return records;
}

function readQuoted(
  source: string,
  start: number,
): { value: string; end: number; lineBreaks: number } | undefined {
  let value = "";
  let lineBreaks = 0;
  let index = start;
  while (index < source.length) {
    const char = source[index];
    if (char === '"') {
      if (source[index + 1] === '"') {
        value += '"';
        index += 2;
        continue;
      }
      return { value, end: index + 1, lineBreaks };
    }
    if (char === "\n") lineBreaks += 1;
    value += char;
    index += 1;
  }
  return undefined;
}

/** One cell as Python's csv writer (QUOTE_MINIMAL, tab delimiter) writes it. */
export function toTabCell(value: string): string {
  return /[\t"\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
