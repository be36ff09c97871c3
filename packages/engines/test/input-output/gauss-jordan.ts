/**
 * A deliberately plain second implementation for the input-output tests: nested number arrays,
 * an explicit inverse by Gauss–Jordan elimination with partial pivoting, and textbook products.
 * Nothing here shares code with the engine.
 */
export type Plain = number[][];

export function inverse(m: Plain): Plain {
  const n = m.length;
  const a = m.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < n; c += 1) {
    let best = c;
    for (let r = c + 1; r < n; r += 1) if (Math.abs(at(a, r, c)) > Math.abs(at(a, best, c))) best = r;
    [a[c], a[best]] = [a[best] as number[], a[c] as number[]];
    const pivotRow = a[c] as number[];
    const pivot = at(a, c, c);
    for (let j = 0; j < 2 * n; j += 1) pivotRow[j] = (pivotRow[j] as number) / pivot;
    for (let r = 0; r < n; r += 1) {
      if (r === c) continue;
      const row = a[r] as number[];
      const factor = row[c] as number;
      for (let j = 0; j < 2 * n; j += 1) row[j] = (row[j] as number) - factor * (pivotRow[j] as number);
    }
  }
  return a.map((row) => row.slice(n));
}

export function at(m: Plain, i: number, j: number): number {
  return (m[i] as number[])[j] as number;
}

export function matmul(a: Plain, b: Plain): Plain {
  const inner = b.length;
  const cols = b[0]?.length ?? 0;
  return a.map((row) =>
    Array.from({ length: cols }, (_, j) => {
      let s = 0;
      for (let k = 0; k < inner; k += 1) s += (row[k] as number) * at(b, k, j);
      return s;
    }),
  );
}

export function transposed(m: Plain): Plain {
  const cols = m[0]?.length ?? 0;
  return Array.from({ length: cols }, (_, j) => m.map((row) => row[j] as number));
}

export function identityMinus(m: Plain): Plain {
  return m.map((row, i) => row.map((v, j) => (i === j ? 1 : 0) - v));
}

/**
 * Checks |got − exp| ≤ rel·|exp| + floor·max|exp| entry by entry (the spec's comparison: a relative
 * bound plus a floor scaled to the matrix's largest entry, default rel/1000), returning the first
 * failing entry as a message, undefined when all agree. `scale` replaces max|exp| for matrices
 * that are differences of larger ones.
 */
export function closeTo(
  got: Plain,
  exp: Plain,
  rel: number,
  floor = rel * 1e-3,
  scale = Math.max(0, ...exp.flat().map(Math.abs)),
): string | undefined {
  if (got.length !== exp.length) return `${got.length} rows, expected ${exp.length}`;
  for (let i = 0; i < exp.length; i += 1) {
    const g = got[i] as number[];
    const e = exp[i] as number[];
    if (g.length !== e.length) return `row ${i}: ${g.length} columns, expected ${e.length}`;
    for (let j = 0; j < e.length; j += 1) {
      const diff = Math.abs((g[j] as number) - (e[j] as number));
      if (!(diff <= rel * Math.abs(e[j] as number) + floor * scale)) {
        return `entry (${i}, ${j}): got ${g[j]}, expected ${e[j]}`;
      }
    }
  }
  return undefined;
}
