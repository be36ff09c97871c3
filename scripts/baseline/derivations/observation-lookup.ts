/** Total (no breakdown) values of one indicator, by area and time period, for derivations. */
import type { BaselineObservation } from "../baseline-observation.ts";

export type TotalsByAreaAndPeriod = ReadonlyMap<string, BaselineObservation>;

export function indexTotals(
  observations: readonly BaselineObservation[],
  indicator: string,
): TotalsByAreaAndPeriod {
  const index = new Map<string, BaselineObservation>();
  for (const observation of observations) {
    if (observation.indicator !== indicator || Object.keys(observation.dimensions).length > 0) continue;
    index.set(`${observation.area}|${observation.timePeriod}`, observation);
  }
  return index;
}

export function findTotal(
  index: TotalsByAreaAndPeriod,
  area: string,
  timePeriod: string,
): BaselineObservation | undefined {
  return index.get(`${area}|${timePeriod}`);
}
