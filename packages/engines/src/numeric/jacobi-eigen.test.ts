/**
 * The Jacobi eigen-solver: a hand case, R's `eigen(M, symmetric = TRUE)` on a 4×4 matrix with a
 * negative eigenvalue (printed by test/golden/composite-index/aggregate-weights-reference.R), and the
 * defining properties A·v = λ·v with orthonormal v on random symmetric matrices.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { reference } from "../../test/composite-index/reference-coin.ts";
import { symmetricEigen } from "./jacobi-eigen.ts";

describe("symmetricEigen", () => {
  it("diagonalises [[2, 1], [1, 2]] into 3 and 1 with vectors (1, ±1)/√2", () => {
    const { values, vectors } = symmetricEigen([
      [2, 1],
      [1, 2],
    ]);
    expect(Array.from(values)).toEqual([expect.closeTo(3, 14), expect.closeTo(1, 14)]);
    expect(Math.abs((vectors[0] as Float64Array)[0] as number)).toBeCloseTo(Math.SQRT1_2, 14);
    expect(
      ((vectors[0] as Float64Array)[0] as number) * ((vectors[0] as Float64Array)[1] as number),
    ).toBeGreaterThan(0);
    expect(
      ((vectors[1] as Float64Array)[0] as number) * ((vectors[1] as Float64Array)[1] as number),
    ).toBeLessThan(0);
  });

  it("agrees with R's eigen on values and on vectors up to sign", () => {
    const { values, vectors } = symmetricEigen(reference.eigen.matrix);
    reference.eigen.values.forEach((value, k) => {
      expect(values[k]).toBeCloseTo(value, 12);
    });
    reference.eigen.vectors.forEach((expected, k) => {
      const actual = vectors[k] as Float64Array;
      const sign = Math.sign((actual[0] as number) * (expected[0] as number));
      expected.forEach((entry, i) => {
        expect((actual[i] as number) * sign).toBeCloseTo(entry, 12);
      });
    });
  });

  const symmetric = fc
    .integer({ min: 1, max: 7 })
    .chain((n) =>
      fc
        .array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: n * n, maxLength: n * n })
        .map((cells) =>
          Array.from({ length: n }, (_, i) =>
            Array.from({ length: n }, (_, j) => cells[Math.min(i, j) * n + Math.max(i, j)] as number),
          ),
        ),
    );
  test.prop([symmetric])("returns orthonormal vectors with A·v = λ·v, values decreasing", (matrix) => {
    const { values, vectors } = symmetricEigen(matrix);
    const n = matrix.length;
    const scale = Math.max(1, ...matrix.flat().map(Math.abs));
    for (let k = 0; k < n; k += 1) {
      const v = vectors[k] as Float64Array;
      if (k > 0) expect(values[k] as number).toBeLessThanOrEqual((values[k - 1] as number) + 1e-12);
      for (let i = 0; i < n; i += 1) {
        const av = (matrix[i] as number[]).reduce((sum, entry, j) => sum + entry * (v[j] as number), 0);
        expect(Math.abs(av - (values[k] as number) * (v[i] as number))).toBeLessThan(1e-9 * scale);
      }
      for (let l = 0; l < n; l += 1) {
        const dot = v.reduce((sum, entry, i) => sum + entry * ((vectors[l] as Float64Array)[i] as number), 0);
        expect(dot).toBeCloseTo(k === l ? 1 : 0, 10);
      }
    }
  });
});
