import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { smallData, smallMeta, withCell } from "../../test/composite-index/frame-fixtures.ts";
import golden from "../../test/golden/composite-index/frame-steps.json" with { type: "json" };
import type { CellTable } from "./cell-values.ts";
import type { Compat, PipelineRun } from "./coin-types.ts";
import { CompositeIndexError } from "./composite-index-error.ts";
import { parsePipeline, runPipeline } from "./pipeline.ts";
import { newCoinFrame } from "./read-inputs.ts";
import { defaultStepRegistry } from "./step-registry.ts";

function impute(
  args: Record<string, unknown>,
  iData: CellTable = smallData,
  compat: Compat = "strict",
): PipelineRun {
  const frame = newCoinFrame({ iData, iMeta: smallMeta, compat });
  const pipeline = parsePipeline(
    { compat, steps: [{ op: "Impute", dset: "Raw", ...args }] },
    frame,
    defaultStepRegistry,
  );
  return runPipeline(frame, pipeline, defaultStepRegistry);
}

function columns(run: PipelineRun): Record<string, number[]> {
  const data = run.dsets.get("Imputed");
  if (data === undefined) throw new Error("no Imputed");
  return Object.fromEntries(data.codes.map((code, j) => [code, Array.from(data.columns[j] ?? [])]));
}

/** Equal to R's value to 1e-13 relative (R sums in extended precision); null in JSON is NA. */
function expectCloseToR(actual: Record<string, number[]>, expected: Record<string, (number | null)[]>) {
  for (const [code, values] of Object.entries(expected)) {
    values.forEach((value, i) => {
      const got = actual[code]?.[i] as number;
      if (value === null) expect(got, `${code}[${i}]`).toBeNaN();
      else
        expect(Math.abs(got - value), `${code}[${i}] = ${got}, R: ${value}`).toBeLessThanOrEqual(
          1e-13 * Math.max(1, Math.abs(value)),
        );
    });
  }
}

// DE's and FR's Goods removed: the West group has no Goods value left.
const westGap = withCell(withCell(smallData, 0, "Goods", null), 2, "Goods", "NA");

describe("Impute against the R script (test/golden/composite-index/frame-steps.R)", () => {
  it.each([
    ["column_mean", { f_i: "i_mean" }, smallData],
    ["column_median", { f_i: "i_median" }, smallData],
    ["group_mean", { f_i: "i_mean_grp", use_group: "Region" }, smallData],
    ["group_median", { f_i: "i_median_grp", use_group: "Region" }, smallData],
    ["group_mean_west_gap", { f_i: "i_mean_grp", use_group: "Region" }, westGap],
    ["row_mean_normalised", { impute_by: "row" }, smallData],
    ["row_mean_normalised_by_pillar", { impute_by: "row", group_level: 2 }, smallData],
    ["row_median_raw", { impute_by: "row", f_i: "i_median", normalise_first: false }, smallData],
  ] as const)("%s", (name, args, iData) => {
    expectCloseToR(columns(impute(args, iData)), golden.imputed[name]);
  });
});

describe("Impute, hand-computed", () => {
  it("fills by column mean: Goods of BY = mean(6, 8, 20, 4, 9) = 9.4, other cells untouched", () => {
    const out = columns(impute({}));
    expect(out["Goods"]).toEqual([6, 9.4, 8, 20, 4, 9]);
    expect(out["Jobs"]?.[5]).toBe(20);
  });

  it("leaves a unit whose group is empty untouched, and says cells remain missing", () => {
    // CZ has no Region; its Jobs gap is not filled by a group function, but is by i_mean.
    const czGap = withCell(smallData, 4, "Jobs", "NA");
    const grouped = impute({ f_i: "i_mean_grp", use_group: "Region" }, czGap);
    expect(columns(grouped)["Jobs"]?.[2]).toBeNaN();
    expect(grouped.diagnostics.map((d) => d.code)).toEqual(["composite-index/impute-remaining-na"]);
    expect(columns(impute({ f_i: "i_mean" }, czGap))["Jobs"]?.[2]).toBe((10 + 20 + 30 + 15) / 4);
  });

  it("takes the median of an even count as the mean of the two middle values, ties included", () => {
    // Waste available: 7, 6, 5, 3, 4 → median 5; Recyc with DE missing: 12, 18, 9, 6, 15 → 12.
    const tied = withCell(smallData, 1, "Waste", 5); // AM's gap now a tie with DE's 5
    const out = columns(impute({ f_i: "i_median" }, withCell(tied, 5, "Waste", "")));
    // Waste now: AM 5, BY 7, CZ 6, DE 5, EE missing, FR 4 → sorted 4, 5, 5, 6, 7 → 5.
    expect(out["Waste"]).toEqual([5, 7, 6, 5, 5, 4]);
  });

  it("changes nothing when disabled, for f_i none, and when nothing is missing", () => {
    const raw = columns(impute({ disable: true }));
    expect(raw["Goods"]?.[1]).toBeNaN();
    expect(columns(impute({ f_i: "none" }))["Goods"]?.[1]).toBeNaN();
    let full = smallData;
    for (const [row, column] of [
      [1, "Waste"],
      [2, "Jobs"],
      [3, "Goods"],
      [0, "Recyc"],
    ] as const)
      full = withCell(full, row, column, 1);
    const run = impute({ impute_by: "row" }, full);
    expect(run.diagnostics).toEqual([]);
  });

  it("leaves an all-missing indicator missing and warns", () => {
    let data = smallData;
    for (let row = 0; row < 6; row += 1) data = withCell(data, row, "Jobs", null);
    const run = impute({ f_i: "i_mean" }, data);
    expect(columns(run)["Jobs"]?.every(Number.isNaN)).toBe(true);
    expect(run.analysis.get("Imputed")).toEqual({
      imputed: { Goods: 1, Waste: 1, Jobs: 0, Recyc: 1 },
      remaining: 6,
    });
  });

  it("with normalise_first by column, a constant column fails in coinr mode and is filled with its constant in strict", () => {
    let constant = smallData;
    for (let row = 0; row < 6; row += 1) constant = withCell(constant, row, "Jobs", row === 2 ? null : 7);
    const args = { f_i: "i_mean", normalise_first: true };
    expect(columns(impute(args, constant))["Jobs"]).toEqual([7, 7, 7, 7, 7, 7]);
    expect(() => impute(args, constant, "coinr")).toThrow(
      "Differences detected in non-NA values of imputed data frame: Jobs is constant",
    );
  });

  it("by row, a constant column adds nothing to a row's mean and its own gap becomes the constant", () => {
    let constant = smallData;
    for (let row = 0; row < 6; row += 1) constant = withCell(constant, row, "Jobs", row === 2 ? null : 7);
    const out = columns(impute({ impute_by: "row" }, constant));
    expect(out["Jobs"]).toEqual([7, 7, 7, 7, 7, 7]);
    // AM's Waste from Goods 0.125 and Recyc 0.5 only: mean 0.3125 → −(0.3125·4 − 7) = 5.75.
    expect(out["Waste"]?.[0]).toBeCloseTo(5.75, 14);
  });

  it.each([
    [
      { f_i: "i_mean_grp" },
      "steps[0].use_group: i_mean_grp needs use_group, the Group column whose groups it imputes within",
    ],
    [
      { f_i: "i_mean", use_group: "Region" },
      "steps[0].use_group: i_mean takes no group; use i_mean_grp or i_median_grp to impute within Region",
    ],
    [
      { f_i: "i_median_grp", use_group: "Income" },
      "steps[0].use_group: Income is not an iData column of Type Group (Region)",
    ],
    [
      { f_i: "i_mean_grp", use_group: "Region", impute_by: "row" },
      "steps[0].f_i: i_mean_grp imputes within unit groups, so it works by column, not by row",
    ],
    [{ impute_by: "df" }, 'steps[0].impute_by: "df" hands the data frame to a user function'],
    [{ impute_by: "rows" }, 'steps[0].impute_by: "rows" is not one of column, row'],
    [
      { f_i: "i_mode" },
      'steps[0].f_i: "i_mode" is not one of i_mean, i_median, i_mean_grp, i_median_grp, none',
    ],
    [{ impute_by: "row", group_level: 4 }, "steps[0].group_level: must be between 2 and 3, not 4"],
    [{ impute_by: "row", group_level: 2.5 }, "steps[0].group_level: expected a whole number, got 2.5"],
    [{ normalise_first: "yes" }, 'steps[0].normalise_first: expected true or false, got "yes"'],
    [
      { f_i_para: { skip_f_na: true } },
      "steps[0].f_i_para: only i_mean_grp and i_median_grp take extra arguments",
    ],
    [{ method: "mean" }, "steps[0].method: unknown argument"],
  ])("refuses %j", (args, message) => {
    expect(() => impute(args)).toThrow(CompositeIndexError);
    expect(() => impute(args)).toThrow(message);
  });

  it("refuses units without a group when f_i_para.skip_f_na is false", () => {
    const run = () => impute({ f_i: "i_mean_grp", use_group: "Region", f_i_para: { skip_f_na: false } });
    expect(run).toThrow("unit CZ has no Region and f_i_para.skip_f_na is false");
  });
});

// Any pattern of gaps: available cells come through bit for bit, and every gap in a column that
// has a value is filled by the column and row means.
const gaps = fc.array(fc.boolean(), { minLength: 24, maxLength: 24 });
describe("Impute properties", () => {
  test.prop([gaps, fc.constantFrom("column", "row")], { numRuns: 100 })(
    "never changes an available value",
    (holes, imputeBy) => {
      let data = smallData;
      const codes = ["Goods", "Waste", "Jobs", "Recyc"];
      holes.forEach((hole, k) => {
        if (hole) data = withCell(data, k % 6, codes[Math.floor(k / 6)] as string, null);
      });
      const frame = newCoinFrame({ iData: data, iMeta: smallMeta, compat: "strict" });
      const pipeline = parsePipeline(
        { steps: [{ op: "Impute", dset: "Raw", impute_by: imputeBy }] },
        frame,
        defaultStepRegistry,
      );
      const out = runPipeline(frame, pipeline, defaultStepRegistry).dsets.get("Imputed");
      frame.raw?.columns.forEach((column, j) => {
        const available = column.some((value) => !Number.isNaN(value));
        column.forEach((value, i) => {
          const got = out?.columns[j]?.[i] as number;
          if (!Number.isNaN(value)) expect(Object.is(got, value)).toBe(true);
          else if (imputeBy === "column" && available) expect(Number.isFinite(got)).toBe(true);
        });
      });
    },
  );
});
