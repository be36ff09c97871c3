/**
 * Sub-national observations (areas `<ISO3>-<code>`, e.g. `KAZ-KZAKM`) for a region map: which
 * countries have them, the breakdowns and years they cover, and one year's values by area.
 */
import type { Observation } from "@circular-atlas/contracts";
import { magnitudeOf, scaleDecimal } from "../observations/scale-decimal.ts";
import type { MapDatum } from "./map-values.ts";

/** `KAZ-KZAKM` → `KAZ`; a country or the ECO has no parent in its code. */
export function countryOfRegion(area: string): string | undefined {
  const match = /^([A-Z]{3})-./.exec(area);
  return match?.[1];
}

/** A breakdown as one key: `SEX=F;URBANISATION=U`, empty for the total. */
export function breakdownKey(dimensions: Readonly<Record<string, string>>): string {
  return Object.entries(dimensions)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([dimension, code]) => `${dimension}=${code}`)
    .join(";");
}

export function regionalObservations(observations: readonly Observation[], country: string): Observation[] {
  return observations.filter((observation) => countryOfRegion(observation.area) === country);
}

/** Breakdowns the regional values come in, the total first. */
export function regionalBreakdowns(observations: readonly Observation[]): string[] {
  const keys = [...new Set(observations.map((observation) => breakdownKey(observation.dimensions)))];
  return keys.sort((a, b) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : a > b ? 1 : 0));
}

/** Years with a regional value in the breakdown, latest first. */
export function regionalYears(observations: readonly Observation[], breakdown: string): number[] {
  const years = observations
    .filter((observation) => breakdownKey(observation.dimensions) === breakdown)
    .map((observation) => observation.year);
  return [...new Set(years)].sort((a, b) => b - a);
}

/**
 * The year a region map opens on: the latest with as many regions as any year has (the newest
 * year often has only a few regions, which would open the map mostly empty).
 */
export function defaultRegionalYear(observations: readonly Observation[], breakdown: string): number | null {
  const counts = new Map<number, Set<string>>();
  for (const observation of observations) {
    if (breakdownKey(observation.dimensions) !== breakdown) continue;
    counts.set(observation.year, (counts.get(observation.year) ?? new Set()).add(observation.area));
  }
  let best: { year: number; count: number } | null = null;
  for (const [year, areas] of counts)
    if (!best || areas.size > best.count || (areas.size === best.count && year > best.year))
      best = { year, count: areas.size };
  return best?.year ?? null;
}

/** Values of one year and breakdown by area; a region without one is absent (missing, not zero). */
export function regionalMapData(
  observations: readonly Observation[],
  year: number,
  breakdown: string,
): Map<string, MapDatum> {
  const data = new Map<string, MapDatum>();
  for (const observation of observations) {
    if (observation.year !== year || breakdownKey(observation.dimensions) !== breakdown) continue;
    data.set(observation.area, {
      area: observation.area,
      year,
      value: magnitudeOf(observation),
      exact: scaleDecimal(observation.value, observation.unitMult),
      sourceId: observation.source,
    });
  }
  return data;
}
