/**
 * Cronbach's alpha (COINr's `get_cronbach`), a measure of the internal consistency of a group of
 * indicators: α = k/(k − 1)·(1 − Σ var_i / Σ_ij cov_ij), with each covariance over the units where
 * both columns are available (R's `cov(use = "pairwise.complete.obs")`). Cronbach (1951).
 */
import type { CoinFrame, DataSet } from "./coin-types.ts";
import { CompositeIndexError } from "./composite-index-error.ts";

/** α of the given columns; NaN with fewer than two columns or when every covariance is missing. */
export function cronbachAlpha(columns: readonly ArrayLike<number>[]): number {
  const k = columns.length;
  if (k < 2) return Number.NaN;
  let total = 0;
  let trace = 0;
  for (let a = 0; a < k; a += 1) {
    for (let b = a; b < k; b += 1) {
      const cov = pairwiseCovariance(columns[a] as ArrayLike<number>, columns[b] as ArrayLike<number>);
      // COINr sums with na.rm = TRUE: a pair with too few shared units simply drops out.
      if (Number.isNaN(cov)) continue;
      if (a === b) {
        trace += cov;
        total += cov;
      } else total += 2 * cov;
    }
  }
  return (k / (k - 1)) * (1 - trace / total);
}

/**
 * α of the children of `group` (an aggregate code) in `dset`, or of a whole level with
 * `group` omitted: `{ level: 1 }` takes every indicator.
 */
export function cronbachOf(
  frame: CoinFrame,
  dset: DataSet,
  selection: { readonly group?: string; readonly level?: number },
): number {
  const codes =
    selection.group !== undefined
      ? frame.children.get(selection.group)
      : selection.level === 1
        ? frame.indicators
        : frame.aggregatesByLevel[(selection.level ?? 1) - 2];
  if (codes === undefined || codes.length === 0) {
    throw new CompositeIndexError(
      "composite-index/invalid-pipeline",
      "cronbach",
      `no elements for ${JSON.stringify(selection)}`,
    );
  }
  return cronbachAlpha(
    codes.map((code) => {
      const index = dset.codes.indexOf(code);
      if (index < 0)
        throw new CompositeIndexError(
          "composite-index/invalid-pipeline",
          `cronbach.${code}`,
          `the data set has no column ${code}`,
        );
      return dset.columns[index] as Float64Array;
    }),
  );
}

function pairwiseCovariance(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let n = 0;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < x.length; i += 1) {
    const u = x[i] as number;
    const v = y[i] as number;
    if (Number.isNaN(u) || Number.isNaN(v)) continue;
    n += 1;
    meanX += u;
    meanY += v;
  }
  if (n < 2) return Number.NaN;
  meanX /= n;
  meanY /= n;
  let sum = 0;
  for (let i = 0; i < x.length; i += 1) {
    const u = x[i] as number;
    const v = y[i] as number;
    if (Number.isNaN(u) || Number.isNaN(v)) continue;
    sum += (u - meanX) * (v - meanY);
  }
  return sum / (n - 1);
}
