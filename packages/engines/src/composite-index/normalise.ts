/**
 * The Normalise step (COINr's `Normalise`): each column multiplied by its direction, then put on a
 * common scale by one of COINr's `n_*` functions with parameters given globally, per indicator,
 * or read from iMeta. Everything is resolved in `parseArgs`; `run` is one pass per column.
 */

import { maximumAvailable, minimumAvailable } from "../numeric/statistics.ts";
import type { CoinFrame, Compat, DataSet, StepContext, StepDefinition } from "./coin-types.ts";
import { allocateColumns } from "./column-slab.ts";
import { CompositeIndexError } from "./composite-index-error.ts";
import { readRecord, readString } from "./json-args.ts";
import { resolveDirections } from "./normalise-directions.ts";
import { type NormaliseFunctionName, type NormaliseMethod, normaliseInPlace } from "./normalise-functions.ts";
import { iMetaMethods } from "./normalise-imeta.ts";
import {
  type ColumnPlan,
  isNormaliseFunction,
  methodFromParams,
  type NormaliseMethodSpec,
} from "./normalise-specs.ts";
import { argError, isObject, type JsonObject, rejectUnknownKeys } from "./step-args.ts";

export interface NormaliseArgs {
  readonly plans: ReadonlyMap<string, ColumnPlan>;
  /** Why a code has no plan (e.g. an aggregate under use_iMeta), for the error at run time. */
  readonly missingPlanReason: string;
  /** Findings known at parse time, reported on every run. */
  readonly notes: readonly {
    readonly code: string;
    readonly message: string;
    readonly severity: "info" | "warning";
  }[];
  readonly analysis: NormaliseAnalysis;
}

/** What Normalise records: each column's direction and function, so direction flips are visible. */
export interface NormaliseAnalysis {
  readonly columns: readonly {
    readonly iCode: string;
    readonly direction: 1 | -1;
    readonly f_n: NormaliseFunctionName;
  }[];
}

const NORMALISE_ARGS = ["global_specs", "indiv_specs", "directions"];
const SPEC_KEYS = ["f_n", "f_n_para"];

export const normaliseStep: StepDefinition<NormaliseArgs> = {
  op: "Normalise",
  parseArgs: parseNormaliseArgs,
  run: runNormalise,
};

export function parseNormaliseArgs(
  raw: JsonObject,
  where: string,
  frame: CoinFrame,
  compat: Compat,
): NormaliseArgs {
  rejectUnknownKeys(raw, where, NORMALISE_ARGS);
  const directions = resolveDirections(raw["directions"], `${where}.directions`, frame, compat);
  const context = { frame, compat };
  const globalWhere = `${where}.global_specs`;
  const global = readSpec(raw["global_specs"] ?? {}, globalWhere);
  const useIMeta = global.para === "use_iMeta";
  if (useIMeta && !global.fnGiven) {
    throw argError(
      `${globalWhere}.f_n`,
      'f_n_para "use_iMeta" needs f_n: the function whose iMeta columns to read',
    );
  }
  const sources: MethodSources = {
    global,
    fromIMeta: useIMeta ? iMetaMethods(global.f_n, frame, compat, `${globalWhere}.f_n_para`) : null,
    globalMethod: useIMeta
      ? null
      : methodFromParams(global.f_n, asParams(global.para), `${globalWhere}.f_n_para`, context),
    globalWhere,
  };
  const indiv = readIndivSpecs(raw["indiv_specs"], `${where}.indiv_specs`, directions, compat);
  // COINr replaces indiv_specs by the iMeta parameters (issue #68); strict lets indiv_specs win.
  const indivUsed = !(useIMeta && compat === "coinr");
  const notes: NormaliseArgs["notes"][number][] = [];
  if (!indivUsed && indiv.size > 0) {
    notes.push({
      code: "composite-index/normalise-indiv-ignored",
      severity: "warning",
      message: "indiv_specs are ignored with use_iMeta, as in COINr 1.1",
    });
  }
  if (sources.fromIMeta?.capMaxAssumed) {
    notes.push({
      code: "composite-index/normalise-cap-assumed",
      severity: "info",
      message: "iMeta has no dist2targ_cap_max column: no cap is applied",
    });
  }
  const plans = new Map<string, ColumnPlan>();
  for (const [code, direction] of directions) {
    const own = indivUsed ? indiv.get(code) : undefined;
    const chosen = chooseMethod(code, own, sources, `${where}.indiv_specs.${code}`, context);
    if (chosen === undefined) continue;
    const f_n = chosen.method.f_n;
    if (compat === "strict" && direction === -1 && (f_n === "n_fracmax" || f_n === "n_dist2ref")) {
      // Spec Q8: x/max and distance to a reference lose their meaning once x is multiplied by −1.
      throw argError(`${chosen.where}.f_n`, `${f_n} is not meaningful for ${code}, whose direction is -1`);
    }
    plans.set(code, { direction, method: chosen.method, ignoredTies: chosen.ignoredTies });
  }
  const analysis: NormaliseAnalysis = {
    columns: [...plans].map(([iCode, plan]) => ({ iCode, direction: plan.direction, f_n: plan.method.f_n })),
  };
  const missingPlanReason = useIMeta
    ? "use_iMeta gives parameters to indicators only"
    : "it has no direction in iMeta";
  return { plans, missingPlanReason, notes, analysis };
}

export function runNormalise(input: DataSet, args: NormaliseArgs, context: StepContext): DataSet {
  for (const note of args.notes)
    context.diagnostics.push({ code: note.code, severity: note.severity, message: note.message });
  const n = input.units.length;
  const columns = allocateColumns(input.codes.length, n);
  for (let j = 0; j < input.codes.length; j += 1) {
    const code = input.codes[j] as string;
    const plan = args.plans.get(code);
    if (plan === undefined) throw stepFailed(code, `${code} cannot be normalised: ${args.missingPlanReason}`);
    const source = input.columns[j] as Float64Array;
    const y = columns[j] as Float64Array;
    for (let i = 0; i < n; i += 1) y[i] = (source[i] as number) * plan.direction;
    const method = concreteMethod(plan.method, input, code);
    checkColumn(y, method, code, context);
    normaliseInPlace(y, method);
    if (plan.ignoredTies !== null) {
      context.diagnostics.push({
        code: "composite-index/normalise-ties-ignored",
        severity: "info",
        message: `${code}: ties.method "${plan.ignoredTies}" is ignored as in COINr 1.1, which ranks with "min"`,
        where: { iCode: code },
      });
    }
  }
  context.recordAnalysis(args.analysis);
  return { units: input.units, codes: input.codes, columns };
}

function concreteMethod(method: NormaliseMethodSpec, input: DataSet, code: string): NormaliseMethod {
  if (method.f_n !== "n_dist2ref") return method;
  const reference = method.reference;
  const row = "row" in reference ? reference.row : input.units.indexOf(reference.uCode);
  if (row < 0 || row >= input.units.length) {
    const which = "row" in reference ? `row ${reference.row + 1}` : `unit ${reference.uCode}`;
    throw stepFailed(
      code,
      `the n_dist2ref reference ${which} is not in the data set (${input.units.length} rows)`,
    );
  }
  return { f_n: "n_dist2ref", referenceRow: row, capMax: method.capMax };
}

/** The warnings COINr gives: a zero range (min-max, distance to max, z-score give NaN), an NA reference. */
function checkColumn(y: Float64Array, method: NormaliseMethod, code: string, context: StepContext): void {
  let problem: string | null = null;
  if (method.f_n === "n_minmax" || method.f_n === "n_dist2max" || method.f_n === "n_zscore") {
    if (minimumAvailable(y) === maximumAvailable(y)) problem = `${code} is constant: ${method.f_n} gives NaN`;
  } else if (method.f_n === "n_dist2ref" && Number.isNaN(y[method.referenceRow] as number)) {
    problem = `${code}: the n_dist2ref reference value is missing, so every value is NaN`;
  }
  if (problem !== null) {
    context.diagnostics.push({
      code: "composite-index/normalise-undefined",
      severity: "warning",
      message: problem,
      where: { iCode: code },
    });
  }
}

function readSpec(
  value: unknown,
  where: string,
): { f_n: NormaliseFunctionName; fnGiven: boolean; para: JsonObject | "use_iMeta" | undefined } {
  const spec = readRecord(value, where);
  rejectUnknownKeys(spec, where, SPEC_KEYS);
  const fnGiven = spec["f_n"] !== undefined && spec["f_n"] !== null;
  const name = fnGiven ? readString(spec["f_n"], `${where}.f_n`) : "n_minmax";
  if (!isNormaliseFunction(name))
    throw argError(`${where}.f_n`, `unknown normalisation function ${JSON.stringify(name)}`);
  const para = spec["f_n_para"];
  if (para === undefined || para === null) return { f_n: name, fnGiven, para: undefined };
  if (para === "use_iMeta") return { f_n: name, fnGiven, para };
  if (!isObject(para)) throw argError(`${where}.f_n_para`, 'expected an object of parameters or "use_iMeta"');
  return { f_n: name, fnGiven, para };
}

function stepFailed(code: string, message: string): CompositeIndexError {
  return new CompositeIndexError("composite-index/step-failed", `Normalise column ${code}`, message);
}

type Spec = ReturnType<typeof readSpec>;

interface MethodSources {
  readonly global: Spec;
  readonly fromIMeta: ReturnType<typeof iMetaMethods> | null;
  readonly globalMethod: ReturnType<typeof methodFromParams> | null;
  readonly globalWhere: string;
}

function readIndivSpecs(
  value: unknown,
  where: string,
  directions: ReadonlyMap<string, 1 | -1>,
  compat: Compat,
): Map<string, Spec> {
  const indiv = new Map<string, Spec>();
  if (value === undefined || value === null) return indiv;
  for (const [code, entry] of Object.entries(readRecord(value, where))) {
    const codeWhere = `${where}.${code}`;
    if (!directions.has(code)) {
      if (compat === "strict") throw argError(codeWhere, `${code} is not an indicator or aggregate of iMeta`);
      continue;
    }
    const spec = readSpec(entry, codeWhere);
    if (spec.para === "use_iMeta") {
      throw argError(`${codeWhere}.f_n_para`, '"use_iMeta" is a global_specs setting');
    }
    indiv.set(code, spec);
  }
  return indiv;
}

/** The method of one column: its own spec, else iMeta's parameters, else the global spec. */
function chooseMethod(
  code: string,
  own: Spec | undefined,
  sources: MethodSources,
  ownWhere: string,
  context: { readonly frame: CoinFrame; readonly compat: Compat },
): { method: NormaliseMethodSpec; ignoredTies: ColumnPlan["ignoredTies"]; where: string } | undefined {
  const fromMeta = () => {
    const method = sources.fromIMeta?.byCode.get(code);
    return method === undefined ? undefined : { method, ignoredTies: null, where: sources.globalWhere };
  };
  if (own === undefined) {
    if (sources.fromIMeta !== null) return fromMeta();
    return sources.globalMethod === null
      ? undefined
      : { ...sources.globalMethod, where: sources.globalWhere };
  }
  // COINr replaces the global spec (a missing f_n means n_minmax); strict inherits f_n and, for
  // the same function, its parameters.
  const strict = context.compat === "strict";
  const f_n = own.fnGiven || !strict ? own.f_n : sources.global.f_n;
  const inherits = strict && own.para === undefined && f_n === sources.global.f_n;
  if (inherits && sources.fromIMeta !== null) return fromMeta();
  const para = asParams(inherits ? sources.global.para : own.para);
  return { ...methodFromParams(f_n, para, `${ownWhere}.f_n_para`, context), where: ownWhere };
}

function asParams(para: Spec["para"]): JsonObject {
  return para === undefined || para === "use_iMeta" ? {} : para;
}
