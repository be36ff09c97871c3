/**
 * Reading CSV-like cells the way COINr's users' `read.csv` does: "", "NA" and null are missing,
 * numbers may arrive as numbers or as text. Text that is not a finite number is refused by the
 * caller with the cell's location, so the message can name the row and column.
 */

export type Cell = string | number | null;

/** A table as read from CSV: a header and rows of cells (a short row's missing tail is empty). */
export interface CellTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

// A plain decimal or scientific literal, as R's type.convert accepts for numeric columns; no
// hexadecimal, no thousands separators, no "Inf" (an infinite indicator value breaks every step).
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

export function isMissingCell(cell: Cell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === "number") return Number.isNaN(cell);
  const text = cell.trim();
  return text === "" || text === "NA";
}

/** NaN for a missing cell, the number for a numeric one, undefined for anything else. */
export function numericCell(cell: Cell | undefined): number | undefined {
  if (isMissingCell(cell)) return Number.NaN;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  const text = (cell as string).trim();
  if (!NUMBER.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** The cell as trimmed text, null when missing. */
export function textCell(cell: Cell | undefined): string | null {
  if (isMissingCell(cell)) return null;
  return typeof cell === "number" ? String(cell) : (cell as string).trim();
}

/** Shows a cell in a message: quoted text, so a stray space or "N/A" is visible. */
export function showCell(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "(empty)";
  return typeof cell === "number" ? String(cell) : JSON.stringify(cell);
}
