import { describe, expect, it } from "vitest";
import golden from "../../test/golden/composite-index/uncertainty-replay.json" with { type: "json" };
import { aggregateStep } from "./aggregate.ts";
import { normaliseStep } from "./normalise.ts";
import { parsePipeline, runPipeline } from "./pipeline.ts";
import { newCoinFrame } from "./read-inputs.ts";
import { defaultStepRegistry, type StepRegistry } from "./step-registry.ts";
import { runUncertainty } from "./uncertainty.ts";

// Replaying a COINr-style Saltelli design end to end. The design was drawn with R's runif in
// test/golden/composite-index/uncertainty-replay.R, which also maps it with cut() and rebuilds
// the same small index in plain base R for every row; this test replays that design in coinr
// mode and must agree on every choice, score, rank, summary and sensitivity index. (For this
// design, 10 of the 120 choices differ from strict mode's ⌊u·K⌋ + 1, so the cut() mapping shows.)
const registry: StepRegistry = { ...defaultStepRegistry, Normalise: normaliseStep, Aggregate: aggregateStep };
const engine = { registry, parsePipeline, runPipeline };

const frame = newCoinFrame({
  compat: "coinr",
  iData: {
    header: ["uCode", "Goods", "Waste", "Jobs", "Recyc"],
    rows: [
      ["AT", 12, 5, 40, 0.3],
      ["BE", 30, 3, 25, 0.6],
      ["CY", 7, 8, 33, 0.2],
      ["DK", 22, 4, 50, 0.5],
      ["EE", 15, 6, 20, 0.4],
      ["FI", 9, 2, 45, 0.7],
      ["GR", 18, 7, 28, 0.35],
    ],
  },
  iMeta: {
    header: ["iCode", "iName", "Level", "Parent", "Direction", "Weight", "Type"],
    rows: [
      ["Goods", "Goods", 1, "Econ", 1, 1, "Indicator"],
      ["Waste", "Waste", 1, "Econ", -1, 1, "Indicator"],
      ["Jobs", "Jobs", 1, "Soc", 1, 2, "Indicator"],
      ["Recyc", "Recyc", 1, "Soc", 1, 1, "Indicator"],
      ["Econ", "Econ", 2, "Index", 1, 1, "Aggregate"],
      ["Soc", "Soc", 2, "Index", 1, 1, "Aggregate"],
      ["Index", "Index", 3, null, 1, 1, "Aggregate"],
    ],
  },
});

const pipeline = {
  compat: "coinr",
  steps: [
    {
      op: "Normalise",
      dset: "Raw",
      global_specs: { f_n: "n_minmax", f_n_para: { l_u: [1, 100] } },
      write_to: "Normalised",
    },
    { op: "Aggregate", dset: "Normalised", f_ag: "a_amean", w: "Original", write_to: "Aggregated" },
  ],
};
const spec = [
  {
    name: "Normalisation",
    step: "Normalised",
    argument: "global_specs",
    alternatives: [
      { f_n: "n_minmax", f_n_para: { l_u: [1, 100] } },
      { f_n: "n_minmax", f_n_para: { l_u: [10, 20] } },
      { f_n: "n_zscore", f_n_para: { m_sd: [10, 2] } },
    ],
  },
  { name: "Aggregation", step: "Aggregated", argument: "f_ag", alternatives: ["a_amean", "a_gmean"] },
  {
    name: "Weights",
    weight_sets: {
      Original: { Goods: 1, Waste: 1, Jobs: 2, Recyc: 1, Econ: 1, Soc: 1 },
      Tilted: { Goods: 2, Waste: 1, Jobs: 1, Recyc: 1, Econ: 1, Soc: 3 },
    },
  },
];

const closeRows = (got: ArrayLike<number>, rows: readonly (readonly number[])[]) => {
  const flat = rows.flat();
  expect(got.length).toBe(flat.length);
  flat.forEach((want, i) => {
    expect(got[i]).toBeCloseTo(want, 10);
  });
};

describe("replaying an R-drawn Saltelli design in coinr mode", () => {
  const result = runUncertainty(
    { frame, pipeline, spec, n: golden.n, seed: 1, sa: true, design: golden.design },
    engine,
  );

  it("picks the alternatives R's cut() picks and rebuilds the scores the R index gives", () => {
    expect(result.units).toEqual(golden.units);
    expect(Array.from(result.chosen)).toEqual(golden.chosen.flat());
    closeRows(result.nominal.scores, [golden.nominal]);
    closeRows(result.scores, golden.scores);
    expect(Array.from(result.ranks)).toEqual(golden.ranks.flat());
    expect(result.failures).toEqual([]);
  });

  it("summarises as COINr: rank statistics over A and B, rank shifts, Si and STi", () => {
    closeRows(result.rankStats.mean, [golden.rankStats.mean]);
    closeRows(result.rankStats.median, [golden.rankStats.median]);
    closeRows(result.rankStats.q5, [golden.rankStats.q5]);
    closeRows(result.rankStats.q95, [golden.rankStats.q95]);
    closeRows(result.meanAbsoluteRankShift, [golden.shift]);
    expect(result.sensitivity?.variance).toBeCloseTo(golden.variance, 12);
    closeRows(result.sensitivity?.first ?? [], [golden.si]);
    closeRows(result.sensitivity?.total ?? [], [golden.sti]);
  });
});
