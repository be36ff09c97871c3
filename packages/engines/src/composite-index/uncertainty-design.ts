/**
 * The sample of an uncertainty or sensitivity analysis: one row per replication, one column per
 * uncertain input, values in [0, 1), row-major (`design[r·d + i]`).
 *
 * Uncertainty only: N rows. Sensitivity: two independent N × d blocks A and B, then for each input
 * i the block AB_i = A with column i from B, stacked [A; B; AB_1; …; AB_d] (N(d + 2) rows), the
 * layout of COINr's `SA_sample`.
 *
 * `random` fills the base matrix column by column, as R's `matrix(runif(d·N), nrow = N)` does (N × d
 * for UA, N × 2d with A the first d columns for SA), so the structure matches COINr's even though
 * the stream does not. `sobol` takes Sobol points 1…N (the origin, point 0, is skipped: it sits on
 * the edge of every bin) of dimension d (UA) or 2d (SA: A the first d coordinates, B the last d).
 */
import { SobolSequence } from "../numeric/sobol.ts";

export type Sampler = "random" | "sobol";

export interface DesignOptions {
  readonly n: number;
  readonly d: number;
  readonly sa: boolean;
  readonly sampler: Sampler;
  /** The seeded stream (`createRandom(seed)`); the `random` sampler draws N·d or 2N·d values from it. */
  readonly random: () => number;
}

/** The N × width base matrix, row-major. */
function baseMatrix(n: number, width: number, sampler: Sampler, random: () => number): Float64Array {
  const base = new Float64Array(n * width);
  if (sampler === "sobol") {
    const sequence = new SobolSequence(width, { skip: 1 });
    const point = new Float64Array(width);
    for (let r = 0; r < n; r += 1) {
      sequence.next(point);
      base.set(point, r * width);
    }
    return base;
  }
  for (let j = 0; j < width; j += 1) for (let r = 0; r < n; r += 1) base[r * width + j] = random();
  return base;
}

export function designRows(n: number, d: number, sa: boolean): number {
  return sa ? n * (d + 2) : n;
}

export function sampleDesign(options: DesignOptions): Float64Array {
  const { n, d, sa, sampler, random } = options;
  if (!sa) return baseMatrix(n, d, sampler, random);
  const base = baseMatrix(n, 2 * d, sampler, random);
  const design = new Float64Array(n * (d + 2) * d);
  for (let r = 0; r < n; r += 1) {
    for (let j = 0; j < d; j += 1) {
      const a = base[r * 2 * d + j] as number;
      const b = base[r * 2 * d + d + j] as number;
      design[r * d + j] = a;
      design[(n + r) * d + j] = b;
      for (let i = 0; i < d; i += 1) design[((2 + i) * n + r) * d + j] = i === j ? b : a;
    }
  }
  return design;
}
