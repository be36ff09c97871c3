/**
 * Employment by sector for women and men, assembled from the six WDI series (ILO modelled
 * estimates) that the bundled sources publish separately: each sex's employment split across
 * agriculture, industry and services in one year, so the profile can show them side by side.
 */
import type { Observation } from "@circular-atlas/contracts";
import { isTotal, magnitudeOf } from "./scale-decimal.ts";

export const sexes = ["female", "male"] as const;
export const sectors = ["agriculture", "industry", "services"] as const;
export type SexName = (typeof sexes)[number];
export type SectorName = (typeof sectors)[number];

/** Which series holds which share (WDI codes, "% of female/male employment"). */
export const employmentSeries: readonly { code: string; sex: SexName; sector: SectorName }[] = [
  { code: "SL.AGR.EMPL.FE.ZS", sex: "female", sector: "agriculture" },
  { code: "SL.IND.EMPL.FE.ZS", sex: "female", sector: "industry" },
  { code: "SL.SRV.EMPL.FE.ZS", sex: "female", sector: "services" },
  { code: "SL.AGR.EMPL.MA.ZS", sex: "male", sector: "agriculture" },
  { code: "SL.IND.EMPL.MA.ZS", sex: "male", sector: "industry" },
  { code: "SL.SRV.EMPL.MA.ZS", sex: "male", sector: "services" },
];

export interface EmploymentShare {
  sex: SexName;
  sector: SectorName;
  value: number;
}

export interface EmploymentBySector {
  year: number;
  shares: EmploymentShare[];
  /** Source ids of the observations used. */
  sources: string[];
}

/**
 * The latest year in which all six shares are published, or null. A year with only some of them
 * would draw bars that do not add up to 100 %, so it is not used.
 */
export function toEmploymentBySector(
  observationsByCode: ReadonlyMap<string, readonly Observation[]>,
): EmploymentBySector | null {
  const byYear = new Map<number, Map<string, Observation>>();
  for (const series of employmentSeries) {
    for (const observation of observationsByCode.get(series.code) ?? []) {
      if (!isTotal(observation)) continue;
      const year = byYear.get(observation.year) ?? new Map<string, Observation>();
      year.set(series.code, observation);
      byYear.set(observation.year, year);
    }
  }
  const complete = [...byYear].filter(([, found]) => found.size === employmentSeries.length);
  const latest = complete.sort(([a], [b]) => b - a)[0];
  if (!latest) return null;
  const [year, found] = latest;
  const shares = employmentSeries.flatMap((series) => {
    const observation = found.get(series.code);
    return observation ? [{ sex: series.sex, sector: series.sector, value: magnitudeOf(observation) }] : [];
  });
  return { year, shares, sources: [...new Set([...found.values()].map((item) => item.source))] };
}
