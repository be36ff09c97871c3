/** A1-style cell references: column letters (A … XFD) to 1-based numbers and back. */

/** 1 → "A", 27 → "AA". */
export function columnLetters(column: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** "B3" for row 3, column 2. */
export function cellReference(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** Row and column of "B3" (absolute `$B$3` too), or undefined when it is no cell reference. */
export function parseCellReference(reference: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(reference);
  if (match === null) return undefined;
  let column = 0;
  for (const letter of match[1] as string) column = column * 26 + (letter.charCodeAt(0) - 64);
  const row = Number(match[2]);
  if (row < 1 || column > 16384) return undefined;
  return { row, column };
}
