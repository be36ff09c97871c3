/**
 * The Aggregate step's refusals (argument paths and failing cells named precisely) and its
 * properties: renormalised weights, identical children. The property tests compare with a plain
 * second implementation written here.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  buildFixtureFrame,
  columnValues,
  fixtureContext,
  fixtureDataSet,
} from "../../test/composite-index/coin-frame-fixture.ts";
import { aggregateStep } from "./aggregate.ts";
import type { Compat } from "./coin-types.ts";
import { CompositeIndexError } from "./composite-index-error.ts";

const frame = buildFixtureFrame({
  units: ["B", "A"],
  indicators: [
    { code: "x1", parent: "P", weight: 1 },
    { code: "x2", parent: "P", weight: 2 },
  ],
  aggregates: [[{ code: "P", parent: "Index", direction: -1 }], [{ code: "Index", parent: null }]],
});

function failure(action: () => unknown): CompositeIndexError {
  try {
    action();
  } catch (error) {
    if (error instanceof CompositeIndexError) return error;
    throw error;
  }
  throw new Error("expected a CompositeIndexError");
}

function run(rows: (number | null)[][], raw: Record<string, unknown>, compat: Compat) {
  const args = aggregateStep.parseArgs(raw, "steps[5]", frame, compat);
  return aggregateStep.run(fixtureDataSet(frame, rows), args, fixtureContext(frame, compat));
}

describe("Aggregate refuses values its function cannot take", () => {
  it("names the unit and indicator of a zero under a_gmean, in both modes", () => {
    for (const compat of ["coinr", "strict"] as const) {
      const error = failure(() =>
        run(
          [
            [1, 2],
            [3, 0],
          ],
          { f_ag: "a_gmean" },
          compat,
        ),
      );
      // Units are sorted: row 1 is B.
      expect(error.code).toBe("composite-index/step-failed");
      expect(error.where).toBe("steps[5] (a_gmean, level 2), aggregate P: unit B, column x2");
      expect(error.message).toContain("value 0 cannot be aggregated: a_gmean takes logarithms");
    }
  });

  it("accepts negative values under a_hmean in coinr mode only (quirk Q9)", () => {
    // coinr: (1 + 2) / (1/−1 + 2/2) = 3 / 0 = Infinity for unit A, as R computes it.
    const result = run(
      [
        [-1, 2],
        [1, 1],
      ],
      { f_ag: "a_hmean" },
      "coinr",
    );
    expect(columnValues(result, "P")[0]).toBe(Number.POSITIVE_INFINITY);
    const error = failure(() =>
      run(
        [
          [-1, 2],
          [1, 1],
        ],
        { f_ag: "a_hmean" },
        "strict",
      ),
    );
    expect(error.where).toBe("steps[5] (a_hmean, level 2), aggregate P: unit A, column x1");
    expect(
      failure(() =>
        run(
          [
            [0, 2],
            [1, 1],
          ],
          { f_ag: "a_hmean" },
          "coinr",
        ),
      ).message,
    ).toContain("value 0");
  });

  it("refuses non-positive values under a_genmean with p < 0", () => {
    const error = failure(() =>
      run(
        [
          [1, 2],
          [0, 1],
        ],
        { f_ag: "a_genmean", f_ag_para: { p: -2 } },
        "coinr",
      ),
    );
    expect(error.where).toBe("steps[5] (a_genmean, level 2), aggregate P: unit B, column x1");
  });
});

describe("Aggregate's argument checks", () => {
  const cases: [string, Record<string, unknown>, Compat, string, string][] = [
    ["an unknown function", { f_ag: "a_median" }, "strict", "steps[2].f_ag", "unknown aggregation function"],
    [
      "a list of the wrong length",
      { f_ag: ["a_amean", "a_amean", "a_amean"] },
      "strict",
      "steps[2].f_ag",
      "one entry per aggregation level (2",
    ],
    [
      "a genmean without p",
      { f_ag: "a_genmean" },
      "strict",
      "steps[2].f_ag_para.p",
      "needs a finite exponent",
    ],
    ["p = 0", { f_ag: "a_genmean", f_ag_para: { p: 0 } }, "coinr", "steps[2].f_ag_para.p", "use a_gmean"],
    [
      "a parameter the function lacks",
      { f_ag_para: [null, { p: 2 }] },
      "strict",
      "steps[2].f_ag_para[1].p",
      "takes no parameter",
    ],
    ["an unknown argument", { out2: "df" }, "strict", "steps[2].out2", 'no argument "out2"'],
    [
      "an unknown weight set",
      { w: "Expert" },
      "strict",
      "steps[2].w",
      'no weight set "Expert" (the frame has Original)',
    ],
    [
      "a weight set missing a child",
      { w: { x1: 1, P: 1, Index: 1 } },
      "strict",
      "steps[2].w",
      "no weight for x2",
    ],
    ["a weight that is not a number", { w: { x1: "1" } }, "strict", "steps[2].w.x1", "finite number"],
    ["a threshold above 1", { dat_thresh: 1.5 }, "strict", "steps[2].dat_thresh", "between 0 and 1"],
    ["by_df with a row-wise function", { by_df: true }, "strict", "steps[2].by_df", "only for a_copeland"],
    [
      "Copeland without by_df in coinr mode",
      { f_ag: "a_copeland" },
      "coinr",
      "steps[2].by_df",
      "needs by_df: true",
    ],
  ];
  it.each(cases)("refuses %s", (_, raw, compat, where, message) => {
    const error = failure(() => aggregateStep.parseArgs(raw, "steps[2]", frame, compat));
    expect(error.code).toBe("composite-index/invalid-pipeline");
    expect(error.where).toBe(where);
    expect(error.message).toContain(message);
  });

  it("warns that an aggregate's Direction −1 has no effect (quirk Q7)", () => {
    const args = aggregateStep.parseArgs({}, "steps[2]", frame, "coinr");
    const context = fixtureContext(frame, "coinr");
    aggregateStep.run(
      fixtureDataSet(frame, [
        [1, 2],
        [3, 4],
      ]),
      args,
      context,
    );
    expect(context.diagnostics.map((finding) => finding.code)).toEqual([
      "composite-index/aggregate-direction-ignored",
    ]);
  });
});

/** The weighted mean written out plainly: weights divided by their sum, then Σ w·x. */
function plainWeightedMean(values: readonly number[], weights: readonly number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return values.reduce((sum, value, index) => sum + ((weights[index] as number) / total) * value, 0);
}

describe("Aggregate's properties", () => {
  const positive = fc.double({ min: 0.01, max: 1000, noNaN: true });
  const weight = fc.double({ min: 0.01, max: 10, noNaN: true });

  test.prop([
    fc.array(fc.tuple(positive, weight), { minLength: 1, maxLength: 8 }),
    fc.double({ min: 0.1, max: 100, noNaN: true }),
  ])(
    "renormalises weights: the mean equals Σ (w/Σw)·x and does not change when all weights are scaled",
    (pairs, factor) => {
      const values = pairs.map(([value]) => value);
      const weights = pairs.map(([, w]) => w);
      const oneLevel = buildFixtureFrame({
        units: ["A"],
        indicators: values.map((_, index) => ({
          code: `x${index}`,
          parent: "P",
          weight: weights[index] as number,
        })),
        aggregates: [[{ code: "P", parent: null }]],
      });
      const data = fixtureDataSet(oneLevel, [values]);
      const scaled = Object.fromEntries(weights.map((w, index) => [`x${index}`, w * factor]));
      const plain = aggregateStep.run(
        data,
        aggregateStep.parseArgs({}, "s", oneLevel, "strict"),
        fixtureContext(oneLevel, "strict"),
      );
      const rescaled = aggregateStep.run(
        data,
        aggregateStep.parseArgs({ w: { ...scaled, P: 1 } }, "s", oneLevel, "strict"),
        fixtureContext(oneLevel, "strict"),
      );
      const expected = plainWeightedMean(values, weights);
      expect(columnValues(plain, "P")[0]).toBeCloseTo(expected, 9);
      expect(columnValues(rescaled, "P")[0]).toBeCloseTo(expected, 9);
    },
  );

  test.prop([
    fc.array(positive, { minLength: 1, maxLength: 6 }),
    fc.integer({ min: 1, max: 5 }),
    fc.array(weight, { minLength: 5, maxLength: 5 }),
    fc.constantFrom("a_amean", "a_gmean", "a_hmean", "a_genmean"),
    fc.constantFrom<Compat>("coinr", "strict"),
  ])("returns the child when every child is identical", (column, childCount, weights, fn, compat) => {
    const identical = buildFixtureFrame({
      units: column.map((_, index) => `U${index}`),
      indicators: Array.from({ length: childCount }, (_, index) => ({
        code: `x${index}`,
        parent: "P",
        weight: weights[index] as number,
      })),
      aggregates: [[{ code: "P", parent: null }]],
    });
    const rows = column.map((value) => Array.from({ length: childCount }, () => value));
    const raw = fn === "a_genmean" ? { f_ag: fn, f_ag_para: { p: 2.5 } } : { f_ag: fn };
    const result = aggregateStep.run(
      fixtureDataSet(identical, rows),
      aggregateStep.parseArgs(raw, "s", identical, compat),
      fixtureContext(identical, compat),
    );
    columnValues(result, "P").forEach((value, row) => {
      expect(value).toBeCloseTo(column[row] as number, 9);
    });
  });
});
