/**
 * calcAll on published and numpy-derived cases: Miller & Blair's two-sector example, and three
 * small systems computed with pymrio's formulas literally by
 * test/golden/input-output/pymrio-formulas.py (explicit inverse, X = L·Ŷ, X_t...).
 */
import { describe, expect, it } from "vitest";
import golden from "../../test/golden/input-output/pymrio-formulas.json" with { type: "json" };
import { closeTo, type Plain } from "../../test/input-output/gauss-jordan.ts";
import { calcAll, type ExtensionResult, type IoResult } from "./calc-all.ts";
import { type DenseMatrix, fromRows, toRows } from "./dense-matrix.ts";
import type { ExtensionInput, IoSystemInput } from "./io-system.ts";

describe("Miller & Blair, Input-Output Analysis (2nd ed.), §2.3", () => {
  // Z = [[150, 500], [200, 100]], f = [350, 1700], x = [1000, 2000]; one region, two sectors.
  const result = calcAll(
    {
      regions: ["economy"],
      sectors: ["1", "2"],
      categories: ["f"],
      Z: fromRows([
        [150, 500],
        [200, 100],
      ]),
      Y: fromRows([[350], [1700]]),
    },
    { includeL: true },
  );

  it("x = Z·1 + f = [1000, 2000]", () => {
    expect(Array.from(result.x)).toEqual([1000, 2000]);
  });

  it("A = [[0.15, 0.25], [0.20, 0.05]]", () => {
    expect(toRows(result.A)).toEqual([
      [0.15, 0.25],
      [0.2, 0.05],
    ]);
  });

  it("L = (I − A)⁻¹ = [[1.254, 0.330], [0.264, 1.122]] as printed, and the exact rationals behind it", () => {
    const l = toRows(result.L as DenseMatrix);
    expect(l.map((row) => row.map((v) => Number(v.toFixed(3))))).toEqual([
      [1.254, 0.33],
      [0.264, 1.122],
    ]);
    // det(I − A) = 0.85·0.95 − 0.25·0.2 = 0.7575, so L = [[0.95, 0.25], [0.2, 0.85]] / 0.7575.
    const exact = [
      [0.95 / 0.7575, 0.25 / 0.7575],
      [0.2 / 0.7575, 0.85 / 0.7575],
    ];
    expect(closeTo(l, exact, 1e-15, 0)).toBeUndefined();
  });
});

type GoldenCase = (typeof golden.cases)["flows"];
const matrix = (rows: Plain | undefined) => (rows === undefined ? undefined : fromRows(rows));

function goldenInput(c: GoldenCase | (typeof golden.cases)["coefficients"]): IoSystemInput {
  const input = c.input as Record<string, Plain | number[] | undefined>;
  const extension: Record<string, unknown> = { name: "stressors" };
  for (const key of ["F", "S", "F_Y", "S_Y"]) {
    const m = matrix(input[key] as Plain | undefined);
    if (m !== undefined) extension[key] = m;
  }
  const k = ((input["F"] ?? input["S"]) as Plain).length;
  extension["rowLabels"] = Array.from({ length: k }, (_, i) => `s${i + 1}`);
  return {
    regions: golden.regions,
    sectors: golden.sectors,
    categories: golden.categories,
    ...(input["Z"] !== undefined
      ? { Z: fromRows(input["Z"] as Plain) }
      : { A: fromRows(input["A"] as Plain) }),
    Y: fromRows(input["Y"] as Plain),
    ...(input["population"] !== undefined ? { population: input["population"] as number[] } : {}),
    extensions: [extension as unknown as ExtensionInput],
  };
}

const CORE = ["Z", "A", "L", "B", "G"] as const;

describe.each(Object.keys(golden.cases))("numpy, pymrio's formulas: %s", (name) => {
  const c = golden.cases[name as keyof typeof golden.cases];
  const expected = c.expected as unknown as Record<string, Plain | number[] | Record<string, Plain>>;
  const ghosh = "B" in expected;
  const result = calcAll(goldenInput(c), { includeL: true, includeGhosh: ghosh });
  const extension = result.extensions[0] as ExtensionResult;

  it("x", () => {
    expect(closeTo([Array.from(result.x)], [expected["x"] as number[]], 1e-12, 1e-12)).toBeUndefined();
  });

  it.each(CORE.filter((key) => key in expected))("%s", (key) => {
    const got = result[key as keyof IoResult] as DenseMatrix;
    expect(closeTo(toRows(got), expected[key] as Plain, 1e-12, 1e-12)).toBeUndefined();
  });

  const ext = expected["extension"] as Record<string, Plain>;
  it.each(Object.keys(ext))("extension %s", (key) => {
    const got = extension[key as keyof ExtensionResult] as DenseMatrix | undefined;
    expect(got, `${key} missing`).toBeDefined();
    expect(closeTo(toRows(got as DenseMatrix), ext[key] as Plain, 1e-12, 1e-12)).toBeUndefined();
  });

  it("returns no account that numpy did not compute", () => {
    const keys = Object.keys(extension).filter((k) => k !== "name" && k !== "rowLabels");
    expect(keys.sort()).toEqual(Object.keys(ext).sort());
  });
});
