import { describe, expect, it } from "vitest";
import golden from "../../test/golden/numeric/sobol-scipy.json" with { type: "json" };
import { SobolSequence, sobolMaxDimensions, sobolPoints } from "./sobol.ts";
import { sobolDirectionNumbers } from "./sobol-direction-numbers.ts";

// Expected points come from test/golden/numeric/sobol-scipy.py: SciPy's
// qmc.Sobol(d, scramble=False), written as integers x·2^30 so the comparison is exact.
describe("Sobol points", () => {
  it("carries Joe & Kuo's first rows as printed in new-joe-kuo-6.21201", () => {
    // Transcribed from the head of the data file (d s a m_i), independently of the generator script.
    expect(sobolDirectionNumbers.slice(0, 6)).toEqual([
      [2, 1, 0, 1],
      [3, 2, 1, 1, 3],
      [4, 3, 1, 1, 3, 1],
      [5, 3, 2, 1, 1, 1],
      [6, 4, 1, 1, 1, 3, 3],
      [7, 4, 4, 1, 3, 5, 13],
    ]);
    expect(sobolMaxDimensions).toBe(128);
  });

  it("starts with the points every Sobol reference prints for two dimensions", () => {
    const points = sobolPoints(8, 2);
    expect(Array.from(points)).toEqual([
      0, 0, 0.5, 0.5, 0.75, 0.25, 0.25, 0.75, 0.375, 0.375, 0.875, 0.875, 0.625, 0.125, 0.125, 0.625,
    ]);
  });

  it("matches SciPy's first 64 points in 128 dimensions", () => {
    const points = sobolPoints(64, 128);
    const scaled = Array.from({ length: 64 }, (_, i) =>
      Array.from(points.subarray(i * 128, (i + 1) * 128), (x) => x * 2 ** 30),
    );
    expect(scaled).toEqual(golden.first64x128);
  });

  it("matches SciPy after fast-forwarding 1000 points", () => {
    const sequence = new SobolSequence(20, { skip: 1000 });
    const point = new Float64Array(20);
    for (const expected of golden.from1000x20) {
      sequence.next(point);
      expect(Array.from(point, (x) => x * 2 ** 30)).toEqual(expected);
    }
  });

  it("puts exactly one point in each dyadic interval of every dimension (a (0,m,1)-net)", () => {
    // Any 2^m consecutive points from index 0 stratify each coordinate into 2^m equal bins.
    const m = 10;
    const n = 2 ** m;
    const d = 40;
    const points = sobolPoints(n, d);
    for (let j = 0; j < d; j += 1) {
      const seen = new Uint8Array(n);
      for (let i = 0; i < n; i += 1) seen[Math.floor((points[i * d + j] as number) * n)] = 1;
      expect(seen.reduce((a, b) => a + b, 0)).toBe(n);
    }
  });

  it("refuses dimensions it has no numbers for", () => {
    expect(() => new SobolSequence(0)).toThrow(RangeError);
    expect(() => new SobolSequence(129)).toThrow(RangeError);
  });
});
