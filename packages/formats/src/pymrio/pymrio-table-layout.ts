/**
 * The header layout of one pymrio text table (pandas `to_csv` of a DataFrame with k = nr_header
 * column levels and m = nr_index_col row levels), checked before any cell is read so that a
 * wrong nr_header or nr_index_col gives one precise message instead of a cascade of bad numbers.
 */
import { type PymrioDiagnostic, pymrioError } from "./pymrio-diagnostic.ts";
import { readPymrioNumber } from "./pymrio-number.ts";
import type { TabRecord } from "./tab-records.ts";

export interface TableShape {
  /** k: header lines holding column labels. */
  readonly nrHeader: number;
  /** m: leading cells of each line holding row labels. */
  readonly nrIndexCol: number;
}

/** How far the reader looks for the row-level names line when nr_header is wrong. */
const namesLineSearchDepth = 50;

/**
 * Undefined when the records fit the declared shape, else the diagnostic that says why not
 * (naming what the file seems to have instead).
 */
export function checkTableLayout(
  records: readonly TabRecord[],
  shape: TableShape,
  file: string,
): PymrioDiagnostic | undefined {
  const { nrHeader: k, nrIndexCol: m } = shape;
  if (!Number.isInteger(k) || k < 1 || !Number.isInteger(m) || m < 1) {
    return pymrioError(
      "pymrio/unknown-layout",
      `nr_header (${k}) and nr_index_col (${m}) must be whole numbers ≥ 1`,
      {
        file,
      },
    );
  }
  const headerLines = k >= 2 ? k + 1 : 1;
  if (records.length < headerLines) {
    return pymrioError(
      "pymrio/unknown-layout",
      `the file has ${records.length} line(s) but nr_header = ${k} needs ${headerLines} header line(s)`,
      { file },
    );
  }
  const first = records[0];
  if (first !== undefined && first.cells.length < m) {
    return pymrioError(
      "pymrio/unknown-layout",
      `line 1 has ${first.cells.length} cell(s), fewer than nr_index_col's ${m} label columns`,
      { file, row: first.line },
    );
  }
  return k >= 2 ? checkMultiLevelHeader(records, k, m, file) : checkSingleLevelHeader(records, m, file);
}

/** m leading names then only empty cells: the line pandas writes after multi-level headers. */
export function namedLevelsOfNamesLine(record: TabRecord): number | undefined {
  const named = record.cells.indexOf("");
  if (named <= 0) return undefined;
  if (record.cells.length <= named) return undefined;
  return record.cells.slice(named).every((cell) => cell === "") ? named : undefined;
}

function checkMultiLevelHeader(
  records: readonly TabRecord[],
  k: number,
  m: number,
  file: string,
): PymrioDiagnostic | undefined {
  const namesLine = records[k];
  const namedLevels = namesLine === undefined ? undefined : namedLevelsOfNamesLine(namesLine);
  if (namesLine !== undefined && namedLevels !== undefined) {
    if (namedLevels === m) return checkHeaderFillers(records, k, m, file);
    return pymrioError(
      "pymrio/unknown-layout",
      `nr_index_col is ${m} but line ${namesLine.line} names ${namedLevels} row level(s)`,
      { file, row: namesLine.line },
    );
  }
  const found = findNamesLine(records);
  if (found !== undefined) {
    return pymrioError(
      "pymrio/unknown-layout",
      `nr_header is ${k} but the file has ${found} header line(s): line ${found + 1} holds the row-level names`,
      { file, row: found + 1 },
    );
  }
  return pymrioError(
    "pymrio/unknown-layout",
    `nr_header is ${k} but line ${k + 1} is not the row-level names line (${m} names, then empty cells) that pandas writes after the header lines`,
    { file, row: k + 1 },
  );
}

/** Lines 1..k: level name, m − 1 empty cells, labels. */
function checkHeaderFillers(
  records: readonly TabRecord[],
  k: number,
  m: number,
  file: string,
): PymrioDiagnostic | undefined {
  for (const record of records.slice(0, k)) {
    const filler = record.cells.slice(1, m).findIndex((cell) => cell !== "");
    if (filler >= 0) {
      return pymrioError(
        "pymrio/unknown-layout",
        `nr_index_col is ${m} but header line ${record.line} has a label in column ${filler + 2}, where pandas leaves the cell empty`,
        { file, row: record.line, column: filler + 2 },
      );
    }
  }
  return undefined;
}

function checkSingleLevelHeader(
  records: readonly TabRecord[],
  m: number,
  file: string,
): PymrioDiagnostic | undefined {
  const header = records[0];
  if (header === undefined) return undefined;
  // A one-line header names every row level; an empty one among several is a multi-line header's
  // filler. With one row level, label lines (text) above a names line give a multi-line header
  // away; a data row of NaNs (empty cells) looks like a names line, so text above it is required.
  const looksMultiLevel =
    m >= 2 ? header.cells.slice(0, m).some((cell) => cell === "") : hasLabelLinesAboveNames(records);
  if (!looksMultiLevel) return undefined;
  const found = findNamesLine(records);
  const seems = found === undefined ? "more than one header line" : `${found} header lines`;
  return pymrioError("pymrio/unknown-layout", `nr_header is 1 but the file seems to have ${seems}`, {
    file,
    row: 1,
  });
}

function hasLabelLinesAboveNames(records: readonly TabRecord[]): boolean {
  const found = findNamesLine(records);
  if (found === undefined || found < 2) return false;
  return records
    .slice(1, found)
    .every((record) =>
      record.cells.slice(1).some((cell) => cell !== "" && readPymrioNumber(cell).kind === "bad"),
    );
}

function findNamesLine(records: readonly TabRecord[]): number | undefined {
  const limit = Math.min(records.length, namesLineSearchDepth);
  for (let index = 1; index < limit; index += 1) {
    const record = records[index];
    if (record !== undefined && namedLevelsOfNamesLine(record) !== undefined) return index;
  }
  return undefined;
}
