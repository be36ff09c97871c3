/** Data-quality findings that still allow a result; engines return them beside the result. */
export interface Diagnostic {
  readonly code: string;
  readonly severity: "info" | "warning" | "error";
  readonly message: string;
  /** Where the finding applies (an indicator, area and year, a row, a matrix cell, …). */
  readonly where?: Readonly<Record<string, string | number>>;
}
