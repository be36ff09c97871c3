import { describe, expect, it } from "vitest";
import { parsePipeline, runPipeline } from "./pipeline.ts";
import { newCoinFrame } from "./read-inputs.ts";
import { defaultStepRegistry } from "./step-registry.ts";
import type { TreatAnalysis } from "./treat.ts";

// Treat and Normalise through the real input reader and runner, with iMeta parameters read from
// CSV-like cells ("TRUE" as text), as the CLI gives them.
const registry = defaultStepRegistry;

const units = ["AT", "BE", "CZ", "DE", "EE", "FI", "GR", "HU", "IE", "LU", "NL"];
const iData = {
  header: ["uCode", "uName", "Skewed", "Emissions"],
  // Skewed: 1…10 and one outlier of 100; Emissions (lower is better): 0…10 in steps of 1.
  rows: units.map((code, i) => [code, code, i === 10 ? 100 : i + 1, i]),
};
const iMeta = {
  header: ["Level", "iCode", "iName", "Direction", "Weight", "Type", "Parent", "Target", "dist2targ_cap_max"],
  rows: [
    [1, "Skewed", "Skewed", 1, 1, "Indicator", "Index", 8, "TRUE"],
    [1, "Emissions", "Emissions", -1, 1, "Indicator", "Index", 2, "FALSE"],
    [2, "Index", "Index", 1, 1, "Aggregate", null, null, null],
  ],
};

function build(compat: "coinr" | "strict", normalise: Record<string, unknown>) {
  const frame = newCoinFrame({ iData, iMeta, compat });
  const pipeline = parsePipeline(
    {
      compat,
      steps: [
        { op: "Treat", dset: "Raw", write_to: "Treated" },
        { op: "Normalise", dset: "Treated", write_to: "Normalised", ...normalise },
      ],
    },
    frame,
    registry,
  );
  return runPipeline(frame, pipeline, registry);
}

describe("Treat and Normalise in a pipeline", () => {
  it("winsorises the outlier and normalises to targets read from iMeta", () => {
    const run = build("coinr", { global_specs: { f_n: "n_dist2targ", f_n_para: "use_iMeta" } });
    const treated = run.dsets.get("Treated");
    expect(Array.from(treated?.columns[0] ?? [])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10]);
    const analysis = run.analysis.get("Treated") as TreatAnalysis;
    expect(analysis.indicators.map((entry) => entry.outcome)).toEqual(["f1", "passed"]);
    const normalised = run.dsets.get("Normalised");
    // Skewed: (x − 1)/(8 − 1), capped at 1. Emissions, Direction −1: (10 − x)/(10 − 2), no cap.
    const skewed = [0, 1, 2, 3, 4, 5, 6, 7, 7, 7, 7].map((k) => k / 7);
    expect(Array.from(normalised?.columns[0] ?? [])).toEqual(skewed);
    const emissions = Array.from(normalised?.columns[1] ?? []);
    units.forEach((_, i) => {
      expect(emissions[i]).toBeCloseTo((10 - i) / 8, 14);
    });
    expect(emissions[0]).toBe(1.25);
  });

  it("reports each column's direction and function", () => {
    const run = build("strict", {});
    expect(run.analysis.get("Normalised")).toEqual({
      columns: [
        { iCode: "Skewed", direction: 1, f_n: "n_minmax" },
        { iCode: "Emissions", direction: -1, f_n: "n_minmax" },
        { iCode: "Index", direction: 1, f_n: "n_minmax" },
      ],
    });
    expect(Array.from(run.dsets.get("Normalised")?.columns[1] ?? []).slice(0, 2)).toEqual([100, 90]);
  });
});
