/**
 * Runs the composite-index engine on the readiness inputs: the nominal build, then the
 * uncertainty analysis over the uncertain choices, and reads back what the DTO shows (who was
 * screened out, scores and ranks of the index and pillars, denominated, normalised and imputed
 * cells, rank intervals). The inputs are ours, so an engine refusal is a bug here, not the caller's: it is
 * rethrown as a plain error (a 500), with the engine's located message as its cause.
 */
import type { CellTableDto } from "@circular-atlas/contracts";
import {
  CompositeIndexError,
  type DataSet,
  type Diagnostic,
  defaultStepRegistry,
  indexResults,
  newCoinFrame,
  parsePipeline,
  rankDataSet,
  runPipeline,
  runUncertainty,
  type UncertaintyResult,
} from "@circular-atlas/engines";
import { readinessDataSets } from "./readiness-inputs.ts";

export interface ReadinessEngineInput {
  readonly iData: CellTableDto;
  readonly iMeta: CellTableDto;
  readonly pipeline: unknown;
  readonly uncertainty: unknown;
  readonly replications: number;
  readonly seed: number;
  readonly pillarCodes: readonly string[];
  readonly indicatorCodes: readonly string[];
  readonly signal?: AbortSignal | undefined;
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

/** A unit's value in one column, by code; absent when the unit was screened out. */
export type ColumnValues = ReadonlyMap<string, number>;

export interface ReadinessEngineResult {
  /** Units left after screening (the ranked ones), in the frame's order. */
  readonly kept: readonly string[];
  readonly index: { readonly score: ColumnValues; readonly rank: ColumnValues };
  readonly pillars: ReadonlyMap<string, { readonly score: ColumnValues; readonly rank: ColumnValues }>;
  /** The values the index reads before imputation (intensities divided), for every unit. */
  readonly denominated: ReadonlyMap<string, ColumnValues>;
  readonly normalised: ReadonlyMap<string, ColumnValues>;
  /** Indicator code → units whose cell was missing before Impute and filled by it. */
  readonly imputed: ReadonlyMap<string, ReadonlySet<string>>;
  readonly rankIntervals: ReadonlyMap<string, { median: number; q5: number; q95: number; mean: number }>;
  readonly failed: readonly { replication: number; message: string }[];
  readonly diagnostics: readonly Diagnostic[];
}

export function runReadinessEngine(input: ReadinessEngineInput): ReadinessEngineResult {
  return withContext(() => {
    const frame = newCoinFrame({ iData: input.iData, iMeta: input.iMeta, compat: "strict" });
    const pipeline = parsePipeline(input.pipeline, frame, defaultStepRegistry);
    const run = runPipeline(frame, pipeline, defaultStepRegistry);
    const dset = (name: string): DataSet => {
      const found = run.dsets.get(name);
      if (found === undefined) throw new Error(`the readiness pipeline wrote no ${name} data set`);
      return found;
    };
    const aggregated = dset(readinessDataSets.aggregated);
    const ranks = rankDataSet(aggregated);
    const results = indexResults(run, readinessDataSets.aggregated);
    const uncertainty = runUncertainty(
      {
        frame,
        pipeline: input.pipeline,
        spec: input.uncertainty,
        n: input.replications,
        seed: input.seed,
        sa: false,
        ...(input.signal === undefined ? {} : { signal: input.signal }),
        ...(input.onProgress === undefined ? {} : { onProgress: input.onProgress }),
      },
      { registry: defaultStepRegistry, parsePipeline, runPipeline },
    );
    return {
      kept: aggregated.units,
      index: {
        score: new Map(results.map((result) => [result.uCode, result.score])),
        rank: new Map(results.map((result) => [result.uCode, result.rank])),
      },
      pillars: new Map(
        input.pillarCodes.map((code) => [
          code,
          { score: columnValues(aggregated, code), rank: columnValues(ranks, code) },
        ]),
      ),
      denominated: new Map(
        input.indicatorCodes.map((code) => [code, columnValues(dset(readinessDataSets.denominated), code)]),
      ),
      normalised: new Map(
        input.indicatorCodes.map((code) => [code, columnValues(dset(readinessDataSets.normalised), code)]),
      ),
      imputed: imputedCells(dset(readinessDataSets.screened), dset(readinessDataSets.imputed)),
      rankIntervals: rankIntervals(uncertainty.units, uncertainty.rankStats),
      failed: uncertainty.failures.map((failure) => ({
        replication: failure.replication,
        message: `${failure.where}: ${failure.message}`,
      })),
      diagnostics: [...frame.diagnostics, ...run.diagnostics, ...uncertainty.diagnostics],
    };
  });
}

/** One column of a data set by unit; missing (NaN) values are left out. */
export function columnValues(dset: DataSet, code: string): ColumnValues {
  const column = dset.columns[dset.codes.indexOf(code)];
  const values = new Map<string, number>();
  if (column === undefined) return values;
  dset.units.forEach((unit, row) => {
    const value = column[row];
    if (value !== undefined && !Number.isNaN(value)) values.set(unit, value);
  });
  return values;
}

/** Each ranked unit's rank statistics; units never ranked (screened out) have NaN and are left out. */
function rankIntervals(
  units: readonly string[],
  stats: UncertaintyResult["rankStats"],
): ReadinessEngineResult["rankIntervals"] {
  const intervals = new Map<string, { median: number; q5: number; q95: number; mean: number }>();
  units.forEach((unit, u) => {
    const median = stats.median[u] ?? Number.NaN;
    if (Number.isNaN(median)) return;
    intervals.set(unit, {
      median,
      q5: stats.q5[u] ?? Number.NaN,
      q95: stats.q95[u] ?? Number.NaN,
      mean: stats.mean[u] ?? Number.NaN,
    });
  });
  return intervals;
}

function imputedCells(before: DataSet, after: DataSet): Map<string, Set<string>> {
  const imputed = new Map<string, Set<string>>();
  before.codes.forEach((code, column) => {
    const was = before.columns[column];
    const now = after.columns[after.codes.indexOf(code)];
    const units = new Set<string>();
    before.units.forEach((unit, row) => {
      const afterRow = after.units.indexOf(unit);
      if (Number.isNaN(was?.[row] ?? Number.NaN) && !Number.isNaN(now?.[afterRow] ?? Number.NaN)) {
        units.add(unit);
      }
    });
    imputed.set(code, units);
  });
  return imputed;
}

function withContext<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    // Cancellation is the caller's choice and keeps its code.
    if (error instanceof CompositeIndexError && error.code !== "composite-index/cancelled") {
      throw new Error(`readiness index: the engine refused the inputs: ${error.message}`, { cause: error });
    }
    throw error;
  }
}
