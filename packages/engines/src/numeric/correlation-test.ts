/**
 * Pearson, Spearman and Kendall correlation of two columns over the units where both are
 * available (R's `use = "pairwise.complete.obs"`), with the two-sided p-value R's `cor.test` gives
 * for the same pair: a t test for Pearson; for Spearman the exact null distribution (n ≤ 9) or the
 * Edgeworth series of AS 89 (Best & Roberts 1975, Appl. Statist. 24:377) up to n = 1290 without
 * ties, and a t approximation with ties; for Kendall the exact distribution for n < 50 without
 * ties, and the tie-corrected normal approximation otherwise (Kendall 1970, ch. 4).
 */
import { normalCdf, studentTCdf } from "./distributions.ts";
import { rankAscending } from "./ranks.ts";

export type CorrelationMethod = "pearson" | "spearman" | "kendall";

export interface CorrelationTest {
  /** r, ρ or τ-b; NaN when a column is constant over the shared units or fewer than 2 remain. */
  readonly estimate: number;
  /** Two-sided p-value; NaN where R's cor.test gives NA or refuses (Pearson with n < 3). */
  readonly pValue: number;
  /** Units where both values are available. */
  readonly n: number;
}

/** The correlation alone (no p-value), as R's `cor(x, y, method, use = "pairwise.complete.obs")`. */
export function correlation(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  method: CorrelationMethod = "pearson",
): number {
  const [a, b] = pairwiseComplete(x, y);
  if (a.length < 2) return Number.NaN;
  if (method === "pearson") return pearson(a, b);
  if (method === "spearman") return pearson(rankAscending(a, "average"), rankAscending(b, "average"));
  return kendallTauB(a, b);
}

export function correlationTest(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  method: CorrelationMethod = "pearson",
): CorrelationTest {
  const [a, b] = pairwiseComplete(x, y);
  const n = a.length;
  const estimate = n < 2 ? Number.NaN : correlation(a, b, method);
  if (!Number.isFinite(estimate)) return { estimate, pValue: Number.NaN, n };
  if (method === "pearson") return { estimate, pValue: pearsonPValue(estimate, n), n };
  const ties = hasTies(a) || hasTies(b);
  const pValue =
    method === "spearman" ? spearmanPValue(estimate, n, ties) : kendallPValue(estimate, a, b, ties);
  return { estimate, pValue, n };
}

function pairwiseComplete(x: ArrayLike<number>, y: ArrayLike<number>): [Float64Array, Float64Array] {
  if (x.length !== y.length) throw new Error(`correlation: columns of length ${x.length} and ${y.length}`);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < x.length; i += 1) {
    const u = x[i] as number;
    const v = y[i] as number;
    if (Number.isNaN(u) || Number.isNaN(v)) continue;
    a.push(u);
    b.push(v);
  }
  return [Float64Array.from(a), Float64Array.from(b)];
}

function pearson(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  let meanA = 0;
  let meanB = 0;
  for (let i = 0; i < n; i += 1) {
    meanA += a[i] as number;
    meanB += b[i] as number;
  }
  meanA /= n;
  meanB /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i += 1) {
    const da = (a[i] as number) - meanA;
    const db = (b[i] as number) - meanB;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  if (saa === 0 || sbb === 0) return Number.NaN;
  // R clamps to [−1, 1] too, so rounding cannot give |r| > 1.
  return Math.max(-1, Math.min(1, sab / Math.sqrt(saa * sbb)));
}

/** τ-b = Σ sign(Δx)·sign(Δy) / √((n₀ − n₁)(n₀ − n₂)), as R's cor(method = "kendall"). */
function kendallTauB(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  let s = 0;
  let tiedA = 0;
  let tiedB = 0;
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) {
      const da = Math.sign((a[i] as number) - (a[j] as number));
      const db = Math.sign((b[i] as number) - (b[j] as number));
      s += da * db;
      if (da === 0) tiedA += 1;
      if (db === 0) tiedB += 1;
    }
  }
  const n0 = (n * (n - 1)) / 2;
  const denominator = Math.sqrt((n0 - tiedA) * (n0 - tiedB));
  return denominator === 0 ? Number.NaN : s / denominator;
}

function pearsonPValue(r: number, n: number): number {
  if (n < 3) return Number.NaN;
  const df = n - 2;
  const t = (Math.sqrt(df) * r) / Math.sqrt(1 - r * r);
  return 2 * Math.min(studentTCdf(t, df), studentTCdf(t, df, false));
}

function spearmanPValue(rho: number, n: number, ties: boolean): number {
  // S = Σ d² of the ranks; without ties S = (n³ − n)(1 − ρ)/6.
  const q = ((n ** 3 - n) * (1 - rho)) / 6;
  const upper = q > (n ** 3 - n) / 6;
  let p: number;
  if (!ties && n <= 1290) {
    // cor.test rounds S and, for the lower tail, asks AS 89 for P(S < round(q) + 2) = P(S ≤ round(q)).
    p = spearmanAs89(n, Math.round(q) + (upper ? 0 : 2), !upper);
  } else {
    const t = rho / Math.sqrt((1 - rho * rho) / (n - 2));
    p = studentTCdf(t, n - 2, upper);
  }
  return Math.min(2 * p, 1);
}

/** AS 89: P(S ≥ s) (upper) or P(S < s) (lower) for Spearman's S under independence. */
function spearmanAs89(n: number, s: number, lowerTail: boolean): number {
  if (n <= 1) return Number.NaN;
  if (s <= 0) return lowerTail ? 0 : 1;
  const maxS = (n * (n * n - 1)) / 3;
  if (s > maxS) return lowerTail ? 1 : 0;
  if (n <= 9) {
    const counts = spearmanNullCounts(n);
    let atLeast = 0;
    let total = 0;
    counts.forEach((count, value) => {
      total += count;
      if (value >= s) atLeast += count;
    });
    return (lowerTail ? total - atLeast : atLeast) / total;
  }
  // The Edgeworth series of AS 89, with its published coefficients.
  const b = 1 / n;
  const x = ((6 * (s - 1) * b) / (n * n - 1) - 1) * Math.sqrt(n - 1);
  let y = x * x;
  const u =
    x *
    b *
    (0.2274 +
      b * (0.2531 + 0.1745 * b) +
      y *
        (-0.0758 +
          b * (0.1033 + 0.3932 * b) -
          y * b * (0.0879 + 0.0151 * b - y * (0.0072 - 0.0831 * b + y * b * (0.0131 - 4.6e-4 * y)))));
  y = u / Math.exp(y / 2);
  const p = (lowerTail ? -y : y) + normalCdf(x, lowerTail);
  return Math.min(1, Math.max(0, p));
}

const spearmanCountsCache = new Map<number, Map<number, number>>();

/** How many of the n! permutations give each value of S = Σ (i − π(i))², by enumeration (Heap). */
function spearmanNullCounts(n: number): Map<number, number> {
  const cached = spearmanCountsCache.get(n);
  if (cached !== undefined) return cached;
  const counts = new Map<number, number>();
  const perm = Array.from({ length: n }, (_, i) => i);
  const c = new Array<number>(n).fill(0);
  const record = () => {
    let s = 0;
    for (let i = 0; i < n; i += 1) s += (i - (perm[i] as number)) ** 2;
    counts.set(s, (counts.get(s) ?? 0) + 1);
  };
  record();
  let i = 0;
  while (i < n) {
    if ((c[i] as number) < i) {
      const j = i % 2 === 0 ? 0 : (c[i] as number);
      [perm[j], perm[i]] = [perm[i] as number, perm[j] as number];
      record();
      c[i] = (c[i] as number) + 1;
      i = 0;
    } else {
      c[i] = 0;
      i += 1;
    }
  }
  spearmanCountsCache.set(n, counts);
  return counts;
}

function kendallPValue(tau: number, a: Float64Array, b: Float64Array, ties: boolean): number {
  const n = a.length;
  if (n < 50 && !ties) {
    // T = concordant pairs; P(T ≤ q) from the exact null distribution of inversions.
    const q = Math.round(((tau + 1) * n * (n - 1)) / 4);
    const cdf = kendallNullCdf(n);
    const p = q > (n * (n - 1)) / 4 ? 1 - (cdf[q - 1] ?? 0) : (cdf[q] as number);
    return Math.min(2 * p, 1);
  }
  const xTies = tieSizes(a);
  const yTies = tieSizes(b);
  const sum = (sizes: number[], f: (t: number) => number) => sizes.reduce((total, t) => total + f(t), 0);
  const t0 = (n * (n - 1)) / 2;
  const t1 = sum(xTies, (t) => t * (t - 1)) / 2;
  const t2 = sum(yTies, (t) => t * (t - 1)) / 2;
  const s = tau * Math.sqrt((t0 - t1) * (t0 - t2));
  const v0 = n * (n - 1) * (2 * n + 5);
  const vt = sum(xTies, (t) => t * (t - 1) * (2 * t + 5));
  const vu = sum(yTies, (t) => t * (t - 1) * (2 * t + 5));
  const v1 = sum(xTies, (t) => t * (t - 1)) * sum(yTies, (t) => t * (t - 1));
  const v2 = sum(xTies, (t) => t * (t - 1) * (t - 2)) * sum(yTies, (t) => t * (t - 1) * (t - 2));
  const variance = (v0 - vt - vu) / 18 + v1 / (2 * n * (n - 1)) + v2 / (9 * n * (n - 1) * (n - 2));
  const z = s / Math.sqrt(variance);
  return 2 * Math.min(normalCdf(z), normalCdf(z, false));
}

const kendallCache = new Map<number, Float64Array>();

/** cdf[k] = P(T ≤ k) where T counts inversions of a random permutation of n (Mahonian numbers). */
function kendallNullCdf(n: number): Float64Array {
  const cached = kendallCache.get(n);
  if (cached !== undefined) return cached;
  const max = (n * (n - 1)) / 2;
  // f_m(k) = (1/m) Σ_{j=0}^{m−1} f_{m−1}(k − j): adding the m-th element creates 0…m−1 inversions.
  let density = new Float64Array(max + 1);
  density[0] = 1;
  for (let m = 2; m <= n; m += 1) {
    const next = new Float64Array(max + 1);
    for (let k = 0; k <= max; k += 1) {
      let total = 0;
      for (let j = 0; j < m && j <= k; j += 1) total += density[k - j] as number;
      next[k] = total / m;
    }
    density = next;
  }
  const cdf = new Float64Array(max + 1);
  let running = 0;
  for (let k = 0; k <= max; k += 1) {
    running += density[k] as number;
    cdf[k] = running;
  }
  kendallCache.set(n, cdf);
  return cdf;
}

function hasTies(values: Float64Array): boolean {
  return new Set(values).size < values.length;
}

/** Sizes of the groups of equal values that have more than one member. */
function tieSizes(values: Float64Array): number[] {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.values()].filter((count) => count > 1);
}
