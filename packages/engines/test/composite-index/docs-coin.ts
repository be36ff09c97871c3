/**
 * Coins for the golden cases from COINr's documentation: the pages work on data frames, so each
 * case becomes a coin whose indicators are the frame's columns (under one `Index` unless the case
 * gives the hierarchy), read through `newCoinFrame` and run through `parsePipeline` /
 * `runPipeline` with the default registry, as the CLI would.
 */
import type { Cell } from "../../src/composite-index/cell-values.ts";
import type { CoinFrame, Compat, DataSet, PipelineRun } from "../../src/composite-index/coin-types.ts";
import { parsePipeline, runPipeline } from "../../src/composite-index/pipeline.ts";
import { newCoinFrame } from "../../src/composite-index/read-inputs.ts";
import { defaultStepRegistry } from "../../src/composite-index/step-registry.ts";

export interface DocsIndicator {
  readonly code: string;
  /** One value per unit, in `units` order; NaN is missing. */
  readonly values: ArrayLike<number>;
  readonly parent?: string;
  readonly weight?: number;
  readonly direction?: 1 | -1;
}

export interface DocsAggregate {
  readonly code: string;
  readonly level: number;
  readonly parent: string | null;
  readonly weight?: number;
}

export interface DocsCoinSpec {
  readonly units: readonly string[];
  readonly indicators: readonly DocsIndicator[];
  /** Default: a single `Index` at level 2, parent of every indicator. */
  readonly aggregates?: readonly DocsAggregate[];
  /** Group columns, one value per unit. */
  readonly groups?: Readonly<Record<string, readonly (string | null)[]>>;
  readonly compat?: Compat;
}

export function docsFrame(spec: DocsCoinSpec): CoinFrame {
  const aggregates = spec.aggregates ?? [{ code: "Index", level: 2, parent: null }];
  const groupNames = Object.keys(spec.groups ?? {});
  const header = ["uCode", ...groupNames, ...spec.indicators.map((indicator) => indicator.code)];
  const rows = spec.units.map((uCode, i): Cell[] => [
    uCode,
    ...groupNames.map((name) => spec.groups?.[name]?.[i] ?? null),
    ...spec.indicators.map((indicator) => {
      const value = indicator.values[i] as number;
      return Number.isNaN(value) ? null : value;
    }),
  ]);
  const metaRows: Cell[][] = [
    ...spec.indicators.map((indicator): Cell[] => [
      1,
      indicator.code,
      indicator.parent ?? "Index",
      indicator.direction ?? 1,
      indicator.weight ?? 1,
      "Indicator",
    ]),
    ...aggregates.map((aggregate): Cell[] => [
      aggregate.level,
      aggregate.code,
      aggregate.parent,
      1,
      aggregate.weight ?? 1,
      "Aggregate",
    ]),
    ...groupNames.map((name): Cell[] => [null, name, null, null, null, "Group"]),
  ];
  return newCoinFrame({
    iData: { header, rows },
    iMeta: { header: ["Level", "iCode", "Parent", "Direction", "Weight", "Type"], rows: metaRows },
    compat: spec.compat ?? "coinr",
  });
}

/** Runs `steps` (pipeline.json steps) on the frame in `compat` mode (default coinr). */
export function runDocsPipeline(
  frame: CoinFrame,
  steps: readonly Record<string, unknown>[],
  compat: Compat = "coinr",
): PipelineRun {
  const pipeline = parsePipeline({ compat, steps }, frame, defaultStepRegistry);
  return runPipeline(frame, pipeline, defaultStepRegistry);
}

export function dataSet(run: PipelineRun, name: string): DataSet {
  const dset = run.dsets.get(name);
  if (!dset) throw new Error(`the run wrote no data set ${name}`);
  return dset;
}

/** One column of a data set as uCode → value. */
export function columnByUnit(dset: DataSet, code: string): Map<string, number> {
  const k = dset.codes.indexOf(code);
  if (k < 0) throw new Error(`data set has no column ${code}`);
  const values = dset.columns[k] as Float64Array;
  return new Map(dset.units.map((uCode, i) => [uCode, values[i] as number]));
}
