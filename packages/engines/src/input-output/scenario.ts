/**
 * Final-demand scenarios on a baseline that holds the factorisation of I − A, with pymrio's
 * semantics (spec §3: reset_all_to_coefficients, new Y, calc_all) made explicit: A, L (implicitly,
 * through the LU) and S stay; x' = L·Y'·1, Z' = A·diag(x'), F' = S·diag(x'). F_Y follows the caller's
 * choice: "pymrio" rescales it with each final-demand column total (F_Y' = S_Y·diag(1'Y'), as
 * pymrio does), "fixed" keeps the baseline's F_Y. Nothing is cached or mutated: a baseline is a
 * value, every shock returns fresh arrays.
 */
import type { Dims } from "./accounts.ts";
import { aggregateFinalDemand, sectorAccounts } from "./accounts.ts";
import type { CalcAllOptions, ExtensionResult, IoResult } from "./calc-all.ts";
import { calcAllFactorised, extensionResult } from "./calc-all.ts";
import type { DenseMatrix } from "./dense-matrix.ts";
import { colSums, denseMatrix, rowSums, scaleColumns } from "./dense-matrix.ts";
import type { IoSystemInput } from "./io-system.ts";
import { validateFinalDemand } from "./io-system.ts";
import type { LuFactorisation } from "./lu.ts";
import { luSolve } from "./lu.ts";

export interface Baseline {
  readonly input: IoSystemInput;
  readonly result: IoResult;
  /** P·(I − A) = L·U. */
  readonly lu: LuFactorisation;
  readonly dims: Dims;
}

/** calcAll, keeping the factorisation for the scenarios run on it. */
export function createBaseline(input: IoSystemInput, options: CalcAllOptions = {}): Baseline {
  const { result, lu, dims } = calcAllFactorised(input, options);
  return { input, result, lu, dims };
}

/** The new final demand, or its change from the baseline's Y (same shape as Y). */
export type FinalDemandShock = { readonly deltaY: DenseMatrix } | { readonly Y: DenseMatrix };

export interface FinalDemandShockOptions {
  /** "pymrio": F_Y' = S_Y·diag(1'Y'); "fixed": F_Y' = F_Y. No default: the choice changes results. */
  readonly fy: "pymrio" | "fixed";
  /** Also recompute every D_ account (and its _reg, _cap) with Y' (R + K + K·R more solves per extension). */
  readonly includeAccounts?: boolean;
}

export interface ExtensionShock {
  readonly name: string;
  readonly rowLabels: readonly string[];
  /** F' = S·diag(x'). */
  readonly F: DenseMatrix;
  /** ΔF = S·diag(Δx): the change of every stressor row (jobs, value added...) by sector. */
  readonly deltaF: DenseMatrix;
  readonly F_Y?: DenseMatrix;
  readonly deltaF_Y?: DenseMatrix;
  /** With includeAccounts: the accounts of the new system (as calcAll would give them). */
  readonly accounts?: ExtensionResult;
}

export interface FinalDemandShockResult {
  readonly Y: DenseMatrix;
  readonly deltaY: DenseMatrix;
  /** x' = L·Y'·1. */
  readonly x: Float64Array;
  /** Δx = L·ΔY·1 (exactly 0 for a zero shock; equals x' − x when the baseline's x = L·Y·1). */
  readonly deltaX: Float64Array;
  /** Z' = A·diag(x'). */
  readonly Z: DenseMatrix;
  readonly extensions: readonly ExtensionShock[];
}

function minus(a: DenseMatrix, b: DenseMatrix): DenseMatrix {
  return denseMatrix(
    a.rows,
    a.cols,
    a.data.map((v, i) => v - (b.data[i] as number)),
  );
}

export function shockFinalDemand(
  baseline: Baseline,
  shock: FinalDemandShock,
  options: FinalDemandShockOptions,
): FinalDemandShockResult {
  const base = baseline.result;
  const { Y, deltaY } = shockedFinalDemand(baseline, shock);
  const n = base.x.length;
  // One solve with two right-hand sides: Y'·1 and ΔY·1.
  const rhs = denseMatrix(n, 2);
  const yTotal = rowSums(Y);
  const dTotal = rowSums(deltaY);
  for (let i = 0; i < n; i += 1) {
    rhs.data[2 * i] = yTotal[i] as number;
    rhs.data[2 * i + 1] = dTotal[i] as number;
  }
  const solved = luSolve(baseline.lu, rhs).data;
  const x = Float64Array.from({ length: n }, (_, i) => solved[2 * i] as number);
  const deltaX = Float64Array.from({ length: n }, (_, i) => solved[2 * i + 1] as number);
  const yCol = colSums(Y);
  const accountInputs = options.includeAccounts === true ? accountInputsFor(baseline, Y) : undefined;
  const extensions = base.extensions.map((e) => {
    const fy =
      e.S_Y === undefined || e.F_Y === undefined
        ? undefined
        : options.fy === "pymrio"
          ? scaleColumns(e.S_Y, yCol)
          : e.F_Y;
    const shocked: ExtensionShock = {
      name: e.name,
      rowLabels: e.rowLabels,
      F: scaleColumns(e.S, x),
      deltaF: scaleColumns(e.S, deltaX),
      ...(fy !== undefined && e.F_Y !== undefined ? { F_Y: fy, deltaF_Y: minus(fy, e.F_Y) } : {}),
    };
    if (accountInputs === undefined) return shocked;
    const coefficients = {
      F: shocked.F,
      S: e.S,
      ...(fy !== undefined && e.S_Y !== undefined ? { F_Y: fy, S_Y: e.S_Y } : {}),
    };
    const accounts = extensionResult(
      e,
      coefficients,
      sectorAccounts(e.S, accountInputs),
      baseline.dims,
      base.population,
      undefined,
    );
    return { ...shocked, accounts };
  });
  return { Y, deltaY, x, deltaX, Z: scaleColumns(base.A, x), extensions };
}

/** Y' and ΔY from either form of the shock, checked against the baseline's shape. */
function shockedFinalDemand(
  baseline: Baseline,
  shock: FinalDemandShock,
): { Y: DenseMatrix; deltaY: DenseMatrix } {
  const y = baseline.result.Y;
  if ("deltaY" in shock) {
    validateFinalDemand("deltaY", shock.deltaY, baseline.input);
    const data = y.data.map((v, i) => v + (shock.deltaY.data[i] as number));
    return { Y: denseMatrix(y.rows, y.cols, data), deltaY: shock.deltaY };
  }
  validateFinalDemand("Y", shock.Y, baseline.input);
  return { Y: shock.Y, deltaY: minus(shock.Y, y) };
}

function accountInputsFor(baseline: Baseline, y: DenseMatrix) {
  const yAgg = aggregateFinalDemand(y, baseline.dims);
  const w = luSolve(baseline.lu, yAgg);
  return {
    lu: baseline.lu,
    yAgg,
    w,
    xBar: rowSums(w),
    dims: baseline.dims,
    ...(baseline.result.L !== undefined ? { l: baseline.result.L } : {}),
  };
}
