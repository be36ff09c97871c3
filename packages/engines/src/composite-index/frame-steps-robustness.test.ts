import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { smallData, smallMeta, withCell } from "../../test/composite-index/frame-fixtures.ts";
import { CompositeIndexError } from "./composite-index-error.ts";
import { parsePipeline, runPipeline } from "./pipeline.ts";
import { newCoinFrame } from "./read-inputs.ts";
import { defaultStepRegistry } from "./step-registry.ts";

const frame = newCoinFrame({ iData: smallData, iMeta: smallMeta, compat: "strict" });
const coinrFrame = newCoinFrame({ iData: smallData, iMeta: smallMeta, compat: "coinr" });

// Argument names and values drawn from what the three steps take, plus wrong types and junk.
const keys = [
  "f_i",
  "impute_by",
  "use_group",
  "group_level",
  "normalise_first",
  "f_i_para",
  "disable",
  "unit_screen",
  "dat_thresh",
  "nonzero_thresh",
  "Force",
  "denomby",
  "x",
];
const values = fc.oneof(
  fc.constantFrom(
    "i_mean",
    "i_median",
    "i_mean_grp",
    "i_median_grp",
    "none",
    "row",
    "column",
    "df",
    "Region",
    "byNA",
    "byzeros",
    "byNAandzeros",
    "Denominator",
    "GDP",
    "AM",
  ),
  fc.constantFrom(0, 1, 2, 3, 0.5, -1, 1.5, true, false, null),
  fc.constant({ skip_f_na: false }),
  fc.constant([{ uCode: "CZ", Include: false }]),
  fc.constant({ Goods: "Pop" }),
  fc.string({ maxLength: 3 }),
);
const step = fc.record({
  op: fc.constantFrom("Denominate", "Impute", "Screen"),
  args: fc.dictionary(fc.constantFrom(...keys), values, { maxKeys: 4 }),
});

describe("parsePipeline and runPipeline never throw anything but CompositeIndexError", () => {
  test.prop([fc.array(step, { maxLength: 3 }), fc.constantFrom("coinr", "strict")], { numRuns: 300 })(
    "on arbitrary step arguments",
    (steps, compat) => {
      const f = compat === "coinr" ? coinrFrame : frame;
      const raw = {
        compat,
        steps: steps.map((s, i) => ({
          op: s.op,
          dset: i === 0 ? "Raw" : `S${i - 1}`,
          write_to: `S${i}`,
          ...s.args,
        })),
      };
      try {
        runPipeline(f, parsePipeline(raw, f, defaultStepRegistry), defaultStepRegistry);
      } catch (error) {
        expect(error).toBeInstanceOf(CompositeIndexError);
      }
    },
  );
});

describe("more iMeta and iData refusals", () => {
  it("refuses an indicator without a Target when the Target column is present", () => {
    const header = [...smallMeta.header, "Target"];
    const rows = smallMeta.rows.map((row) => [...row, row[0] === "Jobs" ? null : 10]);
    expect(() => newCoinFrame({ iData: smallData, iMeta: { header, rows }, compat: "coinr" })).toThrow(
      "iMeta row 3 (Target): indicator Jobs has no Target; when the Target column is present every indicator needs one",
    );
    const complete = newCoinFrame({
      iData: smallData,
      iMeta: { header, rows: smallMeta.rows.map((row) => [...row, 10]) },
      compat: "strict",
    });
    expect(complete.metaByCode.get("Jobs")?.target).toBe(10);
  });

  it("refuses empty tables and an aggregate at Level 1", () => {
    expect(() =>
      newCoinFrame({ iData: { header: smallData.header, rows: [] }, iMeta: smallMeta, compat: "strict" }),
    ).toThrow("iData: iData has no rows");
    expect(() =>
      newCoinFrame({ iData: smallData, iMeta: { header: smallMeta.header, rows: [] }, compat: "strict" }),
    ).toThrow("iMeta: iMeta has no rows");
    const rows = smallMeta.rows.map((row) =>
      row[0] === "Econ" ? row.map((cell, c) => (c === 2 ? 1 : cell)) : row,
    );
    expect(() =>
      newCoinFrame({ iData: smallData, iMeta: { header: smallMeta.header, rows }, compat: "strict" }),
    ).toThrow("iMeta row 5 (Level): aggregate Econ is at Level 1; aggregates are at Level 2 or above");
  });

  it("reads numbers given as numbers or as text alike, and keeps extra iMeta columns", () => {
    const textual = withCell(withCell(smallData, 0, "Goods", " 20 "), 1, "Goods", "6e0");
    const coin = newCoinFrame({ iData: textual, iMeta: smallMeta, compat: "strict" });
    expect(Array.from(coin.raw?.columns[0] ?? [])).toEqual(Array.from(frame.raw?.columns[0] ?? []));
    const header = [...smallMeta.header, "goalpost_lower", "Source"];
    const extra = newCoinFrame({
      iData: smallData,
      iMeta: { header, rows: smallMeta.rows.map((row) => [...row, "0.5", "WDI"]) },
      compat: "strict",
    });
    expect(extra.metaByCode.get("Goods")?.extra).toEqual({ goalpost_lower: 0.5, Source: "WDI" });
  });
});
