import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalDecimal, isDecimal } from "./decimal.ts";

describe("canonicalDecimal", () => {
  // Expected values printed by PostgreSQL 15: `select v::numeric::text` for each input.
  it.each([
    ["+1.50", "1.50"],
    [".5", "0.5"],
    ["5.", "5"],
    ["1e5", "100000"],
    ["1.5e-3", "0.0015"],
    ["1.50e1", "15.0"],
    ["-0", "0"],
    ["-0.00", "0.00"],
    ["007.10", "7.10"],
    ["01", "1"],
    ["-00.5", "-0.5"],
    ["123.456E+2", "12345.6"],
    ["0.000e3", "0"],
    ["2.5E-10", "0.00000000025"],
    ["-1E2", "-100"],
  ])("prints %s as numeric does: %s", (input, expected) => {
    expect(canonicalDecimal(input)).toBe(expected);
  });

  it("leaves text that is not a decimal alone", () => {
    expect(canonicalDecimal("1,5")).toBe("1,5");
    expect(canonicalDecimal("")).toBe("");
  });

  it("is idempotent and keeps the number's value", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = String(value);
        const canonical = canonicalDecimal(text);
        expect(isDecimal(canonical)).toBe(true);
        expect(canonicalDecimal(canonical)).toBe(canonical);
        expect(Number(canonical)).toBe(value === 0 ? 0 : value);
      }),
    );
  });
});
