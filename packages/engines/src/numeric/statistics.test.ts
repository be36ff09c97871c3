import { describe, expect, it } from "vitest";
import reference from "../../test/golden/composite-index/treat-normalise-reference.json" with {
  type: "json",
};
import {
  countAvailable,
  excessKurtosis,
  maximumAvailable,
  mean,
  median,
  minimumAvailable,
  sampleStandardDeviation,
  sampleVariance,
  skewness,
  skewnessAndKurtosis,
} from "./statistics.ts";

const nan = Number.NaN;
const fromJson = (values: readonly (number | null)[]) => Float64Array.from(values, (value) => value ?? nan);

describe("statistics by hand", () => {
  it("skips missing values in the mean, median and extremes", () => {
    expect(mean([1, 2, nan, 3])).toBe(2);
    expect(median([3, nan, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(minimumAvailable([nan, 4, -1])).toBe(-1);
    expect(maximumAvailable([nan, 4, -1])).toBe(4);
    expect(countAvailable([nan, 4, -1])).toBe(2);
  });

  it("is NaN with nothing available", () => {
    for (const f of [mean, median, minimumAvailable, maximumAvailable, sampleVariance])
      expect(f([nan, nan])).toBeNaN();
  });

  it("divides by n − 1 for the variance", () => {
    // Σ(x − 5)² = 32 over 8 values: sample variance 32/7.
    expect(sampleVariance([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(32 / 7, 14);
    expect(sampleStandardDeviation([1])).toBeNaN();
  });

  it("gives G1 = √3 for (0, 0, 3) and G2 = 4 for (0, 0, 0, 4)", () => {
    // (0,0,3): d = (−1,−1,2), Σd² = 6, Σd³ = 6: √3·6/6^1.5 · √6/1 = √3.
    expect(skewness([0, 0, 3])).toBeCloseTo(Math.sqrt(3), 14);
    // (0,0,0,4): Σd² = 12, Σd⁴ = 84, r = 4·84/144 = 7/3: ((5)(7/3 − 3) + 6)·3/(2·1) = 4.
    expect(excessKurtosis([0, 0, 0, 4])).toBeCloseTo(4, 13);
    expect(skewness([4, 0, 0])).toBeCloseTo(skewness([0, 4, 0]), 15);
  });

  it("is NaN below the minimum count and for a constant column", () => {
    expect(skewness([1, nan, 2])).toBeNaN();
    expect(excessKurtosis([1, 2, 3])).toBeNaN();
    expect(skewness([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1])).toBeNaN();
    expect(excessKurtosis([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1])).toBeNaN();
  });

  it("is negative for a long left tail", () => {
    expect(skewness([-50, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBeLessThan(-2);
  });
});

describe("statistics against base R", () => {
  // Expected values: mean, median, sd, var of base R and the G1/G2 formulas written out in
  // test/golden/composite-index/treat-normalise-reference.R.
  const cases = Object.entries(reference).filter(([name]) => name.startsWith("stats_"));

  it.each(cases)("%s", (_, value) => {
    const entry = value as Record<string, (number | null)[]>;
    const x = fromJson(entry["input"] ?? []);
    const expectOne = (actual: number, name: string) =>
      expect(actual).toBeCloseTo(entry[name]?.[0] as number, 12);
    expectOne(mean(x), "mean");
    expectOne(median(x), "median");
    expectOne(sampleStandardDeviation(x), "sd");
    expectOne(sampleVariance(x), "variance");
    expectOne(skewness(x), "skew");
    expectOne(excessKurtosis(x), "kurt");
  });
});

describe("skewnessAndKurtosis", () => {
  it("equals the two statistics computed apart", () => {
    for (const values of [
      [1, 2, 3, 4, 5, 60],
      [2, Number.NaN, 4, 7, 1, 9, 30],
      [0, 0, 3],
      [5, 5, 5, 5],
    ]) {
      const { skew, kurt } = skewnessAndKurtosis(values);
      expect(skew).toBe(skewness(values));
      expect(kurt).toBe(excessKurtosis(values));
    }
  });
});
