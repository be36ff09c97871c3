/**
 * C's `printf("%.Pg")` for doubles, digit for digit as glibc (and Python's `'%.12g' % x`) prints
 * it: exact decimal value of the double, round half to even, trailing zeros removed, exponent of
 * at least two digits. pymrio writes every number of its text tables with `%.12g`.
 */

/** `%.12g`, the precision pymrio's `save` uses (`float_format="%.12g"`). */
export function formatPrintfG12(value: number): string {
  return formatPrintfG(value, 12);
}

/**
 * `%.{precision}g` (precision 1 to 17; C treats 0 as 1). `nan`, `inf` and `-inf` are spelled as
 * Python spells them; `-0` keeps its sign, as C does.
 */
export function formatPrintfG(value: number, precision: number): string {
  if (!Number.isInteger(precision) || precision < 0 || precision > 17) {
    throw new Error(`invalid %g precision: ${precision}`);
  }
  const significant = Math.max(1, precision);
  if (Number.isNaN(value)) return "nan";
  if (value === Number.POSITIVE_INFINITY) return "inf";
  if (value === Number.NEGATIVE_INFINITY) return "-inf";
  const sign = value < 0 || Object.is(value, -0) ? "-" : "";
  if (value === 0) return `${sign}0`;
  const { digits, exponent } = roundedDigits(Math.abs(value), significant);
  return sign + layoutG(digits, exponent, significant);
}

/** `significant` digits of |x| rounded as glibc rounds, and the decimal exponent of the first. */
function roundedDigits(magnitude: number, significant: number): { digits: string; exponent: number } {
  // toExponential rounds the exact binary value correctly but breaks exact ties away from zero,
  // where C rounds half to even. An exact tie shows as a 5 in the next digit of a one-digit-longer
  // rendering, so only then is the exact decimal expansion needed.
  const longer = magnitude.toExponential(significant);
  if (longer[significant + 1] !== "5") return splitExponential(magnitude.toExponential(significant - 1));
  return roundExactHalfEven(magnitude, significant);
}

function splitExponential(text: string): { digits: string; exponent: number } {
  const [mantissa = "", exponent = "0"] = text.split("e");
  return { digits: mantissa.replace(".", ""), exponent: Number(exponent) };
}

/** The exact decimal digits of a double (m·2^e = m·5^-e·10^e) rounded half to even. */
function roundExactHalfEven(magnitude: number, significant: number): { digits: string; exponent: number } {
  const { mantissa, binaryExponent } = decomposeDouble(magnitude);
  let digitText: string;
  let decimalExponentOfLast: number;
  if (binaryExponent >= 0) {
    digitText = (mantissa << BigInt(binaryExponent)).toString();
    decimalExponentOfLast = 0;
  } else {
    digitText = (mantissa * 5n ** BigInt(-binaryExponent)).toString();
    decimalExponentOfLast = binaryExponent;
  }
  const exponent = decimalExponentOfLast + digitText.length - 1;
  if (digitText.length <= significant) return { digits: digitText.padEnd(significant, "0"), exponent };
  const kept = digitText.slice(0, significant);
  const rest = digitText.slice(significant);
  const firstDropped = rest.charCodeAt(0) - 48;
  const isExactHalf = firstDropped === 5 && /^50*$/.test(rest);
  const lastKept = kept.charCodeAt(significant - 1) - 48;
  const roundUp = firstDropped > 5 || (firstDropped === 5 && (!isExactHalf || lastKept % 2 === 1));
  if (!roundUp) return { digits: kept, exponent };
  const incremented = (BigInt(kept) + 1n).toString();
  // 999…9 + 1 gains a digit: the exponent moves up and the last digit (a zero) is dropped.
  if (incremented.length > significant)
    return { digits: incremented.slice(0, significant), exponent: exponent + 1 };
  return { digits: incremented, exponent };
}

/** A positive finite double as mantissa · 2^binaryExponent with an integer mantissa. */
function decomposeDouble(magnitude: number): { mantissa: bigint; binaryExponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, magnitude);
  const high = view.getUint32(0);
  const low = view.getUint32(4);
  const biasedExponent = (high >>> 20) & 0x7ff;
  const fraction = (BigInt(high & 0xfffff) << 32n) | BigInt(low);
  // Subnormals have no implicit leading 1 and the exponent of the smallest normal.
  if (biasedExponent === 0) return { mantissa: fraction, binaryExponent: -1074 };
  return { mantissa: fraction | (1n << 52n), binaryExponent: biasedExponent - 1075 };
}

/** C99 7.19.6.1 %g: fixed notation when -4 ≤ X < P, else exponential; trailing zeros removed. */
function layoutG(digits: string, exponent: number, significant: number): string {
  if (exponent >= -4 && exponent < significant) {
    const fixed =
      exponent >= 0
        ? `${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`
        : `0.${"0".repeat(-exponent - 1)}${digits}`;
    return stripFractionZeros(fixed);
  }
  const mantissa = stripFractionZeros(`${digits.slice(0, 1)}.${digits.slice(1)}`);
  const exponentDigits = String(Math.abs(exponent)).padStart(2, "0");
  return `${mantissa}e${exponent < 0 ? "-" : "+"}${exponentDigits}`;
}

function stripFractionZeros(text: string): string {
  if (!text.includes(".")) return text;
  return text.replace(/0+$/, "").replace(/\.$/, "");
}
