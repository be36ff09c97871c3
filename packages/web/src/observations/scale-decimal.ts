/**
 * Exact arithmetic on the API's decimal strings: an observation's magnitude is
 * value × 10^unitMult, and shifting the decimal point on the string keeps published digits
 * intact (a float would print 0.30000000000000004) for tables and CSV downloads.
 */
import type { Observation } from "@circular-atlas/contracts";

const decimalPattern = /^([+-]?)(\d*)(?:\.(\d*))?$/;

export function scaleDecimal(value: string, unitMult: number): string {
  const match = decimalPattern.exec(value.trim());
  if (!match || (match[2] === "" && (match[3] ?? "") === "")) throw new Error(`invalid decimal: ${value}`);
  const sign = match[1] === "-" ? "-" : "";
  const integer = match[2] ?? "";
  const fraction = match[3] ?? "";
  const digits = integer + fraction;
  const point = integer.length + unitMult;
  const padded =
    point > digits.length ? digits.padEnd(point, "0") : point < 0 ? "0".repeat(-point) + digits : digits;
  const at = Math.max(point, 0);
  const whole = padded.slice(0, at).replace(/^0+(?=\d)/, "") || "0";
  const rest = padded.slice(at).replace(/0+$/, "");
  const text = rest ? `${whole}.${rest}` : whole;
  return text === "0" ? "0" : sign + text;
}

/** The observation's magnitude as a number, for scales and charts. */
export function magnitudeOf(observation: Pick<Observation, "value" | "unitMult">): number {
  return Number(observation.value) * 10 ** observation.unitMult;
}

/** True for a headline (total) observation: no breakdown dimension set. */
export function isTotal(observation: Pick<Observation, "dimensions">): boolean {
  return Object.keys(observation.dimensions).length === 0;
}
