import type { Observation } from "@circular-atlas/contracts";
import { isTotal, magnitudeOf, scaleDecimal } from "../observations/scale-decimal.ts";

/** One country's value on a map: the number the colour comes from and the exact text shown. */
export interface MapDatum {
  area: string;
  year: number;
  value: number;
  /** Exact decimal magnitude, as written into `data-value`. */
  exact: string;
  sourceId: string;
}

/** Headline values of `year` by ISO3 code; countries without one are simply absent (no data). */
export function toMapData(observations: readonly Observation[], year: number): Map<string, MapDatum> {
  const data = new Map<string, MapDatum>();
  for (const observation of observations) {
    if (observation.year !== year || !isTotal(observation)) continue;
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

/**
 * The year a map opens on: the latest year with as many countries as any year has. The very
 * latest year is often reported by one or two countries only (projections, early releases),
 * which would open the map mostly grey.
 */
export function defaultMapYear(observations: readonly Observation[]): number | null {
  const areasByYear = new Map<number, Set<string>>();
  for (const observation of observations) {
    if (!isTotal(observation)) continue;
    const areas = areasByYear.get(observation.year) ?? new Set<string>();
    areas.add(observation.area);
    areasByYear.set(observation.year, areas);
  }
  let best: { year: number; count: number } | null = null;
  for (const [year, areas] of areasByYear) {
    if (!best || areas.size > best.count || (areas.size === best.count && year > best.year)) {
      best = { year, count: areas.size };
    }
  }
  return best?.year ?? null;
}
