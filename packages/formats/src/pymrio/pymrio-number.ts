/**
 * The numbers a pymrio text table may hold: what `'%.12g' % x` and pandas write (decimal or
 * exponent form, `inf`, `-inf`, an empty cell for NaN) plus the other spellings Python's
 * `float()` reads (`nan`, `Infinity`, a leading `+`, surrounding spaces).
 */

export type PymrioNumberReading =
  | { readonly kind: "finite"; readonly value: number }
  | { readonly kind: "non-finite"; readonly value: number }
  | { readonly kind: "missing"; readonly value: number }
  | { readonly kind: "bad"; readonly value: number };

const decimalPattern = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const specialPattern = /^([+-]?)(inf|infinity|nan)$/i;

export function readPymrioNumber(cell: string): PymrioNumberReading {
  const text = cell.trim();
  if (text === "") return { kind: "missing", value: Number.NaN };
  if (decimalPattern.test(text)) {
    const value = Number(text);
    // Python's float() also overflows "1e999" to inf; report it as a non-finite value.
    return Number.isFinite(value) ? { kind: "finite", value } : { kind: "non-finite", value };
  }
  const special = specialPattern.exec(text);
  if (special !== null) {
    const isNotANumber = special[2]?.toLowerCase() === "nan";
    const value = isNotANumber
      ? Number.NaN
      : special[1] === "-"
        ? Number.NEGATIVE_INFINITY
        : Number.POSITIVE_INFINITY;
    return { kind: "non-finite", value };
  }
  return { kind: "bad", value: Number.NaN };
}
