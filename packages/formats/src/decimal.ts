/**
 * Decimal values as published: validated as text, never passed through a float, so `7.40` stays
 * `7.40`. Missing-value markers are recognised so that they can never become zero.
 */

const decimalPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Markers that publishers use for "no value" (SDMX `NaN`, `#N/A`, Eurostat `:`, and friends). */
export const missingValueMarkers: readonly string[] = [
  "",
  "NaN",
  "nan",
  "#N/A",
  "N/A",
  "NA",
  ":",
  "..",
  "…",
  "-",
  "—",
];

/** True when the cell is one of the missing-value markers (after trimming). */
export function isMissingValue(cell: string): boolean {
  return missingValueMarkers.includes(cell.trim());
}

/** True when the text is a plain decimal number with a point (optionally with an exponent). */
export function isDecimal(text: string): boolean {
  return decimalPattern.test(text);
}

/**
 * Why a cell is not a decimal, in words a data owner understands; `undefined` when it is one.
 * Decimal commas are refused unless the caller declared them, because `1,234` is ambiguous.
 */
export function explainBadDecimal(cell: string): string | undefined {
  if (isDecimal(cell)) return undefined;
  if (cell !== cell.trim()) return `value ${JSON.stringify(cell)} has leading or trailing spaces`;
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(cell)) {
    return `value ${JSON.stringify(cell)} looks like a number with thousands separators; write it without them`;
  }
  if (/^[+-]?\d+,\d+$/.test(cell)) {
    return `value ${JSON.stringify(cell)} uses a decimal comma; use a decimal point`;
  }
  if (/%$/.test(cell))
    return `value ${JSON.stringify(cell)} has a percent sign; give the number and put % in the unit`;
  return `value ${JSON.stringify(cell)} is not a number`;
}

/**
 * A decimal as PostgreSQL's `numeric` prints it back (`+1.50` → `1.50`, `007.10` → `7.10`,
 * `1.50e1` → `15.0`, `-0` → `0`): the scale written is kept, the exponent folded in. Comparing
 * canonical strings tells whether a re-imported figure is the stored one without a float.
 * Returns the input unchanged when it is not a decimal.
 */
export function canonicalDecimal(text: string): string {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (match === null || !isDecimal(text)) return text;
  const [, sign = "", whole = "", fraction = "", exponentText = "0"] = match;
  const exponent = Number(exponentText);
  const scale = Math.max(0, fraction.length - exponent);
  // The unscaled integer: all digits, with zeros appended when the exponent outruns the fraction.
  const digits = `${whole}${fraction}${"0".repeat(Math.max(0, exponent - fraction.length))}`;
  const padded = digits.padStart(scale + 1, "0");
  const integerPart = padded.slice(0, padded.length - scale).replace(/^0+(?=\d)/, "");
  const fractionPart = padded.slice(padded.length - scale);
  const unsigned = scale === 0 ? integerPart : `${integerPart}.${fractionPart}`;
  return sign === "-" && /[1-9]/.test(unsigned) ? `-${unsigned}` : unsigned;
}
