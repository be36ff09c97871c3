/**
 * XPath 1.0 numbers as text and back, and ODK's rounding. Numbers are IEEE doubles (XPath 1.0
 * §3.5); what is pinned down here is their text, so a calculation stores the same string in every
 * browser and on the server.
 */

/**
 * `string(number)` of XPath 1.0 §4.2: `NaN`, `Infinity`, `-Infinity`, `0` for both zeros, an
 * integer without a decimal point, otherwise the shortest decimal that reads back as the same
 * double — never exponent notation (JavaScript writes 1e21 and 1e-7; XPath writes the digits).
 */
export function formatXPathNumber(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === 0) return "0";
  if (!Number.isFinite(value)) return value > 0 ? "Infinity" : "-Infinity";
  const { digits, pointIndex } = decimalDigits(Math.abs(value));
  const text =
    pointIndex <= 0
      ? `0.${"0".repeat(-pointIndex)}${digits}`
      : digits.length <= pointIndex
        ? digits + "0".repeat(pointIndex - digits.length)
        : `${digits.slice(0, pointIndex)}.${digits.slice(pointIndex)}`;
  return value < 0 ? `-${text}` : text;
}

/**
 * `number(string)` of XPath 1.0 §4.4: optional white space, an optional minus, digits with an
 * optional fraction, optional white space; anything else (`+1`, `1e3`, `1,5`, `Infinity`, '') is
 * NaN. No locale: a comma is never a decimal separator.
 */
export function parseXPathNumber(text: string): number {
  const match = /^[ \t\r\n]*(-?(?:\d+(?:\.\d*)?|\.\d+))[ \t\r\n]*$/.exec(text);
  return match?.[1] === undefined ? Number.NaN : Number(match[1]);
}

/**
 * `round(value, places)` as ODK defines it: XPath 1.0 `round` (§4.4: the nearest integer, and of
 * two equally near the one closer to positive infinity, so round(2.5) = 3 and round(-2.5) = -2)
 * extended by a number of decimal places, which may be negative (round(1250, -2) = 1300).
 *
 * The tie is decided on the number's shortest decimal text, as JavaRosa does with
 * `new BigDecimal(Double.toString(x))`: round(1.005, 2) = 1.01 as written, although the double
 * nearest 1.005 lies just below it. `places` is truncated to an integer; NaN places give NaN; NaN
 * and infinite values pass through.
 */
export function roundXPath(value: number, places = 0): number {
  if (Number.isNaN(places)) return Number.NaN;
  if (!Number.isFinite(value) || value === 0) return value;
  const wholePlaces = Math.trunc(places);
  const negative = value < 0;
  const { digits, pointIndex } = decimalDigits(Math.abs(value));
  // value = 0.d₁d₂… × 10^pointIndex; the digits kept are those before position `keep`.
  const keep = pointIndex + wholePlaces;
  if (keep >= digits.length) return value;
  if (keep < 0) return negative ? -0 : 0;
  const next = digits[keep] ?? "0";
  const tie = next === "5" && /^0*$/.test(digits.slice(keep + 1));
  const awayFromZero = next > "5" || (next === "5" && (!tie || !negative));
  const kept = BigInt(digits.slice(0, keep) || "0") + (awayFromZero ? 1n : 0n);
  const magnitude = Number(`${kept}e${-wholePlaces}`);
  return negative ? -magnitude : magnitude;
}

/** The shortest round-trip digits of a positive finite number: value = 0.digits × 10^pointIndex. */
function decimalDigits(value: number): { readonly digits: string; readonly pointIndex: number } {
  const [mantissa = "0", exponent = "0"] = value.toExponential().split("e");
  return { digits: mantissa.replace(".", ""), pointIndex: Number(exponent) + 1 };
}
