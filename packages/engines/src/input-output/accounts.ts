/**
 * pymrio's consumption, production and trade accounts (§2.4 of the spec) from one factorisation of
 * I − A, without Ŷ, X = L·Ŷ or (unless asked) L. With W = (I − A)⁻¹·Y_agg (R solves) and
 * M = S·L (K transposed solves):
 *   D_cba[k, (r, j)] = Σ_t M[k, (t, j)] · Y_agg[(t, j), r]
 *   D_pba = S · diag(x̄),   x̄ = W·1
 *   D_exp = S · diag(x̄ − x_dom),   x_dom[(s, i)] = W[(s, i), s]
 *   D_imp = D_cba − dom,   dom[k, (r, j)] = Σ_i S[k, (r, i)] · X[(r, i), (r, j)]
 * The domestic part needs the rows of L of each region: K·R transposed solves of S masked to one
 * region, or, when K·R exceeds n, L itself.
 */
import type { DenseMatrix } from "./dense-matrix.ts";
import { denseMatrix, transpose } from "./dense-matrix.ts";
import type { LuFactorisation } from "./lu.ts";
import { luSolveTransposed } from "./lu.ts";

export interface Dims {
  readonly regions: number;
  readonly sectors: number;
  readonly categories: number;
}

export interface SectorAccounts {
  readonly M: DenseMatrix;
  readonly D_cba: DenseMatrix;
  readonly D_pba: DenseMatrix;
  readonly D_imp: DenseMatrix;
  readonly D_exp: DenseMatrix;
}

/** Y_agg (n × R): final demand summed over the categories of each consuming region. */
export function aggregateFinalDemand(y: DenseMatrix, dims: Dims): DenseMatrix {
  const out = denseMatrix(y.rows, dims.regions);
  for (let i = 0; i < y.rows; i += 1) {
    for (let c = 0; c < y.cols; c += 1) {
      const r = Math.floor(c / dims.categories);
      out.data[i * dims.regions + r] =
        (out.data[i * dims.regions + r] as number) + (y.data[i * y.cols + c] as number);
    }
  }
  return out;
}

/** Σ_t M[k, (t, j)] · Y_agg[(t, j), r] into column (r, j), for a K × n "multiplier" M. */
function footprint(m: DenseMatrix, yAgg: DenseMatrix, dims: Dims): DenseMatrix {
  const { regions: R, sectors: P } = dims;
  const n = R * P;
  const out = denseMatrix(m.rows, n);
  for (let k = 0; k < m.rows; k += 1) {
    for (let r = 0; r < R; r += 1) {
      for (let j = 0; j < P; j += 1) {
        let s = 0;
        for (let t = 0; t < R; t += 1)
          s += (m.data[k * n + t * P + j] as number) * (yAgg.data[(t * P + j) * R + r] as number);
        out.data[k * n + r * P + j] = s;
      }
    }
  }
  return out;
}

/** S·diag(v). */
function timesDiagonal(s: DenseMatrix, v: ArrayLike<number>): DenseMatrix {
  const out = denseMatrix(s.rows, s.cols);
  for (let k = 0; k < s.rows; k += 1) {
    for (let j = 0; j < s.cols; j += 1)
      out.data[k * s.cols + j] = (s.data[k * s.cols + j] as number) * (v[j] as number);
  }
  return out;
}

/** The domestic part of D_cba through K·R transposed solves. */
function domesticBySolves(lu: LuFactorisation, s: DenseMatrix, yAgg: DenseMatrix, dims: Dims): DenseMatrix {
  const { regions: R, sectors: P } = dims;
  const n = R * P;
  const K = s.rows;
  // Column r·K + k of the right-hand side is row k of S restricted to region r's sectors.
  const rhs = denseMatrix(n, K * R);
  for (let r = 0; r < R; r += 1) {
    for (let i = r * P; i < (r + 1) * P; i += 1) {
      for (let k = 0; k < K; k += 1) rhs.data[i * K * R + r * K + k] = s.data[k * n + i] as number;
    }
  }
  const solved = luSolveTransposed(lu, rhs); // n × K·R, column r·K + k = (S_r · L)[k, :]'
  const out = denseMatrix(K, n);
  for (let k = 0; k < K; k += 1) {
    for (let r = 0; r < R; r += 1) {
      for (let j = 0; j < P; j += 1) {
        let sum = 0;
        for (let t = 0; t < R; t += 1) {
          sum +=
            (solved.data[(t * P + j) * K * R + r * K + k] as number) *
            (yAgg.data[(t * P + j) * R + r] as number);
        }
        out.data[k * n + r * P + j] = sum;
      }
    }
  }
  return out;
}

/** The domestic part of D_cba from L: T_r[i, j] = Σ_t L[(r, i), (t, j)] · Y_agg[(t, j), r]. */
function domesticFromInverse(l: DenseMatrix, s: DenseMatrix, yAgg: DenseMatrix, dims: Dims): DenseMatrix {
  const { regions: R, sectors: P } = dims;
  const n = R * P;
  const out = denseMatrix(s.rows, n);
  const t = new Float64Array(P * P);
  for (let r = 0; r < R; r += 1) {
    for (let i = 0; i < P; i += 1) {
      const row = (r * P + i) * n;
      for (let j = 0; j < P; j += 1) {
        let sum = 0;
        for (let o = 0; o < R; o += 1)
          sum += (l.data[row + o * P + j] as number) * (yAgg.data[(o * P + j) * R + r] as number);
        t[i * P + j] = sum;
      }
    }
    for (let k = 0; k < s.rows; k += 1) {
      for (let i = 0; i < P; i += 1) {
        const ski = s.data[k * n + r * P + i] as number;
        if (ski === 0) continue;
        for (let j = 0; j < P; j += 1) {
          out.data[k * n + r * P + j] =
            (out.data[k * n + r * P + j] as number) + ski * (t[i * P + j] as number);
        }
      }
    }
  }
  return out;
}

export interface AccountInputs {
  readonly lu: LuFactorisation;
  readonly yAgg: DenseMatrix;
  /** W = (I − A)⁻¹ · Y_agg. */
  readonly w: DenseMatrix;
  readonly xBar: Float64Array;
  readonly dims: Dims;
  /** L when it has been formed anyway; then the domestic part is taken from it. */
  readonly l?: DenseMatrix;
}

/** M and the four detailed accounts of one extension's S. */
export function sectorAccounts(s: DenseMatrix, inputs: AccountInputs): SectorAccounts {
  const { lu, yAgg, w, xBar, dims } = inputs;
  const R = dims.regions;
  const P = dims.sectors;
  const m = transpose(luSolveTransposed(lu, transpose(s)));
  const dCba = footprint(m, yAgg, dims);
  const exported = new Float64Array(xBar.length);
  for (let i = 0; i < xBar.length; i += 1) {
    exported[i] = (xBar[i] as number) - (w.data[i * R + Math.floor(i / P)] as number);
  }
  const dom =
    inputs.l !== undefined
      ? domesticFromInverse(inputs.l, s, yAgg, dims)
      : domesticBySolves(lu, s, yAgg, dims);
  const dImp = denseMatrix(s.rows, s.cols);
  for (let k = 0; k < dImp.data.length; k += 1)
    dImp.data[k] = (dCba.data[k] as number) - (dom.data[k] as number);
  return { M: m, D_cba: dCba, D_pba: timesDiagonal(s, xBar), D_imp: dImp, D_exp: timesDiagonal(s, exported) };
}

/** Column sums per region of a K × (R·width) matrix: K × R. */
export function sumPerRegion(m: DenseMatrix, regions: number): DenseMatrix {
  const width = m.cols / regions;
  const out = denseMatrix(m.rows, regions);
  for (let k = 0; k < m.rows; k += 1) {
    for (let j = 0; j < m.cols; j += 1) {
      const r = Math.floor(j / width);
      out.data[k * regions + r] = (out.data[k * regions + r] as number) + (m.data[k * m.cols + j] as number);
    }
  }
  return out;
}
