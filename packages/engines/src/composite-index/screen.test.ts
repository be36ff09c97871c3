import { describe, expect, it } from "vitest";
import golden from "../../test/golden/composite-index/frame-steps.json" with { type: "json" };
import type { Cell } from "./cell-values.ts";
import type { PipelineRun } from "./coin-types.ts";
import { CompositeIndexError } from "./composite-index-error.ts";
import { parsePipeline, runPipeline } from "./pipeline.ts";
import { newCoinFrame } from "./read-inputs.ts";
import type { ScreenAnalysis } from "./screen.ts";
import { defaultStepRegistry } from "./step-registry.ts";

// The screening table of frame-steps.R: six units, four indicators, zeros and gaps; u2 has no
// value at all. One level only (no aggregates) is a valid coin too.
const values: Cell[][] = [
  [0, 0, 0, 0],
  [null, null, null, null],
  [1, 0, 4, 2],
  [2, 3, null, 1],
  [null, 5, 1, 2],
  [0, 0, 7, 0],
];
const iData = {
  header: ["uCode", "A", "B", "C", "D"],
  rows: values.map((row, i) => [`u${i + 1}`, row[0] ?? null, row[1] ?? null, row[2] ?? null, row[3] ?? null]),
};
const iMeta = {
  header: ["iCode", "Level", "Parent", "Direction", "Weight", "Type"],
  rows: ["A", "B", "C", "D"].map((code) => [code, 1, null, 1, 1, "Indicator"]),
};
const frame = newCoinFrame({ iData, iMeta, compat: "strict" });

function screen(args: Record<string, unknown>): PipelineRun {
  const pipeline = parsePipeline(
    { steps: [{ op: "Screen", dset: "Raw", ...args }] },
    frame,
    defaultStepRegistry,
  );
  return runPipeline(frame, pipeline, defaultStepRegistry);
}

const keptBy = (flags: boolean[]) => frame.units.filter((_, i) => flags[i]);

describe("Screen against the R script", () => {
  it("computes COINr's summary table", () => {
    const analysis = screen({ unit_screen: "byNA" }).analysis.get("Screened") as ScreenAnalysis;
    const summary = analysis.DataSummary;
    expect(summary.map((row) => row.N_missing)).toEqual(golden.screen.N_missing);
    expect(summary.map((row) => row.N_zero)).toEqual(golden.screen.N_zero);
    expect(summary.map((row) => row.Dat_Avail)).toEqual(golden.screen.Dat_Avail);
    expect(summary.map((row) => (Number.isNaN(row.Non_Zero) ? null : row.Non_Zero))).toEqual(
      golden.screen.Non_Zero,
    );
    expect(summary.map((row) => row.N_miss_or_zero)).toEqual(
      golden.screen.N_missing.map((n, i) => n + (golden.screen.N_zero[i] as number)),
    );
  });

  it.each([
    [{ unit_screen: "byNA", dat_thresh: 0.75 }, golden.screen.keep_byNA_075],
    [{ unit_screen: "byNA" }, golden.screen.keep_byNA_default],
    [{ unit_screen: "byzeros", nonzero_thresh: 0.3 }, golden.screen.keep_byzeros_030],
    [{ unit_screen: "byNAandzeros", dat_thresh: 0.75, nonzero_thresh: 0.3 }, golden.screen.keep_both],
  ])("%j keeps the units R keeps", (args, keep) => {
    const run = screen(args);
    const screened = run.dsets.get("Screened");
    expect(screened?.units).toEqual(keptBy(keep));
    expect((run.analysis.get("Screened") as ScreenAnalysis).RemovedUnits).toEqual(
      frame.units.filter((_, i) => !keep[i]),
    );
  });
});

describe("Screen, hand-computed", () => {
  it("keeps a unit exactly at the threshold: 3 of 4 available is 0.75, not below it", () => {
    expect(screen({ unit_screen: "byNA", dat_thresh: 0.75 }).dsets.get("Screened")?.units).toContain("u4");
    expect(screen({ unit_screen: "byNA", dat_thresh: 0.76 }).dsets.get("Screened")?.units).not.toContain(
      "u4",
    );
  });

  it("drops rows and keeps the remaining cells in unit order", () => {
    const screened = screen({ unit_screen: "byNA", dat_thresh: 0.75 }).dsets.get("Screened");
    expect(Array.from(screened?.columns[1] ?? [])).toEqual([0, 0, 3, 5, 0]);
  });

  it("lets Force override the rule, in either of its two spellings", () => {
    const forced = screen({
      unit_screen: "byNA",
      dat_thresh: 0.75,
      Force: [
        { uCode: "u2", Include: true },
        { uCode: "u1", Include: false },
      ],
    });
    expect(forced.dsets.get("Screened")?.units).toEqual(["u2", "u3", "u4", "u5", "u6"]);
    const asObject = screen({ unit_screen: "byNA", dat_thresh: 0.75, Force: { u2: true, u1: false } });
    expect(asObject.dsets.get("Screened")?.units).toEqual(["u2", "u3", "u4", "u5", "u6"]);
  });

  it("screens out a unit without any value under byzeros and says why", () => {
    const run = screen({ unit_screen: "byzeros", nonzero_thresh: 0 });
    expect(run.dsets.get("Screened")?.units).toEqual(["u1", "u3", "u4", "u5", "u6"]);
    expect(run.diagnostics.map((d) => d.code)).toEqual(["composite-index/screen-no-data"]);
  });

  it("refuses to screen out every unit", () => {
    expect(() =>
      screen({ unit_screen: "byNA", dat_thresh: 1, Force: { u1: false, u3: false, u6: false } }),
    ).toThrow("every unit is screened out (byNA); nothing is left to build an index on");
  });

  it.each([
    [{}, "steps[0].unit_screen: unit_screen is required: byNA, byzeros or byNAandzeros"],
    [{ unit_screen: "byNZ" }, 'steps[0].unit_screen: "byNZ" is not one of byNA, byzeros, byNAandzeros'],
    [{ unit_screen: "byNA", dat_thresh: 1.5 }, "steps[0].dat_thresh: 1.5 is above 1"],
    [{ unit_screen: "byNA", nonzero_thresh: "5%" }, 'steps[0].nonzero_thresh: expected a number, got "5%"'],
    [
      { unit_screen: "byNA", Force: [{ uCode: "XX", Include: true }] },
      'steps[0].Force[0]: "XX" is not a uCode of iData',
    ],
    [{ unit_screen: "byNA", Force: { u1: "yes" } }, "steps[0].Force.u1: Include of u1 must be true or false"],
  ])("refuses %j", (args, message) => {
    expect(() => screen(args)).toThrow(CompositeIndexError);
    expect(() => screen(args)).toThrow(message);
  });
});
