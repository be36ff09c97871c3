/**
 * Normalise's arguments resolved once per pipeline into one plan per column code: its direction
 * and its function with parameters (from `global_specs`, `indiv_specs` or iMeta columns). Runs
 * then only look the plan up.
 */
import type { TiesMethod } from "../numeric/ranks.ts";
import type { CoinFrame, Compat, IndicatorMeta } from "./coin-types.ts";
import { describe, readBoolean, readFiniteNumber, readNumberTuple, readString } from "./json-args.ts";
import type { NormaliseFunctionName, NormaliseMethod } from "./normalise-functions.ts";
import { argError, type JsonObject, rejectUnknownKeys } from "./step-args.ts";

/** A method whose `n_dist2ref` reference is still a row position (compat) or a uCode (strict). */
export type NormaliseMethodSpec =
  | Exclude<NormaliseMethod, { f_n: "n_dist2ref" }>
  | {
      readonly f_n: "n_dist2ref";
      readonly reference: { readonly row: number } | { readonly uCode: string };
      readonly capMax: boolean;
    };

export interface ColumnPlan {
  readonly direction: 1 | -1;
  readonly method: NormaliseMethodSpec;
  /** compat: a `ties.method` other than "min" that COINr ignores (its rank functions always use "min"). */
  readonly ignoredTies: TiesMethod | null;
}

const PARAMS: Readonly<Record<NormaliseFunctionName, readonly string[]>> = {
  n_minmax: ["l_u"],
  n_zscore: ["m_sd"],
  n_scaled: ["npara"],
  n_rank: ["ties.method"],
  n_borda: ["ties.method"],
  n_prank: ["ties.method"],
  n_fracmax: [],
  n_dist2max: [],
  n_dist2ref: ["iref", "cap_max"],
  n_dist2targ: ["targ", "direction", "cap_max"],
  n_goalposts: ["gposts", "direction", "trunc2posts"],
  none: [],
};

const TIES: readonly TiesMethod[] = ["min", "max", "average", "first", "last"];

export function isNormaliseFunction(name: string): name is NormaliseFunctionName {
  return name in PARAMS;
}

/** Reads `f_n_para` for `f_n` (COINr's function defaults for what is absent). */
export function methodFromParams(
  f_n: NormaliseFunctionName,
  para: JsonObject,
  where: string,
  context: { readonly frame: CoinFrame; readonly compat: Compat },
): { method: NormaliseMethodSpec; ignoredTies: TiesMethod | null } {
  rejectUnknownKeys(para, where, PARAMS[f_n]);
  const plain = (method: NormaliseMethodSpec) => ({ method, ignoredTies: null });
  switch (f_n) {
    case "n_minmax": {
      const [lower, upper] = tuple(para["l_u"], [0, 100], `${where}.l_u`);
      return plain({ f_n, lower, upper });
    }
    case "n_zscore": {
      const [m, sd] = tuple(para["m_sd"], [0, 1], `${where}.m_sd`);
      if (!(sd > 0)) throw argError(`${where}.m_sd[1]`, "the target standard deviation must be above 0");
      return plain({ f_n, mean: m, sd });
    }
    case "n_scaled": {
      const [low, high] = tuple(para["npara"], [0, 100], `${where}.npara`);
      return plain({ f_n, low, high });
    }
    case "n_rank":
    case "n_borda":
    case "n_prank": {
      const ties = readTies(para["ties.method"], `${where}.ties.method`);
      // COINr passes ties.method nowhere: its rank functions always rank with "min".
      if (context.compat === "coinr")
        return { method: { f_n, ties: "min" }, ignoredTies: ties === "min" ? null : ties };
      return plain({ f_n, ties });
    }
    case "n_dist2ref":
      return plain({
        f_n,
        reference: readReference(para["iref"], `${where}.iref`, context),
        capMax: optionalBoolean(para["cap_max"], false, `${where}.cap_max`),
      });
    case "n_dist2targ":
      return plain({
        f_n,
        target: readFiniteNumber(required(para["targ"], `${where}.targ`), `${where}.targ`),
        direction: readDirection(para["direction"] ?? 1, `${where}.direction`),
        capMax: optionalBoolean(para["cap_max"], false, `${where}.cap_max`),
      });
    case "n_goalposts": {
      const [lower, upper, scale] = readNumberTuple(
        required(para["gposts"], `${where}.gposts`),
        3,
        `${where}.gposts`,
      );
      return plain({
        f_n,
        lower: lower as number,
        upper: upper as number,
        scale: scale as number,
        direction: readDirection(para["direction"] ?? 1, `${where}.direction`),
        truncate: optionalBoolean(para["trunc2posts"], true, `${where}.trunc2posts`),
      });
    }
    default:
      return plain({ f_n });
  }
}

/** ±1 from a JSON value or an iMeta cell ("-1" as text is accepted, as R's read.csv would give a number). */
export function readDirection(value: unknown, where: string): 1 | -1 {
  const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  if (number === 1 || number === -1) return number;
  throw argError(where, `a direction must be 1 or -1, got ${describe(value)}`);
}

/** The 1-based iMeta row of an entry, as users count rows in the file. */
export function iMetaRow(frame: CoinFrame, entry: IndicatorMeta): number {
  return frame.meta.indexOf(entry) + 1;
}

function readReference(
  value: unknown,
  where: string,
  context: { readonly frame: CoinFrame; readonly compat: Compat },
): { row: number } | { uCode: string } {
  required(value, where);
  if (context.compat === "coinr") {
    // COINr's iref is a position in the data set's rows (spec Q15).
    const position = readFiniteNumber(value, where);
    if (!Number.isInteger(position) || position < 1) {
      throw argError(where, `iref is a row position from 1 in compat mode, got ${position}`);
    }
    return { row: position - 1 };
  }
  const uCode = readString(value, where);
  if (!context.frame.units.includes(uCode)) throw argError(where, `${uCode} is not a uCode of iData`);
  return { uCode };
}

function readTies(value: unknown, where: string): TiesMethod {
  if (value === undefined) return "min";
  const ties = readString(value, where);
  if (!TIES.includes(ties as TiesMethod))
    throw argError(where, `ties.method must be one of ${TIES.join(", ")}`);
  return ties as TiesMethod;
}

function tuple(value: unknown, fallback: readonly [number, number], where: string): [number, number] {
  if (value === undefined) return [fallback[0], fallback[1]];
  const [a, b] = readNumberTuple(value, 2, where);
  return [a as number, b as number];
}

function optionalBoolean(value: unknown, fallback: boolean, where: string): boolean {
  return value === undefined ? fallback : readBoolean(value, where);
}

function required(value: unknown, where: string): unknown {
  if (value === undefined || value === null) throw argError(where, "this parameter is required");
  return value;
}
