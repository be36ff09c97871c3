/**
 * Everything an uncertainty analysis fixes before its first replication: the parsed nominal
 * pipeline and its run, the checked spec, the design (drawn from the seed or replayed), the
 * alternative each replication takes for each input, and the target column. It is deterministic
 * in its input, so two workers that each plan the same input and run half the replications
 * agree on every replication.
 */
import type { Diagnostic } from "../diagnostics.ts";
import { createRandom } from "../numeric/random.ts";
import { rankDescending } from "../numeric/ranks.ts";
import type { CoinFrame, Compat, DataSet, ParsedPipeline, PipelineRun } from "./coin-types.ts";
import { CompositeIndexError } from "./composite-index-error.ts";
import { chooseAlternatives } from "./discrete-choice.ts";
import type { StepRegistry } from "./step-registry.ts";
import { designRows, type Sampler, sampleDesign } from "./uncertainty-design.ts";
import {
  checkAlternatives,
  type ListedInput,
  parseUncertaintySpec,
  type UncertainInput,
} from "./uncertainty-spec.ts";
import { frameRowsOf } from "./unit-rows.ts";
import { noisyWeights } from "./weights.ts";

/** The pipeline functions the analysis drives; the caller wires in the engine's own. */
export interface UncertaintyEngine {
  readonly registry: StepRegistry;
  parsePipeline(raw: unknown, frame: CoinFrame, registry: StepRegistry): ParsedPipeline;
  runPipeline(
    frame: CoinFrame,
    pipeline: ParsedPipeline,
    registry: StepRegistry,
    options?: { from?: number; prior?: ReadonlyMap<string, DataSet> },
  ): PipelineRun;
}

/** An `AbortSignal` satisfies it; engines compile without DOM or Node types. */
export interface CancelSignal {
  readonly aborted: boolean;
}

export interface UncertaintyInput {
  readonly frame: CoinFrame;
  /** pipeline.json as parsed JSON (not yet checked). */
  readonly pipeline: unknown;
  /** The uncertainty spec as parsed JSON (see uncertainty-spec.ts). */
  readonly spec: unknown;
  /** Replications (UA) or the base sample N of a sensitivity analysis (N(d + 2) replications). */
  readonly n: number;
  readonly seed: number;
  readonly sa: boolean;
  readonly sampler?: Sampler;
  /** A design to replay instead of drawing one: one row per replication, one value in [0, 1] per input. */
  readonly design?: readonly (readonly number[])[];
  /** The scores analysed; by default the top aggregate in the last step's data set. */
  readonly target?: { readonly dset: string; readonly code: string };
  /** Run only replications start…end − 1 (0-based), e.g. half each in two workers. */
  readonly replicationRange?: { readonly start: number; readonly end: number };
  /** Bootstrap draws for 5 %/95 % intervals of the sensitivity indices (COINr's Nboot); default none. */
  readonly nboot?: number;
  /** Reuse a replication's result for a later one with exactly the same alternatives (default true). */
  readonly reuseIdentical?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: CancelSignal;
}

/** What one input looks like in the results. */
export interface InputSummary {
  readonly name: string;
  readonly step: string;
  readonly argument: string;
  /** The values the argument takes (drawn noisy weight sets included), in alternative order. */
  readonly alternatives: readonly unknown[];
  readonly labels: readonly string[];
}

export interface UncertaintyPlan {
  readonly frame: CoinFrame;
  readonly compat: Compat;
  readonly nominal: ParsedPipeline;
  readonly nominalRun: PipelineRun;
  readonly inputs: readonly ListedInput[];
  readonly target: { readonly dset: string; readonly code: string };
  readonly units: readonly string[];
  readonly nominalScores: Float64Array;
  readonly nominalRanks: Float64Array;
  readonly n: number;
  readonly d: number;
  readonly sa: boolean;
  readonly seed: number;
  readonly nboot: number;
  readonly replications: number;
  /** Row-major R × d: the u of each input in each replication. */
  readonly design: Float64Array;
  /** Row-major R × d: the 1-based alternative each input takes in each replication. */
  readonly chosen: Int32Array;
  readonly diagnostics: readonly Diagnostic[];
}

function invalid(where: string, message: string): CompositeIndexError {
  return new CompositeIndexError("composite-index/invalid-uncertainty", where, message);
}

function checkCounts(input: UncertaintyInput, d: number, compat: Compat): void {
  if (!Number.isSafeInteger(input.seed))
    throw invalid("seed", `the seed must be a whole number, got ${input.seed}`);
  if (compat === "coinr" && d === 1) {
    throw invalid("spec", "COINr refuses a single uncertain input (get_sensitivity stops when d = 1)");
  }
  if (input.nboot !== undefined && !(Number.isInteger(input.nboot) && input.nboot >= 0)) {
    throw invalid("nboot", `nboot (bootstrap draws) must be a whole number ≥ 0, got ${input.nboot}`);
  }
  const minimum = compat === "coinr" ? 3 : input.sa ? 2 : 1;
  if (!Number.isInteger(input.n) || input.n < minimum) {
    throw invalid(
      "n",
      `n must be a whole number ≥ ${minimum}${compat === "coinr" ? " (COINr needs N > 2)" : ""}, got ${input.n}`,
    );
  }
}

function replayedDesign(rows: readonly (readonly number[])[], expected: number, d: number): Float64Array {
  if (rows.length !== expected) {
    throw invalid(
      "design",
      `the design has ${rows.length} rows; this analysis needs ${expected} (one per replication)`,
    );
  }
  const design = new Float64Array(expected * d);
  rows.forEach((row, r) => {
    if (row.length !== d)
      throw invalid(
        `design row ${r + 1}`,
        `expected ${d} values (one per uncertain input), got ${row.length}`,
      );
    row.forEach((u, i) => {
      if (typeof u !== "number" || !(u >= 0 && u <= 1)) {
        throw invalid(
          `design row ${r + 1} column ${i + 1}`,
          `a design value must be a number in [0, 1], got ${u}`,
        );
      }
      design[r * d + i] = u;
    });
  });
  return design;
}

/**
 * Every input as listed alternatives: noisy weight sets are drawn (after the design, same stream);
 * a continuous input lists its value for each replication, a + u·(b − a), and replication r takes
 * alternative r + 1 (`continuous` marks it for the choice of alternatives).
 */
function listInputs(
  inputs: readonly UncertainInput[],
  input: UncertaintyInput,
  plan: { nominal: ParsedPipeline; design: Float64Array; d: number },
  engine: UncertaintyEngine,
  random: () => number,
): (ListedInput & { continuous?: true })[] {
  return inputs.map((entry, i) => {
    if (entry.kind === "alternatives") return entry;
    if (entry.kind === "uniform") {
      const { low, high, kind: _kind, ...rest } = entry;
      const rows = plan.design.length / plan.d;
      const values = Array.from(
        { length: rows },
        (_, r) => low + (plan.design[r * plan.d + i] as number) * (high - low),
      );
      return {
        ...rest,
        kind: "alternatives",
        alternatives: values,
        labels: values.map(String),
        continuous: true,
      };
    }
    const count = entry.sets ?? input.n;
    const alternatives = noisyWeights(input.frame, entry.base, entry.noise, count, random);
    const labels = alternatives.map((_, k) => `noisy ${k + 1}`);
    const listed: ListedInput = { ...entry, kind: "alternatives", alternatives, labels };
    // The sets differ only in their numbers: parsing one checks that the step takes them (all n
    // would cost a third of the replications' time; a set the step still refuses fails its
    // replications, which are reported).
    const context = { frame: input.frame, pipeline: plan.nominal, registry: engine.registry };
    checkAlternatives(listed, `spec[${i}].noise`, context, 1);
    return listed;
  });
}

function resolveTarget(input: UncertaintyInput, nominal: ParsedPipeline, run: PipelineRun) {
  const frame = input.frame;
  const last = nominal.steps.at(-1)?.writeTo ?? "Raw";
  const top = frame.aggregatesByLevel.at(-1) ?? [];
  const target = input.target ?? { dset: last, code: top.length === 1 ? (top[0] as string) : "" };
  const dset = run.dsets.get(target.dset);
  if (dset === undefined) {
    throw invalid(
      "target.dset",
      `the nominal run has no data set ${target.dset} (it has ${[...run.dsets.keys()].join(", ")})`,
    );
  }
  if (target.code === "")
    throw invalid("target.code", "the index has no single top aggregate; name the target column");
  if (!dset.codes.includes(target.code)) {
    throw invalid("target.code", `data set ${target.dset} has no column ${target.code}`);
  }
  return target;
}

/** The target column of a data set in frame unit order (NaN for units the data set lacks). */
export function scoresInUnitOrder(frame: CoinFrame, dset: DataSet, code: string, into: Float64Array): void {
  const column = dset.columns[dset.codes.indexOf(code)] as Float64Array;
  if (dset.units === frame.units) {
    into.set(column);
    return;
  }
  into.fill(Number.NaN);
  const rows = frameRowsOf(frame, dset);
  for (let i = 0; i < rows.length; i += 1) into[rows[i] as number] = column[i] as number;
}

export function planUncertainty(input: UncertaintyInput, engine: UncertaintyEngine): UncertaintyPlan {
  const { frame } = input;
  const nominal = engine.parsePipeline(input.pipeline, frame, engine.registry);
  const spec = parseUncertaintySpec(input.spec, frame, nominal, engine.registry);
  const d = spec.inputs.length;
  checkCounts(input, d, nominal.compat);
  const replications = designRows(input.n, d, input.sa);
  const random = createRandom(input.seed);
  const design =
    input.design === undefined
      ? sampleDesign({ n: input.n, d, sa: input.sa, sampler: input.sampler ?? "random", random })
      : replayedDesign(input.design, replications, d);
  const inputs = listInputs(spec.inputs, input, { nominal, design, d }, engine, random);
  const chosen = new Int32Array(replications * d);
  const column = new Float64Array(replications);
  inputs.forEach((entry, i) => {
    for (let r = 0; r < replications; r += 1) column[r] = design[r * d + i] as number;
    const picks =
      entry.continuous === true
        ? Int32Array.from({ length: replications }, (_, r) => r + 1)
        : chooseAlternatives(column, entry.alternatives.length, nominal.compat);
    for (let r = 0; r < replications; r += 1) chosen[r * d + i] = picks[r] as number;
  });
  const nominalRun = engine.runPipeline(frame, nominal, engine.registry);
  const target = resolveTarget(input, nominal, nominalRun);
  const nominalScores = new Float64Array(frame.units.length);
  scoresInUnitOrder(frame, nominalRun.dsets.get(target.dset) as DataSet, target.code, nominalScores);
  return {
    frame,
    compat: nominal.compat,
    nominal,
    nominalRun,
    inputs,
    target,
    units: frame.units,
    nominalScores,
    nominalRanks: rankDescending(nominalScores),
    n: input.n,
    d,
    sa: input.sa,
    seed: input.seed,
    nboot: input.nboot ?? 0,
    replications,
    design,
    chosen,
    diagnostics: [...spec.diagnostics, ...nominalRun.diagnostics],
  };
}
