/**
 * The column functions of COINr's Treat step: the skew/kurtosis test, winsorisation and the log
 * and Box-Cox transforms. Each works on one column in place (the caller passes a copy), keeps NaN
 * as NaN, and follows R's semantics including its three-valued logic, because the Treat step's
 * control flow in compat mode depends on when R would return NA or stop with an error.
 */
import { maximumAvailable, minimumAvailable, skewness, skewnessAndKurtosis } from "../numeric/statistics.ts";

/** R's logical: true, false or NA (null). */
export type RLogical = boolean | null;

export interface SkewKurtTest {
  /** `|skew| < skew_thresh OR kurt < kurt_thresh` with R's NA logic; null when undecidable. */
  readonly pass: RLogical;
  readonly skew: number;
  readonly kurt: number;
}

export interface SkewKurtThresholds {
  readonly naRm: boolean;
  readonly skewThresh: number;
  readonly kurtThresh: number;
}

export interface WinsoriseParams extends SkewKurtThresholds {
  /** Stop once this many points are counted; null for no limit. */
  readonly winmax: number | null;
  readonly forceWin: boolean;
}

/** Cell marks written by `winsorise`: the latest high-side and low-side sets (spec §4.4). */
export const WINSORISED_HIGH = 1;
export const WINSORISED_LOW = 2;

/** What `winsorise` returns when R would stop with an error (then Treat leaves the column as it was). */
export const WINSORISE_FAILED = -1;

export function hasMissing(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i += 1) if (Number.isNaN(values[i] as number)) return true;
  return false;
}

/**
 * COINr's `check_SkewKurt`: with `naRm` false a column with a gap has NA statistics, as in R.
 * Skewness needs three values and kurtosis four; a constant column gives NaN for both.
 */
export function checkSkewKurt(values: ArrayLike<number>, thresholds: SkewKurtThresholds): SkewKurtTest {
  if (!thresholds.naRm && hasMissing(values)) return { pass: null, skew: Number.NaN, kurt: Number.NaN };
  const { skew, kurt } = skewnessAndKurtosis(values);
  const skewPasses = Number.isNaN(skew) ? null : Math.abs(skew) < thresholds.skewThresh;
  const kurtPasses = Number.isNaN(kurt) ? null : kurt < thresholds.kurtThresh;
  return { pass: or3(skewPasses, kurtPasses), skew, kurt };
}

/**
 * COINr's `winsorise`, in place on `x`, marks in `marks`; returns the counted points (the sizes
 * of the latest high-side set plus the latest low-side set; tied extremes move together, so the
 * count can pass `winmax`), or `WINSORISE_FAILED` where R stops: the loop condition or the
 * skewness that picks the side is NA (fewer than three values, or a column made constant).
 */
export function winsorise(x: Float64Array, marks: Uint8Array, params: WinsoriseParams): number {
  marks.fill(0);
  let test = checkSkewKurt(x, params);
  let passing = test.pass;
  const start = or3(not3(passing), params.forceWin);
  if (start === null) return WINSORISE_FAILED;
  if (!start) return 0;
  let highSize = 0;
  let lowSize = 0;
  let counted = 0;
  for (;;) {
    const below = params.winmax === null || counted < params.winmax;
    const go = and3(or3(not3(passing), params.forceWin), below);
    if (go === null) return WINSORISE_FAILED;
    if (!go) return counted;
    // The side is chosen by the skewness with gaps removed, whatever na.rm says; the last test
    // computed it already unless na.rm is false and there are gaps.
    const skew = Number.isNaN(test.skew) ? skewness(x) : test.skew;
    if (Number.isNaN(skew)) return WINSORISE_FAILED;
    if (skew >= 0) highSize = moveExtreme(x, marks, WINSORISED_HIGH);
    else lowSize = moveExtreme(x, marks, WINSORISED_LOW);
    counted = highSize + lowSize;
    test = checkSkewKurt(x, params);
    passing = test.pass;
  }
}

/** Log of x − min + 0.01·range, COINr's `log_CT`. */
export function logCT(x: Float64Array, naRm: boolean): void {
  const { min, max } = range(x, naRm);
  const offset = 0.01 * (max - min);
  // Evaluated in R's order, (x − min) + a, so results agree with COINr to the last bit.
  for (let i = 0; i < x.length; i += 1) x[i] = Math.log((x[i] as number) - min + offset);
}

/**
 * The two-sided log of COINr's `log_CT_plus`: `log_CT` when the skewness is positive, else
 * −ln(max + 0.01·range − x). Returns which side was used, or null where R stops (skewness NA).
 */
export function logCTPlus(x: Float64Array): "log_CT" | "log_CT_neg" | null {
  const skew = skewness(x);
  if (Number.isNaN(skew)) return null;
  if (skew > 0) {
    logCT(x, true);
    return "log_CT";
  }
  logCTNegative(x);
  return "log_CT_neg";
}

/** −ln(max + 0.01·range − x): the mirror image of `log_CT` for a negatively skewed column. */
export function logCTNegative(x: Float64Array): void {
  const { min, max } = range(x, true);
  const top = max + 0.01 * (max - min);
  for (let i = 0; i < x.length; i += 1) x[i] = -Math.log(top - (x[i] as number));
}

/** ln(x − min + 1), COINr's `log_CT_orig`. */
export function logCTOrig(x: Float64Array, naRm: boolean): void {
  const { min } = range(x, naRm);
  for (let i = 0; i < x.length; i += 1) x[i] = Math.log((x[i] as number) - min + 1);
}

/** Box-Cox without optimisation: optionally x − min + 1 first, then ln x (λ = 0) or (x^λ − 1)/λ. */
export function boxCox(x: Float64Array, lambda: number, makePositive: boolean, naRm: boolean): void {
  const min = makePositive ? range(x, naRm).min : 0;
  for (let i = 0; i < x.length; i += 1) {
    const value = makePositive ? (x[i] as number) - min + 1 : (x[i] as number);
    x[i] = lambda === 0 ? Math.log(value) : (value ** lambda - 1) / lambda;
  }
}

function moveExtreme(x: Float64Array, marks: Uint8Array, side: number): number {
  const high = side === WINSORISED_HIGH;
  const extreme = high ? maximumAvailable(x) : minimumAvailable(x);
  // The replacement is the extreme of the other values; R gives ∓Inf when there are none.
  let next = high ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  for (let i = 0; i < x.length; i += 1) {
    const value = x[i] as number;
    if (Number.isNaN(value) || value === extreme) continue;
    if (high ? value > next : value < next) next = value;
  }
  let size = 0;
  for (let i = 0; i < x.length; i += 1) {
    // Only the latest set on each side is reported, as COINr keeps only its last `which()`.
    const mark = (marks[i] as number) & ~side;
    if (x[i] === extreme) {
      x[i] = next;
      marks[i] = mark | side;
      size += 1;
    } else {
      marks[i] = mark;
    }
  }
  return size;
}

function range(x: ArrayLike<number>, naRm: boolean): { min: number; max: number } {
  if (!naRm && hasMissing(x)) return { min: Number.NaN, max: Number.NaN };
  return { min: minimumAvailable(x), max: maximumAvailable(x) };
}

function not3(a: RLogical): RLogical {
  return a === null ? null : !a;
}

function or3(a: RLogical, b: RLogical): RLogical {
  if (a === true || b === true) return true;
  if (a === null || b === null) return null;
  return false;
}

function and3(a: RLogical, b: RLogical): RLogical {
  if (a === false || b === false) return false;
  if (a === null || b === null) return null;
  return true;
}
