import { describe, expect, it } from "vitest";
import { smallData, smallMeta } from "../../test/composite-index/frame-fixtures.ts";
import { parseArgumentPath, withValueAt } from "./argument-path.ts";
import type { Compat } from "./coin-types.ts";
import { CompositeIndexError } from "./composite-index-error.ts";
import { parsePipeline, runPipeline } from "./pipeline.ts";
import { newCoinFrame } from "./read-inputs.ts";
import { defaultStepRegistry } from "./step-registry.ts";
import { runUncertainty, runUncertaintyReplications } from "./uncertainty.ts";
import type { UncertaintyInput } from "./uncertainty-plan.ts";
import { parseUncertaintySpec } from "./uncertainty-spec.ts";

const engine = { registry: defaultStepRegistry, parsePipeline, runPipeline };
const frame = newCoinFrame({ iData: smallData, iMeta: smallMeta, compat: "strict" });
const pipelineJson = (compat: Compat) => ({
  compat,
  steps: [
    {
      op: "Denominate",
      dset: "Raw",
      denomby: [{ iCode: "Goods", Denominator: "GDP" }],
      write_to: "Denominated",
    },
  ],
});
const nominal = (compat: Compat) => parsePipeline(pipelineJson(compat), frame, defaultStepRegistry);
const scale = {
  name: "Scale",
  step: "Denominated",
  argument: "denomby[0].ScaleFactor",
  alternatives: [1, 10],
};
const uniformScale = (uniform: unknown) => ({
  name: "Scale",
  step: "Denominated",
  argument: "denomby[0].ScaleFactor",
  uniform,
});

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CompositeIndexError);
    return (error as CompositeIndexError).message;
  }
  throw new Error("expected a refusal");
}

describe("parseUncertaintySpec", () => {
  it.each([
    [{}, "spec: the spec must be a non-empty list"],
    [[3], "spec[0]: an uncertain input must be an object with a name"],
    [
      [{ ...scale, kind: "x" }],
      "spec[0].kind: unknown key; this entry takes name, step, argument, alternatives",
    ],
    [[{ ...scale, name: "" }], "spec[0].name: a name (a non-empty string) is required"],
    [[scale, scale], "spec[1].name: the name Scale is used twice"],
    [[{ ...scale, alternatives: [] }], "spec[0].alternatives: alternatives must be a non-empty list"],
    [[{ ...scale, argument: "denomby..x" }], 'spec[0].argument: "denomby..x" is not an argument path'],
    [[{ ...scale, argument: "dset" }], "spec[0].argument: dset says what a step is"],
    [
      [{ ...scale, step: "Treated" }],
      "spec[0].step: no step of the pipeline writes Treated (steps write Denominated)",
    ],
    [
      [{ ...scale, argument: "denomby_x" }],
      "spec[0].alternatives[0]: Scale = 1 is not a valid denomby_x of Denominate (steps[0].denomby_x: unknown argument",
    ],
    [
      [{ ...scale, argument: "denomby[0].Denominator", alternatives: ["GDP", "Nope"] }],
      'spec[0].alternatives[1]: Scale = "Nope" is not a valid denomby[0].Denominator of Denominate',
    ],
    [[{ ...scale, argument: "denomby[3].ScaleFactor" }], "spec[0].alternatives[0]: index [3] needs a list"],
    [[uniformScale([3, 1])], "spec[0].uniform: uniform must be [low, high] with low < high"],
    [[uniformScale([0, 1])], "spec[0].uniform[0]: Scale = 0 is not a valid denomby[0].ScaleFactor"],
    [
      [{ name: "Weights", weight_sets: { a: { Econ: 1 } } }],
      "spec[0].step: weights vary an Aggregate step's w; the pipeline has 0",
    ],
    [
      [{ name: "Weights", noise: [{ level: 2, noise: 0.25 }] }],
      "spec[0].step: weights vary an Aggregate step's w",
    ],
    [[{ name: "Weights", noise: [] }], "spec[0].step: weights vary an Aggregate step's w"],
  ])("refuses %j in strict mode", (raw, message) => {
    expect(refusal(() => parseUncertaintySpec(raw, frame, nominal("strict"), defaultStepRegistry))).toContain(
      message,
    );
  });

  it("keeps an input whose step is absent in coinr mode, with a warning (COINr ignores it, issue #60)", () => {
    const parsed = parseUncertaintySpec(
      [scale, { ...scale, name: "Ghost", step: "Treated" }],
      frame,
      nominal("coinr"),
      defaultStepRegistry,
    );
    expect(parsed.inputs[1]?.stepIndex).toBe(-1);
    expect(parsed.diagnostics[0]?.code).toBe("composite-index/uncertain-input-ignored");
  });

  it("takes a single alternative in strict mode but not in coinr mode, where R's cut() refuses one bin", () => {
    const single = [{ ...scale, alternatives: [10] }];
    expect(parseUncertaintySpec(single, frame, nominal("strict"), defaultStepRegistry).inputs).toHaveLength(
      1,
    );
    expect(
      refusal(() => parseUncertaintySpec(single, frame, nominal("coinr"), defaultStepRegistry)),
    ).toContain("COINr needs at least two alternatives");
  });
});

describe("argument paths", () => {
  it("reads dots and list indices", () => {
    expect(parseArgumentPath("global_specs.f1_para.winmax", "a")).toEqual([
      "global_specs",
      "f1_para",
      "winmax",
    ]);
    expect(parseArgumentPath("f_ag[1]", "a")).toEqual(["f_ag", 1]);
    expect(parseArgumentPath("f_ag_para.1.p", "a")).toEqual(["f_ag_para", 1, "p"]);
  });

  it("replaces one value and shares the rest, creating missing objects", () => {
    const nested = { f1_para: { winmax: 5, skew_thresh: 2 } };
    const target = { global_specs: nested, other: [1, 2] };
    const out = withValueAt(target, ["global_specs", "f1_para", "winmax"], 3, "x") as typeof target;
    expect(out).toEqual({ global_specs: { f1_para: { winmax: 3, skew_thresh: 2 } }, other: [1, 2] });
    expect(out.other).toBe(target.other);
    expect(target.global_specs.f1_para.winmax).toBe(5);
    expect(withValueAt({}, ["global_specs", "f_n"], "n_zscore", "x")).toEqual({
      global_specs: { f_n: "n_zscore" },
    });
  });
});

describe("runUncertainty input checks", () => {
  const base: UncertaintyInput = {
    frame,
    pipeline: pipelineJson("strict"),
    spec: [scale],
    n: 2,
    seed: 1,
    sa: false,
    target: { dset: "Denominated", code: "Goods" },
  };
  it.each([
    [{ design: [[0.5]] }, "design: the design has 1 rows; this analysis needs 2"],
    [{ design: [[0.5], [0.1, 0.2]] }, "design row 2: expected 1 values"],
    [{ design: [[0.5], [1.5]] }, "design row 2 column 1: a design value must be a number in [0, 1], got 1.5"],
    [{ n: 0 }, "n: n must be a whole number ≥ 1"],
    [{ seed: 0.5 }, "seed: the seed must be a whole number"],
    [{ nboot: -1 }, "nboot: nboot (bootstrap draws) must be a whole number ≥ 0, got -1"],
    [{ pipeline: pipelineJson("coinr") }, "spec: COINr refuses a single uncertain input"],
    [
      { pipeline: pipelineJson("coinr"), spec: [scale, { ...scale, name: "B" }] },
      "n: n must be a whole number ≥ 3 (COINr needs N > 2)",
    ],
    [{ target: { dset: "Treated", code: "Goods" } }, "target.dset: the nominal run has no data set Treated"],
    [
      { target: { dset: "Denominated", code: "Index" } },
      "target.code: data set Denominated has no column Index",
    ],
    // Without a target: the single top aggregate of the last step's data set, absent here.
    [{ target: undefined }, "target.code: data set Denominated has no column Index"],
  ])("refuses %j", (change, message) => {
    const { target, ...rest } = { ...base, ...change } as UncertaintyInput;
    const input = target === undefined ? rest : { ...rest, target };
    expect(refusal(() => runUncertainty(input, engine))).toContain(message);
  });

  it("refuses a replication range outside the design", () => {
    const input = { ...base, replicationRange: { start: 1, end: 5 } };
    expect(refusal(() => runUncertaintyReplications(input, engine))).toContain(
      "replicationRange: expected 0 ≤ start ≤ end ≤ 2, got 1…5",
    );
  });
});
