import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  makeTestContext,
  makeTestDataSet,
  makeTestFrame,
  toNullable,
  unitCodes,
} from "../../test/composite-index/test-coin-frame.ts";
import reference from "../../test/golden/composite-index/treat-normalise-reference.json" with {
  type: "json",
};
import type { Compat } from "./coin-types.ts";
import { CompositeIndexError } from "./composite-index-error.ts";
import { type TreatAnalysis, treatStep } from "./treat.ts";
import { treatedPointLabel } from "./treat-column.ts";
import { checkSkewKurt } from "./treat-functions.ts";
import { treatDetailsTable, treatPointsTable } from "./treat-tables.ts";

type Column = readonly (number | null)[];

function treat(
  columns: Readonly<Record<string, Column>>,
  raw: Record<string, unknown> = {},
  compat: Compat = "coinr",
) {
  const first = Object.values(columns)[0] ?? [];
  const units = unitCodes(first.length);
  const indicators = Object.entries(columns).map(([iCode, values]) => ({ iCode, values }));
  const frame = makeTestFrame(units, indicators);
  const input = makeTestDataSet(units, indicators);
  const context = makeTestContext(frame, compat, input);
  const args = treatStep.parseArgs(raw, "steps[1]", frame, compat);
  const output = treatStep.run(input, args, context);
  const analysis = context.recorded[0] as TreatAnalysis;
  const column = (code: string) => toNullable(output.columns[output.codes.indexOf(code)] as Float64Array);
  const details = (code: string) => analysis.indicators.find((entry) => entry.iCode === code);
  return { input, output, column, details, diagnostics: context.diagnostics };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

function expectClose(actual: Column, expected: Column) {
  expect(actual.length).toBe(expected.length);
  actual.forEach((value, i) => {
    if (expected[i] === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(expected[i] as number, 12);
  });
}

describe("Treat against base R", () => {
  // Expected outputs: test/golden/composite-index/treat-normalise-reference.R, a base-R rendering
  // of the procedure of spec §4.4 (no COINr), run on Debian's r-base 4.2.2.
  const cases: [string, Record<string, unknown>, Compat][] = [
    ["treat_one_outlier", {}, "coinr"],
    ["treat_log_fallback", { global_specs: { f1_para: { winmax: 1 } } }, "coinr"],
    ["treat_combine", { global_specs: { f1_para: { winmax: 1 } }, combine_treat: true }, "coinr"],
    [
      "treat_boxcox",
      { global_specs: { f1_para: { winmax: 1 }, f2: "boxcox", f2_para: { lambda: 0.5 } } },
      "coinr",
    ],
    ["treat_force", { global_specs: { f1_para: { winmax: 3, force_win: true } } }, "coinr"],
    ["treat_tied_max", { global_specs: { f1_para: { winmax: 1 } } }, "coinr"],
    ["treat_negative_skew", {}, "coinr"],
    ["treat_negative_log", { global_specs: { f1_para: { winmax: 1 } } }, "coinr"],
    ["treat_negative_mirrored", { global_specs: { f1_para: { winmax: 1 } } }, "strict"],
    ["treat_unlimited", { global_specs: { f1_para: { winmax: null } } }, "strict"],
    ["treat_made_constant", {}, "coinr"],
  ];

  it.each(cases)("%s (%s, %s)", (name, raw, compat) => {
    const entry = reference[name as keyof typeof reference] as {
      input: Column;
      output: Column;
      count: number | null;
      stage: number;
    };
    const result = treat({ x: entry.input }, raw, compat);
    expectClose(result.column("x"), entry.output);
    const details = result.details("x");
    const stage = { passed: 0, f1: 1, "forced-f1": 1, f2: 2 }[details?.outcome as string] ?? -1;
    expect(stage).toBe(entry.stage);
    if (entry.count !== null) expect(details?.winsorisedPoints).toBe(entry.count);
  });

  it("makes a negatively skewed indicator worse with log_CT in compat, and mirrors the log in strict (Q5)", () => {
    const input = reference.treat_negative_log.input;
    const raw = { global_specs: { f1_para: { winmax: 1 } } };
    const compat = treat({ x: input }, raw, "coinr").details("x");
    const strict = treat({ x: input }, raw, "strict");
    expect(compat?.test2?.skew).toBeCloseTo(reference.treat_negative_log_skew_after[0] as number, 12);
    expect(strict.details("x")?.test2?.skew).toBeCloseTo(
      reference.treat_negative_mirrored_skew_after[0] as number,
      12,
    );
    expect(strict.details("x")?.f2).toBe("log_CT_neg");
    expect(strict.diagnostics.map((d) => d.code)).toContain("composite-index/treat-negative-skew-log");
  });
});

describe("Treat, COINr's own test cases (tests/testthat/test-treat.R)", () => {
  it("winsorises the one outlier of 1…10, 100 to 10 and leaves the rest", () => {
    const result = treat({ x: [...range(1, 10), 100] }, { global_specs: { f1_para: { winmax: 5 } } });
    expect(result.column("x")).toEqual([...range(1, 10), 10]);
  });

  it("still fails after one point with no f2, and winsorises exactly three points with force_win", () => {
    const x = [...range(1, 20), 100, 200];
    const noF2 = treat({ x }, { global_specs: { f1_para: { winmax: 1 }, f2: null } });
    expect(noF2.details("x")?.outcome).toBe("f1");
    expect(noF2.details("x")?.test1?.pass).toBe(false);
    const forced = treat({ x }, { global_specs: { f1_para: { winmax: 3, force_win: true } } });
    const details = forced.details("x");
    const marked = range(0, x.length - 1).filter((row) => details && treatedPointLabel(details, row) !== "");
    expect(marked).toHaveLength(3);
  });
});

describe("Treat by hand", () => {
  it("winsorises three tied maxima together with winmax 1 and reports it (Q6)", () => {
    const result = treat(
      { x: [...range(1, 30), 500, 500, 500] },
      { global_specs: { f1_para: { winmax: 1 } } },
    );
    expect(result.column("x").slice(30)).toEqual([30, 30, 30]);
    expect(result.details("x")?.winsorisedPoints).toBe(3);
    expect(result.diagnostics.map((d) => d.code)).toContain("composite-index/treat-tied-extremes");
  });

  it("labels the cells as COINr's Treated_Points", () => {
    const x = [...range(1, 20), 100, 200];
    const details = treat({ x }, { global_specs: { f1_para: { winmax: 1 } } }).details("x");
    if (details === undefined) throw new Error("no details");
    expect(treatedPointLabel(details, 21)).toBe("winhi+log_CT");
    expect(treatedPointLabel(details, 0)).toBe("+log_CT");
    const winsorised = treat({ x: [...range(1, 10), 100] }).details("x");
    if (winsorised === undefined) throw new Error("no details");
    expect(treatedPointLabel(winsorised, 10)).toBe("winhi");
    expect(treatedPointLabel(winsorised, 0)).toBe("");
  });

  it('skips an indicator named "none" and logs one whose winmax is 0 (the vignette\'s Flights)', () => {
    const outlier = [...range(1, 20), 100, 200];
    const result = treat(
      { a: outlier, b: outlier },
      { indiv_specs: { a: "none", b: { f1_para: { winmax: 0 } } } },
    );
    expect(result.column("a")).toEqual(outlier);
    expect(result.details("b")?.winsorisedPoints).toBe(0);
    expect(result.details("b")?.f2).toBe("log_CT");
  });

  it("keeps the other defaults when an indicator overrides one parameter", () => {
    const x = [...range(1, 20), 100, 200];
    const result = treat({ x }, { indiv_specs: { x: { f1_para: { force_win: true } } } }, "strict");
    // force_win winsorises up to winmax, which stays at its default 5 (not "no limit").
    expect(result.details("x")?.winsorisedPoints).toBe(5);
    expect(result.details("x")?.winsorisedPoints).not.toBe(x.length);
  });

  it("applies force_win to a passing column in strict only (COINr issue #53, Q12)", () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 14];
    expect(checkSkewKurt(x, { naRm: true, skewThresh: 2, kurtThresh: 3.5 }).pass).toBe(true);
    const raw = { indiv_specs: { x: { f1_para: { winmax: 1, force_win: true } } } };
    expect(treat({ x }, raw, "coinr").column("x")).toEqual(x);
    const strict = treat({ x }, raw, "strict");
    expect(strict.column("x")).toEqual([...x.slice(0, 9), 9]);
    expect(strict.details("x")?.outcome).toBe("forced-f1");
  });

  it('ignores global_specs "none" in compat as COINr does, and treats nothing in strict', () => {
    const x = [...range(1, 10), 100];
    const compat = treat({ x }, { global_specs: "none" }, "coinr");
    expect(compat.column("x")[10]).toBe(10);
    expect(compat.diagnostics.map((d) => d.code)).toContain("composite-index/treat-global-none-ignored");
    expect(treat({ x }, { global_specs: "none" }, "strict").column("x")).toEqual(x);
  });

  it("reads winmax null as no limit in strict and as COINr's default 5 in compat", () => {
    // Seven outliers on the high side need seven winsorised points.
    const x = [...range(1, 60), 1e3, 2e3, 4e3, 8e3, 16e3, 32e3, 64e3];
    const raw = { global_specs: { f1_para: { winmax: null }, f2: null } };
    expect(treat({ x }, raw, "coinr").details("x")?.winsorisedPoints).toBe(5);
    expect(treat({ x }, raw, "strict").details("x")?.winsorisedPoints).toBeGreaterThan(5);
  });

  it("leaves a column COINr cannot treat as it was, with a warning", () => {
    const x = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 100];
    const result = treat({ x }, {}, "strict");
    expect(result.column("x")).toEqual(x);
    expect(result.details("x")?.outcome).toBe("untreated-error");
    expect(result.diagnostics.map((d) => d.code)).toContain("composite-index/treat-untreated");
    const constant = treat({ x: [2, 2, 2, 2, 2] });
    expect(constant.details("x")?.outcome).toBe("untreated-test-undefined");
  });

  it("treats columns with gaps, keeping NaN in place", () => {
    const x = [...range(1, 10), null, 100, null];
    expect(treat({ x }).column("x")).toEqual([...range(1, 10), null, 10, null]);
  });

  it("offers log_GII in compat only, returning the input as COINr 1.1 does (Q14)", () => {
    const x = [...range(1, 20), 100, 200];
    const raw = { global_specs: { f1_para: { winmax: 1 }, f2: "log_GII" } };
    expect(treat({ x }, raw, "coinr").column("x")).toEqual(x);
    expect(() => treat({ x }, raw, "strict")).toThrow(/log_GII is not offered/);
  });

  it("carries COINr's winsorisation defaults to another f1 in compat (so COINr stops) but not in strict", () => {
    const x = [...range(1, 20), 100, 200];
    const raw = { global_specs: { f1: "log_CT_orig" } };
    const compat = treat({ x }, raw, "coinr");
    expect(compat.column("x")).toEqual(x);
    expect(compat.details("x")?.reason).toMatch(/unused argument/);
    const strict = treat({ x }, raw, "strict");
    expect(strict.column("x")[0]).toBeCloseTo(Math.log(1), 15);
    expect(strict.column("x")[21]).toBeCloseTo(Math.log(200), 14);
  });

  it("writes the input unchanged when disabled", () => {
    const x = [...range(1, 10), 100];
    expect(treat({ x }, { disable: true }).column("x")).toEqual(x);
  });
});

describe("Treat arguments", () => {
  const frameArgs =
    (raw: Record<string, unknown>, compat: Compat = "strict") =>
    () =>
      treat({ x: [1, 2, 3, 4] }, raw, compat);

  it.each([
    [{ global_specs: { f1_para: { winmax: "5" } } }, "steps[1].global_specs.f1_para.winmax"],
    [{ global_specs: { f3: "x" } }, "steps[1].global_specs.f3"],
    [{ global_specs: { f_pass: "outlier_pass" } }, "steps[1].global_specs.f_pass"],
    [{ global_specs: { f2: "boxcox" } }, "steps[1].global_specs.f2_para.lambda"],
    [{ indiv_specs: { y: "none" } }, "steps[1].indiv_specs.y"],
    [
      { global_specs: { f1_para: { winmax: null, force_win: true } } },
      "steps[1].global_specs.f1_para.force_win",
    ],
    [{ combine: true }, "steps[1].combine"],
  ])("refuses %j at %s", (raw, where) => {
    try {
      frameArgs(raw)();
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CompositeIndexError);
      expect((error as CompositeIndexError).where).toBe(where);
    }
  });
});

describe("Treat properties", () => {
  it("never changes a column that passes the test", () => {
    const cell = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(Number.NaN));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 4, maxLength: 40 }), (values) => {
        const thresholds = { naRm: true, skewThresh: 2, kurtThresh: 3.5 };
        fc.pre(checkSkewKurt(values, thresholds).pass === true);
        const column = values.map((value) => (Number.isNaN(value) ? null : value));
        for (const compat of ["coinr", "strict"] as const) {
          expect(treat({ x: column }, {}, compat).column("x")).toEqual(column);
        }
      }),
      { numRuns: 300, seed: 6 },
    );
  });
});

describe("Treat tables", () => {
  it("lays the details and points out as COINr's Dets_Table and Treated_Points", () => {
    const x = [...range(1, 20), 100, 200];
    const frame = makeTestFrame(unitCodes(22), [{ iCode: "x", values: x }]);
    const input = makeTestDataSet(frame.units, [{ iCode: "x", values: x }]);
    const context = makeTestContext(frame, "coinr", input);
    treatStep.run(
      input,
      treatStep.parseArgs({ global_specs: { f1_para: { winmax: 1 } } }, "s", frame, "coinr"),
      context,
    );
    const analysis = context.recorded[0] as TreatAnalysis;
    const details = treatDetailsTable(analysis);
    const row = details.rows[0] ?? [];
    const cell = (name: string) => row[details.header.indexOf(name)];
    expect(cell("outcome")).toBe("f2");
    expect(cell("check_SkewKurt0.Pass")).toBe(false);
    expect(cell("winsorise.nwin")).toBe(1);
    expect(cell("f2")).toBe("log_CT");
    const points = treatPointsTable(analysis);
    expect(points.header).toEqual(["uCode", "x"]);
    expect(points.rows[21]).toEqual(["u22", "winhi+log_CT"]);
    expect(points.rows[0]).toEqual(["u01", "+log_CT"]);
  });
});
