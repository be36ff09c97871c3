/**
 * PCA weights (COINr's `get_PCA` with `weights_to`): the loadings of the first principal
 * component of the correlation matrix, per aggregation group or over a whole level. Spec §5, quirk
 * Q13. PCA weights maximise the variance the aggregate explains; they say nothing of importance.
 */
import type { Diagnostic } from "../diagnostics.ts";
import { symmetricEigen } from "../numeric/jacobi-eigen.ts";
import type { CoinFrame, DataSet } from "./coin-types.ts";
import { CompositeIndexError } from "./composite-index-error.ts";

export interface PcaWeightsOptions {
  /** The level whose elements get weights: 1 (indicators, default) up to the top. */
  readonly level?: number;
  /** One PCA inside each parent group (default, COINr's `by_groups = TRUE`) or one over the level. */
  readonly byGroups?: boolean;
  /** The weight set the loadings are written into (a copy); default the frame's `Original`. */
  readonly weights?: ReadonlyMap<string, number>;
}

export interface PcaGroup {
  /** The parent aggregate, or `"All"` for a PCA over the whole level. */
  readonly parent: string;
  readonly codes: readonly string[];
  /** Units with every value of the group available (the PCA's rows) and those dropped. */
  readonly rowsUsed: number;
  readonly rowsDropped: number;
  /** PC1 loadings (a unit vector), signed so that they sum to a positive number. */
  readonly loadings: Float64Array;
  /** Eigenvalues of the correlation matrix, decreasing (R's `prcomp(...)$sdev^2`). */
  readonly eigenvalues: Float64Array;
  /** Each component's share of the total variance (eigenvalue / number of columns). */
  readonly varianceShares: Float64Array;
}

export interface PcaWeights {
  readonly weights: Map<string, number>;
  readonly groups: readonly PcaGroup[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Per group: units with any missing value in the group are dropped (listwise, with a warning),
 * columns are centred and scaled to unit sample variance, and PC1 is the leading eigenvector of
 * their correlation matrix. LAPACK leaves its sign arbitrary; we fix it: the loadings are flipped
 * so that their sum is positive (when the sum is zero, so that the first non-zero loading is).
 * Negative loadings may remain; each gives a warning, as they make poor weights.
 */
export function pcaWeights(frame: CoinFrame, dset: DataSet, options: PcaWeightsOptions = {}): PcaWeights {
  const level = options.level ?? 1;
  const byGroups = options.byGroups ?? true;
  if (
    !Number.isInteger(level) ||
    level < 1 ||
    level > frame.maxLevel ||
    (byGroups && level === frame.maxLevel)
  ) {
    throw new CompositeIndexError(
      "composite-index/invalid-pipeline",
      "pca.level",
      `level ${level} has no ${byGroups ? "parent groups" : "elements"}; use 1…${frame.maxLevel - (byGroups ? 1 : 0)}`,
    );
  }
  const levelCodes = level === 1 ? frame.indicators : (frame.aggregatesByLevel[level - 2] ?? []);
  const groups = byGroups
    ? (frame.aggregatesByLevel[level - 1] ?? []).map((parent) => ({
        parent,
        codes: frame.children.get(parent) ?? [],
      }))
    : [{ parent: "All", codes: levelCodes }];
  const weights = new Map(options.weights ?? frame.weightSets.get("Original") ?? []);
  const diagnostics: Diagnostic[] = [];
  const results = groups.map(({ parent, codes }) => {
    const result = principalComponents(parent, codes, dset);
    if (result.rowsDropped > 0) {
      diagnostics.push({
        code: "composite-index/pca-rows-dropped",
        severity: "warning",
        message: `PCA of ${parent}: ${result.rowsDropped} unit(s) with missing values left out; impute first to keep them`,
        where: { group: parent },
      });
    }
    result.codes.forEach((code, index) => {
      const loading = result.loadings[index] as number;
      weights.set(code, loading);
      if (loading < 0) {
        diagnostics.push({
          code: "composite-index/pca-negative-weight",
          severity: "warning",
          message: `PCA weight of ${code} in ${parent} is negative (${loading})`,
          where: { iCode: code, group: parent },
        });
      }
    });
    return result;
  });
  return { weights, groups: results, diagnostics };
}

function principalComponents(parent: string, codes: readonly string[], dset: DataSet): PcaGroup {
  const columns = codes.map((code) => {
    const index = dset.codes.indexOf(code);
    if (index < 0) {
      throw new CompositeIndexError(
        "composite-index/invalid-pipeline",
        `pca.${parent}`,
        `the data set has no column ${code}`,
      );
    }
    return dset.columns[index] as Float64Array;
  });
  const complete: number[] = [];
  for (let row = 0; row < dset.units.length; row += 1) {
    if (columns.every((column) => !Number.isNaN(column[row] as number))) complete.push(row);
  }
  const m = complete.length;
  if (m < 2) {
    throw new CompositeIndexError(
      "composite-index/step-failed",
      `pca.${parent}`,
      `only ${m} unit(s) have every value of ${codes.join(", ")}`,
    );
  }
  const standardised = columns.map((column, index) =>
    standardise(column, complete, `pca.${parent}.${codes[index]}`),
  );
  const k = codes.length;
  // R = ZᵀZ / (m − 1) for standardised columns Z: the correlation matrix prcomp(scale = TRUE) diagonalises.
  const correlation = Array.from({ length: k }, (_, a) =>
    Float64Array.from({ length: k }, (_, b) => {
      let sum = 0;
      const za = standardised[a] as Float64Array;
      const zb = standardised[b] as Float64Array;
      for (let r = 0; r < m; r += 1) sum += (za[r] as number) * (zb[r] as number);
      return sum / (m - 1);
    }),
  );
  const { values, vectors } = symmetricEigen(correlation);
  const first = vectors[0] as Float64Array;
  const sum = first.reduce((total, value) => total + value, 0);
  const firstNonZero = first.find((value) => Math.abs(value) > 1e-12) ?? 1;
  const flip = Math.abs(sum) > 1e-12 ? sum < 0 : firstNonZero < 0;
  const loadings = flip ? first.map((value) => -value) : Float64Array.from(first);
  const eigenvalues = values.map((value) => Math.max(value, 0));
  const total = eigenvalues.reduce((acc, value) => acc + value, 0);
  return {
    parent,
    codes,
    rowsUsed: m,
    rowsDropped: dset.units.length - m,
    loadings,
    eigenvalues,
    varianceShares: eigenvalues.map((value) => value / total),
  };
}

function standardise(column: Float64Array, rows: readonly number[], where: string): Float64Array {
  let mean = 0;
  for (const row of rows) mean += column[row] as number;
  mean /= rows.length;
  let squares = 0;
  for (const row of rows) squares += ((column[row] as number) - mean) ** 2;
  const sd = Math.sqrt(squares / (rows.length - 1));
  if (!(sd > 0)) {
    throw new CompositeIndexError(
      "composite-index/step-failed",
      where,
      "the column is constant over the units used, so it cannot be scaled to unit variance",
    );
  }
  return Float64Array.from(rows, (row) => ((column[row] as number) - mean) / sd);
}
