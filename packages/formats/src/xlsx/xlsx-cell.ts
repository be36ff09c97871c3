/**
 * A worksheet cell as the readers hand it on: where it is, what type it holds, and its text as
 * stored, so callers keep numbers exact and know which cells were dates.
 */
export type XlsxCellType = "string" | "number" | "boolean" | "date" | "error" | "blank";

export interface XlsxCell {
  /** A1 reference, e.g. `C7`. */
  readonly ref: string;
  /** 1-based row and column. */
  readonly row: number;
  readonly column: number;
  /**
   * `blank` is a formula without a cached result (nothing computed it yet); `date` is a number
   * shown through a date or time format, or an ISO 8601 date cell (`t="d"`).
   */
  readonly type: XlsxCellType;
  /**
   * The cell as stored: the string; a number's `<v>` literal, digits exactly as written (no float
   * round trip); `1`/`0` for booleans; the error code (`#N/A`); for a date, its serial number.
   */
  readonly raw: string;
  /** The text a caller usually wants: `raw`, except `TRUE`/`FALSE` for booleans and the ISO date. */
  readonly text: string;
  /** Date cells: ISO 8601 `YYYY-MM-DD`, with `THH:MM:SS` for a time of day, or `HH:MM:SS` alone. */
  readonly date?: string;
  /** The number format code the cell is shown with, when it is not General. */
  readonly numberFormat?: string;
  /** The formula, without its `=`, when the cell has one (its cached result is `raw`). */
  readonly formula?: string;
}

export interface XlsxRow {
  /** 1-based row number in the sheet. */
  readonly row: number;
  readonly cells: readonly XlsxCell[];
}
