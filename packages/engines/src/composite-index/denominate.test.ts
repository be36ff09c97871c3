import { describe, expect, it } from "vitest";
import { smallData, smallMeta } from "../../test/composite-index/frame-fixtures.ts";
import { CompositeIndexError } from "./composite-index-error.ts";
import { parsePipeline, runPipeline } from "./pipeline.ts";
import { newCoinFrame } from "./read-inputs.ts";
import { defaultStepRegistry } from "./step-registry.ts";

const frame = newCoinFrame({ iData: smallData, iMeta: smallMeta, compat: "strict" });
const coinrFrame = newCoinFrame({ iData: smallData, iMeta: smallMeta, compat: "coinr" });

function column(run: ReturnType<typeof runPipeline>, dset: string, code: string): number[] {
  const data = run.dsets.get(dset);
  if (data === undefined) throw new Error(`no ${dset}`);
  return Array.from(data.columns[data.codes.indexOf(code)] ?? []);
}

function build(steps: unknown[], compat: "coinr" | "strict" = "strict") {
  const f = compat === "coinr" ? coinrFrame : frame;
  return runPipeline(f, parsePipeline({ compat, steps }, f, defaultStepRegistry), defaultStepRegistry);
}

describe("Denominate", () => {
  // Units in uCode order: AM, BY, CZ, DE, EE, FR. GDP 2, 1, 2, 4, 0.5, 3; Pop 3, 9, 10, 80, 1, 60.
  it("divides by the iMeta Denominator column by default, copies the rest (hand-computed)", () => {
    const run = build([{ op: "Denominate", dset: "Raw" }]);
    expect(column(run, "Denominated", "Goods")).toEqual([6 / 2, Number.NaN, 8 / 2, 20 / 4, 4 / 0.5, 9 / 3]);
    expect(column(run, "Denominated", "Recyc")).toEqual([12 / 3, 18 / 9, 9 / 10, Number.NaN, 6 / 1, 15 / 60]);
    expect(column(run, "Denominated", "Jobs")).toEqual(column(run, "Raw", "Jobs"));
  });

  it("applies a table's ScaleFactor as x / (D / s)", () => {
    const run = build([
      {
        op: "Denominate",
        dset: "Raw",
        denomby: [{ iCode: "Jobs", Denominator: "Pop", ScaleFactor: 1000 }],
        write_to: "PerThousand",
      },
    ]);
    expect(column(run, "PerThousand", "Jobs")).toEqual([
      10 / (3 / 1000),
      20 / (9 / 1000),
      25 / (10 / 1000),
      30 / (80 / 1000),
      15 / (1 / 1000),
      Number.NaN,
    ]);
    expect(column(run, "PerThousand", "Goods")).toEqual(column(run, "Raw", "Goods"));
  });

  it("takes an object of iCode → denominator", () => {
    const run = build([{ op: "Denominate", dset: "Raw", denomby: { Waste: "Pop" } }]);
    expect(column(run, "Denominated", "Waste")[1]).toBe(7 / 9);
  });

  it("leaves its input untouched", () => {
    const before = column(build([]), "Raw", "Goods");
    const run = build([{ op: "Denominate", dset: "Raw" }]);
    expect(column(run, "Raw", "Goods")).toEqual(before);
  });

  it("divides by zero to Infinity in coinr mode and to a missing value with a warning in strict", () => {
    const zeroGdp = {
      ...smallData,
      rows: smallData.rows.map((row) => (row[0] === "CZ" ? row.map((cell, c) => (c === 3 ? 0 : cell)) : row)),
    };
    const strict = newCoinFrame({ iData: zeroGdp, iMeta: smallMeta, compat: "strict" });
    const coinr = newCoinFrame({ iData: zeroGdp, iMeta: smallMeta, compat: "coinr" });
    const steps = [{ op: "Denominate", dset: "Raw" }];
    const strictRun = runPipeline(
      strict,
      parsePipeline({ steps }, strict, defaultStepRegistry),
      defaultStepRegistry,
    );
    const coinrRun = runPipeline(
      coinr,
      parsePipeline({ compat: "coinr", steps }, coinr, defaultStepRegistry),
      defaultStepRegistry,
    );
    expect(column(strictRun, "Denominated", "Goods")[2]).toBeNaN();
    expect(strictRun.diagnostics.map((d) => d.code)).toEqual(["composite-index/zero-denominator"]);
    expect(column(coinrRun, "Denominated", "Goods")[2]).toBe(Number.POSITIVE_INFINITY);
  });

  it.each([
    [
      { denomby: { Goods: "Region" } },
      "steps[0].denomby[0]: denominator Region of Goods is not an iData column of Type Denominator (GDP, Pop)",
    ],
    [{ denomby: { Econ: "GDP" } }, "steps[0].denomby[0]: Econ is not an indicator of iMeta"],
    [{ denomby: "Scale" }, "steps[0].denomby: iMeta has no column Scale"],
    [
      { denomby: [{ iCode: "Goods", Denominator: "GDP", ScaleFactor: 0 }] },
      "steps[0].denomby[0]: ScaleFactor of Goods must be a non-zero number",
    ],
    [
      { f_denom: "*" },
      "steps[0].f_denom: not supported: denominators are the iData columns of Type Denominator, and the operation is division",
    ],
    [
      { denoms: 1 },
      "steps[0].denoms: not supported: denominators are the iData columns of Type Denominator, and the operation is division",
    ],
    [{ by: 1 }, "steps[0].by: unknown argument; this step takes denomby, denoms, denoms_ID, f_denom"],
  ])("refuses %j with a located message", (args, message) => {
    const parse = () =>
      parsePipeline({ steps: [{ op: "Denominate", dset: "Raw", ...args }] }, frame, defaultStepRegistry);
    expect(parse).toThrow(CompositeIndexError);
    expect(parse).toThrow(message);
  });
});
