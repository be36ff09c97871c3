/**
 * One XLSForm sheet as a table: its first non-empty row is the header, every later row is
 * looked up by column. Sheet names match case-insensitively (`Survey` is the survey sheet), as
 * spreadsheet users do not see the difference.
 */
import type { XlsxCell } from "../xlsx/xlsx-cell.ts";
import type { XlsxSheet, XlsxWorkbook } from "../xlsx/xlsx-reader.ts";
import { type HeaderOptions, readHeader } from "./xlsform-columns.ts";
import type { XlsFormColumn, XlsFormDiagnostic } from "./xlsform-model.ts";

export interface SheetRow {
  readonly row: number;
  readonly cells: ReadonlyMap<number, XlsxCell>;
}

export interface SheetTable {
  readonly sheet: string;
  readonly headerRow: number | undefined;
  readonly columns: readonly XlsFormColumn[];
  readonly rows: readonly SheetRow[];
}

export function findSheet(workbook: XlsxWorkbook, name: string): XlsxSheet | undefined {
  return (
    workbook.sheets.find((sheet) => sheet.name === name) ??
    workbook.sheets.find((sheet) => sheet.name.trim().toLowerCase() === name)
  );
}

export function readSheetTable(
  sheet: XlsxSheet,
  options: Omit<HeaderOptions, "sheet">,
  diagnostics: XlsFormDiagnostic[],
): SheetTable {
  const nonEmpty = sheet.rows.filter((row) => row.cells.some((cell) => cell.text.trim() !== ""));
  const [header, ...rest] = nonEmpty;
  if (header === undefined) return { sheet: sheet.name, headerRow: undefined, columns: [], rows: [] };
  const columns = readHeader(header.cells, { ...options, sheet: sheet.name }, diagnostics);
  const rows = rest.map((row) => ({
    row: row.row,
    cells: new Map(row.cells.map((cell) => [cell.column, cell])),
  }));
  return { sheet: sheet.name, headerRow: header.row, columns, rows };
}

/** The trimmed text of a row's cell in `column`, `""` when blank. */
export function cellText(row: SheetRow, column: XlsFormColumn | undefined): string {
  if (column === undefined) return "";
  return row.cells.get(column.column)?.text.trim() ?? "";
}

export function columnOf(table: SheetTable, key: string): XlsFormColumn | undefined {
  return table.columns.find((column) => column.key === key);
}
