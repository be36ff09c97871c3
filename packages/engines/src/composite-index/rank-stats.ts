/**
 * Summaries of the replication ranks of an uncertainty analysis (COINr's `RankStats`, spec §7),
 * and the scalar output its sensitivity indices are computed from.
 *
 * Ranks are held replication-major: `ranks[r·units + u]` is unit u's rank in replication r, so one
 * replication's ranks are a contiguous block that a worker can fill and transfer.
 */
import { quantileOfSorted } from "../numeric/quantile.ts";

export interface RankMatrix {
  readonly units: number;
  readonly replications: number;
  readonly ranks: Float64Array;
}

/** Per unit: the nominal rank and the mean, median, 5th and 95th percentile of its replication ranks. */
export interface RankStats {
  readonly nominal: Float64Array;
  readonly mean: Float64Array;
  readonly median: Float64Array;
  readonly q5: Float64Array;
  readonly q95: Float64Array;
}

/**
 * Rank statistics over the first `use` replications (all by default; a sensitivity analysis uses
 * only its A and B blocks, the first 2N). NaN ranks (failed replications, screened-out units) are
 * skipped as R's `na.rm = TRUE` does; quantiles are R's type 7; a unit with no rank at all gets NaN.
 */
export function rankStats(nominal: Float64Array, matrix: RankMatrix, use = matrix.replications): RankStats {
  const { units, ranks } = matrix;
  const stats = {
    nominal: Float64Array.from(nominal),
    mean: new Float64Array(units),
    median: new Float64Array(units),
    q5: new Float64Array(units),
    q95: new Float64Array(units),
  };
  const scratch = new Float64Array(use);
  for (let u = 0; u < units; u += 1) {
    let m = 0;
    let sum = 0;
    for (let r = 0; r < use; r += 1) {
      const rank = ranks[r * units + u] as number;
      if (Number.isNaN(rank)) continue;
      scratch[m] = rank;
      m += 1;
      sum += rank;
    }
    const sorted = scratch.subarray(0, m).sort();
    stats.mean[u] = m === 0 ? Number.NaN : sum / m;
    stats.median[u] = quantileOfSorted(sorted, 0.5);
    stats.q5[u] = quantileOfSorted(sorted, 0.05);
    stats.q95[u] = quantileOfSorted(sorted, 0.95);
  }
  return stats;
}

/**
 * For each replication, the mean over units of |rank − nominal rank|, skipping units where either
 * is NaN (R's `mean(abs(x − Nominal), na.rm = TRUE)`); NaN for a replication with no pair.
 */
export function meanAbsoluteRankShift(nominal: Float64Array, matrix: RankMatrix): Float64Array {
  const { units, replications, ranks } = matrix;
  const shift = new Float64Array(replications);
  for (let r = 0; r < replications; r += 1) {
    let sum = 0;
    let m = 0;
    for (let u = 0; u < units; u += 1) {
      const difference = Math.abs((ranks[r * units + u] as number) - (nominal[u] as number));
      if (Number.isNaN(difference)) continue;
      sum += difference;
      m += 1;
    }
    shift[r] = m === 0 ? Number.NaN : sum / m;
  }
  return shift;
}
