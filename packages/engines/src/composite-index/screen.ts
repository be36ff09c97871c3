/**
 * Screen (COINr's `Screen`): drops units with too little data. Per unit over the K columns of
 * the input: Dat_Avail = 1 − N_missing/K, Non_Zero = 1 − N_zero/(K − N_missing); `byNA` keeps
 * Dat_Avail ≥ dat_thresh, `byzeros` keeps Non_Zero ≥ nonzero_thresh, `byNAandzeros` both;
 * `Force` overrides the decision per unit. The screened data set keeps the input's row order;
 * the summary table is the step's analysis.
 */
import type { CoinFrame, Compat, DataSet, StepContext, StepDefinition } from "./coin-types.ts";
import { allocateColumns, copyColumns } from "./column-slab.ts";
import { CompositeIndexError } from "./composite-index-error.ts";
import {
  argError,
  isObject,
  type JsonObject,
  optionalNumber,
  optionalString,
  rejectUnknownKeys,
} from "./step-args.ts";

export type UnitScreen = "byNA" | "byzeros" | "byNAandzeros";

export interface ScreenArgs {
  readonly unitScreen: UnitScreen;
  readonly datThresh: number;
  readonly nonzeroThresh: number;
  /** uCode → Include, in the order given. */
  readonly force: ReadonlyMap<string, boolean>;
}

/** One row of COINr's DataSummary. */
export interface ScreenSummaryRow {
  readonly uCode: string;
  readonly N_missing: number;
  readonly N_zero: number;
  readonly N_miss_or_zero: number;
  readonly Dat_Avail: number;
  /** NaN when the unit has no available value (0/0 in COINr too). */
  readonly Non_Zero: number;
  readonly LowData: boolean;
  readonly LowNonZero: boolean;
  readonly LowDatOrZeroFlag: boolean;
  readonly Included: boolean;
}

export interface ScreenAnalysis {
  readonly DataSummary: readonly ScreenSummaryRow[];
  readonly RemovedUnits: readonly string[];
}

const KEYS = ["unit_screen", "dat_thresh", "nonzero_thresh", "Force"];

function parseForce(raw: unknown, where: string, frame: CoinFrame): Map<string, boolean> {
  const force = new Map<string, boolean>();
  if (raw === undefined || raw === null) return force;
  const known = new Set(frame.units);
  const add = (uCode: unknown, include: unknown, at: string) => {
    if (typeof uCode !== "string" || !known.has(uCode))
      throw argError(at, `${JSON.stringify(uCode)} is not a uCode of iData`);
    if (typeof include !== "boolean") throw argError(at, `Include of ${uCode} must be true or false`);
    force.set(uCode, include);
  };
  if (Array.isArray(raw)) {
    raw.forEach((row, index) => {
      const at = `${where}[${index}]`;
      if (!isObject(row)) throw argError(at, 'expected {"uCode": …, "Include": true | false}');
      rejectUnknownKeys(row, at, ["uCode", "Include"]);
      add(row["uCode"], row["Include"], at);
    });
  } else if (isObject(raw)) {
    for (const [uCode, include] of Object.entries(raw)) add(uCode, include, `${where}.${uCode}`);
  } else {
    throw argError(where, 'expected [{"uCode": …, "Include": …}] or {"<uCode>": true | false}');
  }
  return force;
}

function parseArgs(raw: JsonObject, where: string, frame: CoinFrame, _compat: Compat): ScreenArgs {
  rejectUnknownKeys(raw, where, KEYS);
  const unitScreen = optionalString(raw, "unit_screen", where, ["byNA", "byzeros", "byNAandzeros"] as const);
  if (unitScreen === undefined)
    throw argError(`${where}.unit_screen`, "unit_screen is required: byNA, byzeros or byNAandzeros");
  return {
    unitScreen,
    datThresh: optionalNumber(raw, "dat_thresh", where, { min: 0, max: 1 }) ?? 2 / 3,
    nonzeroThresh: optionalNumber(raw, "nonzero_thresh", where, { min: 0, max: 1 }) ?? 0.05,
    force: parseForce(raw["Force"], `${where}.Force`, frame),
  };
}

function summarise(input: DataSet, args: ScreenArgs, context: StepContext): ScreenSummaryRow[] {
  const k = input.codes.length;
  return input.units.map((uCode, i) => {
    let missing = 0;
    let zero = 0;
    for (const column of input.columns) {
      const value = column[i] as number;
      if (Number.isNaN(value)) missing += 1;
      else if (value === 0) zero += 1;
    }
    const datAvail = 1 - missing / k;
    const nonZero = 1 - zero / (k - missing);
    const lowData = datAvail < args.datThresh;
    // A unit with no value at all has Non_Zero = 0/0. R's comparison is then NA and COINr's
    // subsetting would keep a row of NAs; here such a unit fails the zeros test (see README).
    const lowNonZero = Number.isNaN(nonZero) || nonZero < args.nonzeroThresh;
    const rule =
      args.unitScreen === "byNA"
        ? !lowData
        : args.unitScreen === "byzeros"
          ? !lowNonZero
          : !(lowData || lowNonZero);
    const forced = args.force.get(uCode);
    if (Number.isNaN(nonZero) && args.unitScreen !== "byNA" && forced === undefined) {
      context.diagnostics.push({
        code: "composite-index/screen-no-data",
        severity: "info",
        message: `${uCode} has no value at all, so its share of non-zero values is undefined; it is screened out`,
        where: { unit: uCode },
      });
    }
    return {
      uCode,
      N_missing: missing,
      N_zero: zero,
      N_miss_or_zero: missing + zero,
      Dat_Avail: datAvail,
      Non_Zero: nonZero,
      LowData: lowData,
      LowNonZero: lowNonZero,
      LowDatOrZeroFlag: lowData || lowNonZero,
      Included: forced ?? rule,
    };
  });
}

function run(input: DataSet, args: ScreenArgs, context: StepContext): DataSet {
  const present = new Set(input.units);
  for (const uCode of args.force.keys()) {
    if (!present.has(uCode)) {
      throw new CompositeIndexError(
        "composite-index/step-failed",
        "Screen",
        `Force names ${uCode}, which the input data set no longer holds`,
      );
    }
  }
  const summary = summarise(input, args, context);
  const kept: number[] = [];
  summary.forEach((row, i) => {
    if (row.Included) kept.push(i);
  });
  if (kept.length === 0) {
    throw new CompositeIndexError(
      "composite-index/step-failed",
      "Screen",
      `every unit is screened out (${args.unitScreen}); nothing is left to build an index on`,
    );
  }
  context.recordAnalysis({
    DataSummary: summary,
    RemovedUnits: summary.filter((row) => !row.Included).map((row) => row.uCode),
  } satisfies ScreenAnalysis);
  if (kept.length === input.units.length)
    return { units: input.units, codes: input.codes, columns: copyColumns(input.columns) };
  const keptIndex = Int32Array.from(kept);
  return {
    units: kept.map((i) => input.units[i] as string),
    codes: input.codes,
    columns: allocateColumns(input.columns.length, keptIndex.length).map((out, j) => {
      const column = input.columns[j] as Float64Array;
      for (let r = 0; r < keptIndex.length; r += 1) out[r] = column[keptIndex[r] as number] as number;
      return out;
    }),
  };
}

export const screenStep: StepDefinition<ScreenArgs> = { op: "Screen", parseArgs, run };
