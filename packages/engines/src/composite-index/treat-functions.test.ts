import { describe, expect, it } from "vitest";
import {
  boxCox,
  checkSkewKurt,
  logCT,
  logCTOrig,
  logCTPlus,
  WINSORISE_FAILED,
  WINSORISED_HIGH,
  WINSORISED_LOW,
  winsorise,
} from "./treat-functions.ts";

const nan = Number.NaN;
const defaults = { naRm: true, skewThresh: 2, kurtThresh: 3.5, winmax: 5, forceWin: false };

describe("the log transforms by hand", () => {
  it("log_CT: ln(x − min + 0.01·range), gaps kept", () => {
    // min 0, range 10: ln(0.1), ln(1.1), gap, ln(10.1).
    const x = Float64Array.from([0, 1, nan, 10]);
    logCT(x, true);
    expect(Array.from(x)).toEqual([Math.log(0.1), Math.log(1.1), nan, Math.log(10.1)]);
  });

  it("log_CT with na.rm false gives NaN everywhere when a value is missing, as R does", () => {
    const x = Float64Array.from([0, 1, nan, 10]);
    logCT(x, false);
    expect(Array.from(x).every(Number.isNaN)).toBe(true);
  });

  it("log_CT_plus uses ln on a right tail and the mirrored log on a left tail", () => {
    const right = Float64Array.from([0, 1, 2, 20]);
    expect(logCTPlus(right)).toBe("log_CT");
    expect(right[3]).toBeCloseTo(Math.log(20.2), 14);
    const left = Float64Array.from([-20, 0, 1, 2]);
    expect(logCTPlus(left)).toBe("log_CT_neg");
    // max 2, range 22: −ln(2 + 0.22 − x).
    expect(left[0]).toBeCloseTo(-Math.log(22.22), 14);
    expect(left[3]).toBeCloseTo(-Math.log(0.22), 14);
  });

  it("log_CT_orig: ln(x − min + 1)", () => {
    const x = Float64Array.from([3, 4, 12]);
    logCTOrig(x, true);
    expect(Array.from(x)).toEqual([0, Math.log(2), Math.log(10)]);
  });

  it("Box-Cox shifted to start at 1: λ = 0 is ln, λ = 2 is (y² − 1)/2", () => {
    const zero = Float64Array.from([5, 6, 8]);
    boxCox(zero, 0, true, true);
    expect(Array.from(zero)).toEqual([0, Math.log(2), Math.log(4)]);
    const two = Float64Array.from([5, 6, 8]);
    boxCox(two, 2, true, true);
    expect(Array.from(two)).toEqual([0, 1.5, 7.5]);
  });
});

describe("checkSkewKurt's NA logic", () => {
  it("passes three values on skewness alone (kurtosis needs four)", () => {
    const test = checkSkewKurt([0, 0, 3], defaults);
    expect(test.kurt).toBeNaN();
    expect(test.pass).toBe(true);
  });

  it("is NA for a constant column", () => {
    expect(checkSkewKurt([2, 2, 2, 2], defaults).pass).toBeNull();
  });

  it("fails only when both thresholds are exceeded", () => {
    expect(checkSkewKurt([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100], defaults).pass).toBe(false);
    // (0, 0, 0, 0, 5): Σd² = 20, Σd³ = 60, Σd⁴ = 260, so G1 = √5 and G2 = 5: it fails the
    // defaults and passes when either threshold is raised above its statistic.
    const x = [0, 0, 0, 0, 5];
    expect(checkSkewKurt(x, defaults)).toMatchObject({ pass: false });
    expect(checkSkewKurt(x, defaults).skew).toBeCloseTo(Math.sqrt(5), 14);
    expect(checkSkewKurt(x, defaults).kurt).toBeCloseTo(5, 13);
    expect(checkSkewKurt(x, { ...defaults, kurtThresh: 5.5 }).pass).toBe(true);
    expect(checkSkewKurt(x, { ...defaults, skewThresh: 2.5 }).pass).toBe(true);
  });
});

describe("winsorise by hand", () => {
  it("moves tied minima together on a left tail and marks them low", () => {
    const x = Float64Array.from([-500, -500, ...Array.from({ length: 30 }, (_, i) => i + 1)]);
    const marks = new Uint8Array(x.length);
    const points = winsorise(x, marks, { ...defaults, winmax: 1 });
    expect(points).toBe(2);
    expect(Array.from(x.slice(0, 3))).toEqual([1, 1, 1]);
    expect(Array.from(marks.slice(0, 3))).toEqual([WINSORISED_LOW, WINSORISED_LOW, 0]);
  });

  it("counts one more point per step on the same side (the set grows by the replaced value)", () => {
    const x = Float64Array.from([...Array.from({ length: 20 }, (_, i) => i + 1), 100, 200]);
    const marks = new Uint8Array(x.length);
    expect(winsorise(x, marks, { ...defaults, winmax: 3, forceWin: true })).toBe(3);
    expect(marks.filter((mark) => mark !== 0)).toHaveLength(3);
    expect(marks[21]).toBe(WINSORISED_HIGH);
  });

  it("fails, as R stops, when winsorisation makes the column constant", () => {
    const x = Float64Array.from([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 100]);
    expect(winsorise(x, new Uint8Array(x.length), defaults)).toBe(WINSORISE_FAILED);
  });

  it("does nothing to a passing column unless forced", () => {
    const x = Float64Array.from([1, 2, 3, 4, 5]);
    expect(winsorise(x, new Uint8Array(5), defaults)).toBe(0);
    expect(Array.from(x)).toEqual([1, 2, 3, 4, 5]);
  });
});
