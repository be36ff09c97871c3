import { describe, expect, it } from "vitest";
import { smallData, smallMeta } from "../../test/composite-index/frame-fixtures.ts";
import type { DataSet, StepDefinition } from "./coin-types.ts";
import { CompositeIndexError } from "./composite-index-error.ts";
import { parsePipeline, runPipeline } from "./pipeline.ts";
import { newCoinFrame } from "./read-inputs.ts";
import { defaultStepRegistry, type StepRegistry } from "./step-registry.ts";

const frame = newCoinFrame({ iData: smallData, iMeta: smallMeta, compat: "strict" });

// A step that counts its runs and adds 1 to every cell: enough to see which steps ran on what.
function countingStep(counter: { runs: number }): StepDefinition<{ add: number }> {
  return {
    op: "Treat",
    parseArgs: (raw, where) => {
      if (typeof raw["add"] !== "number")
        throw new CompositeIndexError(
          "composite-index/invalid-pipeline",
          `${where}.add`,
          "expected a number",
        );
      return { add: raw["add"] };
    },
    run: (input: DataSet, args) => {
      counter.runs += 1;
      return { ...input, columns: input.columns.map((column) => column.map((x) => x + args.add)) };
    },
  };
}

describe("parsePipeline", () => {
  it.each([
    [null, "pipeline: pipeline.json must be an object"],
    [{ steps: {} }, "pipeline.steps: steps must be an array of steps"],
    [{ compat: "COINr", steps: [] }, 'pipeline.compat: "COINr" is not "coinr" or "strict"'],
    [{ steps: [], extra: 1 }, "pipeline.extra: unknown key; the pipeline takes compat, steps, description"],
    [{ steps: [3] }, "steps[0]: a step must be an object"],
    [
      { steps: [{ op: "Weight", dset: "Raw" }] },
      'steps[0].op: "Weight" is not a step; steps are Denominate, Impute',
    ],
    [{ steps: [{ op: "Denominate" }] }, "steps[0].dset: dset (the data set the step reads) must be a string"],
    [
      { steps: [{ op: "Denominate", dset: "Imputed" }] },
      "steps[0].dset: data set Imputed does not exist at this step; available: Raw",
    ],
    [
      { steps: [{ op: "Denominate", dset: "Raw", write_to: "Raw" }] },
      "steps[0].write_to: Raw is the input data set and cannot be overwritten",
    ],
    [
      {
        steps: [
          { op: "Denominate", dset: "Raw" },
          { op: "Denominate", dset: "Denominated" },
        ],
      },
      "steps[1].write_to: data set Denominated is already written by an earlier step; each write_to must be unique",
    ],
    [
      { steps: [{ op: "Denominate", dset: "Raw", write_to: 5 }] },
      "steps[0].write_to: write_to must be a non-empty string",
    ],
  ])("refuses %j", (raw, message) => {
    const parse = () => parsePipeline(raw, frame, defaultStepRegistry);
    expect(parse).toThrow(CompositeIndexError);
    expect(parse).toThrow(message);
  });

  it("refuses a step its registry lacks, by name", () => {
    const { Aggregate: _left, ...partial } = defaultStepRegistry;
    const parse = () => parsePipeline({ steps: [{ op: "Aggregate", dset: "Raw" }] }, frame, partial);
    expect(parse).toThrow("steps[0].op: step Aggregate is not available in this engine");
  });

  it("defaults compat to strict and write_to to COINr's name, and keeps the step's JSON", () => {
    const step = { op: "Denominate", dset: "Raw" };
    const parsed = parsePipeline({ steps: [step] }, frame, defaultStepRegistry);
    expect(parsed.compat).toBe("strict");
    expect(parsed.steps[0]).toMatchObject({
      op: "Denominate",
      dset: "Raw",
      writeTo: "Denominated",
      raw: step,
    });
  });

  it("hands the step its own arguments only, under its path", () => {
    const counter = { runs: 0 };
    const registry: StepRegistry = { ...defaultStepRegistry, Treat: countingStep(counter) };
    expect(() => parsePipeline({ steps: [{ op: "Treat", dset: "Raw", add: "x" }] }, frame, registry)).toThrow(
      "steps[0].add: expected a number",
    );
  });
});

describe("runPipeline", () => {
  const counter = { runs: 0 };
  const registry: StepRegistry = { ...defaultStepRegistry, Treat: countingStep(counter) };
  const pipeline = parsePipeline(
    {
      steps: [
        { op: "Denominate", dset: "Raw" },
        { op: "Treat", dset: "Denominated", add: 1, write_to: "Plus1" },
        { op: "Treat", dset: "Plus1", add: 10, write_to: "Plus11" },
      ],
    },
    frame,
    registry,
  );

  it("writes Raw and every step's data set, in order", () => {
    const run = runPipeline(frame, pipeline, registry);
    expect([...run.dsets.keys()]).toEqual(["Raw", "Denominated", "Plus1", "Plus11"]);
    const goods = (name: string) => run.dsets.get(name)?.columns[0]?.[0];
    expect(goods("Plus11")).toBe(6 / 2 + 11);
  });

  it("starts from a step on top of prior data sets, ignoring prior data sets the rerun rewrites", () => {
    const nominal = runPipeline(frame, pipeline, registry);
    counter.runs = 0;
    const prior = new Map(nominal.dsets);
    // A poisoned later data set in prior must not be used: step 2 recomputes it from Plus1.
    prior.set("Plus11", { units: [], codes: [], columns: [] });
    const rerun = runPipeline(frame, pipeline, registry, { from: 2, prior });
    expect(counter.runs).toBe(1);
    expect(rerun.dsets.get("Plus1")).toBe(nominal.dsets.get("Plus1"));
    expect(Array.from(rerun.dsets.get("Plus11")?.columns[1] ?? [])).toEqual(
      Array.from(nominal.dsets.get("Plus11")?.columns[1] ?? []),
    );
  });

  it("reports a missing prior data set as a located error", () => {
    expect(() => runPipeline(frame, pipeline, registry, { from: 2, prior: new Map() })).toThrow(
      "steps[2].dset: data set Plus1 was not computed before step 2",
    );
  });

  it("wraps an unexpected failure inside a step as step-failed, naming the step", () => {
    const broken: StepRegistry = {
      ...registry,
      Treat: {
        op: "Treat",
        parseArgs: () => ({}),
        run: () => {
          throw new RangeError("boom");
        },
      },
    };
    const p = parsePipeline({ steps: [{ op: "Treat", dset: "Raw" }] }, frame, broken);
    const run = () => runPipeline(frame, p, broken);
    expect(run).toThrow(CompositeIndexError);
    expect(run).toThrow("steps[0] (Treat → Treated): boom");
  });
});
