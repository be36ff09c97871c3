/**
 * Numbers as text, rounding, and dates as days. Expected values are hand-computed from the rules
 * cited (XPath 1.0 §4.2 and §4.4, ODK XForms "XPath Functions"), or compared with an independent
 * reference: JavaScript's own number text where it has no exponent, and `Date.UTC` for days.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { civilDays, daysSinceEpoch } from "./expression-dates.ts";
import { formatXPathNumber, parseXPathNumber, roundXPath } from "./xpath-number.ts";

describe("formatXPathNumber", () => {
  it.each([
    // XPath 1.0 §4.2: NaN, ±0 → "0", Infinity, integers without a point, no exponent ever.
    [Number.NaN, "NaN"],
    [0, "0"],
    [-0, "0"],
    [Number.POSITIVE_INFINITY, "Infinity"],
    [Number.NEGATIVE_INFINITY, "-Infinity"],
    [42, "42"],
    [-3.25, "-3.25"],
    [1e21, "1000000000000000000000"],
    [1.5e-7, "0.00000015"],
    [0.1 + 0.2, "0.30000000000000004"],
  ])("writes %s as %s", (value, text) => {
    expect(formatXPathNumber(value)).toBe(text);
  });

  test.prop([fc.double({ noNaN: true, noDefaultInfinity: true })])(
    "agrees with JavaScript's text wherever that has no exponent, and always reads back",
    (value) => {
      const text = formatXPathNumber(value);
      if (!String(value).includes("e")) expect(text).toBe(String(Object.is(value, -0) ? 0 : value));
      expect(text).not.toMatch(/e/i);
      expect(Number(text)).toBe(Object.is(value, -0) ? 0 : value);
    },
  );
});

describe("parseXPathNumber", () => {
  it.each([
    // XPath 1.0 §4.4 number(): optional white space, optional minus, Number, optional white space.
    [" 12 ", 12],
    ["-0.5", -0.5],
    [".5", 0.5],
    ["5.", 5],
    ["\t7\n", 7],
  ])("reads %j as %s", (text, value) => {
    expect(parseXPathNumber(text)).toBe(value);
  });

  it.each(["", " ", "+1", "1e3", "1,5", "Infinity", "0x10", "1 2", "--1", "\u00a01"])(
    "reads %j as NaN",
    (text) => {
      expect(parseXPathNumber(text)).toBeNaN();
    },
  );
});

describe("roundXPath", () => {
  it.each([
    // XPath 1.0 §4.4 round: of two equally near integers, the one closer to positive infinity.
    [2.5, 0, 3],
    [-2.5, 0, -2],
    [-2.6, 0, -3],
    [0.4, 0, 0],
    [-0.5, 0, -0],
    // ODK: a second argument gives decimal places; the tie is read on the written decimal.
    [1.005, 2, 1.01],
    [-1.005, 2, -1],
    [2.345, 2, 2.35],
    [1.23456, 3, 1.235],
    [1250, -2, 1300],
    [-1250, -2, -1200],
    [1249, -2, 1200],
    [33.33, -1, 30],
    [7, 5, 7],
    [0.0004, 3, 0],
    [1.5, 0.9, 2],
  ])("rounds %s to %s places as %s", (value, places, expected) => {
    expect(Object.is(roundXPath(value, places), expected)).toBe(true);
  });

  it("passes NaN and infinities through and gives NaN for NaN places", () => {
    expect(roundXPath(Number.NaN)).toBeNaN();
    expect(roundXPath(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
    expect(roundXPath(1.5, Number.NaN)).toBeNaN();
  });

  // The plain references below ignore the sign of zero (round(-0.4) is -0 in XPath 1.0); `+ 0`
  // turns -0 into 0 on both sides.
  test.prop([fc.integer({ min: -1_000_000, max: 1_000_000 })])(
    "rounds every half toward positive infinity, as floor(x + 0.5) does exactly for halves",
    (whole) => {
      expect(roundXPath(whole + 0.5) + 0).toBe(Math.floor(whole + 0.5 + 0.5) + 0);
      expect(roundXPath(whole + 0.25) + 0).toBe(whole + 0);
    },
  );

  test.prop([fc.integer({ min: -9_999_999, max: 9_999_999 })])(
    "rounds a number written with three decimals to two as integer arithmetic on its digits does",
    (thousandths) => {
      // thousandths / 1000 is the double whose shortest text has those three decimals.
      const hundredths = Math.floor(thousandths / 10);
      const lastDigit = thousandths - hundredths * 10;
      const expected = (lastDigit >= 5 ? hundredths + 1 : hundredths) / 100;
      expect(roundXPath(thousandths / 1000, 2) + 0).toBe(expected + 0);
    },
  );
});

describe("daysSinceEpoch", () => {
  it.each([
    // ODK number(): "days since January 1, 1970 UTC"; hand-counted: 2024-03-01 is 54 years
    // (13 leap days) and 60 days (31 + 29) after 1970-01-01: 54 × 365 + 13 + 60 = 19783.
    ["1970-01-01", 0],
    ["2024-03-01", 19783],
    ["1969-12-31", -1],
    ["2024-03-01T12:00:00Z", 19783.5],
    ["2024-03-01T12:00:00.000+06:00", 19783.25],
    ["2024-03-01T00:00-05:00", 19783 + 5 / 24],
    ["2024-03-01T06:00:00+0600", 19783],
    ["2024-03-01T18:00", 19783.75],
  ])("reads %s as %s", (text, days) => {
    expect(daysSinceEpoch(text)).toBeCloseTo(days, 12);
  });

  it.each([
    "2023-02-29",
    "2024-13-01",
    "2024-00-10",
    "2024-1-1",
    "2024-03-01T24:00:00Z",
    "2024-03-01T12:00:00+15:00",
    "12:00:00",
    "yesterday",
  ])("reads %s as no date", (text) => {
    expect(daysSinceEpoch(text)).toBeUndefined();
  });

  test.prop([
    fc.integer({ min: 1, max: 9999 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
  ])("counts the days Date.UTC counts, and refuses the days it would roll over", (year, month, day) => {
    const reference = new Date(0);
    reference.setUTCFullYear(year, month - 1, day);
    const exists = reference.getUTCDate() === day;
    expect(civilDays(year, month, day)).toBe(exists ? reference.getTime() / 86_400_000 : undefined);
  });
});
