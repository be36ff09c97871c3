/**
 * A finding about the input, located as precisely as the format allows. Parsers never throw on
 * bad data: they return what they could read plus diagnostics, and the caller decides.
 */
import { cellReference } from "./xlsx/cell-reference.ts";

export interface FormatDiagnostic {
  /** Stable id, e.g. `csv/unterminated-quote`, `long-csv/bad-value`. */
  readonly code: string;
  readonly severity: "error" | "warning";
  readonly message: string;
  /** 1-based line of the file where the record starts (the header is line 1). */
  readonly row?: number;
  /** 1-based column index. */
  readonly column?: number;
  /** Header name of the column, when there is a header. */
  readonly columnName?: string;
  /** The worksheet, for spreadsheets: `row` and `column` are then its cell (printed `data!D5`). */
  readonly sheet?: string;
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly FormatDiagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === "error");
}

/** "row 4, column 3 (value): reason", the way every face prints a diagnostic. */
export function formatDiagnostic(diagnostic: FormatDiagnostic, fileName?: string): string {
  if (diagnostic.sheet !== undefined) return formatSheetDiagnostic(diagnostic, diagnostic.sheet, fileName);
  const place = [
    fileName,
    diagnostic.row === undefined ? undefined : `row ${diagnostic.row}`,
    diagnostic.column === undefined
      ? undefined
      : `column ${diagnostic.column}${diagnostic.columnName === undefined ? "" : ` (${diagnostic.columnName})`}`,
  ].filter((part) => part !== undefined);
  return `${place.length > 0 ? `${place.join(", ")}: ` : ""}${diagnostic.severity}: ${diagnostic.message} [${diagnostic.code}]`;
}

/** "file.xlsx, data!D5 (value): reason": a spreadsheet's cell by its A1 reference. */
function formatSheetDiagnostic(diagnostic: FormatDiagnostic, sheet: string, fileName?: string): string {
  // Sheet names with spaces or punctuation are quoted, as Excel writes them in formulas.
  const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`;
  const cell =
    diagnostic.row === undefined
      ? name
      : diagnostic.column === undefined
        ? `${name}!${diagnostic.row}:${diagnostic.row}`
        : `${name}!${cellReference(diagnostic.row, diagnostic.column)}`;
  const place = [
    fileName,
    `${cell}${diagnostic.columnName === undefined ? "" : ` (${diagnostic.columnName})`}`,
  ]
    .filter((part) => part !== undefined)
    .join(", ");
  return `${place}: ${diagnostic.severity}: ${diagnostic.message} [${diagnostic.code}]`;
}
