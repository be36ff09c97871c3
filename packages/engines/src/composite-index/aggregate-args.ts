/**
 * The Aggregate step's JSON arguments, checked once against the frame so that `run` does no
 * validation: COINr's `f_ag`, `f_ag_para`, `w`, `dat_thresh` and `by_df`, each either one value for
 * every level or a list with one entry per aggregation level (level 2 first), as COINr's
 * `Aggregate.coin` takes them.
 */
import type { CoinFrame, Compat } from "./coin-types.ts";
import { CompositeIndexError } from "./composite-index-error.ts";
import { namedWeightSet } from "./weights.ts";

export const aggregationFunctionNames = ["a_amean", "a_gmean", "a_hmean", "a_genmean", "a_copeland"] as const;
export type AggregationFunctionName = (typeof aggregationFunctionNames)[number];

export interface AggregateGroupPlan {
  readonly code: string;
  readonly children: readonly string[];
  /** Raw weights of the children (each function renormalises); equal weights for `w: "none"`. */
  readonly weights: Float64Array;
}

export interface AggregateLevelPlan {
  /** The level the aggregates of this plan belong to (2 for the first aggregation). */
  readonly level: number;
  readonly fn: AggregationFunctionName;
  /** `f_ag_para.p` of a_genmean; NaN for the other functions. */
  readonly p: number;
  /** −1 when no threshold applies (COINr's "effectively no limit"). */
  readonly datThresh: number;
  readonly groups: readonly AggregateGroupPlan[];
}

export interface AggregateArgs {
  readonly where: string;
  readonly levels: readonly AggregateLevelPlan[];
  /** Aggregates with Direction −1: COINr requires the column but ignores it (quirk Q7). */
  readonly ignoredDirections: readonly string[];
}

const knownArguments = new Set(["f_ag", "f_ag_para", "w", "dat_thresh", "by_df"]);

export function parseAggregateArgs(
  raw: Readonly<Record<string, unknown>>,
  where: string,
  frame: CoinFrame,
  compat: Compat,
): AggregateArgs {
  for (const key of Object.keys(raw)) {
    if (!knownArguments.has(key)) {
      throw invalid(
        `${where}.${key}`,
        `Aggregate takes no argument "${key}" (it takes ${[...knownArguments].join(", ")})`,
      );
    }
  }
  const levelCount = frame.maxLevel - 1;
  if (levelCount < 1) throw invalid(where, "the index has no aggregation level (iMeta has only Level 1)");
  const functions = perLevel(raw["f_ag"], `${where}.f_ag`, levelCount, "a_amean", readFunction);
  const parameters = perLevel(raw["f_ag_para"], `${where}.f_ag_para`, levelCount, null, readParameters);
  const weightSpecs = perLevel(raw["w"], `${where}.w`, levelCount, null, readWeightSpec);
  const thresholds = perLevel(raw["dat_thresh"], `${where}.dat_thresh`, levelCount, null, readThreshold);
  const byDf = perLevel(raw["by_df"], `${where}.by_df`, levelCount, null, readBoolean);
  const levels: AggregateLevelPlan[] = [];
  for (let index = 0; index < levelCount; index += 1) {
    const level = index + 2;
    const at = (name: string) =>
      Array.isArray(raw[name]) ? `${where}.${name}[${index}]` : `${where}.${name}`;
    const fn = functions[index] as AggregationFunctionName;
    checkByDf(fn, byDf[index] ?? null, compat, at("by_df"));
    const p = readExponent(fn, parameters[index] ?? null, at("f_ag_para"));
    const weights = resolveWeightSet(weightSpecs[index] ?? null, frame, at("w"));
    if (weights === "none" && fn === "a_amean" && compat === "coinr") {
      throw invalid(at("w"), 'a_amean needs weights (COINr\'s a_amean has no default for w); drop w: "none"');
    }
    const codes = frame.aggregatesByLevel[index] ?? [];
    const groups = codes.map((code) => {
      const children = frame.children.get(code) ?? [];
      return { code, children, weights: childWeights(children, weights, at("w")) };
    });
    levels.push({ level, fn, p, datThresh: thresholds[index] ?? -1, groups });
  }
  const ignoredDirections = frame.meta
    .filter((row) => row.type === "Aggregate" && row.direction === -1)
    .map((row) => row.iCode);
  return { where, levels, ignoredDirections };
}

type WeightSpec = string | Readonly<Record<string, unknown>>;

/** One value for every level, or a list of exactly one entry per aggregation level. */
function perLevel<T>(
  value: unknown,
  where: string,
  levelCount: number,
  fallback: T,
  read: (entry: unknown, where: string) => T,
): T[] {
  if (value === undefined || value === null) return Array.from({ length: levelCount }, () => fallback);
  if (!Array.isArray(value)) {
    const one = read(value, where);
    return Array.from({ length: levelCount }, () => one);
  }
  // R cannot tell c(x) from x, so a one-entry list, like one value, applies to every level.
  if (value.length === 1 && value[0] !== null) {
    const one = read(value[0] as unknown, `${where}[0]`);
    return Array.from({ length: levelCount }, () => one);
  }
  if (value.length !== levelCount) {
    throw invalid(
      where,
      `a list needs one entry per aggregation level (${levelCount}, level 2 first); it has ${value.length}`,
    );
  }
  return value.map((entry, index) =>
    entry === null ? fallback : read(entry as unknown, `${where}[${index}]`),
  );
}

function readFunction(value: unknown, where: string): AggregationFunctionName {
  if (typeof value === "string" && (aggregationFunctionNames as readonly string[]).includes(value)) {
    return value as AggregationFunctionName;
  }
  throw invalid(
    where,
    `unknown aggregation function ${JSON.stringify(value)}; use one of ${aggregationFunctionNames.join(", ")}`,
  );
}

function readParameters(value: unknown, where: string): Readonly<Record<string, unknown>> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw invalid(where, 'f_ag_para must be an object such as {"p": 2}, or a list of those per level');
  }
  return value as Readonly<Record<string, unknown>>;
}

function readWeightSpec(value: unknown, where: string): WeightSpec {
  if (typeof value === "string") return value;
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    return value as Readonly<Record<string, unknown>>;
  }
  throw invalid(
    where,
    'w must be a weight set name (e.g. "Original"), an object {"<iCode>": weight} or "none"',
  );
}

function readThreshold(value: unknown, where: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 1) {
    throw invalid(where, `dat_thresh must be a number between 0 and 1, not ${JSON.stringify(value)}`);
  }
  return value;
}

function readBoolean(value: unknown, where: string): boolean {
  if (typeof value !== "boolean")
    throw invalid(where, `by_df must be true or false, not ${JSON.stringify(value)}`);
  return value;
}

/** COINr passes a data frame only with by_df = TRUE, which only a_copeland can take. */
function checkByDf(fn: AggregationFunctionName, byDf: boolean | null, compat: Compat, where: string): void {
  if (fn === "a_copeland") {
    if (byDf === false || (byDf === null && compat === "coinr")) {
      throw invalid(where, "a_copeland compares units with each other and needs by_df: true");
    }
  } else if (byDf === true) {
    throw invalid(where, `${fn} aggregates unit by unit; by_df: true is only for a_copeland`);
  }
}

function readExponent(
  fn: AggregationFunctionName,
  parameters: Readonly<Record<string, unknown>> | null,
  where: string,
): number {
  for (const key of Object.keys(parameters ?? {})) {
    if (key === "w") throw invalid(`${where}.w`, "give weights with the step's w argument, not in f_ag_para");
    if (key !== "p" || fn !== "a_genmean") {
      throw invalid(
        `${where}.${key}`,
        `${fn} takes no parameter "${key}"${fn === "a_genmean" ? "" : " (only a_genmean takes p)"}`,
      );
    }
  }
  if (fn !== "a_genmean") return Number.NaN;
  const p = parameters?.["p"];
  if (typeof p !== "number" || !Number.isFinite(p)) {
    throw invalid(`${where}.p`, 'a_genmean needs a finite exponent p, e.g. f_ag_para: {"p": 2}');
  }
  if (p === 0) throw invalid(`${where}.p`, "p = 0 is the geometric mean's limit; use a_gmean");
  return p;
}

function resolveWeightSet(
  spec: WeightSpec | null,
  frame: CoinFrame,
  where: string,
): ReadonlyMap<string, number> | "none" {
  if (spec === null) return requiredSet(frame, "Original", where);
  if (spec === "none") return "none";
  if (typeof spec === "string") return requiredSet(frame, spec, where);
  const weights = new Map<string, number>();
  for (const [code, weight] of Object.entries(spec)) {
    if (typeof weight !== "number" || !Number.isFinite(weight)) {
      throw invalid(`${where}.${code}`, `a weight must be a finite number, not ${JSON.stringify(weight)}`);
    }
    if (!frame.metaByCode.has(code)) throw invalid(`${where}.${code}`, `${code} is not an iCode of iMeta`);
    weights.set(code, weight);
  }
  return weights;
}

function requiredSet(frame: CoinFrame, name: string, where: string): ReadonlyMap<string, number> {
  const set = namedWeightSet(frame, name);
  if (set === undefined) {
    throw invalid(
      where,
      `no weight set "${name}" (the frame has ${[...frame.weightSets.keys()].join(", ") || "none"})`,
    );
  }
  return set;
}

function childWeights(
  children: readonly string[],
  weights: ReadonlyMap<string, number> | "none",
  where: string,
): Float64Array {
  if (weights === "none") return new Float64Array(children.length).fill(1);
  return Float64Array.from(children, (code) => {
    const weight = weights.get(code);
    if (weight === undefined) throw invalid(where, `the weight set gives no weight for ${code}`);
    return weight;
  });
}

function invalid(where: string, message: string): CompositeIndexError {
  return new CompositeIndexError("composite-index/invalid-pipeline", where, message);
}
