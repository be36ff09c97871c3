/**
 * The whole engine against an independent base-R implementation of the same pipeline
 * (test/golden/composite-index/end-to-end/end-to-end.R, formulas written out from the spec page,
 * COINr not used): group-mean imputation, COINr's default Treat, min-max to [1, 100] with
 * directions and weighted arithmetic means, on a 16-unit, 10-indicator index with gaps, outliers
 * and two direction −1 indicators. Then an uncertainty analysis (30 replications) and a
 * sensitivity analysis (N = 12, 72 replications) over four uncertain choices, replaying designs
 * drawn with R's generator: the alternatives chosen (R's cut(), as COINr maps them), every
 * replication's scores, the rank statistics and the Saltelli/Jansen indices.
 */
import { describe, expect, it } from "vitest";
import reference from "../../test/golden/composite-index/end-to-end/end-to-end.json" with { type: "json" };
import { parsePipeline, runPipeline } from "./pipeline.ts";
import { newCoinFrame } from "./read-inputs.ts";
import { defaultStepRegistry } from "./step-registry.ts";
import { runUncertainty } from "./uncertainty.ts";

const frame = newCoinFrame({ ...reference.inputs, compat: "coinr" });

const pipeline = {
  compat: "coinr",
  steps: [
    { op: "Impute", dset: "Raw", f_i: "i_mean_grp", use_group: "Grp", write_to: "Imputed" },
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
      directions: "Direction",
      write_to: "Normalised",
    },
    { op: "Aggregate", dset: "Normalised", f_ag: "a_amean", w: "Original", write_to: "Aggregated" },
  ],
};

/** R's sets carry the aggregates' noisy weights; indicators keep iMeta's weight of 1. */
const weightSets = Object.fromEntries(
  reference.weightSets.map((set, k) => [
    `s${k + 1}`,
    {
      ...Object.fromEntries(frame.indicators.map((code) => [code, 1])),
      ...Object.fromEntries(Object.entries(set).map(([code, [weight]]) => [code, weight as number])),
    },
  ]),
);

const spec = [
  {
    name: "Winsorisation",
    step: "Treated",
    argument: "global_specs.f1_para.winmax",
    alternatives: [1, 3, 5],
  },
  {
    name: "Normalisation",
    step: "Normalised",
    argument: "global_specs",
    alternatives: [
      { f_n: "n_minmax", f_n_para: { l_u: [1, 100] } },
      { f_n: "n_zscore", f_n_para: { m_sd: [10, 2] } },
    ],
  },
  { name: "Aggregation", step: "Aggregated", argument: "f_ag", alternatives: ["a_amean", "a_gmean"] },
  { name: "Weights", step: "Aggregated", weight_sets: weightSets },
];

/** R writes every number as a vector: n is [12]. */
const saN = reference.sa.n[0] as number;

const engine = { registry: defaultStepRegistry, parsePipeline, runPipeline };

/** R's NA is JSON null; ours is NaN. Values agree to 1e-12 relative. */
function expectClose(actual: ArrayLike<number>, expected: readonly (number | null)[], label: string): void {
  expect(actual.length, label).toBe(expected.length);
  expected.forEach((value, i) => {
    const got = actual[i] as number;
    if (value === null) expect(Number.isNaN(got), `${label}[${i}] is missing`).toBe(true);
    else
      expect(Math.abs(got - value), `${label}[${i}]: ${got} vs R ${value}`).toBeLessThanOrEqual(
        1e-12 * Math.max(1, Math.abs(value)),
      );
  });
}

function replicationRow(values: Float64Array, r: number): Float64Array {
  const units = frame.units.length;
  return values.subarray(r * units, (r + 1) * units);
}

describe("the engine against a plain base-R pipeline", () => {
  it("sorts units as R does and computes every nominal data set", () => {
    expect(frame.units).toEqual(reference.units);
    const run = runPipeline(frame, parsePipeline(pipeline, frame, defaultStepRegistry), defaultStepRegistry);
    for (const [name, expected] of Object.entries(reference.nominal)) {
      const dset = run.dsets.get(name);
      expect(dset?.codes, name).toEqual(expected.codes);
      expected.columns.forEach((column, j) => {
        expectClose(dset?.columns[j] as Float64Array, column, `${name}.${expected.codes[j]}`);
      });
    }
  });

  it("replays R's uncertainty design: the same choices, scores and rank statistics", () => {
    const result = runUncertainty(
      {
        frame,
        pipeline,
        spec,
        n: reference.ua.design.length,
        seed: 1,
        sa: false,
        design: reference.ua.design,
      },
      engine,
    );
    expect(result.failures).toEqual([]);
    reference.ua.choice.forEach((row, r) => {
      expect(Array.from(result.chosen.subarray(r * 4, r * 4 + 4)), `replication ${r + 1}`).toEqual(row);
    });
    reference.ua.scores.forEach((row, r) => {
      expectClose(replicationRow(result.scores, r), row, `scores r${r + 1}`);
    });
    const stats = result.rankStats;
    expectClose(stats.nominal, reference.ua.stats.Nominal, "Nominal");
    expectClose(stats.mean, reference.ua.stats.Mean, "Mean");
    expectClose(stats.median, reference.ua.stats.Median, "Median");
    expectClose(stats.q5, reference.ua.stats.Q5, "Q5");
    expectClose(stats.q95, reference.ua.stats.Q95, "Q95");
  });

  it("replays R's Saltelli design: the same mean rank shifts, rank statistics and sensitivity indices", () => {
    const result = runUncertainty(
      { frame, pipeline, spec, n: saN, seed: 1, sa: true, design: reference.sa.design },
      engine,
    );
    expect(result.replications).toBe(saN * (4 + 2));
    reference.sa.choice.forEach((row, r) => {
      expect(Array.from(result.chosen.subarray(r * 4, r * 4 + 4)), `replication ${r + 1}`).toEqual(row);
    });
    reference.sa.scores.forEach((row, r) => {
      expectClose(replicationRow(result.scores, r), row, `scores r${r + 1}`);
    });
    expectClose(result.meanAbsoluteRankShift, reference.sa.mars, "mean absolute rank shift");
    expectClose(result.rankStats.q95, reference.sa.stats.Q95, "Q95 over A and B");
    expectClose(result.sensitivity?.first ?? [], reference.sa.Si, "Si");
    expectClose(result.sensitivity?.total ?? [], reference.sa.STi, "STi");
  });
});
