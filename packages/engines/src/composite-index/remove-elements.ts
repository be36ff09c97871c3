/**
 * COINr's `remove_elements`: the effect of dropping each component of one level in turn. Each
 * component's weight is set to 0 in a copy of the weights the Aggregate step uses, the pipeline
 * is re-run from that Aggregate step on the nominal run's earlier data sets, and the target
 * column's scores and ranks are compared with the nominal ones.
 */
import { rankDescending } from "../numeric/ranks.ts";
import type { CoinFrame, PipelineRun } from "./coin-types.ts";
import { CompositeIndexError } from "./composite-index-error.ts";
import { parsePipeline, runPipeline } from "./pipeline.ts";
import { isObject } from "./step-args.ts";
import type { StepRegistry } from "./step-registry.ts";
import { compareCodes } from "./unit-order.ts";
import { namedWeightSet } from "./weights.ts";

export interface RemoveElementsInput {
  readonly frame: CoinFrame;
  /** pipeline.json as given (weight-set files already read into objects). */
  readonly pipeline: unknown;
  readonly registry: StepRegistry;
  /** The level whose components are removed one at a time: 1 … maxLevel − 1. */
  readonly level: number;
  /** The data set and column compared, normally the Aggregate step's write_to and the index code. */
  readonly dset: string;
  readonly iCode: string;
}

export interface RemoveElementsResult {
  readonly units: readonly string[];
  /** The removed components, in COINr's order (iMeta sorted by Parent, stable). */
  readonly removed: readonly string[];
  readonly nominalScores: Float64Array;
  readonly nominalRanks: Float64Array;
  /** Per removed component: scores, ranks and nominal rank − rank, one value per unit. */
  readonly scores: readonly Float64Array[];
  readonly ranks: readonly Float64Array[];
  readonly rankDiffs: readonly Float64Array[];
  /** Mean over units of |rank change| per removed component (NaN if any rank is missing, as R's colMeans). */
  readonly meanAbsDiff: readonly number[];
}

function fail(where: string, message: string): CompositeIndexError {
  return new CompositeIndexError("composite-index/invalid-pipeline", where, message);
}

/** The weights the Aggregate step aggregates with, as a full iCode → weight object. */
function usedWeights(frame: CoinFrame, w: unknown, where: string): Record<string, number> {
  const original = frame.weightSets.get("Original") ?? new Map<string, number>();
  if (w === undefined || w === null) return Object.fromEntries(original);
  if (typeof w === "string") {
    const set = namedWeightSet(frame, w);
    if (set === undefined)
      throw fail(
        where,
        w === "none"
          ? 'with w = "none" weights have no effect, so nothing can be removed by zeroing one'
          : `no weight set ${w} in the frame`,
      );
    return Object.fromEntries(set);
  }
  if (isObject(w)) {
    const weights: Record<string, number> = Object.fromEntries(original);
    for (const [code, value] of Object.entries(w)) if (typeof value === "number") weights[code] = value;
    return weights;
  }
  throw fail(
    where,
    "remove_elements works with one weight set for all levels (a name or an object), as COINr's does",
  );
}

function column(run: PipelineRun, dset: string, iCode: string): Float64Array {
  const data = run.dsets.get(dset);
  const values = data?.columns[data.codes.indexOf(iCode)];
  if (values === undefined) throw fail("remove_elements", `data set ${dset} has no column ${iCode}`);
  return values;
}

export function removeElements(input: RemoveElementsInput): RemoveElementsResult {
  const { frame, registry, level, dset, iCode } = input;
  if (!Number.isInteger(level) || level < 1 || level > frame.maxLevel - 1) {
    throw fail(
      "remove_elements.Level",
      `Level must be between 1 and ${frame.maxLevel - 1} (the number of levels minus one), not ${level}`,
    );
  }
  const nominalPipeline = parsePipeline(input.pipeline, frame, registry);
  const aggregateAt = nominalPipeline.steps.findLastIndex((step) => step.op === "Aggregate");
  if (aggregateAt < 0) throw fail("remove_elements", "the pipeline has no Aggregate step");
  const nominal = runPipeline(frame, nominalPipeline, registry);
  const nominalScores = column(nominal, dset, iCode);
  const nominalRanks = rankDescending(nominalScores, "min");
  const rawPipeline = input.pipeline as { steps: Record<string, unknown>[] };
  const aggregateRaw = rawPipeline.steps[aggregateAt] as Record<string, unknown>;
  const weights = usedWeights(frame, aggregateRaw["w"], `steps[${aggregateAt}].w`);
  // COINr takes the codes from its weight table, which is iMeta sorted by Level then Parent.
  const rowOf = new Map(frame.meta.map((meta, row) => [meta.iCode, row]));
  const removed = frame.meta
    .filter((meta) => meta.level === level && meta.iCode in weights)
    .sort(
      (a, b) =>
        compareCodes(a.parent ?? "", b.parent ?? "") || (rowOf.get(a.iCode) ?? 0) - (rowOf.get(b.iCode) ?? 0),
    )
    .map((meta) => meta.iCode);
  const scores: Float64Array[] = [];
  const ranks: Float64Array[] = [];
  const rankDiffs: Float64Array[] = [];
  const meanAbsDiff: number[] = [];
  for (const code of removed) {
    const steps = rawPipeline.steps.map((step, index) =>
      index === aggregateAt ? { ...step, w: { ...weights, [code]: 0 } } : step,
    );
    const pipeline = parsePipeline({ ...rawPipeline, steps }, frame, registry);
    const run = runPipeline(frame, pipeline, registry, { from: aggregateAt, prior: nominal.dsets });
    const values = column(run, dset, iCode);
    const rank = rankDescending(values, "min");
    const diff = nominalRanks.map((nominalRank, i) => nominalRank - (rank[i] as number));
    let sum = 0;
    for (const d of diff) sum += Math.abs(d);
    scores.push(values);
    ranks.push(rank);
    rankDiffs.push(diff);
    meanAbsDiff.push(sum / diff.length);
  }
  const units = nominal.dsets.get(dset)?.units ?? [];
  return { units, removed, nominalScores, nominalRanks, scores, ranks, rankDiffs, meanAbsDiff };
}
