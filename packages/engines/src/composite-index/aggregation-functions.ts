/**
 * COINr's row-wise aggregation functions (a_amean, a_gmean, a_hmean, a_genmean) applied to one
 * aggregation group at once: each call fills one output column from the children's columns, with
 * no allocation per unit, because the uncertainty analysis rebuilds the index about 1,000 times a
 * second. Copeland, which compares units with each other, lives in `copeland.ts`.
 */
import type { Compat } from "./coin-types.ts";
import { CompositeIndexError } from "./composite-index-error.ts";

export type RowAggregationName = "a_amean" | "a_gmean" | "a_hmean" | "a_genmean";

/** One aggregation group: its children's columns and (relative) weights, in the same order. */
export interface AggregationGroupInput {
  readonly children: readonly Float64Array[];
  readonly childCodes: readonly string[];
  readonly weights: Float64Array;
  /** COINr's `dat_thresh`: NA where (available children / all children) < it; −1 = no limit. */
  readonly datThresh: number;
  /** The generalised mean's exponent (`f_ag_para.p`); ignored by the other functions. */
  readonly p: number;
  readonly units: readonly string[];
  readonly compat: Compat;
  /** Where to point an error: `steps[5] (a_gmean, level 2, aggregate P1)`. */
  readonly where: string;
}

export function aggregateRows(
  name: RowAggregationName,
  group: AggregationGroupInput,
  out: Float64Array,
): void {
  switch (name) {
    case "a_amean":
      arithmeticMean(group, out);
      return;
    case "a_gmean":
      geometricMean(group, out);
      return;
    case "a_hmean":
      harmonicMean(group, out);
      return;
    case "a_genmean":
      generalisedMean(group, out);
      return;
  }
}

/** y = Σ_A w_i y_i / Σ_A w_i over the available children A (COINr's `a_amean`). */
function arithmeticMean(group: AggregationGroupInput, out: Float64Array): void {
  const { children, weights } = group;
  const k = children.length;
  for (let unit = 0; unit < out.length; unit += 1) {
    let sum = 0;
    let weightSum = 0;
    let available = 0;
    for (let child = 0; child < k; child += 1) {
      const value = (children[child] as Float64Array)[unit] as number;
      if (Number.isNaN(value)) continue;
      const weight = weights[child] as number;
      sum += weight * value;
      weightSum += weight;
      available += 1;
    }
    out[unit] = available === 0 || available / k < group.datThresh ? Number.NaN : sum / weightSum;
  }
}

/**
 * y = exp(Σ_A w_i ln y_i / Σ_A w_i). COINr stops the whole build on any available value ≤ 0
 * (a row under `dat_thresh` is never evaluated, so it cannot fail); so do we, naming the cell.
 */
function geometricMean(group: AggregationGroupInput, out: Float64Array): void {
  const { children, weights } = group;
  const k = children.length;
  for (let unit = 0; unit < out.length; unit += 1) {
    const available = countAvailable(children, unit);
    if (available === 0 || available / k < group.datThresh) {
      out[unit] = Number.NaN;
      continue;
    }
    let sum = 0;
    let weightSum = 0;
    for (let child = 0; child < k; child += 1) {
      const value = (children[child] as Float64Array)[unit] as number;
      if (Number.isNaN(value)) continue;
      if (value <= 0) throw nonPositive(group, unit, child, value, "a_gmean takes logarithms");
      const weight = weights[child] as number;
      sum += weight * Math.log(value);
      weightSum += weight;
    }
    out[unit] = Math.exp(sum / weightSum);
  }
}

/**
 * y = Σ_A w_i / Σ_A (w_i / y_i). COINr refuses zeros but accepts negative values, which make
 * the result meaningless (quirk Q9); strict refuses both.
 */
function harmonicMean(group: AggregationGroupInput, out: Float64Array): void {
  const { children, weights } = group;
  const k = children.length;
  const refuseNegative = group.compat === "strict";
  for (let unit = 0; unit < out.length; unit += 1) {
    const available = countAvailable(children, unit);
    if (available === 0 || available / k < group.datThresh) {
      out[unit] = Number.NaN;
      continue;
    }
    let inverseSum = 0;
    let weightSum = 0;
    for (let child = 0; child < k; child += 1) {
      const value = (children[child] as Float64Array)[unit] as number;
      if (Number.isNaN(value)) continue;
      if (value === 0) throw nonPositive(group, unit, child, value, "a_hmean divides by every value");
      if (value < 0 && refuseNegative) {
        throw nonPositive(group, unit, child, value, "a_hmean of negative values has no meaning");
      }
      const weight = weights[child] as number;
      inverseSum += weight / value;
      weightSum += weight;
    }
    out[unit] = weightSum / inverseSum;
  }
}

/**
 * y = (Σ w_i y_i^p / Σ w_i)^{1/p}. COINr does not drop missing children here, so any NA child
 * gives NA (quirk Q3); strict drops them as `a_amean` does. p < 0 needs every value > 0; a
 * fractional p needs every value ≥ 0 (strict refuses what R would silently turn into NaN).
 */
function generalisedMean(group: AggregationGroupInput, out: Float64Array): void {
  const { children, weights, p } = group;
  const k = children.length;
  const strict = group.compat === "strict";
  const fractional = !Number.isInteger(p);
  for (let unit = 0; unit < out.length; unit += 1) {
    const available = countAvailable(children, unit);
    if (available === 0 || available / k < group.datThresh) {
      out[unit] = Number.NaN;
      continue;
    }
    for (let child = 0; child < k; child += 1) {
      const value = (children[child] as Float64Array)[unit] as number;
      if (Number.isNaN(value)) continue;
      if (p < 0 && value <= 0) {
        throw nonPositive(group, unit, child, value, `a_genmean with p = ${p} < 0 needs values above zero`);
      }
      if (strict && fractional && value < 0) {
        throw nonPositive(group, unit, child, value, `a_genmean with a fractional p = ${p} needs values ≥ 0`);
      }
    }
    if (!strict && available < k) {
      out[unit] = Number.NaN;
      continue;
    }
    let sum = 0;
    let weightSum = 0;
    for (let child = 0; child < k; child += 1) {
      const value = (children[child] as Float64Array)[unit] as number;
      if (Number.isNaN(value)) continue;
      const weight = weights[child] as number;
      sum += weight * value ** p;
      weightSum += weight;
    }
    out[unit] = (sum / weightSum) ** (1 / p);
  }
}

function countAvailable(children: readonly Float64Array[], unit: number): number {
  let available = 0;
  for (let child = 0; child < children.length; child += 1) {
    const value = (children[child] as Float64Array)[unit] as number;
    if (!Number.isNaN(value)) available += 1;
  }
  return available;
}

function nonPositive(
  group: AggregationGroupInput,
  unit: number,
  child: number,
  value: number,
  reason: string,
): CompositeIndexError {
  const uCode = group.units[unit] as string;
  const iCode = group.childCodes[child] as string;
  return new CompositeIndexError(
    "composite-index/step-failed",
    `${group.where}: unit ${uCode}, column ${iCode}`,
    `value ${value} cannot be aggregated: ${reason}. Normalise to a range above zero first ` +
      `(for example n_minmax with l_u [1, 100]) or choose another aggregation function.`,
    { uCode, iCode, value },
  );
}
