import { describe, expect, it } from "vitest";
import { smallData, smallMeta } from "../../test/composite-index/frame-fixtures.ts";
import golden from "../../test/golden/composite-index/frame-steps.json" with { type: "json" };
import type { DataSet, PipelineRun } from "./coin-types.ts";
import { newCoinFrame } from "./read-inputs.ts";
import { indexResults, rankDataSet } from "./results.ts";

const frame = newCoinFrame({ iData: smallData, iMeta: smallMeta, compat: "strict" });
const scores = golden.rankScores.map((x) => (x === null ? Number.NaN : x));

describe("rankDataSet", () => {
  it("ranks each column as R's rank(-x, ties.method = 'min', na.last = 'keep')", () => {
    const dset: DataSet = {
      units: scores.map((_, i) => `u${i}`),
      codes: ["S", "T"],
      columns: [Float64Array.from(scores), Float64Array.from(scores, (x) => -x)],
    };
    const ranked = rankDataSet(dset);
    expect(Array.from(ranked.columns[0] ?? []).map((r) => (Number.isNaN(r) ? null : r))).toEqual(
      golden.ranks,
    );
    // Hand-computed for −x: −2 → 1, 1 → 2, 3.5 ×2 → 3, 7 ×2 → 5, 10 → 7.
    expect(Array.from(ranked.columns[1] ?? [])).toEqual([3, 5, Number.NaN, 5, 2, 3, 7, 1]);
  });
});

describe("indexResults", () => {
  it("lists the top aggregate sorted by rank, ties by uCode, missing scores last", () => {
    // Index scores per unit in frame order AM, BY, CZ, DE, EE, FR.
    const index = Float64Array.from([50, Number.NaN, 70, 50, 90, 10]);
    const dset: DataSet = { units: frame.units, codes: ["Index"], columns: [index] };
    const run: PipelineRun = {
      frame,
      dsets: new Map([["Aggregated", dset]]),
      analysis: new Map(),
      diagnostics: [],
    };
    expect(indexResults(run, "Aggregated")).toEqual([
      { uCode: "EE", score: 90, rank: 1 },
      { uCode: "CZ", score: 70, rank: 2 },
      { uCode: "AM", score: 50, rank: 3 },
      { uCode: "DE", score: 50, rank: 3 },
      { uCode: "FR", score: 10, rank: 5 },
      { uCode: "BY", score: Number.NaN, rank: Number.NaN },
    ]);
  });

  it("says when the data set or the index column is missing", () => {
    const run: PipelineRun = {
      frame,
      dsets: new Map([["Raw", frame.raw as DataSet]]),
      analysis: new Map(),
      diagnostics: [],
    };
    expect(() => indexResults(run, "Aggregated")).toThrow(
      "results of Aggregated: no data set Aggregated was computed",
    );
    expect(() => indexResults(run, "Raw")).toThrow(
      "results of Raw: data set Raw has no column Index; is it aggregated?",
    );
  });
});
