/**
 * pipeline.json → a checked, parsed pipeline; and the runner that applies it to a frame.
 *
 * `parsePipeline` does all validation (ops, data-set names, every step's arguments) once, so
 * `runPipeline` only computes: the uncertainty analysis calls it about a thousand times per
 * analysis, starting part-way (`from`) on top of the nominal run's data sets (`prior`). Steps
 * never modify their input data set, which is what makes that reuse safe.
 */
import type { Diagnostic } from "../diagnostics.ts";
import type {
  CoinFrame,
  Compat,
  DataSet,
  ParsedPipeline,
  ParsedStep,
  PipelineRun,
  StepContext,
  StepOp,
} from "./coin-types.ts";
import { CompositeIndexError } from "./composite-index-error.ts";
import { argError, isObject } from "./step-args.ts";
import type { StepRegistry } from "./step-registry.ts";

const OPS: readonly StepOp[] = ["Denominate", "Impute", "Screen", "Treat", "Normalise", "Aggregate"];

/** COINr's default `write_to` of each build function. */
export const DEFAULT_WRITE_TO: Readonly<Record<StepOp, string>> = {
  Denominate: "Denominated",
  Impute: "Imputed",
  Screen: "Screened",
  Treat: "Treated",
  Normalise: "Normalised",
  Aggregate: "Aggregated",
};

const TOP_LEVEL_KEYS = ["compat", "steps", "description"];

function parseStep(
  raw: unknown,
  index: number,
  written: Set<string>,
  frame: CoinFrame,
  compat: Compat,
  registry: StepRegistry,
): ParsedStep {
  const where = `steps[${index}]`;
  if (!isObject(raw))
    throw argError(where, "a step must be an object with op, dset and the step's arguments");
  const op = raw["op"];
  if (typeof op !== "string" || !OPS.includes(op as StepOp)) {
    throw argError(`${where}.op`, `${JSON.stringify(op)} is not a step; steps are ${OPS.join(", ")}`);
  }
  const definition = registry[op as StepOp];
  if (definition === undefined) throw argError(`${where}.op`, `step ${op} is not available in this engine`);
  const dset = raw["dset"];
  if (typeof dset !== "string")
    throw argError(`${where}.dset`, "dset (the data set the step reads) must be a string");
  if (!written.has(dset)) {
    throw argError(
      `${where}.dset`,
      `data set ${dset} does not exist at this step; available: ${[...written].join(", ")}`,
    );
  }
  const writeToRaw = raw["write_to"] ?? DEFAULT_WRITE_TO[op as StepOp];
  if (typeof writeToRaw !== "string" || writeToRaw.trim() === "") {
    throw argError(`${where}.write_to`, "write_to must be a non-empty string");
  }
  if (writeToRaw === "Raw")
    throw argError(`${where}.write_to`, "Raw is the input data set and cannot be overwritten");
  if (written.has(writeToRaw)) {
    throw argError(
      `${where}.write_to`,
      `data set ${writeToRaw} is already written by an earlier step; each write_to must be unique`,
    );
  }
  const { op: _op, dset: _dset, write_to: _writeTo, ...own } = raw;
  const args: unknown = definition.parseArgs(own, where, frame, compat);
  written.add(writeToRaw);
  return { op: op as StepOp, dset, writeTo: writeToRaw, args, raw };
}

/**
 * Checks pipeline.json against the frame: `{"compat": "coinr" | "strict" (default), "steps": [...]}`,
 * each step's op known to the registry, its dset `Raw` or an earlier write_to, its write_to unique.
 */
export function parsePipeline(raw: unknown, frame: CoinFrame, registry: StepRegistry): ParsedPipeline {
  if (!isObject(raw))
    throw argError("pipeline", 'pipeline.json must be an object {"compat": …, "steps": [...]}');
  for (const key of Object.keys(raw)) {
    if (!TOP_LEVEL_KEYS.includes(key))
      throw argError(`pipeline.${key}`, `unknown key; the pipeline takes ${TOP_LEVEL_KEYS.join(", ")}`);
  }
  const compatRaw = raw["compat"] ?? "strict";
  if (compatRaw !== "coinr" && compatRaw !== "strict") {
    throw argError("pipeline.compat", `${JSON.stringify(compatRaw)} is not "coinr" or "strict"`);
  }
  const steps = raw["steps"];
  if (!Array.isArray(steps)) throw argError("pipeline.steps", "steps must be an array of steps");
  const written = new Set(["Raw"]);
  const parsed = steps.map((step, index) => parseStep(step, index, written, frame, compatRaw, registry));
  return { compat: compatRaw, steps: parsed };
}

export interface RunOptions {
  /** Index of the first step to run; earlier steps' data sets come from `prior`. */
  readonly from?: number;
  /** Data sets already computed (normally a previous run's `dsets`), `Raw` included. */
  readonly prior?: ReadonlyMap<string, DataSet>;
}

export function runPipeline(
  frame: CoinFrame,
  pipeline: ParsedPipeline,
  registry: StepRegistry,
  options: RunOptions = {},
): PipelineRun {
  const from = options.from ?? 0;
  const dsets = new Map<string, DataSet>();
  if (options.prior !== undefined) {
    // Only data sets that steps before `from` write (and Raw) are taken, so a stale later one
    // from the prior run can never be read in place of its recomputed version.
    const before = new Set(["Raw", ...pipeline.steps.slice(0, from).map((step) => step.writeTo)]);
    for (const [name, dset] of options.prior) if (before.has(name)) dsets.set(name, dset);
  }
  if (!dsets.has("Raw")) {
    if (frame.raw === undefined)
      throw new CompositeIndexError(
        "composite-index/invalid-pipeline",
        "Raw",
        "the frame carries no Raw data set and none was given",
      );
    dsets.set("Raw", frame.raw);
  }
  const analysis = new Map<string, unknown>();
  const diagnostics: Diagnostic[] = [];
  for (let index = from; index < pipeline.steps.length; index += 1) {
    const step = pipeline.steps[index] as ParsedStep;
    const where = `steps[${index}] (${step.op} → ${step.writeTo})`;
    const input = dsets.get(step.dset);
    if (input === undefined) {
      throw new CompositeIndexError(
        "composite-index/invalid-pipeline",
        `steps[${index}].dset`,
        `data set ${step.dset} was not computed before step ${index}`,
      );
    }
    const definition = registry[step.op];
    if (definition === undefined)
      throw argError(`steps[${index}].op`, `step ${step.op} is not available in this engine`);
    const context: StepContext = {
      frame,
      compat: pipeline.compat,
      dsets,
      diagnostics,
      recordAnalysis: (details) => analysis.set(step.writeTo, details),
    };
    let output: DataSet;
    try {
      output = definition.run(input, step.args, context);
    } catch (error) {
      if (error instanceof CompositeIndexError) throw error;
      // A step that fails unexpectedly is still reported as this engine's located error.
      throw new CompositeIndexError(
        "composite-index/step-failed",
        where,
        error instanceof Error ? error.message : String(error),
      );
    }
    dsets.set(step.writeTo, output);
  }
  return { frame, dsets, analysis, diagnostics };
}
