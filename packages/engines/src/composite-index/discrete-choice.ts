/**
 * Which of K alternatives a sampled u ∈ [0, 1) selects (spec §7, quirk Q10).
 *
 * strict: alternative ⌊u·K⌋ + 1, so each alternative owns the fixed interval [(k−1)/K, k/K).
 * coinr:  COINr passes the whole sample column to R's `cut(x, K)`: K equal-width bins spanning the
 *         column's observed range, widened by range/1000 at both ends, right-closed. The bins then
 *         depend on the other draws, and an interior break that a value hits exactly sends it to
 *         the lower bin. Replaying a COINr design needs this to pick the same alternatives.
 */
import type { Compat } from "./coin-types.ts";

/**
 * R's `seq.int(from, to, length.out = n)` to the last bit, as R 4.2.2 computes it: from + i·by with
 * by = (to − from)/(n − 1), and the last element exactly `to` (checked against R on 20,000 random
 * ranges; a plain cumulative sum differs in the last bit).
 */
function rSequence(from: number, to: number, length: number): Float64Array {
  const out = new Float64Array(length);
  out[0] = from;
  if (length > 1) out[length - 1] = to;
  if (length > 2) {
    const by = (to - from) / (length - 1);
    for (let i = 1; i < length - 1; i += 1) out[i] = from + i * by;
  }
  return out;
}

/** The K + 1 breaks R's `cut(x, K)` uses for a column (NaN ignored, as `range(na.rm = TRUE)`). */
export function rCutBreaks(column: ArrayLike<number>, k: number): Float64Array {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < column.length; i += 1) {
    const x = column[i] as number;
    if (x < low) low = x;
    if (x > high) high = x;
  }
  const width = high - low;
  if (width === 0) {
    // A constant column: R widens by |x|/1000, or by 1/1000 around zero.
    const pad = (low !== 0 ? Math.abs(low) : 1) / 1000;
    return rSequence(low - pad, high + pad, k + 1);
  }
  const breaks = rSequence(low, high, k + 1);
  breaks[0] = low - width / 1000;
  breaks[k] = high + width / 1000;
  return breaks;
}

/** 1-based bin of x among right-closed bins (b_i, b_{i+1}]; 0 when outside (R gives NA). */
function rightClosedBin(breaks: Float64Array, x: number): number {
  let lo = 0;
  let hi = breaks.length - 1;
  if (!(x > (breaks[0] as number) && x <= (breaks[hi] as number))) return 0;
  // Invariant: breaks[lo] < x <= breaks[hi].
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (x > (breaks[mid] as number)) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * The 1-based alternative chosen for each u of one sample column. The column is the whole column
 * of the design (every replication), since coinr-mode bins depend on all of it.
 */
export function chooseAlternatives(column: ArrayLike<number>, k: number, compat: Compat): Int32Array {
  const chosen = new Int32Array(column.length);
  if (compat === "strict") {
    for (let i = 0; i < column.length; i += 1) {
      // u = 1 (allowed in a replayed design) belongs to the last alternative.
      chosen[i] = Math.min(Math.floor((column[i] as number) * k) + 1, k);
    }
    return chosen;
  }
  const breaks = rCutBreaks(column, k);
  for (let i = 0; i < column.length; i += 1) chosen[i] = rightClosedBin(breaks, column[i] as number);
  return chosen;
}
