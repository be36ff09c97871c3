/**
 * Reads one pymrio text table (what pandas' `to_csv(sep="\t", float_format="%.12g")` writes) into
 * a labelled matrix, or a labelled text table for `unit`. Layout per nr_header (k) and
 * nr_index_col (m): k ≥ 2 gives k label lines (level name, m − 1 empty cells, labels), then a
 * line of m row-level names and empty cells; k = 1 gives one line of m row-level names and the
 * column labels. Data lines: m labels, then one cell per column.
 */
import type { LabelledMatrix, LabelledTextTable } from "./labelled-matrix.ts";
import { type PymrioDiagnostic, pymrioError, pymrioWarning } from "./pymrio-diagnostic.ts";
import { readPymrioNumber } from "./pymrio-number.ts";
import { checkTableLayout, type TableShape } from "./pymrio-table-layout.ts";
import { readTabRecords, type TabRecord } from "./tab-records.ts";

export interface PymrioTableOptions extends TableShape {
  /** Relative path, used in diagnostics. */
  readonly file: string;
}

export interface PymrioTableResult<Table> {
  /** Undefined when the layout could not be read; cell errors still give a table (NaN there). */
  readonly table: Table | undefined;
  /** 1-based file line of each data row, to locate later findings (label mismatches). */
  readonly rowLines: readonly number[];
  readonly diagnostics: PymrioDiagnostic[];
}

/** A numeric table. Bad numbers are errors, NaN/±inf and empty cells warnings; each is NaN/±inf in `values`. */
export function readPymrioTable(
  text: string,
  options: PymrioTableOptions,
): PymrioTableResult<LabelledMatrix> {
  const cells = readPymrioCells(text, options);
  if (cells.table === undefined) return { table: undefined, rowLines: [], diagnostics: cells.diagnostics };
  const { table, rowLines, diagnostics } = cells;
  const columns = table.columnLabels.length;
  const values = new Float64Array(table.values.length);
  table.values.forEach((cell, index) => {
    const reading = readPymrioNumber(cell);
    values[index] = reading.value;
    if (reading.kind === "finite") return;
    const where = {
      file: options.file,
      row: rowLines[Math.floor(index / columns)] ?? 0,
      column: options.nrIndexCol + (index % columns) + 1,
    };
    if (reading.kind === "bad")
      diagnostics.push(pymrioError("pymrio/bad-number", `"${cell}" is not a number`, where));
    else if (reading.kind === "missing")
      diagnostics.push(
        pymrioWarning("pymrio/missing-number", "empty cell read as NaN (pandas writes NaN so)", where),
      );
    else
      diagnostics.push(
        pymrioWarning("pymrio/non-finite-number", `"${cell}" read as ${reading.value}`, where),
      );
  });
  const { rowLevelNames, columnLevelNames, rowLabels, columnLabels } = table;
  return {
    table: { rowLevelNames, columnLevelNames, rowLabels, columnLabels, values },
    rowLines,
    diagnostics,
  };
}

/** A table of text cells (pymrio's `unit`), read with the same layout rules. */
export function readPymrioTextTable(
  text: string,
  options: PymrioTableOptions,
): PymrioTableResult<LabelledTextTable> {
  return readPymrioCells(text, options);
}

function readPymrioCells(text: string, options: PymrioTableOptions): PymrioTableResult<LabelledTextTable> {
  const diagnostics: PymrioDiagnostic[] = [];
  // pandas skips blank lines (skip_blank_lines=True), so they are not rows.
  const records = readTabRecords(text, options.file, diagnostics).filter(
    (record) => !(record.cells.length === 1 && record.cells[0] === ""),
  );
  const layoutError = checkTableLayout(records, options, options.file);
  if (layoutError !== undefined)
    return { table: undefined, rowLines: [], diagnostics: [...diagnostics, layoutError] };
  const header = readHeader(records, options, diagnostics);
  if (header === undefined) return { table: undefined, rowLines: [], diagnostics };
  const width = options.nrIndexCol + header.columnLabels.length;
  const rowLabels: string[][] = [];
  const rowLines: number[] = [];
  const values: string[] = [];
  for (const record of records.slice(header.dataStart)) {
    if (record.cells.length !== width) {
      diagnostics.push(wrongCellCount(record, width, options.file));
      continue;
    }
    rowLabels.push(record.cells.slice(0, options.nrIndexCol));
    rowLines.push(record.line);
    for (const cell of record.cells.slice(options.nrIndexCol)) values.push(cell);
  }
  const { rowLevelNames, columnLevelNames, columnLabels } = header;
  return {
    table: { rowLevelNames, columnLevelNames, rowLabels, columnLabels, values },
    rowLines,
    diagnostics,
  };
}

interface Header {
  readonly rowLevelNames: readonly string[];
  readonly columnLevelNames: readonly string[];
  readonly columnLabels: readonly (readonly string[])[];
  readonly dataStart: number;
}

function readHeader(
  records: readonly TabRecord[],
  options: PymrioTableOptions,
  diagnostics: PymrioDiagnostic[],
): Header | undefined {
  const { nrHeader: k, nrIndexCol: m, file } = options;
  const labelLines = records.slice(0, k);
  const width = records[0]?.cells.length ?? 0;
  const badLine = [...labelLines, ...(k >= 2 ? records.slice(k, k + 1) : [])].find(
    (record) => record.cells.length !== width,
  );
  if (badLine !== undefined) {
    diagnostics.push(wrongCellCount(badLine, width, file));
    return undefined;
  }
  const columnCount = width - m;
  const columnLabels = Array.from({ length: columnCount }, (_, column) =>
    labelLines.map((record) => record.cells[m + column] ?? ""),
  );
  if (k === 1) {
    return {
      rowLevelNames: records[0]?.cells.slice(0, m) ?? [],
      columnLevelNames: [""],
      columnLabels,
      dataStart: 1,
    };
  }
  return {
    rowLevelNames: records[k]?.cells.slice(0, m) ?? [],
    columnLevelNames: labelLines.map((record) => record.cells[0] ?? ""),
    columnLabels,
    dataStart: k + 1,
  };
}

function wrongCellCount(record: TabRecord, expected: number, file: string): PymrioDiagnostic {
  const found = record.cells.length;
  return pymrioError(
    "pymrio/wrong-cell-count",
    `line ${record.line} has ${found} cell(s), expected ${expected} (as the header lines)`,
    // The first missing or surplus cell.
    { file, row: record.line, column: Math.min(found, expected) + 1 },
  );
}
