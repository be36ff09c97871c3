/**
 * What the readiness page shows for each member state: the published result, or, while the
 * pillar weights differ from the published ones, the what-if result computed in the browser.
 */
import type { RankInterval, ReadinessCountry, ReadinessIndex } from "@circular-atlas/contracts";
import type { WhatIfCountry } from "./what-if.ts";

export interface DisplayCountry {
  readonly area: string;
  readonly status: ReadinessCountry["status"];
  readonly coverage: ReadinessCountry["coverage"];
  readonly score: number | null;
  readonly rank: number | null;
  readonly rankInterval: Pick<RankInterval, "median" | "q5" | "q95"> | null;
  readonly pillars: Readonly<Record<string, number | null>>;
}

export function displayCountries(
  index: ReadinessIndex,
  whatIf: readonly WhatIfCountry[] | null,
): DisplayCountry[] {
  const recomputed = new Map(whatIf?.map((country) => [country.area, country]));
  return index.countries.map((country) => {
    const published: DisplayCountry = {
      area: country.area,
      status: country.status,
      coverage: country.coverage,
      score: country.score,
      rank: country.rank,
      rankInterval: country.rankInterval,
      pillars: Object.fromEntries(country.pillars.map((pillar) => [pillar.pillar, pillar.score])),
    };
    const other = recomputed.get(country.area);
    if (other === undefined || country.status !== "ranked") return published;
    return {
      ...published,
      score: other.score,
      rank: other.rank,
      rankInterval: other.rankInterval,
      pillars: other.pillars,
    };
  });
}

/** Ranked members first by rank, then the members not ranked, each group by area code. */
export function byRank(countries: readonly DisplayCountry[]): DisplayCountry[] {
  return [...countries].sort(
    (a, b) =>
      (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
      a.area.localeCompare(b.area),
  );
}

/** Each pillar's share of the index under the given weights (weights are relative). */
export function pillarShares(weights: Readonly<Record<string, number>>): Record<string, number> {
  const total = Object.values(weights).reduce((sum, weight) => sum + weight, 0);
  return Object.fromEntries(
    Object.entries(weights).map(([code, weight]) => [code, total > 0 ? weight / total : 0]),
  );
}
