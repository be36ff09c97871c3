/**
 * The blocked LU against a plain Gauss–Jordan inverse (test/input-output/gauss-jordan.ts) on
 * generated matrices, residuals of both solves, block sizes that split the matrix unevenly, and the
 * errors for singular and non-finite matrices.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closeTo, inverse, type Plain, transposed } from "../../test/input-output/gauss-jordan.ts";
import { createRandom } from "../numeric/random.ts";
import { type DenseMatrix, fromRows, multiply, toRows } from "./dense-matrix.ts";
import { InputOutputError } from "./input-output-error.ts";
import { luFactor, luInverse, luSolve, luSolveTransposed } from "./lu.ts";

/** A random n × n matrix with entries in [−1, 1) and a diagonal shifted by `shift`. */
function generated(n: number, seed: number, shift = 0): Plain {
  const random = createRandom(seed);
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => 2 * random() - 1 + (i === j ? shift : 0)),
  );
}

function maxAbs(values: Float64Array): number {
  return values.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
}

function rhs(n: number, m: number, seed: number): DenseMatrix {
  return fromRows(
    generated(Math.max(n, m), seed)
      .slice(0, n)
      .map((row) => row.slice(0, m)),
  );
}

describe("luFactor", () => {
  it.each([
    [1, 64],
    [7, 3],
    [60, 64],
    [61, 8],
    [130, 64],
    [97, 1],
  ])("n = %i, block %i: the inverse matches Gauss–Jordan to 1e-9", (n, blockSize) => {
    const m = generated(n, n * 31 + blockSize);
    const got = toRows(luInverse(luFactor(fromRows(m), { blockSize })));
    expect(closeTo(got, inverse(m), 1e-9)).toBeUndefined();
  });

  it("pivots: [[0, 1], [1, 0]] needs a row swap and is solved exactly", () => {
    const f = luFactor(
      fromRows([
        [0, 1],
        [1, 0],
      ]),
    );
    expect(toRows(luSolve(f, fromRows([[2], [3]])))).toEqual([[3], [2]]);
    expect(toRows(luSolveTransposed(f, fromRows([[2], [3]])))).toEqual([[3], [2]]);
  });

  it("does not modify its input", () => {
    const m = fromRows(generated(5, 3));
    const copy = Float64Array.from(m.data);
    luFactor(m, { blockSize: 2 });
    expect(m.data).toEqual(copy);
    const inPlace = luFactor(m, { blockSize: 2, inPlace: true });
    expect(inPlace.lu).toBe(m.data);
    expect(
      closeTo(
        [Array.from(inPlace.lu)],
        [Array.from(luFactor(fromRows(generated(5, 3)), { blockSize: 2 }).lu)],
        0,
        0,
      ),
    ).toBeUndefined();
  });

  it("solves M·X = B and M'·X = B for several right-hand sides (backward-stable residual)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer(),
        (n, k, seed) => {
          const m = fromRows(generated(n, seed, 2));
          const b = rhs(n, k, seed + 1);
          const f = luFactor(m, { blockSize: 5 });
          const mt = fromRows(transposed(toRows(m)));
          for (const [matrix, x] of [
            [m, luSolve(f, b)],
            [mt, luSolveTransposed(f, b)],
          ] as const) {
            // ‖M·X − B‖∞ ≤ c·n·ε·‖M‖·‖X‖ for partial pivoting on these well-scaled matrices.
            const residual = maxAbs(multiply(matrix, x).data.map((v, i) => v - (b.data[i] as number)));
            expect(residual).toBeLessThanOrEqual(1e-13 * n * maxAbs(matrix.data) * maxAbs(x.data) + 1e-300);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("a block size larger than, equal to or dividing n gives the same factors", () => {
    const m = fromRows(generated(24, 9));
    const reference = luFactor(m, { blockSize: 1 });
    for (const blockSize of [4, 5, 24, 100]) {
      const f = luFactor(m, { blockSize });
      expect(Array.from(f.perm)).toEqual(Array.from(reference.perm));
      expect(closeTo([Array.from(f.lu)], [Array.from(reference.lu)], 1e-13)).toBeUndefined();
    }
  });
});

describe("luFactor errors", () => {
  it("names the matrix and the column where the pivot vanished", () => {
    // Column 2 is half of column 1; with powers of two the elimination is exact and leaves 0.
    const m = fromRows([
      [4, 2, 1],
      [2, 1, 3],
      [1, 0.5, 5],
    ]);
    const label = (j: number) => ["(r1, a)", "(r1, b)", "(r1, c)"][j] ?? "?";
    const call = () => luFactor(m, { name: "I − A", columnLabel: label });
    expect(call).toThrow(InputOutputError);
    expect(call).toThrow(/^I − A column \(r1, b\): the pivot vanished/);
    try {
      call();
    } catch (error) {
      expect((error as InputOutputError).code).toBe("input-output/singular-matrix");
      expect((error as InputOutputError).details["column"]).toBe(1);
    }
  });

  it("a zero column is singular at that column", () => {
    expect(() =>
      luFactor(
        fromRows([
          [0, 1],
          [0, 2],
        ]),
        { name: "M" },
      ),
    ).toThrow(/^M column 1: the pivot vanished/);
  });

  it("names the row and column of a NaN or an infinity", () => {
    expect(() =>
      luFactor(
        fromRows([
          [1, 2],
          [Number.NaN, 4],
        ]),
        { name: "I − A" },
      ),
    ).toThrow("I − A row 2, column 1: is NaN, not a finite number");
    expect(() =>
      luFactor(
        fromRows([
          [1, Number.POSITIVE_INFINITY],
          [3, 4],
        ]),
      ),
    ).toThrow("matrix row 1, column 2: is Infinity");
  });

  it("refuses a non-square matrix and a right-hand side of the wrong height", () => {
    expect(() =>
      luFactor(
        fromRows([
          [1, 2, 3],
          [4, 5, 6],
        ]),
        { name: "Z" },
      ),
    ).toThrow("Z: is 2 × 3, not square");
    const f = luFactor(
      fromRows([
        [2, 0],
        [0, 2],
      ]),
      { name: "I − A" },
    );
    expect(() => luSolve(f, fromRows([[1], [2], [3]]))).toThrow("has 3 rows; I − A is 2 × 2");
  });
});
