import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { formatPrintfG, formatPrintfG12 } from "./printf-g.ts";
import golden from "./test/printf-g12.json" with { type: "json" };

describe("formatPrintfG12", () => {
  it("prints every value of the Python reference exactly as '%.12g' % x", () => {
    const mismatches = (golden.cases as [number, string][])
      .map(([value, expected]) => [value, expected, formatPrintfG12(value)] as const)
      .filter(([, expected, actual]) => expected !== actual);
    expect(mismatches).toEqual([]);
    expect(golden.cases.length).toBeGreaterThan(3000);
  });

  it("uses the exponent form with at least two exponent digits", () => {
    expect(formatPrintfG12(1.23456789012e-5)).toBe("1.23456789012e-05");
    expect(formatPrintfG12(1e20)).toBe("1e+20");
    expect(formatPrintfG12(1e-100)).toBe("1e-100");
    expect(formatPrintfG12(0.0001)).toBe("0.0001");
    expect(formatPrintfG12(123456789012)).toBe("123456789012");
    expect(formatPrintfG12(1234567890123)).toBe("1.23456789012e+12");
  });

  it("breaks exact ties to even as glibc does, not away from zero as toExponential does", () => {
    expect(formatPrintfG12(1234567890125)).toBe("1.23456789012e+12");
    expect(formatPrintfG12(1234567890135)).toBe("1.23456789014e+12");
    expect(formatPrintfG12(123456789012.5)).toBe("123456789012");
    expect(formatPrintfG(0.5, 0)).toBe("0.5");
    expect(formatPrintfG(2.5, 1)).toBe("2");
    expect(formatPrintfG(3.5, 1)).toBe("4");
  });

  it("spells non-finite values and negative zero as Python does", () => {
    expect(formatPrintfG12(Number.NaN)).toBe("nan");
    expect(formatPrintfG12(Number.POSITIVE_INFINITY)).toBe("inf");
    expect(formatPrintfG12(Number.NEGATIVE_INFINITY)).toBe("-inf");
    expect(formatPrintfG12(-0)).toBe("-0");
  });

  it("refuses a precision C would not take as %.Pg here", () => {
    expect(() => formatPrintfG(1, 18)).toThrow("invalid %g precision: 18");
  });
});

describe("formatPrintfG12 properties", () => {
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

  test.prop([finite])("reads back within half a unit in the 12th significant digit", (value) => {
    const back = Number(formatPrintfG12(value));
    expect(Math.abs(back - value)).toBeLessThanOrEqual(Math.abs(value) * 5e-12);
  });

  test.prop([finite])("is a fixed point after one round trip", (value) => {
    const once = formatPrintfG12(value);
    expect(formatPrintfG12(Number(once))).toBe(once);
  });

  test.prop([finite])("agrees with toPrecision(12) on the digits", (value) => {
    // toPrecision differs only in layout and in exact ties; digits match when there is no tie.
    const text = formatPrintfG12(value);
    if (value !== 0 && Math.abs(value).toExponential(12)[13] !== "5") {
      expect(Number(text)).toBe(Number(value.toPrecision(12)));
    }
  });

  test.prop([finite])("has at most 12 significant digits and no trailing fraction zeros", (value) => {
    const text = formatPrintfG12(value);
    const mantissa = text.replace(/^-/, "").split("e")[0] ?? "";
    expect(mantissa.replace(".", "").replace(/^0+/, "").length).toBeLessThanOrEqual(12);
    if (mantissa.includes(".")) expect(mantissa).not.toMatch(/0$/);
  });
});
