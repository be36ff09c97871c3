/**
 * Uncertainty and sensitivity analysis of a composite index (COINr's `get_sensitivity`, spec §7):
 * plan (uncertainty-plan.ts) → run the replications → rank statistics, mean absolute rank shift
 * and, for a Saltelli design, first-order and total sensitivity indices.
 *
 * Speed: a replication starts at the first step any uncertain input touches, on the nominal run's
 * earlier data sets (COINr rebuilds everything from new_coin); each variant of a step is parsed
 * once and kept; a replication with exactly the same alternatives as an earlier one copies its
 * result (the pipeline is deterministic). Scores and ranks go into flat Float64Arrays,
 * replication-major, so a worker's block can be transferred without copying.
 *
 * Workers: `runUncertaintyReplications` with a `replicationRange` runs part of the replications;
 * `combineUncertaintyReplications` joins the parts into the full result. `runUncertainty` does both
 * in one go.
 */
import type { Diagnostic } from "../diagnostics.ts";
import { EngineError } from "../engine-error.ts";
import { createRandom } from "../numeric/random.ts";
import { rankDescending } from "../numeric/ranks.ts";
import { withAlternative } from "./argument-path.ts";
import type { DataSet, ParsedPipeline, ParsedStep } from "./coin-types.ts";
import { CompositeIndexError } from "./composite-index-error.ts";
import { meanAbsoluteRankShift, type RankStats, rankStats } from "./rank-stats.ts";
import {
  bootstrapSensitivity,
  type SensitivityIndices,
  type SensitivityIntervals,
  sensitivityIndices,
} from "./sensitivity-indices.ts";
import {
  type InputSummary,
  planUncertainty,
  scoresInUnitOrder,
  type UncertaintyEngine,
  type UncertaintyInput,
  type UncertaintyPlan,
} from "./uncertainty-plan.ts";

export interface ReplicationFailure {
  /** 1-based, as in the r1…rR columns of the outputs. */
  readonly replication: number;
  readonly where: string;
  readonly message: string;
}

interface Shared {
  readonly compat: UncertaintyPlan["compat"];
  readonly target: UncertaintyPlan["target"];
  readonly units: readonly string[];
  readonly inputs: readonly InputSummary[];
  readonly n: number;
  readonly d: number;
  readonly sa: boolean;
  readonly seed: number;
  readonly nboot: number;
  readonly replications: number;
  readonly design: Float64Array;
  readonly chosen: Int32Array;
  readonly nominal: { readonly scores: Float64Array; readonly ranks: Float64Array };
  readonly diagnostics: readonly Diagnostic[];
}

/** Replications start…end − 1: `scores[(r − start)·units + u]`, ranks likewise. */
export interface UncertaintyReplications extends Shared {
  readonly range: { readonly start: number; readonly end: number };
  readonly scores: Float64Array;
  readonly ranks: Float64Array;
  readonly failures: readonly ReplicationFailure[];
}

export interface UncertaintyResult extends Shared {
  /** R × units, replication-major: `scores[r·units + u]`; NaN for a failed replication. */
  readonly scores: Float64Array;
  readonly ranks: Float64Array;
  readonly failures: readonly ReplicationFailure[];
  /** Over all replications (UA) or the A and B blocks only (SA), as COINr. */
  readonly rankStats: RankStats;
  readonly meanAbsoluteRankShift: Float64Array;
  readonly sensitivity?: SensitivityIndices & {
    readonly variables: readonly string[];
    /** With `nboot`: bootstrap intervals, drawn from stream 1 of the seed (the design uses stream 0). */
    readonly intervals?: SensitivityIntervals;
  };
}

/** Builds each replication's pipeline from cached step variants. */
class VariantPipelines {
  private readonly cache = new Map<string, ParsedStep | CompositeIndexError>();
  private readonly byStep: Map<number, number[]>;
  private readonly plan: UncertaintyPlan;
  private readonly engine: UncertaintyEngine;
  readonly from: number;

  constructor(plan: UncertaintyPlan, engine: UncertaintyEngine) {
    this.plan = plan;
    this.engine = engine;
    this.byStep = new Map();
    plan.inputs.forEach((input, i) => {
      if (input.stepIndex < 0) return;
      this.byStep.set(input.stepIndex, [...(this.byStep.get(input.stepIndex) ?? []), i]);
    });
    this.from = Math.min(plan.nominal.steps.length, ...this.byStep.keys());
  }

  /** The pipeline of replication r, or the error that one of its step variants raises when parsed. */
  pipelineOf(r: number): ParsedPipeline | CompositeIndexError {
    const { plan } = this;
    const steps = plan.nominal.steps.slice();
    for (const [stepIndex, inputIndices] of this.byStep) {
      const key = `${stepIndex}:${inputIndices.map((i) => plan.chosen[r * plan.d + i]).join(",")}`;
      let variant = this.cache.get(key);
      if (variant === undefined) {
        variant = this.parseVariant(stepIndex, inputIndices, r);
        this.cache.set(key, variant);
      }
      if (variant instanceof CompositeIndexError) return variant;
      steps[stepIndex] = variant;
    }
    return { compat: plan.compat, steps };
  }

  private parseVariant(
    stepIndex: number,
    inputIndices: readonly number[],
    r: number,
  ): ParsedStep | CompositeIndexError {
    const { plan, engine } = this;
    const step = plan.nominal.steps[stepIndex] as ParsedStep;
    const { op, dset, write_to, ...nominalArgs } = step.raw;
    try {
      let args: Readonly<Record<string, unknown>> = nominalArgs;
      for (const i of inputIndices) {
        const input = plan.inputs[i] as (typeof plan.inputs)[number];
        const value = input.alternatives[(plan.chosen[r * plan.d + i] as number) - 1];
        args = withAlternative(args, input.path, value, `${step.writeTo} ${input.argument} (${input.name})`);
      }
      const own = args;
      const parsed: unknown = engine.registry[step.op]?.parseArgs(
        own,
        `steps[${stepIndex}]`,
        plan.frame,
        plan.compat,
      );
      return { ...step, args: parsed, raw: { op, dset, write_to, ...own } };
    } catch (error) {
      // Alternatives that each parse alone can still clash; that replication fails, reported.
      if (error instanceof CompositeIndexError) return error;
      throw error;
    }
  }
}

function shared(plan: UncertaintyPlan): Shared {
  return {
    compat: plan.compat,
    target: plan.target,
    units: plan.units,
    inputs: plan.inputs.map((input) => ({
      name: input.name,
      step: input.step,
      argument: input.argument,
      alternatives: input.alternatives,
      labels: input.labels,
    })),
    n: plan.n,
    d: plan.d,
    sa: plan.sa,
    seed: plan.seed,
    nboot: plan.nboot,
    replications: plan.replications,
    design: plan.design,
    chosen: plan.chosen,
    nominal: { scores: plan.nominalScores, ranks: plan.nominalRanks },
    diagnostics: plan.diagnostics,
  };
}

function checkRange(range: UncertaintyInput["replicationRange"], total: number) {
  const { start, end } = range ?? { start: 0, end: total };
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > total || start > end) {
    throw new CompositeIndexError(
      "composite-index/invalid-uncertainty",
      "replicationRange",
      `expected 0 ≤ start ≤ end ≤ ${total}, got ${start}…${end}`,
    );
  }
  return { start, end };
}

export function runUncertaintyReplications(
  input: UncertaintyInput,
  engine: UncertaintyEngine,
): UncertaintyReplications {
  const plan = planUncertainty(input, engine);
  const { start, end } = checkRange(input.replicationRange, plan.replications);
  const units = plan.units.length;
  const count = end - start;
  const scores = new Float64Array(count * units).fill(Number.NaN);
  const ranks = new Float64Array(count * units).fill(Number.NaN);
  const failures: ReplicationFailure[] = [];
  const failureOf = new Map<number, ReplicationFailure>();
  const variants = new VariantPipelines(plan, engine);
  const seen = new Map<string, number>();
  const reuse = input.reuseIdentical ?? true;
  const prior = plan.nominalRun.dsets;
  for (let r = start; r < end; r += 1) {
    if (input.signal?.aborted === true) {
      throw new CompositeIndexError(
        "composite-index/cancelled",
        "uncertainty",
        `cancelled after ${r - start} of ${count} replications`,
      );
    }
    const block = (r - start) * units;
    const key = reuse ? plan.chosen.subarray(r * plan.d, (r + 1) * plan.d).join(",") : "";
    const earlier = reuse ? seen.get(key) : undefined;
    if (earlier !== undefined) {
      copyReplication(earlier, r, { scores, ranks, units, start });
      const failed = failureOf.get(earlier);
      if (failed !== undefined) failures.push({ ...failed, replication: r + 1 });
    } else {
      const failure = runOne(plan, engine, variants, r, prior, scores.subarray(block, block + units));
      if (failure === null) ranks.set(rankDescending(scores.subarray(block, block + units)), block);
      else {
        failures.push(failure);
        failureOf.set(r, failure);
      }
      if (reuse) seen.set(key, r);
    }
    input.onProgress?.(r - start + 1, count);
  }
  return { ...shared(plan), range: { start, end }, scores, ranks, failures };
}

function copyReplication(
  from: number,
  to: number,
  out: { scores: Float64Array; ranks: Float64Array; units: number; start: number },
): void {
  const { units, start } = out;
  const source = (from - start) * units;
  out.scores.copyWithin((to - start) * units, source, source + units);
  out.ranks.copyWithin((to - start) * units, source, source + units);
}

/** Runs replication r into `into`; a failure leaves it NaN and is returned. */
function runOne(
  plan: UncertaintyPlan,
  engine: UncertaintyEngine,
  variants: VariantPipelines,
  r: number,
  prior: ReadonlyMap<string, DataSet>,
  into: Float64Array,
): ReplicationFailure | null {
  const pipeline = variants.pipelineOf(r);
  try {
    if (pipeline instanceof CompositeIndexError) throw pipeline;
    const run = engine.runPipeline(plan.frame, pipeline, engine.registry, { from: variants.from, prior });
    const dset = run.dsets.get(plan.target.dset);
    if (dset === undefined || !dset.codes.includes(plan.target.code)) {
      throw new CompositeIndexError(
        "composite-index/step-failed",
        plan.target.dset,
        `the replication wrote no ${plan.target.code}`,
      );
    }
    scoresInUnitOrder(plan.frame, dset, plan.target.code, into);
    return null;
  } catch (error) {
    // Expected failures (a geometric mean meeting a zero, …) are reported; a bug is not hidden.
    if (!(error instanceof EngineError)) throw error;
    into.fill(Number.NaN);
    const where = error instanceof CompositeIndexError ? error.where : "";
    return { replication: r + 1, where, message: error.message };
  }
}

/** Joins parts that together cover every replication once, and summarises them. */
export function combineUncertaintyReplications(parts: readonly UncertaintyReplications[]): UncertaintyResult {
  const sorted = [...parts].sort((a, b) => a.range.start - b.range.start);
  const first = sorted[0];
  if (first === undefined) throw new RangeError("no replications to combine");
  let next = 0;
  for (const part of sorted) {
    if (part.range.start !== next || part.replications !== first.replications) {
      throw new RangeError(
        `parts must cover replications 0…${first.replications - 1} once each; a gap or overlap at ${next}`,
      );
    }
    next = part.range.end;
  }
  if (next !== first.replications)
    throw new RangeError(`parts end at ${next} of ${first.replications} replications`);
  const joined = (key: "scores" | "ranks") => {
    if (sorted.length === 1) return first[key];
    const out = new Float64Array(first.replications * first.units.length);
    for (const part of sorted) out.set(part[key], part.range.start * first.units.length);
    return out;
  };
  const { range: _range, scores: _s, ranks: _r, failures: _f, ...common } = first;
  const scores = joined("scores");
  const ranks = joined("ranks");
  const failures = sorted.flatMap((part) => part.failures).sort((a, b) => a.replication - b.replication);
  return summarise({ ...common, scores, ranks, failures });
}

function summarise(
  base: Shared & Pick<UncertaintyResult, "scores" | "ranks" | "failures">,
): UncertaintyResult {
  const matrix = { units: base.units.length, replications: base.replications, ranks: base.ranks };
  const shift = meanAbsoluteRankShift(base.nominal.ranks, matrix);
  const result = {
    ...base,
    rankStats: rankStats(base.nominal.ranks, matrix, base.sa ? 2 * base.n : base.replications),
    meanAbsoluteRankShift: shift,
  };
  if (!base.sa) return result;
  const missing = base.compat === "coinr" ? "propagate" : "complete-rows";
  const indices = sensitivityIndices(shift, base.n, base.d, missing);
  const variables = base.inputs.map((input) => input.name);
  if (base.nboot === 0) return { ...result, sensitivity: { ...indices, variables } };
  const random = createRandom(base.seed, 1);
  const intervals = bootstrapSensitivity(shift, base.n, base.d, base.nboot, random, missing);
  return { ...result, sensitivity: { ...indices, variables, intervals } };
}

export function runUncertainty(input: UncertaintyInput, engine: UncertaintyEngine): UncertaintyResult {
  const { replicationRange: _ignored, ...whole } = input;
  return combineUncertaintyReplications([runUncertaintyReplications(whole, engine)]);
}
