/**
 * The cross-check of two DMC-per-capita vintages: the UN DDF extract loaded into the baseline
 * and OWID's newer chart file, which is not loaded. IRP revised its model between them (AFG
 * 2000 moved by a factor of 1.96, the median by about 12 %), so agreement is only expected to
 * within that. The check catches what would break it by much more: a unit error (× 1000), a
 * wrong country join (AFG ≈ 1 t against KAZ ≈ 30 t).
 */

/** Every overlapping country-year must agree within this factor, either way. */
export const dmcPointFactor = 2;
/** Each country's mean OWID / DDF ratio must fall in this range. */
export const dmcCountryMeanRatio = [0.65, 1.5] as const;
/** The median relative difference over all pairs must stay below this share. */
export const dmcMedianRelativeDifference = 0.2;

export interface DmcPair {
  readonly area: string;
  readonly year: string;
  readonly baseline: number;
  readonly owid: number;
}

export interface DmcComparison {
  readonly pairs: number;
  readonly worstPointFactor: number;
  readonly countryMeanRatios: ReadonlyMap<string, number>;
  readonly medianRelativeDifference: number;
}

export function compareDmcVintages(pairs: readonly DmcPair[]): DmcComparison {
  const factors = pairs.map((pair) => Math.max(pair.owid / pair.baseline, pair.baseline / pair.owid));
  const differences = pairs
    .map((pair) => Math.abs(pair.owid - pair.baseline) / pair.baseline)
    .sort((a, b) => a - b);
  const byArea = new Map<string, { owid: number; baseline: number }>();
  for (const pair of pairs) {
    const sums = byArea.get(pair.area) ?? { owid: 0, baseline: 0 };
    byArea.set(pair.area, { owid: sums.owid + pair.owid, baseline: sums.baseline + pair.baseline });
  }
  const middle = differences.length / 2;
  const median =
    differences.length % 2 === 1
      ? (differences[Math.floor(middle)] ?? Number.NaN)
      : ((differences[middle - 1] ?? Number.NaN) + (differences[middle] ?? Number.NaN)) / 2;
  return {
    pairs: pairs.length,
    worstPointFactor: Math.max(...factors),
    countryMeanRatios: new Map([...byArea].map(([area, sums]) => [area, sums.owid / sums.baseline])),
    medianRelativeDifference: median,
  };
}
