/**
 * Bad input to calcAll: each message names the matrix, and the row and column when there is one,
 * with the counts that disagree.
 */
import { describe, expect, it } from "vitest";
import { calcAll } from "./calc-all.ts";
import { type DenseMatrix, denseMatrix, fromRows } from "./dense-matrix.ts";
import { InputOutputError } from "./input-output-error.ts";
import type { IoSystemInput } from "./io-system.ts";

const ones = (rows: number, cols: number): DenseMatrix =>
  denseMatrix(rows, cols, new Float64Array(rows * cols).fill(1));

/** 2 regions × 2 sectors × 1 category, one extension with two rows. */
const base: IoSystemInput = {
  regions: ["north", "south"],
  sectors: ["goods", "services"],
  categories: ["households"],
  Z: ones(4, 4),
  Y: ones(4, 2),
  extensions: [{ name: "air", rowLabels: ["CO2", "CH4"], F: ones(2, 4) }],
};

function failure(input: IoSystemInput): InputOutputError {
  try {
    calcAll(input);
  } catch (error) {
    if (error instanceof InputOutputError) return error;
    throw error;
  }
  throw new Error("calcAll accepted the input");
}

describe("calcAll refuses", () => {
  it("a non-square Z", () => {
    expect(failure({ ...base, Z: ones(4, 3) }).message).toBe("Z: is 4 × 3; it must be square");
  });

  it("a Z whose size does not match the labels", () => {
    expect(failure({ ...base, Z: ones(3, 3) }).message).toBe(
      "Z: has 3 rows, expected 4 (2 regions × 2 sectors)",
    );
  });

  it("Y with the wrong number of rows or of columns", () => {
    expect(failure({ ...base, Y: ones(5, 2) }).message).toBe(
      "Y: has 5 rows, expected 4 (Z: 2 regions × 2 sectors)",
    );
    expect(failure({ ...base, Y: ones(4, 3) }).message).toBe(
      "Y: has 3 columns, expected 2 (2 regions × 1 category)",
    );
  });

  it("F with the wrong number of columns or rows, F_Y with the wrong columns", () => {
    const extension = { name: "air", rowLabels: ["CO2", "CH4"] };
    expect(failure({ ...base, extensions: [{ ...extension, F: ones(2, 5) }] }).message).toBe(
      "air.F: has 5 columns, expected 4 (Z: 2 regions × 2 sectors)",
    );
    expect(failure({ ...base, extensions: [{ ...extension, F: ones(3, 4) }] }).message).toBe(
      "air.F: has 3 rows, expected 2 (one per row label of extension air)",
    );
    expect(failure({ ...base, extensions: [{ ...extension, F: ones(2, 4), F_Y: ones(2, 4) }] }).message).toBe(
      "air.F_Y: has 4 columns, expected 2 (Y: 2 regions × 1 category)",
    );
    expect(failure({ ...base, extensions: [{ ...extension }] }).message).toBe(
      "air.F: give F or S (exactly one)",
    );
  });

  it("x and population of the wrong length", () => {
    expect(failure({ ...base, x: [1, 2, 3] }).message).toBe(
      "x: has 3 values, expected 4 (2 regions × 2 sectors)",
    );
    expect(failure({ ...base, population: [1] }).message).toBe(
      "population: has 1 values, expected 2 (one per region)",
    );
  });

  it("NaN and infinities, named by row and column labels", () => {
    const z = ones(4, 4);
    z.data[1 * 4 + 2] = Number.NaN;
    const error = failure({ ...base, Z: z });
    expect(error.message).toBe("Z row (north, services), column (south, goods): is NaN, not a finite number");
    expect(error.code).toBe("input-output/invalid-input");
    expect(error.details).toMatchObject({ matrix: "Z", row: 1, column: 2 });
    const f = ones(2, 4);
    f.data[4 + 3] = Number.POSITIVE_INFINITY;
    expect(failure({ ...base, extensions: [{ name: "air", rowLabels: ["CO2", "CH4"], F: f }] }).message).toBe(
      'air.F row "CH4", column (south, services): is Infinity, not a finite number',
    );
    const y = ones(4, 2);
    y.data[3 * 2 + 1] = Number.NaN;
    expect(failure({ ...base, Y: y }).message).toBe(
      "Y row (south, services), column (south, households): is NaN, not a finite number",
    );
  });

  it("duplicate labels, both Z and A, neither", () => {
    expect(failure({ ...base, sectors: ["goods", "goods"] }).message).toBe(
      'sector 2: "goods" already appears as sector 1',
    );
    expect(failure({ ...base, A: ones(4, 4) }).message).toBe(
      "Z and A: give Z, or A (with or without x), not both",
    );
    const { Z: _z, ...noCore } = base;
    expect(failure(noCore).message).toBe("Z: missing: give Z, or A with x, or A alone with Y");
  });

  it("a singular I − A, at the column where the pivot vanished", () => {
    // Sector (north, services) buys nothing and its A column is e_2: column 2 of I − A is zero.
    const a = fromRows([
      [0.1, 0, 0.2, 0.1],
      [0.1, 1, 0.1, 0.1],
      [0, 0, 0.3, 0.1],
      [0.2, 0, 0.1, 0.2],
    ]);
    const { Z: _z, ...rest } = base;
    const error = failure({ ...rest, A: a });
    expect(error.code).toBe("input-output/singular-matrix");
    expect(error.message).toMatch(/^I − A column \(north, services\): the pivot vanished/);
  });
});
