/** RFC 4180 CSV output: fields quoted only when they must be, CRLF-free (`\n`) line ends. */

/** Quotes a field when it holds the delimiter, a quote, a line break or edge spaces. */
export function toCsvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\n\r]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line (without the line end). */
export function toCsvLine(fields: readonly (string | number | null | undefined)[]): string {
  return fields.map(toCsvField).join(",");
}

/** A whole CSV document with a header row; ends with a newline. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  return `${[toCsvLine(header), ...rows.map(toCsvLine)].join("\n")}\n`;
}
