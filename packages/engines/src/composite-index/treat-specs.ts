/**
 * Treat's `global_specs` / `indiv_specs` turned into one resolved specification per column.
 * compat merges exactly as COINr does (R's `modifyList` onto the defaults, recursively, where a
 * JSON null deletes the key so the R function's own default applies); strict merges per key
 * onto the defaults of the function actually chosen, and null means "none" / "no limit".
 */
import type { Compat } from "./coin-types.ts";
import { readBoolean, readFiniteNumber, readRecord, readString } from "./json-args.ts";
import { argError, isObject, type JsonObject, rejectUnknownKeys } from "./step-args.ts";
import type { SkewKurtThresholds, WinsoriseParams } from "./treat-functions.ts";

export type TreatFunctionName = "winsorise" | "log_CT" | "log_CT_plus" | "log_CT_orig" | "boxcox" | "log_GII";

export type TreatFunctionSpec =
  | ({ readonly name: "winsorise" } & WinsoriseParams)
  | { readonly name: "log_CT" | "log_CT_orig" | "log_GII"; readonly naRm: boolean }
  | { readonly name: "log_CT_plus" }
  | {
      readonly name: "boxcox";
      readonly lambda: number;
      readonly makePositive: boolean;
      readonly naRm: boolean;
    }
  /** compat only: COINr would stop here (e.g. an unused argument), so the column stays as it was. */
  | { readonly name: "fails"; readonly function: string; readonly reason: string };

export interface TreatColumnSpec {
  readonly f1: TreatFunctionSpec;
  readonly f2: TreatFunctionSpec | null;
  readonly pass: SkewKurtThresholds;
}

export const TREAT_SPEC_KEYS = ["f1", "f1_para", "f2", "f2_para", "f_pass", "f_pass_para"] as const;

const FUNCTION_PARAMS: Readonly<Record<TreatFunctionName, readonly string[]>> = {
  winsorise: ["na.rm", "winmax", "skew_thresh", "kurt_thresh", "force_win"],
  log_CT: ["na.rm"],
  log_CT_plus: ["na.rm"],
  log_CT_orig: ["na.rm"],
  log_GII: ["na.rm"],
  boxcox: ["lambda", "makepos", "na.rm"],
};

const PASS_PARAMS = ["na.rm", "skew_thresh", "kurt_thresh"];

/** COINr's `specs_def` of Treat.data.frame. */
const COINR_DEFAULTS: JsonObject = {
  f1: "winsorise",
  f1_para: { "na.rm": true, winmax: 5, skew_thresh: 2, kurt_thresh: 3.5, force_win: false },
  f2: "log_CT",
  f2_para: { "na.rm": true },
  f_pass: "check_SkewKurt",
  f_pass_para: { "na.rm": true, skew_thresh: 2, kurt_thresh: 3.5 },
};

/** Merges the user's layers (global, then one indicator's) and resolves the specification. */
export function resolveTreatSpec(
  layers: readonly { readonly specs: JsonObject; readonly where: string }[],
  compat: Compat,
): TreatColumnSpec {
  for (const layer of layers) checkLayerShape(layer.specs, layer.where);
  const where = layers[layers.length - 1]?.where ?? "global_specs";
  if (compat === "coinr") {
    let merged = COINR_DEFAULTS;
    for (const layer of layers) merged = modifyList(merged, layer.specs);
    return fromCoinrMerge(merged, where);
  }
  return fromStrictMerge(layers, where);
}

/** R's `utils::modifyList`: nested objects merge recursively, a null value removes the key. */
export function modifyList(base: JsonObject, patch: JsonObject): JsonObject {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else if (isObject(value) && isObject(out[key])) out[key] = modifyList(out[key] as JsonObject, value);
    else out[key] = value;
  }
  return out;
}

function checkLayerShape(specs: JsonObject, where: string): void {
  rejectUnknownKeys(specs, where, TREAT_SPEC_KEYS);
  for (const key of ["f1_para", "f2_para", "f_pass_para"]) {
    const value = specs[key];
    if (value !== undefined && value !== null) readRecord(value, `${where}.${key}`);
  }
  const fPass = specs["f_pass"];
  if (fPass !== undefined && fPass !== "check_SkewKurt") {
    throw argError(`${where}.f_pass`, 'the only outlier test offered is "check_SkewKurt"');
  }
}

function fromCoinrMerge(merged: JsonObject, where: string): TreatColumnSpec {
  const f1Name = merged["f1"];
  if (f1Name === undefined) throw argError(`${where}.f1`, "f1 cannot be removed (COINr stops without it)");
  if (merged["f_pass"] === undefined) {
    throw argError(`${where}.f_pass`, "f_pass cannot be removed (COINr stops without it)");
  }
  const para = (key: string): JsonObject => (merged[key] as JsonObject | undefined) ?? {};
  const f1 = coinrFunction(functionName(f1Name, `${where}.f1`, "coinr"), para("f1_para"), `${where}.f1_para`);
  const f2Name = merged["f2"];
  const f2 =
    f2Name === undefined
      ? null
      : coinrFunction(functionName(f2Name, `${where}.f2`, "coinr"), para("f2_para"), `${where}.f2_para`);
  // check_SkewKurt's own defaults apply to keys a null removed: na.rm FALSE, 2 and 3.5.
  return { f1, f2, pass: passThresholds(para("f_pass_para"), `${where}.f_pass_para`, false) };
}

function coinrFunction(name: TreatFunctionName, para: JsonObject, where: string): TreatFunctionSpec {
  const unused = Object.keys(para).filter((key) => !FUNCTION_PARAMS[name].includes(key));
  if (unused.length > 0) {
    return { name: "fails", function: name, reason: `unused argument ${unused.join(", ")} to ${name}` };
  }
  if (name === "boxcox" && para["lambda"] === undefined) {
    return { name: "fails", function: name, reason: 'argument "lambda" is missing, with no default' };
  }
  // Parameters a null removed take the R function's defaults (na.rm FALSE, winmax 5, …).
  return functionSpec(name, para, where, false);
}

function fromStrictMerge(
  layers: readonly { readonly specs: JsonObject; readonly where: string }[],
  where: string,
): TreatColumnSpec {
  const pick = (key: string): unknown => {
    let value: unknown;
    for (const layer of layers) if (key in layer.specs) value = layer.specs[key];
    return value;
  };
  const mergedPara = (key: string): JsonObject => {
    let out: JsonObject = {};
    for (const layer of layers) {
      const value = layer.specs[key];
      if (isObject(value)) out = { ...out, ...value };
    }
    return out;
  };
  const f1 = strictFunction(
    functionName(pick("f1") ?? "winsorise", `${where}.f1`, "strict"),
    mergedPara("f1_para"),
    `${where}.f1_para`,
  );
  const f2Value = pick("f2");
  const f2 =
    f2Value === null
      ? null
      : strictFunction(
          functionName(f2Value ?? "log_CT", `${where}.f2`, "strict"),
          mergedPara("f2_para"),
          `${where}.f2_para`,
        );
  return { f1, f2, pass: passThresholds(mergedPara("f_pass_para"), `${where}.f_pass_para`, true) };
}

function strictFunction(name: TreatFunctionName, para: JsonObject, where: string): TreatFunctionSpec {
  rejectUnknownKeys(para, where, FUNCTION_PARAMS[name]);
  if (name === "boxcox" && para["lambda"] === undefined)
    throw argError(`${where}.lambda`, "boxcox needs lambda");
  const spec = functionSpec(name, para, where, true);
  if (spec.name === "winsorise" && spec.forceWin && spec.winmax === null) {
    throw argError(`${where}.force_win`, "force_win needs a finite winmax, or winsorisation never stops");
  }
  return spec;
}

/**
 * `naRmDefault` is true in strict (COINr's `specs_def` value) and false in compat for a key that
 * a null removed (the R function's own default).
 */
function functionSpec(
  name: TreatFunctionName,
  para: JsonObject,
  where: string,
  naRmDefault: boolean,
): TreatFunctionSpec {
  const naRm = para["na.rm"] === undefined ? naRmDefault : readBoolean(para["na.rm"], `${where}.na.rm`);
  switch (name) {
    case "winsorise":
      return {
        name,
        forceWin: readOptionalBoolean(para["force_win"], false, `${where}.force_win`),
        ...winmaxOf(para, where),
        ...readThresholds(para, where, naRm),
      };
    case "boxcox":
      return {
        name,
        naRm,
        lambda: readFiniteNumber(para["lambda"], `${where}.lambda`),
        makePositive: readOptionalBoolean(para["makepos"], true, `${where}.makepos`),
      };
    case "log_CT_plus":
      return { name };
    default:
      return { name, naRm };
  }
}

/** Strict reads null as "no limit"; in compat a null never gets here (modifyList removed it). */
function winmaxOf(para: JsonObject, where: string): { winmax: number | null } {
  const value = para["winmax"];
  if (value === null) return { winmax: null };
  if (value === undefined) return { winmax: 5 };
  const winmax = readFiniteNumber(value, `${where}.winmax`);
  if (winmax < 0) throw argError(`${where}.winmax`, "winmax must be 0 or more");
  return { winmax };
}

function passThresholds(para: JsonObject, where: string, naRmDefault: boolean): SkewKurtThresholds {
  rejectUnknownKeys(para, where, PASS_PARAMS);
  const naRm = para["na.rm"] === undefined ? naRmDefault : readBoolean(para["na.rm"], `${where}.na.rm`);
  return readThresholds(para, where, naRm);
}

function readThresholds(para: JsonObject, where: string, naRm: boolean): SkewKurtThresholds {
  return {
    naRm,
    skewThresh:
      para["skew_thresh"] === undefined ? 2 : readFiniteNumber(para["skew_thresh"], `${where}.skew_thresh`),
    kurtThresh:
      para["kurt_thresh"] === undefined ? 3.5 : readFiniteNumber(para["kurt_thresh"], `${where}.kurt_thresh`),
  };
}

function readOptionalBoolean(value: unknown, fallback: boolean, where: string): boolean {
  return value === undefined ? fallback : readBoolean(value, where);
}

function functionName(value: unknown, where: string, compat: Compat): TreatFunctionName {
  const name = readString(value, where);
  if (name === "log_GII" && compat === "strict") {
    throw argError(where, 'log_GII is not offered: COINr 1.1 returns its input unchanged (use "log_CT")');
  }
  if (!(name in FUNCTION_PARAMS)) {
    const known = Object.keys(FUNCTION_PARAMS).join(", ");
    throw argError(where, `unknown treatment function ${JSON.stringify(name)}; expected one of ${known}`);
  }
  return name as TreatFunctionName;
}
