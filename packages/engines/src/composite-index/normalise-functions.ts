/**
 * COINr's normalisation functions (spec §4.5), each rewriting one column in place after the
 * direction flip. NaN stays NaN. Formulas are evaluated in COINr's order of operations, so the
 * results agree with R to the last bit where the arithmetic allows.
 */
import { rankAscending, type TiesMethod } from "../numeric/ranks.ts";
import {
  countAvailable,
  maximumAvailable,
  mean,
  minimumAvailable,
  sampleStandardDeviation,
} from "../numeric/statistics.ts";

export type NormaliseFunctionName =
  | "n_minmax"
  | "n_zscore"
  | "n_scaled"
  | "n_rank"
  | "n_borda"
  | "n_prank"
  | "n_fracmax"
  | "n_dist2max"
  | "n_dist2ref"
  | "n_dist2targ"
  | "n_goalposts"
  | "none";

/** One function with its parameters resolved (the reference of `n_dist2ref` as a row of the data set). */
export type NormaliseMethod =
  | { readonly f_n: "n_minmax"; readonly lower: number; readonly upper: number }
  | { readonly f_n: "n_zscore"; readonly mean: number; readonly sd: number }
  | { readonly f_n: "n_scaled"; readonly low: number; readonly high: number }
  | { readonly f_n: "n_rank" | "n_borda" | "n_prank"; readonly ties: TiesMethod }
  | { readonly f_n: "n_fracmax" | "n_dist2max" | "none" }
  | { readonly f_n: "n_dist2ref"; readonly referenceRow: number; readonly capMax: boolean }
  | {
      readonly f_n: "n_dist2targ";
      readonly target: number;
      readonly direction: 1 | -1;
      readonly capMax: boolean;
    }
  | {
      readonly f_n: "n_goalposts";
      readonly lower: number;
      readonly upper: number;
      readonly scale: number;
      readonly direction: 1 | -1;
      readonly truncate: boolean;
    };

/** Applies `method` to `y` (already multiplied by the indicator's direction) in place. */
export function normaliseInPlace(y: Float64Array, method: NormaliseMethod): void {
  switch (method.f_n) {
    case "n_minmax": {
      const min = minimumAvailable(y);
      const max = maximumAvailable(y);
      const width = method.upper - method.lower;
      for (let i = 0; i < y.length; i += 1)
        y[i] = (((y[i] as number) - min) / (max - min)) * width + method.lower;
      return;
    }
    case "n_zscore": {
      const m = mean(y);
      const sd = sampleStandardDeviation(y);
      for (let i = 0; i < y.length; i += 1) y[i] = (((y[i] as number) - m) / sd) * method.sd + method.mean;
      return;
    }
    case "n_scaled": {
      // COINr's n_scaled: (x − l)/(u − l)·100, the factor 100 is fixed.
      const span = method.high - method.low;
      for (let i = 0; i < y.length; i += 1) y[i] = (((y[i] as number) - method.low) / span) * 100;
      return;
    }
    case "n_rank":
    case "n_borda":
    case "n_prank":
      rankInPlace(y, method.f_n, method.ties);
      return;
    case "n_fracmax": {
      const max = maximumAvailable(y);
      for (let i = 0; i < y.length; i += 1) y[i] = (y[i] as number) / max;
      return;
    }
    case "n_dist2max": {
      const min = minimumAvailable(y);
      const max = maximumAvailable(y);
      for (let i = 0; i < y.length; i += 1) y[i] = 1 - (max - (y[i] as number)) / (max - min);
      return;
    }
    case "n_dist2ref": {
      const min = minimumAvailable(y);
      const reference = y[method.referenceRow] as number;
      for (let i = 0; i < y.length; i += 1) y[i] = 1 - (reference - (y[i] as number)) / (reference - min);
      if (method.capMax) capAtOne(y);
      return;
    }
    case "n_dist2targ":
      distanceToTarget(y, method.target, method.direction);
      if (method.capMax) capAtOne(y);
      return;
    case "n_goalposts":
      goalposts(y, method);
      return;
    case "none":
      return;
  }
}

function rankInPlace(y: Float64Array, f_n: "n_rank" | "n_borda" | "n_prank", ties: TiesMethod): void {
  const ranks = rankAscending(y, ties);
  // n_prank: (rank − 1)/(n_available − 1); n_borda: rank − 1.
  const available = f_n === "n_prank" ? countAvailable(y) : 0;
  for (let i = 0; i < y.length; i += 1) {
    const rank = ranks[i] as number;
    y[i] = f_n === "n_rank" ? rank : f_n === "n_borda" ? rank - 1 : (rank - 1) / (available - 1);
  }
}

function distanceToTarget(y: Float64Array, target: number, direction: 1 | -1): void {
  if (direction === 1) {
    const min = minimumAvailable(y);
    for (let i = 0; i < y.length; i += 1) y[i] = ((y[i] as number) - min) / (target - min);
  } else {
    const max = maximumAvailable(y);
    for (let i = 0; i < y.length; i += 1) y[i] = (max - (y[i] as number)) / (max - target);
  }
}

function goalposts(y: Float64Array, method: Extract<NormaliseMethod, { f_n: "n_goalposts" }>): void {
  for (let i = 0; i < y.length; i += 1) {
    const x = y[i] as number;
    // COINr's direction −1 form measures from the upper post: (x − U)/(L − U).
    let fraction =
      method.direction === -1
        ? (x - method.upper) / (method.lower - method.upper)
        : (x - method.lower) / (method.upper - method.lower);
    if (method.truncate) {
      if (fraction > 1) fraction = 1;
      else if (fraction < 0) fraction = 0;
    }
    y[i] = fraction * method.scale;
  }
}

function capAtOne(y: Float64Array): void {
  for (let i = 0; i < y.length; i += 1) if ((y[i] as number) > 1) y[i] = 1;
}
