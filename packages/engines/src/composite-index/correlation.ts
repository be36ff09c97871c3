/**
 * Correlation analysis of a coin (COINr's `get_corr`, `get_corr_flags`, `get_denom_corr`):
 * correlations between the elements of two levels of a data set, pairwise-complete, optionally
 * blanked where cor.test's p-value exceeds `pval`, and filtered by the index structure. Spec §6.
 */
import { type CorrelationMethod, correlation, correlationTest } from "../numeric/correlation-test.ts";
import type { CoinFrame, Compat, DataSet } from "./coin-types.ts";
import { CompositeIndexError } from "./composite-index-error.ts";

export type { CorrelationMethod } from "../numeric/correlation-test.ts";

export interface CorrelationTableOptions {
  /** One level (correlated with itself) or two; the higher one gives `var1`. Default 1. */
  readonly levels?: number | readonly [number, number];
  readonly method?: CorrelationMethod;
  /** Correlations with p > pval become NaN; 0 keeps all. Default 0.05, as COINr. */
  readonly pval?: number;
  /**
   * `true`: between two levels, keep only each lower element's own ancestor at the higher level.
   * `"family"`: correlate the (single) level with each of its ancestors at every higher level.
   */
  readonly withparent?: boolean | "family";
  /** Within one level, keep only pairs that share their ancestor at this level. */
  readonly grouplev?: number;
  /** Multiply indicator columns by their iMeta Direction first. */
  readonly useDirections?: boolean;
}

export interface CorrelationRow {
  /** The element of the higher level (with `"family"`: the ancestor). */
  readonly var1: string;
  readonly var2: string;
  /** The level of `var1`. */
  readonly level: number;
  /** NaN where not computable or where p > pval. */
  readonly correlation: number;
  readonly pValue: number;
}

/**
 * Long-form correlation table, one row per kept pair, `var1` in the order of its level, then
 * `var2` in the order of its own (indicators in iMeta order, aggregates alphabetical).
 */
export function correlationTable(
  frame: CoinFrame,
  dset: DataSet,
  options: CorrelationTableOptions = {},
): CorrelationRow[] {
  const requested =
    typeof options.levels === "number" || options.levels === undefined
      ? [options.levels ?? 1, options.levels ?? 1]
      : options.levels;
  const high = Math.max(requested[0] as number, requested[1] as number);
  const low = Math.min(requested[0] as number, requested[1] as number);
  for (const level of [high, low]) {
    if (!Number.isInteger(level) || level < 1 || level > frame.maxLevel) {
      throw invalid("correlation.levels", `level ${level} is not a level of the index (1…${frame.maxLevel})`);
    }
  }
  if (options.withparent === "family") {
    if (high >= frame.maxLevel)
      throw invalid("correlation.withparent", `"family" needs a level below the top (${frame.maxLevel})`);
    const rows: CorrelationRow[] = [];
    for (let level = high + 1; level <= frame.maxLevel; level += 1) {
      rows.push(...correlationTable(frame, dset, { ...options, levels: [level, high], withparent: true }));
    }
    return rows;
  }
  const method = options.method ?? "pearson";
  const pval = options.pval ?? 0.05;
  const column = (code: string) => signedColumn(frame, dset, code, options.useDirections === true);
  const grouplev = options.grouplev;
  if (grouplev !== undefined && high === low && (grouplev <= low || grouplev > frame.maxLevel)) {
    throw invalid(
      "correlation.grouplev",
      `grouplev must be above level ${low} and at most ${frame.maxLevel}`,
    );
  }
  const rows: CorrelationRow[] = [];
  for (const var1 of codesAt(frame, high)) {
    for (const var2 of codesAt(frame, low)) {
      if (options.withparent === true && high !== low && ancestorAt(frame, var2, high) !== var1) continue;
      if (
        grouplev !== undefined &&
        high === low &&
        ancestorAt(frame, var1, grouplev) !== ancestorAt(frame, var2, grouplev)
      ) {
        continue;
      }
      const test = correlationTest(column(var1), column(var2), method);
      const kept = pval > 0 && !(test.pValue <= pval) ? Number.NaN : test.estimate;
      rows.push({ var1, var2, level: high, correlation: kept, pValue: test.pValue });
    }
  }
  return rows;
}

export interface CorrelationFlagOptions {
  readonly corThresh?: number;
  readonly threshType?: "high" | "low";
  readonly method?: CorrelationMethod;
  /** The level whose groups the pairs must share. Default 2. */
  readonly grouplev?: number;
  /** Decimal places of the reported correlation; null keeps it unrounded. Default 3. */
  readonly roundto?: number | null;
  /** coinr lists each pair twice (both orders, as COINr's long table does); strict once. */
  readonly compat?: Compat;
}

export interface CorrelationFlag {
  readonly group: string;
  readonly ind1: string;
  readonly ind2: string;
  readonly corr: number;
}

/**
 * Pairs of indicators in the same group (at `grouplev`) whose correlation is above `corThresh`
 * (default 0.9), or below it with `threshType: "low"`: collinearity or negative-correlation flags.
 */
export function correlationFlags(
  frame: CoinFrame,
  dset: DataSet,
  options: CorrelationFlagOptions = {},
): CorrelationFlag[] {
  const grouplev = options.grouplev ?? 2;
  const threshold = options.corThresh ?? 0.9;
  if (grouplev < 2 || grouplev > frame.maxLevel)
    throw invalid("corr_flags.grouplev", `grouplev must be 2…${frame.maxLevel}`);
  if (!(threshold >= -1 && threshold <= 1))
    throw invalid("corr_flags.cor_thresh", "cor_thresh must be between −1 and 1");
  const roundto = options.roundto === undefined ? 3 : options.roundto;
  const flags: CorrelationFlag[] = [];
  const indicators = frame.indicators;
  for (let a = 0; a < indicators.length; a += 1) {
    for (let b = 0; b < indicators.length; b += 1) {
      if (a === b || (options.compat !== "coinr" && b < a)) continue;
      const ind1 = indicators[a] as string;
      const ind2 = indicators[b] as string;
      const group = ancestorAt(frame, ind1, grouplev);
      if (group === null || group !== ancestorAt(frame, ind2, grouplev)) continue;
      const r = correlation(
        signedColumn(frame, dset, ind1, false),
        signedColumn(frame, dset, ind2, false),
        options.method,
      );
      if (Number.isNaN(r) || !(options.threshType === "low" ? r < threshold : r > threshold)) continue;
      flags.push({ group, ind1, ind2, corr: roundto === null ? r : roundTo(r, roundto) });
    }
  }
  return flags;
}

export interface DenominatorCorrelation {
  readonly ind: string;
  readonly denom: string;
  readonly corr: number;
}

/** Indicator–denominator pairs with |r| above `corThresh` (default 0.6), sorted by indicator. */
export function denominatorCorrelations(
  frame: CoinFrame,
  dset: DataSet,
  options: {
    readonly corThresh?: number;
    readonly method?: CorrelationMethod;
    readonly nround?: number | null;
  } = {},
): DenominatorCorrelation[] {
  if (frame.denominators.size === 0) {
    throw invalid("denom_corr", "iMeta has no Denominator rows to correlate with");
  }
  const threshold = options.corThresh ?? 0.6;
  const nround = options.nround === undefined ? 2 : options.nround;
  const rowOfUnit = new Map(frame.units.map((unit, index) => [unit, index]));
  const found: DenominatorCorrelation[] = [];
  for (const ind of frame.indicators) {
    for (const [denom, values] of frame.denominators) {
      // The data set may have lost units (Screen); match the denominator by uCode.
      const aligned = Float64Array.from(
        dset.units,
        (unit) => values[rowOfUnit.get(unit) ?? -1] ?? Number.NaN,
      );
      const r = correlation(signedColumn(frame, dset, ind, false), aligned, options.method);
      if (Math.abs(r) > threshold) found.push({ ind, denom, corr: nround === null ? r : roundTo(r, nround) });
    }
  }
  return found.sort((x, y) => (x.ind < y.ind ? -1 : x.ind > y.ind ? 1 : 0));
}

/** The ancestor of `code` at `level` (the code itself at its own level), or null. */
export function ancestorAt(frame: CoinFrame, code: string, level: number): string | null {
  let current: string | null = code;
  while (current !== null) {
    const meta = frame.metaByCode.get(current);
    if (meta === undefined || meta.level === null || meta.level > level) return null;
    if (meta.level === level) return current;
    current = meta.parent;
  }
  return null;
}

function codesAt(frame: CoinFrame, level: number): readonly string[] {
  return level === 1 ? frame.indicators : (frame.aggregatesByLevel[level - 2] ?? []);
}

function signedColumn(frame: CoinFrame, dset: DataSet, code: string, useDirections: boolean): Float64Array {
  const index = dset.codes.indexOf(code);
  if (index < 0)
    throw invalid(`correlation.${code}`, `the data set has no column ${code} (aggregate it first?)`);
  const values = dset.columns[index] as Float64Array;
  const direction = frame.metaByCode.get(code)?.direction ?? 1;
  return useDirections && direction === -1 && frame.metaByCode.get(code)?.type === "Indicator"
    ? values.map((value) => -value)
    : values;
}

function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function invalid(where: string, message: string): CompositeIndexError {
  return new CompositeIndexError("composite-index/invalid-pipeline", where, message);
}
