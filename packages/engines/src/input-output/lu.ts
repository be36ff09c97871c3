/**
 * LU factorisation with partial pivoting, P·M = L·U (L unit lower, U upper, packed in one n × n
 * buffer), as LAPACK's dgetrf computes it for numpy's `linalg.inv`, and solves with it for several
 * right-hand sides, of M·X = B and of M'·X = B. Right-looking and blocked: a panel of `blockSize`
 * columns is factorised, then the trailing matrix gets one rank-`blockSize` update, tiled so that
 * the panel's rows of U stay in cache; that update holds nearly all of the 2/3 n³ flops.
 */
import type { DenseMatrix } from "./dense-matrix.ts";
import { denseMatrix, identityMatrix } from "./dense-matrix.ts";
import { InputOutputError } from "./input-output-error.ts";

export interface LuFactorisation {
  readonly n: number;
  /** L below the diagonal (its unit diagonal implied), U on and above it; row-major. */
  readonly lu: Float64Array;
  /** Row i of P·M is row `perm[i]` of M. */
  readonly perm: Int32Array;
  /** The factorised matrix's name, for messages. */
  readonly name: string;
}

export interface LuOptions {
  /** Names the matrix in errors (default "matrix"). */
  readonly name?: string;
  /** Labels column j in errors (default its 1-based number). */
  readonly columnLabel?: (j: number) => string;
  /** Panel width; 64 suits an L2 cache of 256 KB and more. */
  readonly blockSize?: number;
  /** Factorise in `m.data` itself instead of a copy (saves one n × n buffer; `m` is then the factors). */
  readonly inPlace?: boolean;
}

/** Width of the trailing-update tiles (columns): 512 doubles × 64 rows of U = 256 KB. */
const TILE = 512;

/**
 * Factorises a square matrix (not modified unless `inPlace`). Throws `input-output/invalid-input`
 * when it holds a NaN or infinity and `input-output/singular-matrix` when a pivot column is exactly zero, naming
 * the column: the same matrices numpy's `inv` rejects as singular.
 */
export function luFactor(m: DenseMatrix, options: LuOptions = {}): LuFactorisation {
  const name = options.name ?? "matrix";
  const label = options.columnLabel ?? ((j: number) => String(j + 1));
  if (m.rows !== m.cols) {
    throw new InputOutputError("input-output/invalid-input", name, `is ${m.rows} × ${m.cols}, not square`);
  }
  const n = m.rows;
  const a = options.inPlace === true ? m.data : Float64Array.from(m.data);
  for (let k = 0; k < a.length; k += 1) {
    if (!Number.isFinite(a[k] as number)) {
      const where = `${name} row ${label(Math.floor(k / n))}, column ${label(k % n)}`;
      throw new InputOutputError("input-output/invalid-input", where, `is ${a[k]}, not a finite number`);
    }
  }
  const perm = Int32Array.from({ length: n }, (_, i) => i);
  const nb = Math.max(1, Math.floor(options.blockSize ?? 64));
  for (let k0 = 0; k0 < n; k0 += nb) {
    const k1 = Math.min(n, k0 + nb);
    factorPanel(a, perm, n, k0, k1, name, label);
    solveUpperPanel(a, n, k0, k1);
    updateTrailing(a, n, k0, k1);
  }
  return { n, lu: a, perm, name };
}

/** Unblocked LU with partial pivoting of columns k0..k1 (all rows from k0 down). */
function factorPanel(
  a: Float64Array,
  perm: Int32Array,
  n: number,
  k0: number,
  k1: number,
  name: string,
  label: (j: number) => string,
): void {
  for (let p = k0; p < k1; p += 1) {
    let best = p;
    let max = Math.abs(a[p * n + p] as number);
    for (let i = p + 1; i < n; i += 1) {
      const v = Math.abs(a[i * n + p] as number);
      if (v > max) {
        max = v;
        best = i;
      }
    }
    if (!(max > 0) || !Number.isFinite(max)) {
      throw new InputOutputError(
        "input-output/singular-matrix",
        `${name} column ${label(p)}`,
        max === 0
          ? "the pivot vanished (every remaining entry of the column is 0): the matrix is singular"
          : `the pivot is ${max}: the factorisation overflowed`,
        { column: p },
      );
    }
    if (best !== p) swapRows(a, perm, n, p, best);
    const pivot = a[p * n + p] as number;
    for (let i = p + 1; i < n; i += 1) {
      const row = i * n;
      const l = (a[row + p] as number) / pivot;
      a[row + p] = l;
      if (l === 0) continue;
      for (let j = p + 1; j < k1; j += 1) a[row + j] = (a[row + j] as number) - l * (a[p * n + j] as number);
    }
  }
}

function swapRows(a: Float64Array, perm: Int32Array, n: number, p: number, q: number): void {
  for (let j = 0; j < n; j += 1) {
    const t = a[p * n + j] as number;
    a[p * n + j] = a[q * n + j] as number;
    a[q * n + j] = t;
  }
  const t = perm[p] as number;
  perm[p] = perm[q] as number;
  perm[q] = t;
}

/** U12 = L11⁻¹ A12: rows k0..k1, columns k1..n. */
function solveUpperPanel(a: Float64Array, n: number, k0: number, k1: number): void {
  for (let p = k0; p < k1; p += 1) {
    for (let i = p + 1; i < k1; i += 1) {
      const l = a[i * n + p] as number;
      if (l === 0) continue;
      for (let j = k1; j < n; j += 1) a[i * n + j] = (a[i * n + j] as number) - l * (a[p * n + j] as number);
    }
  }
}

/**
 * A22 −= L21 · U12. Register-blocked two rows of A22 by four columns of L21: each U12 entry loaded
 * serves two rows, each A22 entry is loaded and stored once per four columns of the panel.
 */
function updateTrailing(a: Float64Array, n: number, k0: number, k1: number): void {
  for (let j0 = k1; j0 < n; j0 += TILE) {
    const j1 = Math.min(n, j0 + TILE);
    let i = k1;
    for (; i + 1 < n; i += 2) updateTwoRows(a, n, i * n, (i + 1) * n, k0, k1, j0, j1);
    if (i < n) updateOneRow(a, n, i * n, k0, k1, j0, j1);
  }
}

function updateTwoRows(
  a: Float64Array,
  n: number,
  r0: number,
  r1: number,
  k0: number,
  k1: number,
  j0: number,
  j1: number,
): void {
  let p = k0;
  for (; p + 3 < k1; p += 4) {
    const a0 = a[r0 + p] as number;
    const a1 = a[r0 + p + 1] as number;
    const a2 = a[r0 + p + 2] as number;
    const a3 = a[r0 + p + 3] as number;
    const b0 = a[r1 + p] as number;
    const b1 = a[r1 + p + 1] as number;
    const b2 = a[r1 + p + 2] as number;
    const b3 = a[r1 + p + 3] as number;
    const u0 = p * n;
    const u1 = u0 + n;
    const u2 = u1 + n;
    const u3 = u2 + n;
    for (let j = j0; j < j1; j += 1) {
      const v0 = a[u0 + j] as number;
      const v1 = a[u1 + j] as number;
      const v2 = a[u2 + j] as number;
      const v3 = a[u3 + j] as number;
      a[r0 + j] = (a[r0 + j] as number) - a0 * v0 - a1 * v1 - a2 * v2 - a3 * v3;
      a[r1 + j] = (a[r1 + j] as number) - b0 * v0 - b1 * v1 - b2 * v2 - b3 * v3;
    }
  }
  for (; p < k1; p += 1) {
    const l0 = a[r0 + p] as number;
    const l1 = a[r1 + p] as number;
    const u = p * n;
    for (let j = j0; j < j1; j += 1) {
      const v = a[u + j] as number;
      a[r0 + j] = (a[r0 + j] as number) - l0 * v;
      a[r1 + j] = (a[r1 + j] as number) - l1 * v;
    }
  }
}

function updateOneRow(
  a: Float64Array,
  n: number,
  row: number,
  k0: number,
  k1: number,
  j0: number,
  j1: number,
): void {
  for (let p = k0; p < k1; p += 1) {
    const l = a[row + p] as number;
    const u = p * n;
    for (let j = j0; j < j1; j += 1) a[row + j] = (a[row + j] as number) - l * (a[u + j] as number);
  }
}

function checkRhs(f: LuFactorisation, b: DenseMatrix, what: string): void {
  if (b.rows !== f.n) {
    throw new InputOutputError(
      "input-output/invalid-input",
      what,
      `has ${b.rows} rows; ${f.name} is ${f.n} × ${f.n}`,
    );
  }
}

/** X with M·X = B (B is n × m, any m ≥ 0). */
export function luSolve(f: LuFactorisation, b: DenseMatrix): DenseMatrix {
  checkRhs(f, b, "right-hand side");
  const { n, lu, perm } = f;
  const m = b.cols;
  const x = denseMatrix(n, m);
  const xd = x.data;
  for (let i = 0; i < n; i += 1)
    xd.set(b.data.subarray((perm[i] as number) * m, ((perm[i] as number) + 1) * m), i * m);
  // Forward (L unit lower), row i from the rows above it: reads row i of L contiguously.
  for (let i = 1; i < n; i += 1) {
    const xi = i * m;
    for (let p = 0; p < i; p += 1) {
      const l = lu[i * n + p] as number;
      if (l === 0) continue;
      const xp = p * m;
      for (let j = 0; j < m; j += 1) xd[xi + j] = (xd[xi + j] as number) - l * (xd[xp + j] as number);
    }
  }
  for (let i = n - 1; i >= 0; i -= 1) {
    const xi = i * m;
    for (let p = i + 1; p < n; p += 1) {
      const u = lu[i * n + p] as number;
      if (u === 0) continue;
      const xp = p * m;
      for (let j = 0; j < m; j += 1) xd[xi + j] = (xd[xi + j] as number) - u * (xd[xp + j] as number);
    }
    const d = lu[i * n + i] as number;
    for (let j = 0; j < m; j += 1) xd[xi + j] = (xd[xi + j] as number) / d;
  }
  return x;
}

/** X with M'·X = B, from the same factorisation: M' = U'·L'·P, so U'Z = B, L'W = Z, X = P'W. */
export function luSolveTransposed(f: LuFactorisation, b: DenseMatrix): DenseMatrix {
  checkRhs(f, b, "right-hand side");
  const { n, lu, perm } = f;
  const m = b.cols;
  const z = Float64Array.from(b.data);
  // U' is lower triangular; column p of U' is row p of U, read contiguously.
  for (let p = 0; p < n; p += 1) {
    const zp = p * m;
    const d = lu[p * n + p] as number;
    for (let j = 0; j < m; j += 1) z[zp + j] = (z[zp + j] as number) / d;
    for (let i = p + 1; i < n; i += 1) {
      const u = lu[p * n + i] as number;
      if (u === 0) continue;
      const zi = i * m;
      for (let j = 0; j < m; j += 1) z[zi + j] = (z[zi + j] as number) - u * (z[zp + j] as number);
    }
  }
  // L' is unit upper triangular; column p of L' is row p of L.
  for (let p = n - 1; p > 0; p -= 1) {
    const zp = p * m;
    for (let i = 0; i < p; i += 1) {
      const l = lu[p * n + i] as number;
      if (l === 0) continue;
      const zi = i * m;
      for (let j = 0; j < m; j += 1) z[zi + j] = (z[zi + j] as number) - l * (z[zp + j] as number);
    }
  }
  const x = denseMatrix(n, m);
  for (let i = 0; i < n; i += 1) x.data.set(z.subarray(i * m, (i + 1) * m), (perm[i] as number) * m);
  return x;
}

/** M⁻¹ (n solves against the identity), for when the caller asks for L itself. */
export function luInverse(f: LuFactorisation): DenseMatrix {
  return luSolve(f, identityMatrix(f.n));
}
