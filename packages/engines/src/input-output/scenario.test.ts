/**
 * Final-demand shocks against recomputing from scratch with calcAll on (A, Y', S, and S_Y or the
 * baseline's F_Y), pymrio's scenario recipe (reset_all_to_coefficients, new Y, calc_all); Miller &
 * Blair's new final demand; linearity of Δx and ΔF in ΔY.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closeTo, type Plain } from "../../test/input-output/gauss-jordan.ts";
import { generatedSystem } from "../../test/input-output/generated-system.ts";
import { calcAll, type ExtensionResult } from "./calc-all.ts";
import { type DenseMatrix, denseMatrix, fromRows, toRows } from "./dense-matrix.ts";
import { createBaseline, type ExtensionShock, shockFinalDemand } from "./scenario.ts";

const row = (v: Float64Array): Plain => [Array.from(v)];

describe("Miller & Blair §2.3: new final demand f = [600, 1500]", () => {
  const baseline = createBaseline({
    regions: ["economy"],
    sectors: ["1", "2"],
    categories: ["f"],
    Z: fromRows([
      [150, 500],
      [200, 100],
    ]),
    Y: fromRows([[350], [1700]]),
  });
  it("x' = L·f = [1247.52, 1841.58] and Δx = x' − [1000, 2000]", () => {
    const shock = shockFinalDemand(baseline, { Y: fromRows([[600], [1500]]) }, { fy: "pymrio" });
    // Exactly [945, 1395] / 0.7575.
    expect(closeTo(row(shock.x), [[945 / 0.7575, 1395 / 0.7575]], 1e-14, 0)).toBeUndefined();
    expect(Array.from(shock.x, (v) => Number(v.toFixed(2)))).toEqual([1247.52, 1841.58]);
    expect(
      closeTo(row(shock.deltaX), [[945 / 0.7575 - 1000, 1395 / 0.7575 - 2000]], 1e-12, 0),
    ).toBeUndefined();
  });
});

const randomY = (rows: number, cols: number, seed: number): DenseMatrix => {
  const { input } = generatedSystem({ R: 1, P: rows, C: cols, K: 1, seed });
  return input.Y;
};

describe.each(["pymrio", "fixed"] as const)("shockFinalDemand, F_Y %s", (fy) => {
  it("matches calcAll from scratch on the coefficients and Y' (x, Z, F, F_Y and every account)", () => {
    fc.assert(
      fc.property(
        fc.record({
          R: fc.integer({ min: 1, max: 3 }),
          P: fc.integer({ min: 1, max: 4 }),
          C: fc.integer({ min: 1, max: 3 }),
          K: fc.integer({ min: 1, max: 3 }),
          seed: fc.integer(),
        }),
        (shape) => {
          const { input } = generatedSystem(shape);
          const baseline = createBaseline(input);
          const n = shape.R * shape.P;
          const newY = randomY(n, shape.R * shape.C, shape.seed + 1);
          const shock = shockFinalDemand(baseline, { Y: newY }, { fy, includeAccounts: true });
          const base = baseline.result.extensions[0] as ExtensionResult;
          const scratch = calcAll({
            regions: input.regions,
            sectors: input.sectors,
            categories: input.categories,
            A: baseline.result.A,
            Y: newY,
            ...(input.population !== undefined ? { population: input.population } : {}),
            extensions: [
              {
                name: base.name,
                rowLabels: base.rowLabels,
                S: base.S,
                ...(fy === "pymrio" ? { S_Y: base.S_Y as DenseMatrix } : { F_Y: base.F_Y as DenseMatrix }),
              },
            ],
          });
          const got = shock.extensions[0] as ExtensionShock;
          const want = scratch.extensions[0] as ExtensionResult;
          expect(closeTo(row(shock.x), row(scratch.x), 1e-12)).toBeUndefined();
          expect(closeTo(toRows(shock.Z), toRows(scratch.Z), 1e-12, 1e-12)).toBeUndefined();
          expect(closeTo(toRows(got.F), toRows(want.F), 1e-12, 1e-12)).toBeUndefined();
          expect(
            closeTo(toRows(got.F_Y as DenseMatrix), toRows(want.F_Y as DenseMatrix), 1e-12, 1e-12),
          ).toBeUndefined();
          for (const key of [
            "D_cba",
            "D_pba",
            "D_imp",
            "D_exp",
            "D_cba_reg",
            "D_pba_reg",
            "D_imp_reg",
            "D_exp_reg",
            "D_cba_cap",
          ] as const) {
            const a = (got.accounts as ExtensionResult)[key] as DenseMatrix;
            // D_imp and D_exp are differences (zero for one region): their floor is D_cba's size.
            const scale = Math.max(...want.D_cba.data.map(Math.abs));
            expect(
              closeTo(toRows(a), toRows(want[key] as DenseMatrix), 1e-10, 1e-12, scale),
              key,
            ).toBeUndefined();
          }
          // Δx = x' − x and ΔF = F' − F on a balanced baseline, to rounding of x (the floor's scale:
          // a shock of zero leaves x' − x at rounding size while Δx is exactly 0).
          const size = (v: Float64Array) => v.reduce((m, e) => Math.max(m, Math.abs(e)), 0);
          const xMinus = [Array.from(shock.x, (v, i) => v - (baseline.result.x[i] as number))];
          expect(closeTo(row(shock.deltaX), xMinus, 1e-9, 1e-12, size(shock.x))).toBeUndefined();
          const fMinus = denseMatrix(
            got.F.rows,
            got.F.cols,
            got.F.data.map((v, i) => v - (base.F.data[i] as number)),
          );
          expect(closeTo(toRows(got.deltaF), toRows(fMinus), 1e-9, 1e-12, size(got.F.data))).toBeUndefined();
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("shockFinalDemand forms and invariants", () => {
  const { input } = generatedSystem({ R: 2, P: 3, C: 2, K: 2, seed: 21 });
  const baseline = createBaseline(input);

  it("{ deltaY } and { Y: Y + deltaY } give the same result", () => {
    const delta = randomY(6, 4, 4);
    const a = shockFinalDemand(baseline, { deltaY: delta }, { fy: "pymrio" });
    const yNew = denseMatrix(
      6,
      4,
      input.Y.data.map((v, i) => v + (delta.data[i] as number)),
    );
    const b = shockFinalDemand(baseline, { Y: yNew }, { fy: "pymrio" });
    expect(closeTo(row(a.x), row(b.x), 1e-14)).toBeUndefined();
    expect(closeTo(row(a.deltaX), row(b.deltaX), 1e-12, 1e-14)).toBeUndefined();
  });

  it("a zero shock changes nothing, exactly; F_Y 'fixed' keeps F_Y while 'pymrio' rescales it", () => {
    const zero = shockFinalDemand(baseline, { deltaY: denseMatrix(6, 4) }, { fy: "pymrio" });
    expect(zero.deltaX.every((v) => v === 0)).toBe(true);
    expect((zero.extensions[0] as ExtensionShock).deltaF.data.every((v) => v === 0)).toBe(true);
    const doubled = denseMatrix(
      6,
      4,
      input.Y.data.map((v) => 2 * v),
    );
    const baseFy = (baseline.result.extensions[0] as ExtensionResult).F_Y as DenseMatrix;
    const fixed = shockFinalDemand(baseline, { Y: doubled }, { fy: "fixed" }).extensions[0] as ExtensionShock;
    expect(fixed.F_Y).toEqual(baseFy);
    const pymrio = shockFinalDemand(baseline, { Y: doubled }, { fy: "pymrio" })
      .extensions[0] as ExtensionShock;
    // Doubling every column total doubles F_Y where the column total is not zero.
    expect(
      closeTo(
        toRows(pymrio.F_Y as DenseMatrix),
        toRows(baseFy).map((r) => r.map((v) => 2 * v)),
        1e-14,
      ),
    ).toBeUndefined();
  });

  it("Δx and ΔF are linear in ΔY", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), fc.double({ min: -5, max: 5, noNaN: true }), (s1, s2, c) => {
        const d1 = randomY(6, 4, s1);
        const d2 = randomY(6, 4, s2);
        const d12 = denseMatrix(
          6,
          4,
          d1.data.map((v, i) => v + c * (d2.data[i] as number)),
        );
        const run = (deltaY: DenseMatrix) => shockFinalDemand(baseline, { deltaY }, { fy: "fixed" });
        const [r1, r2, r12] = [run(d1), run(d2), run(d12)];
        const combine = (a: Float64Array, b: Float64Array) => [
          Array.from(a, (v, i) => v + c * (b[i] as number)),
        ];
        expect(closeTo(row(r12.deltaX), combine(r1.deltaX, r2.deltaX), 1e-9, 1e-12)).toBeUndefined();
        const f = (r: typeof r1) => (r.extensions[0] as ExtensionShock).deltaF.data;
        expect(closeTo(row(f(r12)), combine(f(r1), f(r2)), 1e-9, 1e-12)).toBeUndefined();
      }),
      { numRuns: 50 },
    );
  });

  it("leaves the baseline as it was", () => {
    const before = Float64Array.from(baseline.result.x);
    const yBefore = Float64Array.from(input.Y.data);
    shockFinalDemand(baseline, { deltaY: randomY(6, 4, 9) }, { fy: "pymrio", includeAccounts: true });
    expect(baseline.result.x).toEqual(before);
    expect(input.Y.data).toEqual(yBefore);
  });

  it("refuses a shock of the wrong shape, or with a NaN, by name", () => {
    expect(() => shockFinalDemand(baseline, { deltaY: denseMatrix(6, 3) }, { fy: "pymrio" })).toThrow(
      "deltaY: has 3 columns, expected 4 (as the baseline's Y)",
    );
    const bad = denseMatrix(6, 4);
    bad.data[5] = Number.NaN;
    expect(() => shockFinalDemand(baseline, { Y: bad }, { fy: "pymrio" })).toThrow(
      "Y row (reg1, sec2), column (reg1, cat2): is NaN, not a finite number",
    );
  });
});
