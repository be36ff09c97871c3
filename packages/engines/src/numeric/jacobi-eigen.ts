/**
 * Eigen-decomposition of a real symmetric matrix by the cyclic Jacobi method (Golub & Van Loan,
 * Matrix Computations, 4th ed., §8.5): plane rotations zero each off-diagonal element in turn until
 * the off-diagonal norm is negligible. Small matrices only (indicator groups), where its accuracy,
 * orthogonal eigenvectors and simplicity matter more than speed.
 */

export interface SymmetricEigen {
  /** Eigenvalues in decreasing order. */
  readonly values: Float64Array;
  /** `vectors[k]` is the unit eigenvector of `values[k]`; its sign is whatever the rotations left. */
  readonly vectors: readonly Float64Array[];
}

/**
 * `matrix` is given as rows and must be square and symmetric (only the upper triangle is read).
 * Stops when the off-diagonal Frobenius norm is below 1e-15 of the matrix's, or after 100 sweeps.
 */
export function symmetricEigen(matrix: readonly ArrayLike<number>[]): SymmetricEigen {
  const n = matrix.length;
  // a: working copy (becomes diagonal); v: accumulated rotations, columns are eigenvectors.
  const a = Array.from({ length: n }, (_, i) =>
    Float64Array.from({ length: n }, (_, j) => entry(matrix, Math.min(i, j), Math.max(i, j))),
  );
  const v = Array.from({ length: n }, (_, i) =>
    Float64Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)),
  );
  const scale = frobenius(a);
  for (let sweep = 0; sweep < 100; sweep += 1) {
    if (offDiagonal(a) <= 1e-15 * scale) break;
    for (let p = 0; p < n - 1; p += 1) {
      for (let q = p + 1; q < n; q += 1) rotate(a, v, p, q);
    }
  }
  const order = Array.from({ length: n }, (_, k) => k).sort((x, y) => at(a, y, y) - at(a, x, x));
  return {
    values: Float64Array.from(order, (k) => at(a, k, k)),
    vectors: order.map((k) => Float64Array.from({ length: n }, (_, i) => at(v, i, k))),
  };
}

/** One Jacobi rotation J(p, q, θ) chosen so that (JᵀAJ)_pq = 0 (Golub & Van Loan Alg. 8.5.1). */
function rotate(a: Float64Array[], v: Float64Array[], p: number, q: number): void {
  const apq = at(a, p, q);
  if (apq === 0) return;
  const tau = (at(a, q, q) - at(a, p, p)) / (2 * apq);
  // t = tan θ, the smaller root of t² + 2τt − 1 = 0, for stability.
  const t = Math.sign(tau || 1) / (Math.abs(tau) + Math.sqrt(1 + tau * tau));
  const c = 1 / Math.sqrt(1 + t * t);
  const s = t * c;
  const n = a.length;
  for (let k = 0; k < n; k += 1) {
    const akp = at(a, k, p);
    const akq = at(a, k, q);
    (a[k] as Float64Array)[p] = c * akp - s * akq;
    (a[k] as Float64Array)[q] = s * akp + c * akq;
  }
  for (let k = 0; k < n; k += 1) {
    const apk = at(a, p, k);
    const aqk = at(a, q, k);
    (a[p] as Float64Array)[k] = c * apk - s * aqk;
    (a[q] as Float64Array)[k] = s * apk + c * aqk;
  }
  for (let k = 0; k < n; k += 1) {
    const vkp = at(v, k, p);
    const vkq = at(v, k, q);
    (v[k] as Float64Array)[p] = c * vkp - s * vkq;
    (v[k] as Float64Array)[q] = s * vkp + c * vkq;
  }
}

function entry(matrix: readonly ArrayLike<number>[], i: number, j: number): number {
  const value = (matrix[i] as ArrayLike<number>)[j];
  if (value === undefined || !Number.isFinite(value))
    throw new Error(`symmetricEigen: entry (${i}, ${j}) is ${value}`);
  return value;
}

function at(m: readonly Float64Array[], i: number, j: number): number {
  return (m[i] as Float64Array)[j] as number;
}

function frobenius(m: readonly Float64Array[]): number {
  let sum = 0;
  for (const row of m) for (const value of row) sum += value * value;
  return Math.sqrt(sum);
}

function offDiagonal(m: readonly Float64Array[]): number {
  let sum = 0;
  for (let i = 0; i < m.length; i += 1) {
    for (let j = 0; j < m.length; j += 1) if (i !== j) sum += at(m, i, j) ** 2;
  }
  return Math.sqrt(sum);
}
