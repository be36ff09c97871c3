/**
 * Unit conversions used when building and deriving indicators. Every factor is named and cited,
 * so that a conversion is never a bare number in a script.
 */
import { EngineError } from "./engine-error.ts";

/**
 * Mass of CO2 per mass of carbon: 44.01 / 12.011 rounded as CDIAC documents it ("multiply by
 * 3.664 to convert carbon to carbon dioxide", Boden, Marland & Andres, CDIAC-FF documentation).
 */
export const carbonToCarbonDioxide = 3.664;

/** Mass units and their size in kilograms. */
const massInKilograms = {
  kg: 1,
  t: 1_000,
  "thousand t": 1_000_000,
  Mt: 1_000_000_000,
} as const;

export type MassUnitName = keyof typeof massInKilograms;

/** Converts a mass between the units above (e.g. thousand tonnes to megatonnes). */
export function convertMass(value: number, from: MassUnitName, to: MassUnitName): number {
  const fromFactor = massInKilograms[from];
  const toFactor = massInKilograms[to];
  if (fromFactor === undefined || toFactor === undefined) {
    throw new EngineError("units/unknown", `unknown mass unit: ${fromFactor === undefined ? from : to}`, {
      from,
      to,
    });
  }
  // Divide by the ratio in the direction that keeps the factor an integer, to avoid float noise.
  return fromFactor >= toFactor ? value * (fromFactor / toFactor) : value / (toFactor / fromFactor);
}

/** Carbon mass to CO2 mass, same mass unit (CDIAC reports emissions as carbon). */
export function carbonToCo2(carbonMass: number): number {
  return carbonMass * carbonToCarbonDioxide;
}

/**
 * A per-capita rate from a total: total ÷ population. Returns `undefined` when either input is
 * missing or the population is not positive, so that a gap stays a gap.
 */
export function perCapita(total: number | undefined, population: number | undefined): number | undefined {
  if (total === undefined || population === undefined || !(population > 0)) return undefined;
  return total / population;
}

/**
 * A total from a per-capita rate: rate × population (e.g. GDP per capita, PPP × population =
 * GDP, PPP). Returns `undefined` when either input is missing or the population is not
 * positive, so that a gap stays a gap. Only meaningful when both refer to the same year.
 */
export function totalFromPerCapita(
  perCapitaValue: number | undefined,
  population: number | undefined,
): number | undefined {
  if (perCapitaValue === undefined || population === undefined || !(population > 0)) return undefined;
  return perCapitaValue * population;
}

/** Tonnes per year for a population → kilograms per person per day (365-day year). */
export function tonnesPerYearToKgPerCapitaPerDay(
  tonnesPerYear: number | undefined,
  population: number | undefined,
): number | undefined {
  const perPerson = perCapita(tonnesPerYear, population);
  return perPerson === undefined ? undefined : (perPerson * 1_000) / 365;
}

/**
 * A number as a decimal string with at most `significantDigits` significant digits and no
 * exponent, trailing zeros removed: derived values are stored as text, like published ones.
 */
export function toDecimalString(value: number, significantDigits: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  if (value === 0) return "0";
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.max(0, significantDigits - 1 - magnitude);
  const rounded = value.toFixed(Math.min(decimals, 100));
  return rounded.includes(".") ? rounded.replace(/0+$/, "").replace(/\.$/, "") : rounded;
}
