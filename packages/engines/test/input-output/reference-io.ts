/**
 * pymrio's `calc_all` written out literally on nested arrays (spec §2.1–2.5), with L as an explicit
 * Gauss–Jordan inverse, Ŷ, X = L·Ŷ and X_t formed, as pymrio does: the plain second implementation
 * the engine's solve-based accounts are checked against.
 */
import { at, identityMinus, inverse, matmul, type Plain, transposed } from "./gauss-jordan.ts";

export interface PlainSystem {
  readonly R: number;
  readonly P: number;
  readonly C: number;
  readonly Z: Plain;
  readonly Y: Plain;
  readonly F: Plain;
  readonly F_Y: Plain;
  readonly population: number[];
}

const inv0 = (v: number): number => (v === 0 ? 0 : 1 / v);

export function referenceCalcAll(sys: PlainSystem) {
  const { R, P, C, Z, Y, F, F_Y } = sys;
  const n = R * P;
  const x = Z.map((row, i) => row.reduce((s, v) => s + v, 0) + (Y[i] as number[]).reduce((s, v) => s + v, 0));
  const A = Z.map((row) => row.map((v, j) => v * inv0(x[j] as number)));
  const L = inverse(identityMinus(A));
  const S = F.map((row) => row.map((v, j) => v * inv0(x[j] as number)));
  const M = matmul(S, L);
  const yAgg = Y.map((row) =>
    Array.from({ length: R }, (_, r) => row.slice(r * C, (r + 1) * C).reduce((s, v) => s + v, 0)),
  );
  const yHat = Array.from({ length: n }, (_, row) =>
    Array.from({ length: n }, (_, col) => (row % P === col % P ? at(yAgg, row, Math.floor(col / P)) : 0)),
  );
  const X = matmul(L, yHat);
  const xBar = X.map((row) => row.reduce((s, v) => s + v, 0));
  const Xt = X.map((row, i) => row.map((v, j) => (Math.floor(i / P) === Math.floor(j / P) ? 0 : v)));
  const xExp = Xt.map((row) => row.reduce((s, v) => s + v, 0));
  const D_cba = matmul(S, X);
  const D_pba = S.map((row) => row.map((v, j) => v * (xBar[j] as number)));
  const D_imp = matmul(S, Xt);
  const D_exp = S.map((row) => row.map((v, j) => v * (xExp[j] as number)));
  const perRegion = (m: Plain, width: number) =>
    m.map((row) =>
      Array.from({ length: R }, (_, r) => row.slice(r * width, (r + 1) * width).reduce((s, v) => s + v, 0)),
    );
  const fyAgg = perRegion(F_Y, C);
  const plus = (a: Plain, b: Plain) => a.map((row, i) => row.map((v, j) => v + at(b, i, j)));
  const reg = {
    D_cba_reg: plus(perRegion(D_cba, P), fyAgg),
    D_pba_reg: plus(perRegion(D_pba, P), fyAgg),
    D_imp_reg: perRegion(D_imp, P),
    D_exp_reg: perRegion(D_exp, P),
  };
  const cap = (m: Plain) => m.map((row) => row.map((v, r) => v / (sys.population[r] as number)));
  const B = Z.map((row, i) => row.map((v) => v * inv0(x[i] as number)));
  const G = inverse(identityMinus(B));
  const M_down = matmul(
    S,
    identityMinus(transposed(G)).map((row) => row.map((v) => -v)),
  );
  const yCol = Array.from({ length: R * C }, (_, c) => Y.reduce((s, row) => s + (row[c] as number), 0));
  const S_Y = F_Y.map((row) => row.map((v, c) => v * inv0(yCol[c] as number)));
  return {
    x,
    A,
    L,
    B,
    G,
    S,
    S_Y,
    M,
    M_down,
    D_cba,
    D_pba,
    D_imp,
    D_exp,
    ...reg,
    D_cba_cap: cap(reg.D_cba_reg),
    D_pba_cap: cap(reg.D_pba_reg),
    D_imp_cap: cap(reg.D_imp_reg),
    D_exp_cap: cap(reg.D_exp_reg),
  };
}
