import { describe, expect, it } from "vitest";
import golden from "../../test/golden/composite-index/uncertainty-summaries.json" with { type: "json" };
import { createRandom } from "../numeric/random.ts";
import { bootstrapSensitivity, sensitivityIndices } from "./sensitivity-indices.ts";
import { sampleDesign } from "./uncertainty-design.ts";

/** Runs a model over every row of a design. */
function evaluate(design: Float64Array, d: number, model: (u: Float64Array) => number): Float64Array {
  const rows = design.length / d;
  return Float64Array.from({ length: rows }, (_, r) => model(design.subarray(r * d, (r + 1) * d)));
}

// The Ishigami function on [−π, π]³ with a = 7, b = 0.1, and its analytic partial variances
// (Ishigami & Homma 1990; Saltelli et al., Global Sensitivity Analysis: The Primer, 2008):
// V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2, V1 = (1 + bπ⁴/5)²/2, V2 = a²/8, V13 = 8b²π⁸/225.
const a = 7;
const b = 0.1;
const ishigami = (u: Float64Array) => {
  const [x1, x2, x3] = Array.from(u, (v) => -Math.PI + 2 * Math.PI * v) as [number, number, number];
  return Math.sin(x1) + a * Math.sin(x2) ** 2 + b * x3 ** 4 * Math.sin(x1);
};
const variance = a ** 2 / 8 + (b * Math.PI ** 4) / 5 + (b ** 2 * Math.PI ** 8) / 18 + 0.5;
const v1 = (1 + (b * Math.PI ** 4) / 5) ** 2 / 2;
const v2 = a ** 2 / 8;
const v13 = (8 * b ** 2 * Math.PI ** 8) / 225;
const analytic = {
  first: [v1 / variance, v2 / variance, 0],
  total: [(v1 + v13) / variance, v2 / variance, v13 / variance],
};

describe("sensitivityIndices", () => {
  it("has the analytic Ishigami values the literature quotes", () => {
    expect(analytic.first[0]).toBeCloseTo(0.3139, 4);
    expect(analytic.first[1]).toBeCloseTo(0.4424, 4);
    expect(analytic.total[0]).toBeCloseTo(0.5576, 4);
    expect(analytic.total[2]).toBeCloseTo(0.2437, 4);
  });

  it("recovers the Ishigami indices from a Sobol Saltelli design", () => {
    const n = 2 ** 14;
    const design = sampleDesign({ n, d: 3, sa: true, sampler: "sobol", random: createRandom(0) });
    const result = sensitivityIndices(evaluate(design, 3, ishigami), n, 3);
    for (let i = 0; i < 3; i += 1) {
      expect(Math.abs((result.first[i] as number) - (analytic.first[i] as number))).toBeLessThan(0.01);
      expect(Math.abs((result.total[i] as number) - (analytic.total[i] as number))).toBeLessThan(0.01);
    }
    expect(result.variance).toBeCloseTo(variance, 1);
  });

  it("recovers the Ishigami indices from a seeded random Saltelli design", () => {
    const n = 20_000;
    const design = sampleDesign({ n, d: 3, sa: true, sampler: "random", random: createRandom(11) });
    const result = sensitivityIndices(evaluate(design, 3, ishigami), n, 3);
    // Plain Monte Carlo converges as 1/√N; 0.04 is several standard errors at N = 20,000.
    for (let i = 0; i < 3; i += 1) {
      expect(Math.abs((result.first[i] as number) - (analytic.first[i] as number))).toBeLessThan(0.04);
      expect(Math.abs((result.total[i] as number) - (analytic.total[i] as number))).toBeLessThan(0.04);
    }
  });

  it("gives exactly zero to an input the output ignores (COINr's own check)", () => {
    const n = 100;
    const design = sampleDesign({ n, d: 3, sa: true, sampler: "random", random: createRandom(3) });
    const result = sensitivityIndices(
      evaluate(design, 3, (u) => (u[0] as number) + 10 * (u[1] as number)),
      n,
      3,
    );
    expect(result.first[2]).toBe(0);
    expect(result.total[2]).toBe(0);
  });

  it("matches the plain R formulas of uncertainty-summaries.R", () => {
    const g = golden.sensitivity;
    const result = sensitivityIndices(g.y, g.n, g.d);
    expect(result.variance).toBeCloseTo(g.variance, 12);
    for (let i = 0; i < g.d; i += 1) {
      expect(result.first[i]).toBeCloseTo(g.si[i] as number, 12);
      expect(result.total[i]).toBeCloseTo(g.sti[i] as number, 12);
    }
  });

  it("computes a hand-worked case", () => {
    // N = 2, d = 1: y_A = (1, 3), y_B = (2, 4), y_AB1 = (2, 4). V = var(1, 3, 2, 4) = 5/3;
    // S1 = mean(2·(2 − 1), 4·(4 − 3)) / V = 3/(5/3) = 1.8; ST1 = (1 + 1)/(2·2·5/3) = 0.3.
    const result = sensitivityIndices([1, 3, 2, 4, 2, 4], 2, 1);
    expect(result.variance).toBeCloseTo(5 / 3, 14);
    expect(result.first[0]).toBeCloseTo(1.8, 14);
    expect(result.total[0]).toBeCloseTo(0.3, 14);
  });

  it("propagates a failed replication in coinr mode and skips its row in strict mode", () => {
    // N = 3, d = 1; replication AB1 row 2 failed. Strict keeps rows 1 and 3 for the input and all
    // six A/B values for V: y_A = (1, 3, 5), y_B = (2, 4, 6) → V = 3.5;
    // S1 = mean(2·(1.5 − 1), 6·(5.5 − 5)) / 3.5 = 2/3.5; ST1 = (0.25 + 0.25)/(2·2·3.5).
    const y = [1, 3, 5, 2, 4, 6, 1.5, Number.NaN, 5.5];
    const coinr = sensitivityIndices(y, 3, 1, "propagate");
    expect(coinr.first[0]).toBeNaN();
    expect(coinr.total[0]).toBeNaN();
    const strict = sensitivityIndices(y, 3, 1, "complete-rows");
    expect(strict.variance).toBeCloseTo(3.5, 14);
    expect(strict.first[0]).toBeCloseTo(2 / 3.5, 14);
    expect(strict.total[0]).toBeCloseTo(0.5 / 14, 14);
    expect(Array.from(strict.rowsUsed)).toEqual([2]);
  });

  it("refuses an output of the wrong length", () => {
    expect(() => sensitivityIndices([1, 2, 3], 2, 1)).toThrow(RangeError);
  });
});

describe("bootstrapSensitivity", () => {
  it("resamples the per-row terms as a hand-worked draw says", () => {
    // N = 2, d = 1, y_A = (1, 3), y_B = (2, 4), y_AB1 = (2, 4): first-order terms (2, 4), total
    // terms (−1, −1), V = 5/3. One draw with U = 0.1, 0.9 (rows 1, 2) for S and 0.6, 0.7 for ST:
    // S* = mean(2, 4)/V = 1.8; ST* = (1 + 1)/(2·2·V) = 0.3. With one draw every quantile is it.
    const stream = [0.1, 0.9, 0.6, 0.7];
    const random = () => stream.shift() as number;
    const out = bootstrapSensitivity([1, 3, 2, 4, 2, 4], 2, 1, 1, random);
    expect(out.firstQ5[0]).toBeCloseTo(1.8, 14);
    expect(out.firstQ95[0]).toBeCloseTo(1.8, 14);
    expect(out.totalQ95[0]).toBeCloseTo(0.3, 14);
    // Rows 1, 1 then 2, 2: S* = mean(2, 2)/V = 1.2.
    const again = [0.1, 0.2, 0.6, 0.7];
    expect(
      bootstrapSensitivity([1, 3, 2, 4, 2, 4], 2, 1, 1, () => again.shift() as number).firstQ5[0],
    ).toBeCloseTo(1.2, 14);
  });

  it("collapses to zero for an input the output ignores and brackets the estimates of the others", () => {
    const n = 500;
    const design = sampleDesign({ n, d: 3, sa: true, sampler: "random", random: createRandom(21) });
    const y = evaluate(design, 3, ishigami);
    const point = sensitivityIndices(y, n, 3);
    const out = bootstrapSensitivity(y, n, 3, 200, createRandom(21, 1));
    // x3 alone has no first-order effect on the Ishigami function, but its terms are not all 0
    // (it interacts with x1); use an output that ignores x3 entirely for the degenerate check.
    const ignoring = bootstrapSensitivity(
      evaluate(design, 3, (u) => (u[0] as number) + (u[1] as number)),
      n,
      3,
      50,
      createRandom(3),
    );
    expect([ignoring.firstQ5[2], ignoring.firstQ95[2], ignoring.totalQ5[2], ignoring.totalQ95[2]]).toEqual([
      0, 0, 0, 0,
    ]);
    for (let i = 0; i < 3; i += 1) {
      expect(out.firstQ5[i]).toBeLessThanOrEqual(point.first[i] as number);
      expect(out.firstQ95[i]).toBeGreaterThanOrEqual(point.first[i] as number);
      expect(out.totalQ5[i]).toBeLessThanOrEqual(point.total[i] as number);
      expect(out.totalQ95[i]).toBeGreaterThanOrEqual(point.total[i] as number);
    }
  });
});
