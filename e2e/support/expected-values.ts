/**
 * Expected values, worked out independently of the web app's code: the exact magnitude of an
 * API observation, and numbers formatted the way the pages describe (Intl in the UI language,
 * "20.6 million" for headline figures of a million and more).
 */
import type { Observation } from "@circular-atlas/contracts";

/** The ECO member states. */
export const ecoMembers = ["AFG", "AZE", "IRN", "KAZ", "KGZ", "PAK", "TJK", "TKM", "TUR", "UZB"] as const;

/** value × 10^unitMult as a plain decimal string without superfluous zeros ("29.13647"). */
export function exactMagnitude(value: string, unitMult: number): string {
  const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec(value.trim());
  if (!match) throw new Error(`not a decimal: ${value}`);
  const [, sign = "", integer = "", fraction = ""] = match;
  const digits = `${integer}${fraction}`;
  const point = integer.length + unitMult;
  const shifted =
    point <= 0
      ? `0.${"0".repeat(-point)}${digits}`
      : `${digits.padEnd(point, "0").slice(0, point)}.${digits.slice(point)}`;
  const [whole = "0", rest = ""] = shifted.split(".");
  const trimmedWhole = whole.replace(/^0+(?=\d)/, "");
  const trimmedRest = rest.replace(/0+$/, "");
  const text = trimmedRest ? `${trimmedWhole}.${trimmedRest}` : trimmedWhole;
  return /^0(\.0*)?$/.test(text) ? "0" : `${sign}${text}`;
}

/** Headline (total) values of one year by ISO3 code, as exact decimals. */
export function headlineValuesOf(
  observations: readonly Observation[],
  year: number,
): Map<string, Observation> {
  return new Map(
    observations
      .filter((item) => item.year === year && Object.keys(item.dimensions).length === 0)
      .map((item) => [item.area, item]),
  );
}

export function formatLikeThePage(
  value: number,
  language: string,
  options: { decimals: number; compact?: boolean },
): string {
  if (options.compact && Math.abs(value) >= 1e6) {
    return new Intl.NumberFormat(language, {
      notation: "compact",
      compactDisplay: "long",
      maximumFractionDigits: 1,
    }).format(value);
  }
  return new Intl.NumberFormat(language, { maximumFractionDigits: options.decimals }).format(value);
}
