/**
 * Copeland aggregation (COINr's `a_copeland` through `outrankMatrix`): units are compared pair by
 * pair over the group's children, and a unit's score is the number of units it outranks minus the
 * number that outrank it. Spec §4.6; quirk Q2 decides how missing values count.
 */
import type { Compat } from "./coin-types.ts";

export interface CopelandInput {
  readonly children: readonly Float64Array[];
  readonly weights: Float64Array;
  readonly compat: Compat;
  /** Units whose share of available children is below it get NA (strict only); −1 = no limit. */
  readonly datThresh: number;
}

/**
 * Fills `out` with Copeland scores, one per row (unit).
 *
 * coinr: weights are scaled to sum to 1 over all children; for i < j (rows in uCode order)
 * O_ij = Σ_{k: y_ik > y_jk} w_k + ½ Σ_{k: y_ik = y_jk} w_k, where a comparison with NA counts
 * nothing, and O_ji = 1 − O_ij, so the weight of every NA comparison is credited to the later unit.
 * C_ij = sign(O_ij − ½), compared exactly as R does; score_i = Σ_j C_ij. No unit is ever NA and
 * `dat_thresh` is ignored (COINr aggregates by data frame there).
 *
 * strict: each pair is judged on the children both units have, with the weights renormalised over
 * those (O_ij = (Σ_{>} w + ½ Σ_{=} w) / Σ_{comparable} w, ½ when nothing is comparable), so
 * O_ji = 1 − O_ij holds without favouring either unit; O_ij within 1e-12 of ½ is a tie. A unit
 * with no available child, or under `dat_thresh`, takes no part and scores NA.
 */
export function copelandScores(input: CopelandInput, out: Float64Array): void {
  const { children, compat } = input;
  const n = out.length;
  const k = children.length;
  const weights = compat === "coinr" ? normalisedWeights(input.weights) : input.weights;
  const included = new Uint8Array(n);
  for (let unit = 0; unit < n; unit += 1) {
    let available = 0;
    for (let child = 0; child < k; child += 1) {
      const value = (children[child] as Float64Array)[unit] as number;
      if (!Number.isNaN(value)) available += 1;
    }
    included[unit] = compat === "coinr" || (available > 0 && available / k >= input.datThresh) ? 1 : 0;
    out[unit] = included[unit] === 1 ? 0 : Number.NaN;
  }
  // Rows of unit values side by side (unit-major) keep the pair loop on adjacent memory.
  const rows = new Float64Array(n * k);
  for (let child = 0; child < k; child += 1) {
    const column = children[child] as Float64Array;
    for (let unit = 0; unit < n; unit += 1) rows[unit * k + child] = column[unit] as number;
  }
  for (let i = 0; i < n; i += 1) {
    if (included[i] === 0) continue;
    for (let j = i + 1; j < n; j += 1) {
      if (included[j] === 0) continue;
      const oij = outranking(rows, k, weights, i, j, compat);
      // O_ji is formed as 1 − O_ij and judged on its own, as R's matrix is; in strict the two signs
      // are opposite by construction, in coinr they are too except where 1 − O_ij rounds to ½.
      const oji = 1 - oij;
      out[i] = (out[i] as number) + copelandSign(oij, compat);
      out[j] = (out[j] as number) + copelandSign(oji, compat);
    }
  }
}

/** O_ij for i < j: the weight share of children on which unit i beats unit j, ties counting half. */
function outranking(
  rows: Float64Array,
  k: number,
  weights: Float64Array,
  i: number,
  j: number,
  compat: Compat,
): number {
  let better = 0;
  let equal = 0;
  let comparable = 0;
  const rowI = i * k;
  const rowJ = j * k;
  for (let child = 0; child < k; child += 1) {
    const a = rows[rowI + child] as number;
    const b = rows[rowJ + child] as number;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    const weight = weights[child] as number;
    comparable += weight;
    if (a > b) better += weight;
    else if (a === b) equal += weight;
  }
  // R evaluates sum(sum(w[gt]), sum(w[eq]) / 2) on weights already scaled to sum to 1.
  if (compat === "coinr") return better + equal / 2;
  return comparable === 0 ? 0.5 : (better + equal / 2) / comparable;
}

function copelandSign(o: number, compat: Compat): number {
  if (compat === "strict" && Math.abs(o - 0.5) <= 1e-12) return 0;
  return o > 0.5 ? 1 : o < 0.5 ? -1 : 0;
}

function normalisedWeights(weights: Float64Array): Float64Array {
  let sum = 0;
  for (const weight of weights) sum += weight;
  return weights.map((weight) => weight / sum);
}
