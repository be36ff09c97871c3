/**
 * Variance-based sensitivity indices from the output of a Saltelli design (spec §7), as COINr's
 * `SA_estimate` defines them. y holds N(d + 2) values in the design's row order: the A block
 * (rows 0…N−1), the B block, then AB_1…AB_d (A with column i taken from B).
 *
 *   V    = sample variance (n − 1) of the 2N values of A and B
 *   S_i  = mean_r[ y_B,r · (y_ABi,r − y_A,r) ] / V          (first order, Saltelli 2010)
 *   ST_i = Σ_r (y_A,r − y_ABi,r)² / (2N · V)                (total, Jansen 1999)
 *
 * Estimates can fall below 0 or above 1 for small N; they are returned as computed.
 */
import { availableSorted, quantileOfSorted } from "../numeric/quantile.ts";

/**
 * `propagate` (coinr): a NaN output (a failed replication) makes V and every index NaN, as R's
 * `var` and `mean` without `na.rm` do. `complete-rows` (strict): V uses the available values of
 * A and B, and each input's indices the rows r where A_r, B_r and AB_i,r are all available, N
 * replaced by that count (reported in `rowsUsed`).
 */
export type MissingOutputs = "propagate" | "complete-rows";

export interface SensitivityIndices {
  readonly variance: number;
  readonly first: Float64Array;
  readonly total: Float64Array;
  /** Rows of the base sample behind each input's estimates. */
  readonly rowsUsed: Int32Array;
}

function sampleVariance(values: ArrayLike<number>, from: number, to: number, skipNaN: boolean): number {
  let m = 0;
  let sum = 0;
  for (let i = from; i < to; i += 1) {
    const y = values[i] as number;
    if (skipNaN && Number.isNaN(y)) continue;
    sum += y;
    m += 1;
  }
  const mean = sum / m;
  let squares = 0;
  for (let i = from; i < to; i += 1) {
    const y = values[i] as number;
    if (skipNaN && Number.isNaN(y)) continue;
    squares += (y - mean) * (y - mean);
  }
  return m < 2 ? Number.NaN : squares / (m - 1);
}

export function sensitivityIndices(
  y: ArrayLike<number>,
  n: number,
  d: number,
  missing: MissingOutputs = "propagate",
): SensitivityIndices {
  if (y.length !== n * (d + 2))
    throw new RangeError(`expected ${n * (d + 2)} outputs (N(d + 2)), got ${y.length}`);
  const skip = missing === "complete-rows";
  const variance = sampleVariance(y, 0, 2 * n, skip);
  const first = new Float64Array(d);
  const total = new Float64Array(d);
  const rowsUsed = new Int32Array(d);
  for (let i = 0; i < d; i += 1) {
    const offset = (2 + i) * n;
    let firstSum = 0;
    let totalSum = 0;
    let used = 0;
    for (let r = 0; r < n; r += 1) {
      const a = y[r] as number;
      const b = y[n + r] as number;
      const ab = y[offset + r] as number;
      if (skip && (Number.isNaN(a) || Number.isNaN(b) || Number.isNaN(ab))) continue;
      firstSum += b * (ab - a);
      totalSum += (a - ab) * (a - ab);
      used += 1;
    }
    first[i] = firstSum / used / variance;
    total[i] = totalSum / (2 * used * variance);
    rowsUsed[i] = used;
  }
  return { variance, first, total, rowsUsed };
}

/** 5 % and 95 % bootstrap quantiles of each input's indices. */
export interface SensitivityIntervals {
  readonly firstQ5: Float64Array;
  readonly firstQ95: Float64Array;
  readonly totalQ5: Float64Array;
  readonly totalQ95: Float64Array;
}

/**
 * COINr's bootstrap (`SA_estimate` with `Nboot`): per draw and per input, the N per-row terms
 * y_B·(y_ABi − y_A) and (y_A − y_ABi) are each resampled with replacement (independently) and the
 * index recomputed with V held fixed; the intervals are type-7 quantiles over the draws. The
 * numbers depend on the random stream, so they match COINr's only in distribution.
 */
export function bootstrapSensitivity(
  y: ArrayLike<number>,
  n: number,
  d: number,
  draws: number,
  random: () => number,
  missing: MissingOutputs = "propagate",
): SensitivityIntervals {
  const { variance } = sensitivityIndices(y, n, d, missing);
  const out = {
    firstQ5: new Float64Array(d),
    firstQ95: new Float64Array(d),
    totalQ5: new Float64Array(d),
    totalQ95: new Float64Array(d),
  };
  const firstTerms = new Float64Array(n);
  const totalTerms = new Float64Array(n);
  const firstDraws = new Float64Array(draws);
  const totalDraws = new Float64Array(draws);
  for (let i = 0; i < d; i += 1) {
    let m = 0;
    for (let r = 0; r < n; r += 1) {
      const a = y[r] as number;
      const b = y[n + r] as number;
      const ab = y[(2 + i) * n + r] as number;
      if (missing === "complete-rows" && (Number.isNaN(a) || Number.isNaN(b) || Number.isNaN(ab))) continue;
      firstTerms[m] = b * (ab - a);
      totalTerms[m] = a - ab;
      m += 1;
    }
    for (let k = 0; k < draws; k += 1) {
      let firstSum = 0;
      let totalSum = 0;
      for (let j = 0; j < m; j += 1) firstSum += firstTerms[Math.floor(random() * m)] as number;
      for (let j = 0; j < m; j += 1) totalSum += (totalTerms[Math.floor(random() * m)] as number) ** 2;
      firstDraws[k] = firstSum / m / variance;
      totalDraws[k] = totalSum / (2 * m * variance);
    }
    const first = availableSorted(firstDraws);
    const total = availableSorted(totalDraws);
    out.firstQ5[i] = quantileOfSorted(first, 0.05);
    out.firstQ95[i] = quantileOfSorted(first, 0.95);
    out.totalQ5[i] = quantileOfSorted(total, 0.05);
    out.totalQ95[i] = quantileOfSorted(total, 0.95);
  }
  return out;
}
