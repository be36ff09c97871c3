/**
 * calcAll on generated tables against the plain implementation of test/input-output/reference-io.ts
 * (Gauss–Jordan inverse, X = L·Ŷ formed), to 1e-9 relative with a floor of 1e-12 of each matrix's
 * largest entry (the spec's comparison); then fast-check properties: the accounting identities,
 * linearity in Y, and both ways of finding the domestic part of D_imp agreeing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closeTo, type Plain } from "../../test/input-output/gauss-jordan.ts";
import { type GeneratedShape, generatedSystem } from "../../test/input-output/generated-system.ts";
import { referenceCalcAll } from "../../test/input-output/reference-io.ts";
import { type CalcAllOptions, calcAll, type ExtensionResult } from "./calc-all.ts";
import { type DenseMatrix, denseMatrix, toRows } from "./dense-matrix.ts";

const ACCOUNTS = [
  "S",
  "S_Y",
  "M",
  "M_down",
  "D_cba",
  "D_pba",
  "D_imp",
  "D_exp",
  "D_cba_reg",
  "D_pba_reg",
  "D_imp_reg",
  "D_exp_reg",
  "D_cba_cap",
  "D_pba_cap",
  "D_imp_cap",
  "D_exp_cap",
] as const;

function compare(shape: GeneratedShape, options: CalcAllOptions) {
  const { plain, input } = generatedSystem(shape);
  const expected = referenceCalcAll(plain);
  const result = calcAll(input, { includeL: true, includeGhosh: true, ...options });
  const extension = result.extensions[0] as ExtensionResult;
  const problems: string[] = [];
  const check = (name: string, got: Plain, exp: Plain) => {
    const problem = closeTo(got, exp, 1e-9, 1e-12);
    if (problem !== undefined) problems.push(`${name}: ${problem}`);
  };
  check("x", [Array.from(result.x)], [expected.x]);
  for (const key of ["A", "L", "B", "G"] as const)
    check(key, toRows(result[key] as DenseMatrix), expected[key]);
  for (const key of ACCOUNTS) check(key, toRows(extension[key] as DenseMatrix), expected[key]);
  return problems;
}

describe("calcAll against the explicit-inverse reference", () => {
  it.each([
    [1, 1, 1, 1],
    [2, 3, 2, 2],
    [3, 5, 3, 4],
    [4, 15, 7, 3],
    [6, 10, 2, 5],
    [1, 60, 2, 2],
  ])("%i regions × %i sectors, %i categories, %i stressors", (R, P, C, K) => {
    expect(compare({ R, P, C, K, seed: R * 1000 + P * 10 + K }, { blockSize: 8 })).toEqual([]);
  });

  it("K·R > n takes the domestic part from L, and it agrees with the reference", () => {
    expect(compare({ R: 5, P: 2, C: 2, K: 4, seed: 77 }, { domesticPart: "auto" })).toEqual([]);
    expect(compare({ R: 3, P: 4, C: 2, K: 2, seed: 78 }, { domesticPart: "inverse" })).toEqual([]);
    expect(compare({ R: 5, P: 2, C: 2, K: 4, seed: 79 }, { domesticPart: "solves" })).toEqual([]);
  });

  it("a sector without output: zero columns of A and S (safe reciprocal), G from its own LU of I − B", () => {
    for (const zeroOutput of [0, 4, 11]) {
      expect(compare({ R: 3, P: 4, C: 2, K: 3, seed: 40 + zeroOutput, zeroOutput }, {})).toEqual([]);
      const { input } = generatedSystem({ R: 3, P: 4, C: 2, K: 3, seed: 40 + zeroOutput, zeroOutput });
      const result = calcAll(input);
      expect(result.x[zeroOutput]).toBe(0);
      const extension = result.extensions[0] as ExtensionResult;
      for (let i = 0; i < 12; i += 1) expect(result.A.data[i * 12 + zeroOutput]).toBe(0);
      for (let k = 0; k < 3; k += 1) expect(extension.S.data[k * 12 + zeroOutput]).toBe(0);
    }
  });

  it("forms L only when asked, and Ghosh without L", () => {
    const { input } = generatedSystem({ R: 2, P: 3, C: 2, K: 1, seed: 5 });
    const result = calcAll(input);
    expect(result.L).toBeUndefined();
    expect(result.G).toBeUndefined();
    expect((result.extensions[0] as ExtensionResult).M_down).toBeUndefined();
    const ghosh = calcAll(input, { includeGhosh: true });
    expect(ghosh.L).toBeUndefined();
    expect(ghosh.G).toBeDefined();
  });
});

const shapes = fc.record({
  R: fc.integer({ min: 1, max: 4 }),
  P: fc.integer({ min: 1, max: 5 }),
  C: fc.integer({ min: 1, max: 3 }),
  K: fc.integer({ min: 1, max: 3 }),
  seed: fc.integer(),
});

const total = (m: DenseMatrix) => m.data.reduce((s, v) => s + v, 0);
const near = (a: number, b: number, scale: number) => Math.abs(a - b) <= 1e-10 * scale;

describe("accounting identities (spec §2.5)", () => {
  it("Σ D_cba = Σ D_pba, Σ D_imp = Σ D_exp, and per region cba − pba = imp − exp", () => {
    fc.assert(
      fc.property(shapes, (shape) => {
        const { input } = generatedSystem(shape);
        for (const e of calcAll(input).extensions) {
          const scale = e.D_pba.data.reduce((s, v) => s + Math.abs(v), 0) + 1;
          expect(near(total(e.D_cba), total(e.D_pba), scale)).toBe(true);
          expect(near(total(e.D_imp), total(e.D_exp), scale)).toBe(true);
          for (let k = 0; k < e.D_cba_reg.data.length; k += 1) {
            const lhs = (e.D_cba_reg.data[k] as number) - (e.D_pba_reg.data[k] as number);
            const rhs = (e.D_imp_reg.data[k] as number) - (e.D_exp_reg.data[k] as number);
            expect(near(lhs, rhs, scale)).toBe(true);
          }
        }
      }),
      { numRuns: 80 },
    );
  });

  it("on a balanced table D_pba is F (where x > 0)", () => {
    const { input } = generatedSystem({ R: 3, P: 4, C: 2, K: 2, seed: 11 });
    const e = calcAll(input).extensions[0] as ExtensionResult;
    expect(closeTo(toRows(e.D_pba), toRows(e.F), 1e-12)).toBeUndefined();
  });
});

describe("linearity in Y (A and S fixed: pymrio's EXIOBASE case)", () => {
  it("x, F and every D_ account of Y₁ + c·Y₂ are those of Y₁ plus c times those of Y₂", () => {
    fc.assert(
      fc.property(
        shapes,
        fc.integer({ min: 2, max: 1000 }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        (shape, seed2, c) => {
          const { input } = generatedSystem(shape);
          const base = calcAll(input);
          const y2 = generatedSystem({ ...shape, seed: seed2 }).input.Y;
          const combined = denseMatrix(
            y2.rows,
            y2.cols,
            input.Y.data.map((v, i) => v + c * (y2.data[i] as number)),
          );
          const run = (y: DenseMatrix) =>
            calcAll({
              regions: input.regions,
              sectors: input.sectors,
              categories: input.categories,
              A: base.A,
              Y: y,
              extensions: base.extensions.map((e) => ({ name: e.name, rowLabels: e.rowLabels, S: e.S })),
            });
          const [r1, r2, r12] = [run(input.Y), run(y2), run(combined)];
          // D_imp and D_exp are differences (all zero for one region): their floor is D_cba's size.
          const footprint = (r: typeof r1) => (r.extensions[0] as ExtensionResult).D_cba.data;
          const size = (v: Float64Array) => v.reduce((m, e) => Math.max(m, Math.abs(e)), 0);
          const scale = size(footprint(r1)) + Math.abs(c) * size(footprint(r2));
          const expectLinear = (get: (r: typeof r1) => Float64Array, floorScale?: number) => {
            const a = get(r1);
            const b = get(r2);
            const expected = Array.from(a, (v, i) => v + c * (b[i] as number));
            const s = floorScale ?? size(a) + Math.abs(c) * size(b);
            expect(closeTo([Array.from(get(r12))], [expected], 1e-9, 1e-12, s)).toBeUndefined();
          };
          expectLinear((r) => r.x);
          for (const key of ["F", "D_cba", "D_pba", "D_imp", "D_exp", "D_cba_reg"] as const) {
            expectLinear((r) => (r.extensions[0] as ExtensionResult)[key].data, scale);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

it("the A-with-x and A-with-Y entries reproduce the Z entry", () => {
  const { input } = generatedSystem({ R: 2, P: 3, C: 2, K: 2, seed: 3 });
  const fromZ = calcAll(input);
  const { Z: _z, ...rest } = input;
  for (const variant of [calcAll({ ...rest, A: fromZ.A, x: fromZ.x }), calcAll({ ...rest, A: fromZ.A })]) {
    expect(closeTo([Array.from(variant.x)], [Array.from(fromZ.x)], 1e-12)).toBeUndefined();
    expect(closeTo(toRows(variant.Z), toRows(fromZ.Z), 1e-12, 1e-12)).toBeUndefined();
    const [a, b] = [variant.extensions[0], fromZ.extensions[0]] as ExtensionResult[];
    expect(
      closeTo(toRows((a as ExtensionResult).D_cba), toRows((b as ExtensionResult).D_cba), 1e-12, 1e-12),
    ).toBeUndefined();
  }
});
