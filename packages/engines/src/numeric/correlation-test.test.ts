/**
 * Correlations and their p-values against R's cor(use = "pairwise.complete.obs") and cor.test,
 * printed by test/golden/composite-index/aggregate-weights-reference.R for every pair of three data
 * sets: the reference coin (8 units, missing cells, no ties: exact Spearman and Kendall), `ties`
 * (10 units with ties: t and normal approximations) and `long` (12 units, no ties: AS 89's
 * Edgeworth series). Plus the normal and t distribution functions against values printed by R.
 */
import { describe, expect, it } from "vitest";
import { reference } from "../../test/composite-index/reference-coin.ts";
import { type CorrelationMethod, correlationTest } from "./correlation-test.ts";
import { normalCdf, studentTCdf } from "./distributions.ts";

type Columns = Record<string, readonly (number | null)[]>;
const sets: Record<string, Columns> = { X: reference.data, ties: reference.ties, long: reference.long };
const column = (values: readonly (number | null)[]) =>
  Float64Array.from(values, (value) => value ?? Number.NaN);

describe("correlationTest", () => {
  for (const method of ["pearson", "spearman", "kendall"] as CorrelationMethod[]) {
    for (const [name, pairs] of Object.entries(reference.correlations[method])) {
      it(`reproduces R's ${method} estimate and p-value on ${name}`, () => {
        const data = sets[name] as Columns;
        for (const pair of pairs) {
          const result = correlationTest(column(data[pair.a] ?? []), column(data[pair.b] ?? []), method);
          expect(result.n, `${pair.a}-${pair.b}`).toBe(pair.n);
          expect(result.estimate, `${pair.a}-${pair.b}`).toBeCloseTo(pair.r, 13);
          const tolerance = Math.max(1e-13, 1e-10 * pair.p);
          expect(Math.abs(result.pValue - pair.p), `${pair.a}-${pair.b} p`).toBeLessThan(tolerance);
        }
      });
    }
  }

  it("gives NaN for a constant column and for Pearson with fewer than 3 pairs", () => {
    expect(correlationTest([1, 1, 1, 1], [1, 2, 3, 4]).estimate).toBeNaN();
    expect(correlationTest([1, 2, Number.NaN], [3, 1, 2]).pValue).toBeNaN();
  });
});

describe("distribution functions", () => {
  // R: pnorm(c(-1.96, 0.5, -8.2, 3)), pt(c(2.1, -0.7, 12), df = c(5, 1, 30)).
  it("agree with R's pnorm and pt", () => {
    expect(normalCdf(-1.96)).toBeCloseTo(0.024997895148220428, 15);
    expect(normalCdf(0.5)).toBeCloseTo(0.69146246127401301, 15);
    expect(normalCdf(-8.2) / 1.2019351542735859e-16).toBeCloseTo(1, 12);
    expect(normalCdf(3, false)).toBeCloseTo(0.0013498980316300946, 15);
    expect(studentTCdf(2.1, 5)).toBeCloseTo(0.95512337505770062, 14);
    expect(studentTCdf(-0.7, 1)).toBeCloseTo(0.30559988778578528, 14);
    expect(studentTCdf(12, 30, false) / 2.7900927075996303e-13).toBeCloseTo(1, 12);
  });
});
