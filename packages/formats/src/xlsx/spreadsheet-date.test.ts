/**
 * Serial dates and date formats. Expected serials are the ones openpyxl 3.0.9 wrote for the dates
 * it was given (fixtures/make-fixtures.py: 2020-03-01 → 43891, 2021-12-31 13:30 → 44561.5625) and
 * the fixed points of ECMA-376 Part 1 §18.17.4.1 (1900 system: serial 1 is 1900-01-01, serial 60
 * the nonexistent 1900-02-29, serial 61 is 1900-03-01; 1904 system: serial 0 is 1904-01-01).
 */
import { describe, expect, it } from "vitest";
import { builtInDateFormat, isDateFormatCode, isYearOnlyFormat, serialToIso } from "./spreadsheet-date.ts";

describe("serialToIso", () => {
  it("converts the 1900 system around Excel's fictitious leap day", () => {
    expect(serialToIso(1, false)).toBe("1900-01-01");
    expect(serialToIso(59, false)).toBe("1900-02-28");
    expect(serialToIso(60, false)).toBeUndefined();
    expect(serialToIso(61, false)).toBe("1900-03-01");
    expect(serialToIso(43891, false)).toBe("2020-03-01");
    expect(serialToIso(44561.5625, false)).toBe("2021-12-31T13:30:00");
  });

  it("converts the 1904 system", () => {
    expect(serialToIso(0, true)).toBe("1904-01-01");
    // 1462 days separate the two systems' serials for the same date.
    expect(serialToIso(43891 - 1462, true)).toBe("2020-03-01");
  });

  it("gives a time alone under one day and rounds to the second", () => {
    expect(serialToIso(0.5, false)).toBe("12:00:00");
    expect(serialToIso(43891.99999999, false)).toBe("2020-03-02");
    expect(serialToIso(-1, false)).toBeUndefined();
    expect(serialToIso(3_000_000, false)).toBeUndefined();
  });
});

describe("date formats", () => {
  it("knows the built-in date and time formats 14–22 and 45–47", () => {
    const ids = Array.from({ length: 50 }, (_, id) => id).filter((id) => builtInDateFormat(id) !== undefined);
    expect(ids).toEqual([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
  });

  it("finds date codes outside quotes, brackets and escapes", () => {
    expect(isDateFormatCode("yyyy-mm-dd")).toBe(true);
    expect(isDateFormatCode("[$-409]d-mmm-yy;@")).toBe(true);
    expect(isDateFormatCode("h:mm AM/PM")).toBe(true);
    expect(isDateFormatCode("0.00")).toBe(false);
    expect(isDateFormatCode('#,##0 "days"')).toBe(false);
    expect(isDateFormatCode("[Red]0.0;[Blue]-0.0")).toBe(false);
    expect(isDateFormatCode("0\\h")).toBe(false);
    expect(isDateFormatCode("General")).toBe(false);
  });

  it("tells a year-only format", () => {
    expect(isYearOnlyFormat("yyyy")).toBe(true);
    expect(isYearOnlyFormat("yyyy-mm")).toBe(false);
  });
});
