/**
 * Dense matrices stored row-major in one Float64Array: entry (i, j) is `data[i * cols + j]`.
 * One contiguous buffer (not an array of rows) so kernels stream along rows and an EXIOBASE-sized
 * n × n matrix (768 MB at n = 9,800) is a single allocation.
 */
export interface DenseMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

/** A rows × cols matrix of zeros, or wrapping `data` (not copied) when given. */
export function denseMatrix(rows: number, cols: number, data?: Float64Array): DenseMatrix {
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) {
    throw new RangeError(`a matrix needs whole, non-negative dimensions, not ${rows} × ${cols}`);
  }
  const buffer = data ?? new Float64Array(rows * cols);
  if (buffer.length !== rows * cols) {
    throw new RangeError(`a ${rows} × ${cols} matrix needs ${rows * cols} values, not ${buffer.length}`);
  }
  return { rows, cols, data: buffer };
}

/** Builds a matrix from nested rows (all of one length). */
export function fromRows(values: readonly (readonly number[])[]): DenseMatrix {
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  const out = denseMatrix(rows, cols);
  values.forEach((row, i) => {
    if (row.length !== cols) throw new RangeError(`row ${i + 1} has ${row.length} values, not ${cols}`);
    out.data.set(row, i * cols);
  });
  return out;
}

/** The matrix as nested plain arrays (for JSON and tests). */
export function toRows(m: DenseMatrix): number[][] {
  return Array.from({ length: m.rows }, (_, i) => Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
}

export function identityMatrix(n: number): DenseMatrix {
  const out = denseMatrix(n, n);
  for (let i = 0; i < n; i += 1) out.data[i * n + i] = 1;
  return out;
}

export function transpose(m: DenseMatrix): DenseMatrix {
  const out = denseMatrix(m.cols, m.rows);
  const { rows, cols, data } = m;
  const t = out.data;
  // Tiles of 32 × 32 keep both the read rows and the written rows in cache.
  for (let i0 = 0; i0 < rows; i0 += 32) {
    const i1 = Math.min(rows, i0 + 32);
    for (let j0 = 0; j0 < cols; j0 += 32) {
      const j1 = Math.min(cols, j0 + 32);
      for (let i = i0; i < i1; i += 1) {
        for (let j = j0; j < j1; j += 1) t[j * rows + i] = data[i * cols + j] as number;
      }
    }
  }
  return out;
}

/** a · b, in i-k-j order so the inner loop runs along rows of b and of the result. */
export function multiply(a: DenseMatrix, b: DenseMatrix): DenseMatrix {
  if (a.cols !== b.rows) {
    throw new RangeError(`cannot multiply ${a.rows} × ${a.cols} by ${b.rows} × ${b.cols}`);
  }
  const out = denseMatrix(a.rows, b.cols);
  const m = b.cols;
  const ad = a.data;
  const bd = b.data;
  const od = out.data;
  for (let i = 0; i < a.rows; i += 1) {
    const oi = i * m;
    for (let k = 0; k < a.cols; k += 1) {
      const aik = ad[i * a.cols + k] as number;
      if (aik === 0) continue;
      const bk = k * m;
      for (let j = 0; j < m; j += 1) od[oi + j] = (od[oi + j] as number) + aik * (bd[bk + j] as number);
    }
  }
  return out;
}

/** Row sums (m · 1). */
export function rowSums(m: DenseMatrix): Float64Array {
  const out = new Float64Array(m.rows);
  for (let i = 0; i < m.rows; i += 1) {
    let s = 0;
    for (let j = 0; j < m.cols; j += 1) s += m.data[i * m.cols + j] as number;
    out[i] = s;
  }
  return out;
}

/** Column sums (1' · m). */
export function colSums(m: DenseMatrix): Float64Array {
  const out = new Float64Array(m.cols);
  for (let i = 0; i < m.rows; i += 1) {
    for (let j = 0; j < m.cols; j += 1) out[j] = (out[j] as number) + (m.data[i * m.cols + j] as number);
  }
  return out;
}

/** m · diag(v): column j multiplied by v[j]. */
export function scaleColumns(m: DenseMatrix, v: ArrayLike<number>): DenseMatrix {
  const out = denseMatrix(m.rows, m.cols);
  for (let i = 0; i < m.rows; i += 1) {
    for (let j = 0; j < m.cols; j += 1) {
      out.data[i * m.cols + j] = (m.data[i * m.cols + j] as number) * (v[j] as number);
    }
  }
  return out;
}

/** diag(v) · m: row i multiplied by v[i]. */
export function scaleRows(m: DenseMatrix, v: ArrayLike<number>): DenseMatrix {
  const out = denseMatrix(m.rows, m.cols);
  for (let i = 0; i < m.rows; i += 1) {
    const vi = v[i] as number;
    for (let j = 0; j < m.cols; j += 1) out.data[i * m.cols + j] = (m.data[i * m.cols + j] as number) * vi;
  }
  return out;
}

/**
 * pymrio's "safe reciprocal": 1/v with 1/0 replaced by 0, so a sector without output gets zero
 * coefficients instead of infinities. pymrio replaces only +inf, so its -0.0 gives -inf; here
 * both zeros give 0 (an intentional, harmless difference).
 */
export function safeReciprocal(v: ArrayLike<number>): Float64Array {
  const out = new Float64Array(v.length);
  for (let i = 0; i < v.length; i += 1) {
    const value = v[i] as number;
    out[i] = value === 0 ? 0 : 1 / value;
  }
  return out;
}
