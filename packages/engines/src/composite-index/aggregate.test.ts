/**
 * The Aggregate step. Expected values come from three places, said at each test:
 * - hand computations written out in the test (small coins, two or three units);
 * - `test/golden/composite-index/aggregate-weights-reference.json`, produced by the committed base-R
 *   script beside it (`Rscript aggregate-weights-reference.R`), which writes COINr's documented
 *   formulas out plainly on an 8-unit, 6-indicator, 3-level coin with four missing cells;
 * - the properties (renormalised weights, identical children) are in aggregate-validation.test.ts.
 */
import { describe, expect, it } from "vitest";
import {
  buildFixtureFrame,
  columnValues,
  fixtureContext,
  fixtureDataSet,
} from "../../test/composite-index/coin-frame-fixture.ts";
import {
  referenceData as goldenData,
  referenceFrame as goldenFrame,
  reference,
} from "../../test/composite-index/reference-coin.ts";
import { aggregateStep } from "./aggregate.ts";
import type { CoinFrame, Compat, DataSet } from "./coin-types.ts";
import { CompositeIndexError } from "./composite-index-error.ts";

function aggregate(frame: CoinFrame, data: DataSet, raw: Record<string, unknown>, compat: Compat = "strict") {
  const args = aggregateStep.parseArgs(raw, "steps[5]", frame, compat);
  const context = fixtureContext(frame, compat);
  return { result: aggregateStep.run(data, args, context), diagnostics: context.diagnostics };
}

function expectColumns(result: DataSet, expected: Record<string, readonly (number | null)[]>) {
  for (const [code, values] of Object.entries(expected)) {
    const actual = columnValues(result, code);
    values.forEach((value, row) => {
      if (value === null) expect(actual[row], `${code} row ${row}`).toBeNaN();
      else expect(actual[row], `${code} row ${row}`).toBeCloseTo(value, 12);
    });
  }
}

function thrown(action: () => unknown): CompositeIndexError {
  try {
    action();
  } catch (error) {
    if (error instanceof CompositeIndexError) return error;
    throw error;
  }
  throw new Error("expected a CompositeIndexError");
}

describe("Aggregate against the base-R reference", () => {
  const cases: [string, Record<string, unknown>, Compat, keyof typeof reference.aggregate][] = [
    ["a_amean", { f_ag: "a_amean" }, "strict", "amean"],
    ["a_amean by default", {}, "coinr", "amean"],
    ["a_gmean", { f_ag: "a_gmean" }, "coinr", "gmean"],
    ["a_hmean", { f_ag: "a_hmean" }, "strict", "hmean"],
    [
      "a_genmean p = 2, coinr (NA child → NA)",
      { f_ag: "a_genmean", f_ag_para: { p: 2 } },
      "coinr",
      "genmean_p2_coinr",
    ],
    [
      "a_genmean p = 2, strict (NA dropped)",
      { f_ag: "a_genmean", f_ag_para: { p: 2 } },
      "strict",
      "genmean_p2_strict",
    ],
    [
      "a_genmean p = −1, strict",
      { f_ag: "a_genmean", f_ag_para: [{ p: -1 }, { p: -1 }] },
      "strict",
      "genmean_pm1_strict",
    ],
    ["dat_thresh per level", { dat_thresh: [0.7, null] }, "strict", "amean_datthresh"],
    ["a different function per level", { f_ag: ["a_gmean", "a_amean"] }, "coinr", "gmean_then_amean"],
    [
      "Copeland in coinr mode (NA weight to the later unit)",
      { f_ag: ["a_copeland", "a_amean"], by_df: [true, false] },
      "coinr",
      "copeland_coinr_then_amean",
    ],
    [
      "Copeland in strict mode (weights renormalised per pair)",
      { f_ag: ["a_copeland", "a_amean"] },
      "strict",
      "copeland_strict_then_amean",
    ],
  ];
  it.each(cases)("reproduces %s", (_, raw, compat, key) => {
    const { result } = aggregate(goldenFrame, goldenData, raw, compat);
    expect(result.codes).toEqual(["i1", "i2", "i3", "i4", "i5", "i6", "P1", "P2", "Index"]);
    expectColumns(result, reference.aggregate[key]);
  });
});

describe("Aggregate, hand-computed cases", () => {
  const twoLevel = (units: string[], weights: number[]) =>
    buildFixtureFrame({
      units,
      indicators: weights.map((weight, index) => ({ code: `x${index + 1}`, parent: "P", weight })),
      aggregates: [[{ code: "P", parent: null }]],
    });

  it("drops missing children and renormalises the weights under a_amean", () => {
    const frame = twoLevel(["A", "B", "C"], [1, 2, 1]);
    // A: (10·1 + 30·1) / 2 = 20; B: (1 + 2·2 + 3) / 4 = 2; C: all missing → NA.
    const data = fixtureDataSet(frame, [
      [10, null, 30],
      [1, 2, 3],
      [null, null, null],
    ]);
    expectColumns(aggregate(frame, data, {}).result, { P: [20, 2, null] });
  });

  it("gives NA under dat_thresh and evaluates nothing there", () => {
    const frame = twoLevel(["A", "B"], [1, 1, 1]);
    // A has 1/3 < 0.5 of its data: NA even though its one value is 0, which a_gmean would refuse.
    // B: (2·8·4)^(1/3) = 4.
    const data = fixtureDataSet(frame, [
      [0, null, null],
      [2, 8, 4],
    ]);
    expectColumns(aggregate(frame, data, { f_ag: "a_gmean", dat_thresh: 0.5 }, "coinr").result, {
      P: [null, 4],
    });
  });

  it("computes the weighted harmonic and generalised means", () => {
    const frame = twoLevel(["A"], [1, 3]);
    // hmean: (1 + 3) / (1/2 + 3/4) = 3.2; genmean p = 3: ((8 + 3·64) / 4)^(1/3) = 50^(1/3).
    const data = fixtureDataSet(frame, [[2, 4]]);
    expectColumns(aggregate(frame, data, { f_ag: "a_hmean" }).result, { P: [3.2] });
    expectColumns(aggregate(frame, data, { f_ag: "a_genmean", f_ag_para: { p: 3 } }).result, {
      P: [50 ** (1 / 3)],
    });
  });

  it('uses equal weights with w: "none"', () => {
    const frame = twoLevel(["A"], [1, 9]);
    const data = fixtureDataSet(frame, [[2, 8]]);
    // gmean with equal weights: √16 = 4; amean (strict only): 5.
    expectColumns(aggregate(frame, data, { f_ag: "a_gmean", w: "none" }, "coinr").result, { P: [4] });
    expectColumns(aggregate(frame, data, { w: "none" }).result, { P: [5] });
    expect(thrown(() => aggregateStep.parseArgs({ w: "none" }, "steps[1]", frame, "coinr")).where).toBe(
      "steps[1].w",
    );
  });

  it("takes weights as an object or a named weight set of the frame", () => {
    const frame = buildFixtureFrame({
      units: ["A"],
      indicators: [
        { code: "x1", parent: "P" },
        { code: "x2", parent: "P" },
      ],
      aggregates: [[{ code: "P", parent: null }]],
      weightSets: { Expert: { x1: 3, x2: 1, P: 1 } },
    });
    const data = fixtureDataSet(frame, [[4, 8]]);
    // (3·4 + 1·8) / 4 = 5, and with {x1: 1, x2: 3}: (4 + 24) / 4 = 7.
    expectColumns(aggregate(frame, data, { w: "Expert" }).result, { P: [5] });
    expectColumns(aggregate(frame, data, { w: { x1: 1, x2: 3, P: 1 } }).result, { P: [7] });
  });

  it("takes w per level: a named set, iMeta's weights (null) or none", () => {
    const frame = buildFixtureFrame({
      units: ["A"],
      indicators: [
        { code: "x1", parent: "P1", weight: 1 },
        { code: "x2", parent: "P1", weight: 3 },
        { code: "x3", parent: "P2", weight: 1 },
      ],
      aggregates: [
        [
          { code: "P1", parent: "Index", weight: 5 },
          { code: "P2", parent: "Index", weight: 1 },
        ],
        [{ code: "Index", parent: null }],
      ],
      weightSets: { Flat: { x1: 1, x2: 1, x3: 1, P1: 1, P2: 1, Index: 1 } },
    });
    const data = fixtureDataSet(frame, [[2, 6, 10]]);
    // Level 2 with Flat: P1 = (2 + 6)/2 = 4, P2 = 10; level 3 with none: (4 + 10)/2 = 7.
    expectColumns(aggregate(frame, data, { w: ["Flat", "none"] }).result, { P1: [4], P2: [10], Index: [7] });
    // Level 2 with iMeta: P1 = (2 + 18)/4 = 5; level 3 with Flat: (5 + 10)/2 = 7.5.
    expectColumns(aggregate(frame, data, { w: [null, "Flat"] }).result, { P1: [5], Index: [7.5] });
    // A one-entry list applies to every level, as R's c("Flat") is "Flat": Index = (4 + 10)/2.
    expectColumns(aggregate(frame, data, { w: ["Flat"] }).result, { Index: [7] });
  });

  it("leaves units under dat_thresh out of Copeland in strict mode", () => {
    const frame = twoLevel(["A", "B", "C"], [1, 1]);
    // C has 1/2 < 0.75 of its data: NA, and A and B are compared only with each other.
    const data = fixtureDataSet(frame, [
      [1, 1],
      [2, 2],
      [9, null],
    ]);
    expectColumns(aggregate(frame, data, { f_ag: "a_copeland", dat_thresh: 0.75 }).result, {
      P: [-1, 1, null],
    });
    // coinr ignores dat_thresh for Copeland: O_AB = 0, O_AC = O_BC = 0 (C wins x1, x2 is NA and its
    // weight goes to C, the later unit), so A −2, B +1 −1 = 0, C +2.
    expectColumns(
      aggregate(frame, data, { f_ag: "a_copeland", by_df: true, dat_thresh: 0.75 }, "coinr").result,
      {
        P: [-2, 0, 2],
      },
    );
  });

  it("credits an NA comparison to the later unit in coinr mode and judges on shared data in strict", () => {
    const frame = twoLevel(["A", "B"], [1, 1]);
    // A = (5, NA), B = (4, 9). coinr: O_AB = ½ (x1) + 0 (NA) = ½ → a tie, 0 and 0.
    // strict: only x1 is comparable, A beats B there → A +1, B −1.
    const data = fixtureDataSet(frame, [
      [5, null],
      [4, 9],
    ]);
    expectColumns(aggregate(frame, data, { f_ag: "a_copeland", by_df: true }, "coinr").result, { P: [0, 0] });
    expectColumns(aggregate(frame, data, { f_ag: "a_copeland" }, "strict").result, { P: [1, -1] });
  });

  it("counts ties as half in Copeland and scores an all-missing unit by its position in coinr mode", () => {
    const frame = twoLevel(["A", "B", "C"], [1, 1]);
    // A = (3, 1), B = (3, 2), C = (NA, NA). O_AB = ½·½ = ¼ → B beats A.
    // coinr: O_AC = O_BC = 0 (nothing comparable) → C beats both: A −2, B 0, C +2.
    // strict: C has no data → NA, and takes no part: A −1, B +1.
    const data = fixtureDataSet(frame, [
      [3, 1],
      [3, 2],
      [null, null],
    ]);
    expectColumns(aggregate(frame, data, { f_ag: "a_copeland", by_df: true }, "coinr").result, {
      P: [-2, 0, 2],
    });
    expectColumns(aggregate(frame, data, { f_ag: "a_copeland" }).result, { P: [-1, 1, null] });
  });
});
