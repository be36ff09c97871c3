/**
 * Descriptive statistics over the available (non-NaN) values of a column, with R's conventions:
 * sample variance with n − 1, and the skewness and kurtosis that COINr's Treat tests (type 2 of
 * e1071, Excel's SKEW and KURT). Every function is a plain loop over `ArrayLike<number>` with no
 * allocation, because Treat evaluates them inside its winsorisation loop on every replication of
 * the uncertainty analysis.
 */

/** Number of non-NaN values. */
export function countAvailable(values: ArrayLike<number>): number {
  let n = 0;
  for (let i = 0; i < values.length; i += 1) if (!Number.isNaN(values[i] as number)) n += 1;
  return n;
}

/** Smallest available value; NaN when none is available (R would give Inf with a warning). */
export function minimumAvailable(values: ArrayLike<number>): number {
  let min = Number.POSITIVE_INFINITY;
  let seen = false;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] as number;
    if (Number.isNaN(value)) continue;
    seen = true;
    if (value < min) min = value;
  }
  return seen ? min : Number.NaN;
}

/** Largest available value; NaN when none is available. */
export function maximumAvailable(values: ArrayLike<number>): number {
  let max = Number.NEGATIVE_INFINITY;
  let seen = false;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] as number;
    if (Number.isNaN(value)) continue;
    seen = true;
    if (value > max) max = value;
  }
  return seen ? max : Number.NaN;
}

/**
 * Arithmetic mean of the available values, NaN when none. Like R's `mean`, a second pass adds
 * the mean of the residuals, which makes the mean of a constant column exactly that constant
 * (so its deviations are exactly zero and its skewness is NaN, as in R).
 */
export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] as number;
    if (Number.isNaN(value)) continue;
    sum += value;
    n += 1;
  }
  if (n === 0) return Number.NaN;
  const first = sum / n;
  if (!Number.isFinite(first)) return first;
  let residual = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] as number;
    if (!Number.isNaN(value)) residual += value - first;
  }
  return first + residual / n;
}

/** Median of the available values (mean of the two middle ones for an even count); NaN when none. */
export function median(values: ArrayLike<number>): number {
  const n = countAvailable(values);
  if (n === 0) return Number.NaN;
  const sorted = new Float64Array(n);
  let k = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] as number;
    if (!Number.isNaN(value)) sorted[k++] = value;
  }
  sorted.sort();
  const middle = n >> 1;
  return n % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Sample variance Σ(x − x̄)² / (n − 1) of the available values; NaN when fewer than two. */
export function sampleVariance(values: ArrayLike<number>): number {
  const m = mean(values);
  let n = 0;
  let sumSquares = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] as number;
    if (Number.isNaN(value)) continue;
    const deviation = value - m;
    sumSquares += deviation * deviation;
    n += 1;
  }
  return n < 2 ? Number.NaN : sumSquares / (n - 1);
}

/** Sample standard deviation (n − 1), R's `sd(x, na.rm = TRUE)`. */
export function sampleStandardDeviation(values: ArrayLike<number>): number {
  return Math.sqrt(sampleVariance(values));
}

/**
 * Sample skewness G1 of the available values (spec §4.4; e1071 type 2):
 * G1 = [√n Σd³ / (Σd²)^{3/2}] · √(n(n − 1)) / (n − 2), d = x − x̄.
 * NaN when fewer than three values are available, or when they are all equal (0/0, as in R).
 */
export function skewness(values: ArrayLike<number>): number {
  return skewnessAndKurtosis(values).skew;
}

/**
 * Sample excess kurtosis G2 of the available values (spec §4.4; e1071 type 2):
 * r = n Σd⁴ / (Σd²)², G2 = [(n + 1)(r − 3) + 6] · (n − 1) / ((n − 2)(n − 3)).
 * NaN when fewer than four values are available, or when they are all equal.
 */
export function excessKurtosis(values: ArrayLike<number>): number {
  return skewnessAndKurtosis(values).kurt;
}

/**
 * G1 and G2 together from one mean and one pass (what the skew/kurtosis test needs); `skewness`
 * and `excessKurtosis` are its two halves.
 */
export function skewnessAndKurtosis(values: ArrayLike<number>): { skew: number; kurt: number } {
  const m = mean(values);
  let n = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] as number;
    if (Number.isNaN(value)) continue;
    const d = value - m;
    const d2 = d * d;
    s2 += d2;
    s3 += d2 * d;
    s4 += d2 * d2;
    n += 1;
  }
  const skew = n < 3 ? Number.NaN : (((Math.sqrt(n) * s3) / s2 ** 1.5) * Math.sqrt(n * (n - 1))) / (n - 2);
  const r = (n * s4) / (s2 * s2);
  const kurt = n < 4 ? Number.NaN : (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
  return { skew, kurt };
}
