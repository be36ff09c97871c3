import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  makeTestContext,
  makeTestDataSet,
  makeTestFrame,
  type TestIndicator,
  toNullable,
  unitCodes,
} from "../../test/composite-index/test-coin-frame.ts";
import reference from "../../test/golden/composite-index/treat-normalise-reference.json" with {
  type: "json",
};
import type { Compat, DataSet } from "./coin-types.ts";
import { CompositeIndexError } from "./composite-index-error.ts";
import { normaliseStep } from "./normalise.ts";

type Column = readonly (number | null)[];

function normalise(
  indicators: readonly TestIndicator[],
  raw: Record<string, unknown> = {},
  compat: Compat = "coinr",
  input?: DataSet,
) {
  const units = unitCodes(indicators[0]?.values.length ?? 0);
  const frame = makeTestFrame(units, indicators);
  const data = input ?? makeTestDataSet(units, indicators);
  const context = makeTestContext(frame, compat, data);
  const args = normaliseStep.parseArgs(raw, "steps[2]", frame, compat);
  const output = normaliseStep.run(data, args, context);
  const column = (code: string) => toNullable(output.columns[output.codes.indexOf(code)] as Float64Array);
  return { column, diagnostics: context.diagnostics };
}

function expectClose(actual: Column, expected: Column) {
  expect(actual.length).toBe(expected.length);
  actual.forEach((value, i) => {
    if (expected[i] === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(expected[i] as number, 12);
  });
}

const v = reference.norm_input;
const one = (f_n: string, f_n_para?: Record<string, unknown>) => ({
  global_specs: { f_n, ...(f_n_para ? { f_n_para } : {}) },
});

describe("Normalise against base R", () => {
  // Expected values: test/golden/composite-index/treat-normalise-reference.R (the formulas of
  // spec §4.5 in base R, R's rank() for the ranks), run on Debian's r-base 4.2.2.
  const cases: [string, Record<string, unknown>, Compat, 1 | -1][] = [
    ["norm_minmax_0_100", {}, "coinr", 1],
    ["norm_minmax_1_10", one("n_minmax", { l_u: [1, 10] }), "coinr", 1],
    ["norm_minmax_flipped", {}, "coinr", -1],
    ["norm_zscore_10_2", one("n_zscore", { m_sd: [10, 2] }), "coinr", 1],
    ["norm_scaled_1_10", one("n_scaled", { npara: [1, 10] }), "coinr", 1],
    ["norm_fracmax", one("n_fracmax"), "coinr", 1],
    ["norm_dist2max", one("n_dist2max"), "coinr", 1],
    ["norm_dist2ref_2", one("n_dist2ref", { iref: 2 }), "coinr", 1],
    ["norm_dist2ref_2_cap", one("n_dist2ref", { iref: "u02", cap_max: true }), "strict", 1],
    ["norm_dist2targ_10", one("n_dist2targ", { targ: 10 }), "coinr", 1],
    ["norm_dist2targ_10_cap", one("n_dist2targ", { targ: 10, cap_max: true }), "coinr", 1],
    ["norm_dist2targ_neg_0", one("n_dist2targ", { targ: 0, direction: -1 }), "coinr", 1],
    ["norm_dist2targ_neg_0_cap", one("n_dist2targ", { targ: 0, direction: -1, cap_max: true }), "strict", 1],
    ["norm_goalposts_0_10_100", one("n_goalposts", { gposts: [0, 10, 100] }), "coinr", 1],
    [
      "norm_goalposts_0_10_untruncated",
      one("n_goalposts", { gposts: [0, 10, 100], trunc2posts: false }),
      "coinr",
      1,
    ],
    ["norm_goalposts_reversed", one("n_goalposts", { gposts: [0, 10, 1], direction: -1 }), "coinr", 1],
  ];
  for (const ties of ["min", "max", "average", "first", "last"]) {
    for (const f of ["rank", "borda", "prank"]) {
      cases.push([`norm_${f}_${ties}`, one(`n_${f}`, { "ties.method": ties }), "strict", 1]);
    }
  }

  it.each(cases)("%s (%j, %s, direction %d)", (name, raw, compat, direction) => {
    const expected = reference[name as keyof typeof reference] as Column;
    expectClose(normalise([{ iCode: "x", values: v, direction }], raw, compat).column("x"), expected);
  });

  it('ranks with "min" whatever ties.method says in compat, as COINr 1.1 does', () => {
    const result = normalise(
      [{ iCode: "x", values: v }],
      one("n_rank", { "ties.method": "average" }),
      "coinr",
    );
    expectClose(result.column("x"), reference.norm_rank_min);
    expect(result.diagnostics.map((d) => d.code)).toContain("composite-index/normalise-ties-ignored");
  });

  it("reads targets and goalposts from iMeta in original units for Direction −1", () => {
    const targetIndicator = {
      iCode: "x",
      values: v,
      direction: -1 as const,
      target: 0,
      extra: { dist2targ_cap_max: "TRUE" },
    };
    expectClose(
      normalise([targetIndicator], one("n_dist2targ", "use_iMeta" as never)).column("x"),
      reference.norm_imeta_dist2targ_dir_neg_target_0,
    );
    const posts = { goalpost_lower: 0, goalpost_upper: 10, goalpost_scale: 1, goalpost_trunc2posts: "TRUE" };
    expectClose(
      normalise([{ iCode: "x", values: v, direction: -1, extra: posts }], {
        global_specs: { f_n: "n_goalposts", f_n_para: "use_iMeta" },
      }).column("x"),
      reference.norm_imeta_goalposts_dir_neg_0_10,
    );
  });
});

describe("Normalise, COINr's own test cases (tests/testthat/test-normalise.R)", () => {
  it("gives distance to target 0, 0.5, 1.1 and with the cap 0, 0.5, 1", () => {
    const x = [{ iCode: "x", values: [0, 5, 11] }];
    expect(normalise(x, one("n_dist2targ", { targ: 10 })).column("x")).toEqual([0, 0.5, 1.1]);
    expect(normalise(x, one("n_dist2targ", { targ: 10, cap_max: true })).column("x")).toEqual([0, 0.5, 1]);
  });

  it("gives 1.1, 0.9, 0 for a low target, capped to 1, 0.9, 0", () => {
    const x = [{ iCode: "x", values: [-1, 1, 10] }];
    const result = normalise(x, one("n_dist2targ", { targ: 0, direction: -1 })).column("x");
    expectClose(result, [1.1, 0.9, 0]);
    expectClose(
      normalise(x, one("n_dist2targ", { targ: 0, direction: -1, cap_max: true })).column("x"),
      [1, 0.9, 0],
    );
  });

  it("puts 1, 11, −1 between the goalposts 0 and 10, either way round", () => {
    const x = [{ iCode: "x", values: [1, 11, -1] }];
    expectClose(normalise(x, one("n_goalposts", { gposts: [0, 10, 1] })).column("x"), [0.1, 1, 0]);
    expectClose(
      normalise(x, one("n_goalposts", { gposts: [0, 10, 1], direction: -1 })).column("x"),
      [0.9, 0, 1],
    );
  });

  it("applies individual specs and directions (the min of a Direction −1 column scores 100)", () => {
    const a = [0.3, 0.9, 0.1, 0.5, 0.7, 0.2, 0.8, 0.4, 0.6, 0.05];
    const b = [5, 3, 9, 1, 7, 2, 8, 4, 6, 0];
    const result = normalise(
      [
        { iCode: "v1", values: a },
        { iCode: "v2", values: b },
      ],
      { indiv_specs: { v1: { f_n: "n_minmax", f_n_para: { l_u: [1, 10] } }, v2: { f_n: "n_borda" } } },
    );
    expect(Math.min(...(result.column("v1") as number[]))).toBe(1);
    expect(Math.max(...(result.column("v1") as number[]))).toBe(10);
    expect([...(result.column("v2") as number[])].sort((p, q) => p - q)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
    const flipped = normalise([{ iCode: "v1", values: a, direction: -1 }]).column("v1");
    expect(flipped[a.indexOf(0.05)]).toBe(100);
    expect(flipped[a.indexOf(0.9)]).toBe(0);
  });
});

describe("Normalise by hand", () => {
  it("gives tied values the smallest rank and keeps gaps", () => {
    // 5, 3, 5, NA, 1 ranked ascending with ties "min": 3, 2, 3, NA, 1.
    const x = [{ iCode: "x", values: [5, 3, 5, null, 1] }];
    expect(normalise(x, one("n_rank")).column("x")).toEqual([3, 2, 3, null, 1]);
    // Percentile ranks (rank − 1)/(4 available − 1): 2/3, 1/3, 2/3, NA, 0.
    expectClose(normalise(x, one("n_prank")).column("x"), [2 / 3, 1 / 3, 2 / 3, null, 0]);
  });

  it("flips Direction −1 before min-max: 2, 4, 10 become 100, 75, 0", () => {
    expect(normalise([{ iCode: "x", values: [2, 4, 10], direction: -1 }]).column("x")).toEqual([100, 75, 0]);
  });

  it("gives NaN for a constant column with a warning", () => {
    const result = normalise([{ iCode: "x", values: [4, 4, null, 4] }]);
    expect(result.column("x")).toEqual([null, null, null, null]);
    expect(result.diagnostics.map((d) => d.code)).toContain("composite-index/normalise-undefined");
  });

  it("takes directions from another iMeta column or from an object", () => {
    const x = { iCode: "x", values: [2, 4, 10], extra: { Polarity: -1 } };
    expect(normalise([x], { directions: "Polarity" }).column("x")).toEqual([100, 75, 0]);
    expect(normalise([x], { directions: { x: -1 } }).column("x")).toEqual([100, 75, 0]);
  });

  it("refuses n_fracmax and n_dist2ref for Direction −1 in strict only (Q8)", () => {
    const x = [{ iCode: "x", values: [2, 4, 10], direction: -1 as const }];
    expect(normalise(x, one("n_fracmax"), "coinr").column("x")).toEqual([-2 / -2, -4 / -2, -10 / -2]);
    expect(() => normalise(x, one("n_fracmax"), "strict")).toThrow(/not meaningful for x/);
  });

  it("finds the n_dist2ref reference by row in compat and by uCode in strict (Q15)", () => {
    const indicators = [{ iCode: "x", values: [1, 4, 6, 2, 8] }];
    // A screened data set without u01: row 2 is now u03 (6), while the uCode still finds u02 (4).
    const screened: DataSet = {
      units: ["u02", "u03", "u04", "u05"],
      codes: ["x"],
      columns: [Float64Array.from([4, 6, 2, 8])],
    };
    // 1 − (6 − x)/(6 − 2) and 1 − (4 − x)/(4 − 2).
    expect(normalise(indicators, one("n_dist2ref", { iref: 2 }), "coinr", screened).column("x")).toEqual([
      0.5, 1, 0, 1.5,
    ]);
    expect(normalise(indicators, one("n_dist2ref", { iref: "u02" }), "strict", screened).column("x")).toEqual(
      [1, 2, 0, 3],
    );
    expect(() => normalise(indicators, one("n_dist2ref", { iref: 9 }), "coinr")).toThrow(
      /not in the data set/,
    );
  });

  it("lets indiv_specs win over use_iMeta in strict; compat ignores them as COINr does (#68)", () => {
    const indicators = [
      { iCode: "a", values: [1, 2, 3], extra: { minmax_lower: 0, minmax_upper: 1 } },
      { iCode: "b", values: [1, 2, 3], extra: { minmax_lower: 0, minmax_upper: 1 } },
    ];
    const raw = {
      global_specs: { f_n: "n_minmax", f_n_para: "use_iMeta" },
      indiv_specs: { b: { f_n: "n_rank" } },
    };
    const compat = normalise(indicators, raw, "coinr");
    expect(compat.column("b")).toEqual([0, 0.5, 1]);
    expect(compat.diagnostics.map((d) => d.code)).toContain("composite-index/normalise-indiv-ignored");
    const strict = normalise(indicators, raw, "strict");
    expect(strict.column("a")).toEqual([0, 0.5, 1]);
    expect(strict.column("b")).toEqual([1, 2, 3]);
  });

  it("scales a Direction −1 indicator from iMeta bounds unflipped in compat, flipped in strict", () => {
    const x = [
      {
        iCode: "x",
        values: [0, 5, 10],
        direction: -1 as const,
        extra: { scaled_lower: 0, scaled_upper: 10 },
      },
    ];
    const raw = { global_specs: { f_n: "n_scaled", f_n_para: "use_iMeta" } };
    expectClose(normalise(x, raw, "coinr").column("x"), [0, -50, -100]);
    expect(normalise(x, raw, "strict").column("x")).toEqual([100, 50, 0]);
  });

  it("assumes no cap when iMeta has no dist2targ_cap_max column, and says so", () => {
    const result = normalise([{ iCode: "x", values: [0, 5, 11], target: 10 }], {
      global_specs: { f_n: "n_dist2targ", f_n_para: "use_iMeta" },
    });
    expect(result.column("x")).toEqual([0, 0.5, 1.1]);
    expect(result.diagnostics.map((d) => d.code)).toContain("composite-index/normalise-cap-assumed");
  });

  it("names the iMeta cell that lacks a parameter", () => {
    const indicators = [
      { iCode: "a", values: [1, 2], extra: { minmax_lower: 0, minmax_upper: 1 } },
      { iCode: "b", values: [1, 2], extra: { minmax_lower: null, minmax_upper: 1 } },
    ];
    try {
      normalise(indicators, { global_specs: { f_n: "n_minmax", f_n_para: "use_iMeta" } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CompositeIndexError);
      expect((error as CompositeIndexError).where).toBe("iMeta row 2 (minmax_lower)");
    }
  });

  it.each([
    [one("n_maxmin"), "steps[2].global_specs.f_n"],
    [one("n_minmax", { l_u: [0] }), "steps[2].global_specs.f_n_para.l_u"],
    [one("n_minmax", { lu: [0, 1] }), "steps[2].global_specs.f_n_para.lu"],
    [one("n_zscore", { m_sd: [0, 0] }), "steps[2].global_specs.f_n_para.m_sd[1]"],
    [one("n_dist2targ"), "steps[2].global_specs.f_n_para.targ"],
    [one("n_rank", { "ties.method": "random" }), "steps[2].global_specs.f_n_para.ties.method"],
    [{ global_specs: { f_n_para: "use_iMeta" } }, "steps[2].global_specs.f_n"],
    [{ directions: { x: 2 } }, "steps[2].directions.x"],
    [{ indiv_specs: { y: { f_n: "n_rank" } } }, "steps[2].indiv_specs.y"],
  ])("refuses %j at %s", (raw, where) => {
    try {
      normalise([{ iCode: "x", values: [1, 2, 3] }], raw, "strict");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CompositeIndexError);
      expect((error as CompositeIndexError).where).toBe(where);
    }
  });
});

describe("Normalise properties", () => {
  const column = fc.array(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(null)), {
    minLength: 2,
    maxLength: 30,
  });
  const direction = fc.constantFrom(1 as const, -1 as const);
  const check = (
    values: Column,
    dir: 1 | -1,
    raw: Record<string, unknown>,
    inside: (y: number) => boolean,
  ) => {
    for (const y of normalise([{ iCode: "x", values, direction: dir }], raw, "strict").column("x")) {
      if (y !== null) expect(inside(y)).toBe(true);
    }
  };
  const settings = { numRuns: 200, seed: 6 };

  it("keeps min-max within [l, u]", () => {
    fc.assert(
      fc.property(
        column,
        direction,
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: 0.5, max: 100, noNaN: true }),
        (values, dir, l, width) => {
          const u = l + width;
          const slack = 1e-9 * (Math.abs(l) + Math.abs(u));
          check(values, dir, one("n_minmax", { l_u: [l, u] }), (y) => y >= l - slack && y <= u + slack);
        },
      ),
      settings,
    );
  });

  it("keeps truncated goalposts within [0, scale]", () => {
    fc.assert(
      fc.property(
        column,
        direction,
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        fc.double({ min: 1, max: 1e3, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (values, dir, lower, width, scale) => {
          check(
            values,
            dir,
            one("n_goalposts", { gposts: [lower, lower + width, scale] }),
            (y) => y >= 0 && y <= scale,
          );
        },
      ),
      settings,
    );
  });

  it("keeps percentile ranks within [0, 1]", () => {
    fc.assert(
      fc.property(
        column,
        direction,
        fc.constantFrom("min", "max", "average", "first", "last"),
        (values, dir, ties) => {
          check(values, dir, one("n_prank", { "ties.method": ties }), (y) => y >= 0 && y <= 1);
        },
      ),
      settings,
    );
  });

  it("keeps capped distance to target at or below 1", () => {
    fc.assert(
      fc.property(column, direction, fc.double({ min: -1e6, max: 1e6, noNaN: true }), (values, dir, targ) => {
        check(values, dir, one("n_dist2targ", { targ, cap_max: true }), (y) => y <= 1);
      }),
      settings,
    );
  });
});
