import { describe, expect, it } from "vitest";
import { smallData, smallMeta } from "../../test/composite-index/frame-fixtures.ts";
import { aggregateStep } from "./aggregate.ts";
import { withValueAt } from "./argument-path.ts";
import type { Compat } from "./coin-types.ts";
import { normaliseStep } from "./normalise.ts";
import { parsePipeline, runPipeline } from "./pipeline.ts";
import { newCoinFrame } from "./read-inputs.ts";
import { defaultStepRegistry, type StepRegistry } from "./step-registry.ts";
import { treatStep } from "./treat.ts";
import { runUncertainty, type UncertaintyResult } from "./uncertainty.ts";
import type { UncertaintyEngine } from "./uncertainty-plan.ts";

// The loop on the whole engine (Impute → Treat → Normalise → Aggregate). Every replication is
// checked against an independent rebuild: the nominal pipeline.json edited by hand for that
// replication's alternatives, parsed and run from Raw, as COINr's Regen does.
// The registry is spelled out so the test does not depend on which steps the default one wires.
const registry: StepRegistry = {
  ...defaultStepRegistry,
  Treat: treatStep,
  Normalise: normaliseStep,
  Aggregate: aggregateStep,
};
const engine: UncertaintyEngine = { registry, parsePipeline, runPipeline };
const frame = newCoinFrame({ iData: smallData, iMeta: smallMeta, compat: "strict" });

const pipeline = (compat: Compat) => ({
  compat,
  steps: [
    { op: "Impute", dset: "Raw", f_i: "i_mean", write_to: "Imputed" },
    {
      op: "Treat",
      dset: "Imputed",
      global_specs: { f1: "winsorise", f1_para: { winmax: 5 }, f2: "log_CT" },
      write_to: "Treated",
    },
    {
      op: "Normalise",
      dset: "Treated",
      global_specs: { f_n: "n_minmax", f_n_para: { l_u: [1, 100] } },
      write_to: "Normalised",
    },
    { op: "Aggregate", dset: "Normalised", f_ag: "a_amean", w: "Original", write_to: "Aggregated" },
  ],
});

const spec = [
  { name: "Winmax", step: "Treated", argument: "global_specs.f1_para.winmax", alternatives: [1, 2, 3] },
  {
    name: "Normalisation",
    step: "Normalised",
    argument: "global_specs",
    alternatives: [
      { f_n: "n_minmax", f_n_para: { l_u: [1, 100] } },
      { f_n: "n_zscore", f_n_para: { m_sd: [10, 2] } },
      { f_n: "n_minmax", f_n_para: { l_u: [0, 100] } },
    ],
  },
  { name: "Aggregation", step: "Aggregated", argument: "f_ag", alternatives: ["a_amean", "a_gmean"] },
  { name: "Weights", noise: [{ level: 2, noise: 0.25 }], step: "Aggregated", sets: 7 },
];
const stepOf: Record<string, number> = { Treated: 1, Normalised: 2, Aggregated: 3 };
const argumentOf: Record<string, string> = {
  Winmax: "global_specs.f1_para.winmax",
  Normalisation: "global_specs",
  Aggregation: "f_ag",
  Weights: "w",
};
const pathOf = (argument: string) => argument.split(".");

/** Index scores of replication r rebuilt from scratch, or the error message of that rebuild. */
function rebuild(result: UncertaintyResult, compat: Compat, r: number): Float64Array | string {
  let json: unknown = pipeline(compat);
  result.inputs.forEach((input, i) => {
    const value = input.alternatives[(result.chosen[r * result.d + i] as number) - 1];
    const path = ["steps", stepOf[input.step] as number, ...pathOf(argumentOf[input.name] as string)];
    json = withValueAt(json, path, value, input.name);
  });
  try {
    const run = runPipeline(frame, parsePipeline(json, frame, registry), registry);
    const dset = run.dsets.get("Aggregated");
    return dset?.columns[dset.codes.indexOf("Index")] as Float64Array;
  } catch (error) {
    return (error as Error).message;
  }
}

describe("runUncertainty on the whole engine", () => {
  for (const compat of ["strict", "coinr"] as const) {
    it(`gives each replication what a rebuild from Raw gives (${compat})`, () => {
      const result = runUncertainty(
        { frame, pipeline: pipeline(compat), spec, n: 60, seed: 8, sa: false },
        engine,
      );
      const units = result.units.length;
      let failed = 0;
      for (let r = 0; r < result.replications; r += 1) {
        const expected = rebuild(result, compat, r);
        const got = Array.from(result.scores.subarray(r * units, (r + 1) * units));
        const failure = result.failures.find((f) => f.replication === r + 1);
        if (typeof expected === "string") {
          failed += 1;
          expect(failure?.message).toBe(expected);
          expect(got.every(Number.isNaN)).toBe(true);
        } else {
          expect(failure).toBeUndefined();
          got.forEach((v, u) => {
            expect(v).toBeCloseTo(expected[u] as number, 12);
          });
        }
      }
      expect(result.failures).toHaveLength(failed);
    });
  }

  it("reports the geometric mean meeting a zero after min-max to [0, 100] (COINr issues #47, #50)", () => {
    const result = runUncertainty(
      { frame, pipeline: pipeline("coinr"), spec, n: 60, seed: 8, sa: false },
      engine,
    );
    // Alternative 3 of Normalisation puts each indicator's minimum at 0; with a_gmean those builds fail.
    const zeroAndGmean = [];
    for (let r = 0; r < result.replications; r += 1) {
      if (result.chosen[r * 4 + 1] === 3 && result.chosen[r * 4 + 2] === 2) zeroAndGmean.push(r + 1);
    }
    expect(zeroAndGmean.length).toBeGreaterThan(0);
    expect(result.failures.map((f) => f.replication)).toEqual(zeroAndGmean);
    expect(result.failures[0]?.message).toMatch(/a_gmean takes logarithms/);
  });

  it("zeroes both indices of an input whose alternatives are the same (COINr's test-sensitivity)", () => {
    const same = [
      spec[2],
      {
        name: "Normalisation",
        step: "Normalised",
        argument: "global_specs",
        alternatives: [
          { f_n: "n_minmax", f_n_para: { l_u: [1, 100] } },
          { f_n: "n_minmax", f_n_para: { l_u: [1, 100] } },
        ],
      },
    ];
    const result = runUncertainty(
      { frame, pipeline: pipeline("coinr"), spec: same, n: 20, seed: 2, sa: true },
      engine,
    );
    expect(result.replications).toBe(20 * 4);
    expect(result.sensitivity?.variance).toBeGreaterThan(0);
    expect(result.sensitivity?.first[1]).toBe(0);
    expect(result.sensitivity?.total[1]).toBe(0);
    expect(result.sensitivity?.total[0]).toBeGreaterThan(0);
    expect(result.failures).toEqual([]);
  });
});
