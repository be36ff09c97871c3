import { describe, expect, it } from "vitest";
import { isTotal, magnitudeOf, scaleDecimal } from "./scale-decimal.ts";

describe("scaleDecimal", () => {
  it("returns the value unchanged for a zero multiplier", () => {
    expect(scaleDecimal("12.50", 0)).toBe("12.5");
    expect(scaleDecimal("0.3", 0)).toBe("0.3");
  });

  it("shifts the decimal point right for positive multipliers", () => {
    expect(scaleDecimal("36.2", 6)).toBe("36200000");
    expect(scaleDecimal("1.23456", 3)).toBe("1234.56");
  });

  it("shifts left for negative multipliers without float noise", () => {
    expect(scaleDecimal("3", -1)).toBe("0.3");
    expect(scaleDecimal("-45.6", -3)).toBe("-0.0456");
  });

  it("rejects text that is not a decimal", () => {
    expect(() => scaleDecimal("n/a", 0)).toThrow("invalid decimal: n/a");
  });
});

describe("magnitudeOf and isTotal", () => {
  it("multiplies by the unit multiplier", () => {
    expect(magnitudeOf({ value: "2.5", unitMult: 3 })).toBe(2500);
  });

  it("treats an empty breakdown as the total", () => {
    expect(isTotal({ dimensions: {} })).toBe(true);
    expect(isTotal({ dimensions: { SEX: "F" } })).toBe(false);
  });
});
