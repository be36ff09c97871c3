/**
 * Test support: an XLSForm workbook from plain rows through the repository's XLSX writer, and
 * findings printed compactly (`error xlsform/unknown-type survey!A3 (type)`) for exact asserts.
 */
import { cellReference } from "../xlsx/cell-reference.ts";
import { toXlsx, type XlsxWriteCell } from "../xlsx/xlsx-writer.ts";
import type { XlsFormDiagnostic } from "./xlsform-model.ts";

export interface TestFormSheets {
  readonly survey?: readonly (readonly XlsxWriteCell[])[] | undefined;
  readonly choices?: readonly (readonly XlsxWriteCell[])[] | undefined;
  readonly settings?: readonly (readonly XlsxWriteCell[])[] | undefined;
  /** Sheets by any other name (a wrongly named survey, a README). */
  readonly other?: Readonly<Record<string, readonly (readonly XlsxWriteCell[])[]>>;
}

export function xlsFormWorkbook(sheets: TestFormSheets): Uint8Array {
  const written = [
    ...(sheets.survey === undefined ? [] : [{ name: "survey", rows: sheets.survey }]),
    ...(sheets.choices === undefined ? [] : [{ name: "choices", rows: sheets.choices }]),
    ...(sheets.settings === undefined ? [] : [{ name: "settings", rows: sheets.settings }]),
    ...Object.entries(sheets.other ?? {}).map(([name, rows]) => ({ name, rows })),
  ];
  return toXlsx(written);
}

/** `severity code sheet!A1 (header)`, or less where the finding has no cell. */
export function compactFinding(diagnostic: XlsFormDiagnostic): string {
  const cell =
    diagnostic.sheet === undefined
      ? ""
      : diagnostic.row === undefined
        ? ` ${diagnostic.sheet}`
        : diagnostic.column === undefined
          ? ` ${diagnostic.sheet}!${diagnostic.row}`
          : ` ${diagnostic.sheet}!${cellReference(diagnostic.row, diagnostic.column)}`;
  const header = diagnostic.columnName === undefined ? "" : ` (${diagnostic.columnName})`;
  return `${diagnostic.severity} ${diagnostic.code}${cell}${header}`;
}
