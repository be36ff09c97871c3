/**
 * A finding about the input, located as precisely as the format allows. Parsers never throw on
 * bad data: they return what they could read plus diagnostics, and the caller decides.
 */
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
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly FormatDiagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === "error");
}

/** "row 4, column 3 (value): reason", the way every face prints a diagnostic. */
export function formatDiagnostic(diagnostic: FormatDiagnostic, fileName?: string): string {
  const place = [
    fileName,
    diagnostic.row === undefined ? undefined : `row ${diagnostic.row}`,
    diagnostic.column === undefined
      ? undefined
      : `column ${diagnostic.column}${diagnostic.columnName === undefined ? "" : ` (${diagnostic.columnName})`}`,
  ].filter((part) => part !== undefined);
  return `${place.length > 0 ? `${place.join(", ")}: ` : ""}${diagnostic.severity}: ${diagnostic.message} [${diagnostic.code}]`;
}
