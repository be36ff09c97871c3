/**
 * pymrio 0.6.3's `calc_all()` (spec §2) through one LU factorisation of I − A (spec §7): every
 * account comes from triangular solves, and L = (I − A)⁻¹ is formed only when asked for (or when
 * the per-sector imports need more solves than L has columns).
 */
import type { Dims, SectorAccounts } from "./accounts.ts";
import { aggregateFinalDemand, sectorAccounts, sumPerRegion } from "./accounts.ts";
import type { DenseMatrix } from "./dense-matrix.ts";
import {
  colSums,
  denseMatrix,
  multiply,
  rowSums,
  safeReciprocal,
  scaleColumns,
  scaleRows,
  transpose,
} from "./dense-matrix.ts";
import type { ExtensionInput, IoSystemInput, SystemLabels } from "./io-system.ts";
import { validateSystem } from "./io-system.ts";
import type { LuFactorisation } from "./lu.ts";
import { luFactor, luInverse, luSolve } from "./lu.ts";

export interface CalcAllOptions {
  /** Form and return L = (I − A)⁻¹ (n more solves). Default false. */
  readonly includeL?: boolean;
  /** Ghosh B, G and each extension's M_down (pymrio's include_ghosh). Default false. */
  readonly includeGhosh?: boolean;
  /** LU panel width (default 64). */
  readonly blockSize?: number;
  /**
   * How the domestic part of D_imp is found: "solves" (K·R transposed solves per extension),
   * "inverse" (from L), "auto" (default: L when some extension has K·R > n).
   */
  readonly domesticPart?: "auto" | "solves" | "inverse";
}

export interface ExtensionResult {
  readonly name: string;
  readonly rowLabels: readonly string[];
  readonly F: DenseMatrix;
  readonly S: DenseMatrix;
  /** Present when F_Y or S_Y was given. */
  readonly F_Y?: DenseMatrix;
  readonly S_Y?: DenseMatrix;
  /** S·L: stressor per unit of final demand of each product (K × n). */
  readonly M: DenseMatrix;
  /** S·(G' − I), with includeGhosh. */
  readonly M_down?: DenseMatrix;
  /** Columns (consuming region, product). */
  readonly D_cba: DenseMatrix;
  /** Columns (producing region, sector). */
  readonly D_pba: DenseMatrix;
  /** Columns (consuming region, product). */
  readonly D_imp: DenseMatrix;
  /** Columns (producing region, sector). */
  readonly D_exp: DenseMatrix;
  /** K × R; F_Y of the region added. */
  readonly D_cba_reg: DenseMatrix;
  /** K × R; F_Y of the region added. */
  readonly D_pba_reg: DenseMatrix;
  readonly D_imp_reg: DenseMatrix;
  readonly D_exp_reg: DenseMatrix;
  /** `_reg` divided by population (present when a population was given). */
  readonly D_cba_cap?: DenseMatrix;
  readonly D_pba_cap?: DenseMatrix;
  readonly D_imp_cap?: DenseMatrix;
  readonly D_exp_cap?: DenseMatrix;
}

export interface IoResult {
  readonly regions: readonly string[];
  readonly sectors: readonly string[];
  readonly categories: readonly string[];
  readonly x: Float64Array;
  readonly Z: DenseMatrix;
  readonly A: DenseMatrix;
  readonly Y: DenseMatrix;
  readonly L?: DenseMatrix;
  readonly B?: DenseMatrix;
  readonly G?: DenseMatrix;
  readonly population?: Float64Array;
  readonly extensions: readonly ExtensionResult[];
}

/** The result with what a scenario reuses: the factorisation of I − A and the dimensions. */
export interface FactorisedResult {
  readonly result: IoResult;
  readonly lu: LuFactorisation;
  readonly dims: Dims;
}

export function calcAll(input: IoSystemInput, options: CalcAllOptions = {}): IoResult {
  return calcAllFactorised(input, options).result;
}

/** I − A, factorised; a singular one is reported at the (region, sector) column where the pivot vanished. */
export function factoriseLeontief(a: DenseMatrix, labels: SystemLabels, blockSize?: number): LuFactorisation {
  const n = a.rows;
  const m = denseMatrix(n, n);
  for (let k = 0; k < n * n; k += 1) m.data[k] = -(a.data[k] as number);
  for (let i = 0; i < n; i += 1) m.data[i * n + i] = (m.data[i * n + i] as number) + 1;
  return luFactor(m, {
    name: "I − A",
    inPlace: true,
    columnLabel: labels.sectorLabel,
    ...(blockSize === undefined ? {} : { blockSize }),
  });
}

/** x, Z and A for the three entry cases of pymrio's calc_system. */
function coreSystem(input: IoSystemInput, labels: SystemLabels, blockSize?: number) {
  if (input.Z !== undefined) {
    const x =
      input.x !== undefined ? Float64Array.from(input.x) : addVectors(rowSums(input.Z), rowSums(input.Y));
    const a = scaleColumns(input.Z, safeReciprocal(x));
    return { x, z: input.Z, a, lu: factoriseLeontief(a, labels, blockSize) };
  }
  const a = input.A as DenseMatrix;
  const lu = factoriseLeontief(a, labels, blockSize);
  const x =
    input.x !== undefined
      ? Float64Array.from(input.x)
      : luSolve(lu, denseMatrix(labels.n, 1, rowSums(input.Y))).data;
  return { x, z: scaleColumns(a, x), a, lu };
}

function addVectors(u: Float64Array, v: Float64Array): Float64Array {
  return u.map((value, i) => value + (v[i] as number));
}

export function calcAllFactorised(input: IoSystemInput, options: CalcAllOptions = {}): FactorisedResult {
  const labels = validateSystem(input);
  const dims: Dims = {
    regions: input.regions.length,
    sectors: input.sectors.length,
    categories: input.categories.length,
  };
  const { x, z, a, lu } = coreSystem(input, labels, options.blockSize);
  const yAgg = aggregateFinalDemand(input.Y, dims);
  const w = luSolve(lu, yAgg);
  const xBar = rowSums(w);
  const extensions = input.extensions ?? [];
  const wantInverse =
    options.domesticPart === "inverse" ||
    ((options.domesticPart ?? "auto") === "auto" &&
      extensions.some((e) => e.rowLabels.length * dims.regions > labels.n));
  const allOutput = x.every((v) => v !== 0);
  const ghoshFromL = options.includeGhosh === true && allOutput;
  const l = options.includeL === true || wantInverse || ghoshFromL ? luInverse(lu) : undefined;
  const ghosh =
    options.includeGhosh === true
      ? ghoshMatrices(z, x, allOutput ? l : undefined, labels, options.blockSize)
      : undefined;
  const yCol = colSums(input.Y);
  const population = input.population !== undefined ? Float64Array.from(input.population) : undefined;
  const accountInputs = { lu, yAgg, w, xBar, dims, ...(wantInverse && l !== undefined ? { l } : {}) };
  const results = extensions.map((extension) => {
    const coefficients = extensionCoefficients(extension, x, yCol);
    const accounts = sectorAccounts(coefficients.S, accountInputs);
    const mDown = ghosh !== undefined ? downstream(coefficients.S, ghosh.G) : undefined;
    return extensionResult(extension, coefficients, accounts, dims, population, mDown);
  });
  const result: IoResult = {
    regions: input.regions,
    sectors: input.sectors,
    categories: input.categories,
    x,
    Z: z,
    A: a,
    Y: input.Y,
    ...(options.includeL === true && l !== undefined ? { L: l } : {}),
    ...(ghosh ?? {}),
    ...(population !== undefined ? { population } : {}),
    extensions: results,
  };
  return { result, lu, dims };
}

/**
 * B = diag(inv0(x))·Z and G = (I − B)⁻¹. With every x non-zero, B = diag(x)⁻¹·A·diag(x), so
 * G = diag(x)⁻¹·L·diag(x) comes from the one factorisation; otherwise I − B is factorised too.
 */
function ghoshMatrices(
  z: DenseMatrix,
  x: Float64Array,
  l: DenseMatrix | undefined,
  labels: SystemLabels,
  blockSize?: number,
): { B: DenseMatrix; G: DenseMatrix } {
  const inv = safeReciprocal(x);
  const b = scaleRows(z, inv);
  if (l !== undefined) return { B: b, G: scaleColumns(scaleRows(l, inv), x) };
  const n = labels.n;
  const m = denseMatrix(n, n);
  for (let k = 0; k < n * n; k += 1) m.data[k] = -(b.data[k] as number);
  for (let i = 0; i < n; i += 1) m.data[i * n + i] = (m.data[i * n + i] as number) + 1;
  const f = luFactor(m, {
    name: "I − B",
    inPlace: true,
    columnLabel: labels.sectorLabel,
    ...(blockSize === undefined ? {} : { blockSize }),
  });
  return { B: b, G: luInverse(f) };
}

/** M_down = S·(G' − I). */
function downstream(s: DenseMatrix, g: DenseMatrix): DenseMatrix {
  const out = multiply(s, transpose(g));
  for (let k = 0; k < out.data.length; k += 1) out.data[k] = (out.data[k] as number) - (s.data[k] as number);
  return out;
}

interface Coefficients {
  readonly F: DenseMatrix;
  readonly S: DenseMatrix;
  readonly F_Y?: DenseMatrix;
  readonly S_Y?: DenseMatrix;
}

/** S = F·diag(inv0(x)) or F = S·diag(x); S_Y = F_Y·diag(inv0(1'Y)) or F_Y = S_Y·diag(1'Y). */
export function extensionCoefficients(
  extension: ExtensionInput,
  x: Float64Array,
  yCol: Float64Array,
): Coefficients {
  const f = extension.F ?? scaleColumns(extension.S as DenseMatrix, x);
  const s = extension.S ?? scaleColumns(f, safeReciprocal(x));
  if (extension.F_Y !== undefined) {
    return { F: f, S: s, F_Y: extension.F_Y, S_Y: scaleColumns(extension.F_Y, safeReciprocal(yCol)) };
  }
  if (extension.S_Y !== undefined)
    return { F: f, S: s, F_Y: scaleColumns(extension.S_Y, yCol), S_Y: extension.S_Y };
  return { F: f, S: s };
}

function perCapita(m: DenseMatrix, population: Float64Array): DenseMatrix {
  const out = denseMatrix(m.rows, m.cols);
  for (let k = 0; k < m.data.length; k += 1)
    out.data[k] = (m.data[k] as number) / (population[k % m.cols] as number);
  return out;
}

export function extensionResult(
  extension: ExtensionInput,
  coefficients: Coefficients,
  accounts: SectorAccounts,
  dims: Dims,
  population: Float64Array | undefined,
  mDown: DenseMatrix | undefined,
): ExtensionResult {
  const R = dims.regions;
  const fyAgg = coefficients.F_Y !== undefined ? sumPerRegion(coefficients.F_Y, R) : undefined;
  const withFy = (m: DenseMatrix): DenseMatrix => {
    if (fyAgg === undefined) return m;
    for (let k = 0; k < m.data.length; k += 1) m.data[k] = (m.data[k] as number) + (fyAgg.data[k] as number);
    return m;
  };
  const reg = {
    D_cba_reg: withFy(sumPerRegion(accounts.D_cba, R)),
    D_pba_reg: withFy(sumPerRegion(accounts.D_pba, R)),
    D_imp_reg: sumPerRegion(accounts.D_imp, R),
    D_exp_reg: sumPerRegion(accounts.D_exp, R),
  };
  const cap =
    population === undefined
      ? {}
      : {
          D_cba_cap: perCapita(reg.D_cba_reg, population),
          D_pba_cap: perCapita(reg.D_pba_reg, population),
          D_imp_cap: perCapita(reg.D_imp_reg, population),
          D_exp_cap: perCapita(reg.D_exp_reg, population),
        };
  return {
    name: extension.name,
    rowLabels: extension.rowLabels,
    ...coefficients,
    ...accounts,
    ...(mDown !== undefined ? { M_down: mDown } : {}),
    ...reg,
    ...cap,
  };
}
