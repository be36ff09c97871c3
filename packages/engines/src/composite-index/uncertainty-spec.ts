/**
 * The `--uncertain` spec (COINr's `SA_specs`): which arguments of which pipeline steps vary, and
 * their alternatives. Checked once against the nominal pipeline, before any replication runs:
 * a step that is not in the pipeline, or an argument path the step does not take, is refused
 * (spec Q11: COINr ignores such inputs, issue #60), and every alternative is parsed by its step so a
 * wrong value is reported now, at its place in the spec, not as a thousand failed replications.
 *
 * Entries:
 *   {"name", "step": <write_to>, "argument": "global_specs.f1_para.winmax", "alternatives": [...]}
 *   {"name", "step": <write_to>, "argument": "…", "uniform": [a, b]}   (continuous: a + u(b − a))
 *   {"name", "weight_sets": {"<set>": {"<iCode>": w, …}, …}, "step"?: <write_to>}
 *   {"name", "noise": [{"level": 2, "noise": 0.25}, …], "sets"?: k, "step"?: <write_to>}
 * Weight entries vary the `w` argument of an Aggregate step (the only one when `step` is absent).
 */
import type { Diagnostic } from "../diagnostics.ts";
import { type ArgumentPath, parseArgumentPath, stepArgsWith } from "./argument-path.ts";
import type { CoinFrame, ParsedPipeline, ParsedStep } from "./coin-types.ts";
import { CompositeIndexError } from "./composite-index-error.ts";
import type { StepRegistry } from "./step-registry.ts";

interface InputBase {
  readonly name: string;
  /** The step's `write_to`. */
  readonly step: string;
  /** Position of the step in the pipeline; −1 for a coinr-mode input whose step is absent. */
  readonly stepIndex: number;
  readonly argument: string;
  readonly path: ArgumentPath;
}

/** An input whose alternatives are listed (weight sets included). */
export interface ListedInput extends InputBase {
  readonly kind: "alternatives";
  readonly alternatives: readonly unknown[];
  /** A label per alternative: the weight set's name, or the value as JSON. */
  readonly labels: readonly string[];
}

/** Weights drawn around the step's nominal weight set: w·(1 + f·(2U − 1)) per listed level. */
export interface NoisyWeightsInput extends InputBase {
  readonly kind: "noise";
  readonly base: ReadonlyMap<string, number>;
  readonly noise: readonly { readonly level: number; readonly noise: number }[];
  /** How many noisy sets are drawn; each replication picks one like any discrete alternative. */
  readonly sets: number | null;
}

/** A continuous input, COINr's `Type = "continuous"`: the value is a + u·(b − a). */
export interface UniformInput extends InputBase {
  readonly kind: "uniform";
  readonly low: number;
  readonly high: number;
}

export type UncertainInput = ListedInput | NoisyWeightsInput | UniformInput;

export interface UncertaintySpec {
  readonly inputs: readonly UncertainInput[];
  readonly diagnostics: readonly Diagnostic[];
}

const entryKeys = {
  alternatives: ["name", "step", "argument", "alternatives"],
  uniform: ["name", "step", "argument", "uniform"],
  weight_sets: ["name", "step", "weight_sets"],
  noise: ["name", "step", "noise", "sets"],
} as const;

function invalid(where: string, message: string): CompositeIndexError {
  return new CompositeIndexError("composite-index/invalid-uncertainty", where, message);
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

interface SpecContext {
  readonly frame: CoinFrame;
  readonly pipeline: ParsedPipeline;
  readonly registry: StepRegistry;
  readonly diagnostics: Diagnostic[];
}

export function parseUncertaintySpec(
  raw: unknown,
  frame: CoinFrame,
  pipeline: ParsedPipeline,
  registry: StepRegistry,
): UncertaintySpec {
  if (!Array.isArray(raw) || raw.length === 0) {
    throw invalid("spec", 'the spec must be a non-empty list of uncertain inputs [{"name": …}, …]');
  }
  const context: SpecContext = { frame, pipeline, registry, diagnostics: [] };
  const names = new Set<string>();
  const inputs = raw.map((entry, index) => {
    const input = parseEntry(entry, `spec[${index}]`, context);
    if (names.has(input.name)) throw invalid(`spec[${index}].name`, `the name ${input.name} is used twice`);
    names.add(input.name);
    return input;
  });
  return { inputs, diagnostics: context.diagnostics };
}

function parseEntry(entry: unknown, where: string, context: SpecContext): UncertainInput {
  if (!isObject(entry)) throw invalid(where, "an uncertain input must be an object with a name");
  const kind =
    "weight_sets" in entry
      ? "weight_sets"
      : "noise" in entry
        ? "noise"
        : "uniform" in entry
          ? "uniform"
          : "alternatives";
  const known: readonly string[] = entryKeys[kind];
  for (const key of Object.keys(entry)) {
    if (!known.includes(key))
      throw invalid(`${where}.${key}`, `unknown key; this entry takes ${known.join(", ")}`);
  }
  const name = entry["name"];
  if (typeof name !== "string" || name.trim() === "")
    throw invalid(`${where}.name`, "a name (a non-empty string) is required");
  if (kind === "alternatives" || kind === "uniform") return parseListed(entry, name, where, context);
  const target = weightStep(entry["step"], `${where}.step`, context);
  const base = { name, step: target.writeTo, stepIndex: target.index, argument: "w", path: ["w"] };
  if (kind === "weight_sets") {
    const sets = entry["weight_sets"];
    if (!isObject(sets) || Object.keys(sets).length === 0) {
      throw invalid(
        `${where}.weight_sets`,
        'weight_sets must be an object {"<set name>": {"<iCode>": weight}}',
      );
    }
    const input: ListedInput = {
      ...base,
      kind: "alternatives",
      alternatives: Object.values(sets),
      labels: Object.keys(sets),
    };
    checkAlternatives(input, `${where}.weight_sets`, context);
    return input;
  }
  return parseNoise(entry, base, where, context);
}

function parseListed(
  entry: Readonly<Record<string, unknown>>,
  name: string,
  where: string,
  context: SpecContext,
): UncertainInput {
  const step = entry["step"];
  const argument = entry["argument"];
  const uniform = entry["uniform"];
  const alternatives =
    uniform === undefined ? entry["alternatives"] : uniformBounds(uniform, `${where}.uniform`);
  if (typeof step !== "string")
    throw invalid(`${where}.step`, "step (the write_to of a pipeline step) is required");
  if (typeof argument !== "string")
    throw invalid(`${where}.argument`, "argument (a path such as global_specs.f_n) is required");
  if (!Array.isArray(alternatives) || alternatives.length === 0) {
    throw invalid(
      `${where}.alternatives`,
      "alternatives must be a non-empty list of values for the argument",
    );
  }
  const path = parseArgumentPath(argument, `${where}.argument`);
  const stepIndex = context.pipeline.steps.findIndex((s) => s.writeTo === step);
  const input: ListedInput = {
    name,
    step,
    stepIndex,
    argument,
    path,
    kind: "alternatives",
    alternatives,
    labels: alternatives.map((value) => JSON.stringify(value)),
  };
  const bounds = input.alternatives as readonly number[];
  const result: UncertainInput =
    uniform === undefined
      ? input
      : { ...input, kind: "uniform", low: bounds[0] as number, high: bounds[1] as number };
  if (stepIndex < 0) {
    const written = context.pipeline.steps.map((s) => s.writeTo).join(", ");
    if (context.pipeline.compat === "strict") {
      throw invalid(`${where}.step`, `no step of the pipeline writes ${step} (steps write ${written})`);
    }
    // coinr: COINr lets an address outside the build log through (after a prompt) and the input
    // then changes nothing; kept so the design keeps COINr's columns, and said out loud.
    context.diagnostics.push({
      code: "composite-index/uncertain-input-ignored",
      severity: "warning",
      message: `${where} (${name}): no step writes ${step}, so this input changes nothing (COINr behaviour, issue #60)`,
      where: { input: name },
    });
    return result;
  }
  // A continuous input is checked at both ends of its range.
  checkAlternatives(input, `${where}.${uniform === undefined ? "alternatives" : "uniform"}`, context);
  return result;
}

function uniformBounds(value: unknown, where: string): readonly number[] {
  const ok =
    Array.isArray(value) &&
    value.length === 2 &&
    value.every((x) => typeof x === "number" && Number.isFinite(x)) &&
    (value[1] as number) > (value[0] as number);
  if (!ok) throw invalid(where, `uniform must be [low, high] with low < high, got ${JSON.stringify(value)}`);
  return value as readonly number[];
}

/**
 * Every alternative (or the first `parsed` of them), put in place in the nominal step, must parse
 * as that step's argument.
 */
export function checkAlternatives(
  input: ListedInput,
  where: string,
  context: Omit<SpecContext, "diagnostics">,
  parsed = input.alternatives.length,
): void {
  const step = context.pipeline.steps[input.stepIndex] as ParsedStep;
  const definition = context.registry[step.op];
  if (definition === undefined) throw invalid(where, `step ${step.op} is not available in this engine`);
  if (input.alternatives.length < 2 && context.pipeline.compat === "coinr") {
    throw invalid(where, "COINr needs at least two alternatives (R's cut() refuses a single interval)");
  }
  input.alternatives.slice(0, parsed).forEach((value, k) => {
    const at = `${where}[${k}]`;
    try {
      definition.parseArgs(
        stepArgsWith(step, input.path, value, at),
        `steps[${input.stepIndex}]`,
        context.frame,
        context.pipeline.compat,
      );
    } catch (error) {
      if (!(error instanceof CompositeIndexError) || error.code === "composite-index/invalid-uncertainty")
        throw error;
      throw invalid(
        at,
        `${input.name} = ${input.labels[k]} is not a valid ${input.argument} of ${step.op} (${error.message})`,
      );
    }
  });
}

function weightStep(value: unknown, where: string, context: SpecContext): { writeTo: string; index: number } {
  const steps = context.pipeline.steps;
  if (value !== undefined) {
    const index = steps.findIndex((s) => s.writeTo === value);
    if (index < 0 || steps[index]?.op !== "Aggregate") {
      throw invalid(
        where,
        `${JSON.stringify(value)} is not the write_to of an Aggregate step of the pipeline`,
      );
    }
    return { writeTo: value as string, index };
  }
  const aggregates = steps.flatMap((s, index) =>
    s.op === "Aggregate" ? [{ writeTo: s.writeTo, index }] : [],
  );
  if (aggregates.length !== 1) {
    throw invalid(
      where,
      `weights vary an Aggregate step's w; the pipeline has ${aggregates.length}, so name one with "step"`,
    );
  }
  return aggregates[0] as { writeTo: string; index: number };
}

function parseNoise(
  entry: Readonly<Record<string, unknown>>,
  base: Omit<InputBase, "argument" | "path"> & { argument: string; path: ArgumentPath },
  where: string,
  context: SpecContext,
): NoisyWeightsInput {
  const raw = entry["noise"];
  if (!Array.isArray(raw) || raw.length === 0) {
    throw invalid(`${where}.noise`, 'noise must be a list such as [{"level": 2, "noise": 0.25}]');
  }
  const levels = new Set<number>();
  const noise = raw.map((item, k) => {
    const at = `${where}.noise[${k}]`;
    if (!isObject(item)) throw invalid(at, 'each entry is {"level": <level>, "noise": <factor>}');
    const level = item["level"];
    const factor = item["noise"];
    if (
      typeof level !== "number" ||
      !Number.isInteger(level) ||
      level < 1 ||
      level > context.frame.maxLevel
    ) {
      throw invalid(`${at}.level`, `level must be a level of the index, 1 to ${context.frame.maxLevel}`);
    }
    if (levels.has(level)) throw invalid(`${at}.level`, `level ${level} is listed twice`);
    levels.add(level);
    if (typeof factor !== "number" || !(factor >= 0 && factor <= 1)) {
      throw invalid(`${at}.noise`, "noise is the ± share of each weight, between 0 and 1 (0.25 = ±25 %)");
    }
    return { level, noise: factor };
  });
  const sets = entry["sets"];
  if (sets !== undefined && (typeof sets !== "number" || !Number.isInteger(sets) || sets < 1)) {
    throw invalid(`${where}.sets`, "sets (how many noisy weight sets to draw) must be a whole number ≥ 1");
  }
  const step = context.pipeline.steps[base.stepIndex] as ParsedStep;
  return {
    ...base,
    kind: "noise",
    base: nominalWeights(step, context.frame, where),
    noise,
    sets: sets ?? null,
  };
}

/** The one weight set the nominal Aggregate step uses, which the noise is drawn around. */
function nominalWeights(step: ParsedStep, frame: CoinFrame, where: string): ReadonlyMap<string, number> {
  const w = step.raw["w"] ?? "Original";
  if (typeof w === "string" && w !== "none") {
    const set = frame.weightSets.get(w);
    if (set !== undefined) return set;
  }
  if (isObject(w)) {
    const set = new Map<string, number>();
    for (const [code, weight] of Object.entries(w)) if (typeof weight === "number") set.set(code, weight);
    return set;
  }
  throw invalid(where, `noisy weights need one nominal weight set; the step's w is ${JSON.stringify(w)}`);
}
