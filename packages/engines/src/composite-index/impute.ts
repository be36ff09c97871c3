/**
 * Impute (COINr's `Impute`): fills missing cells of a data set, column by column (i_mean,
 * i_median, or their group versions over a Group column of the units) or row by row (a unit's
 * own values, optionally within its level-k groups of the hierarchy). With `normalise_first`
 * (the default for rows) each column is first multiplied by its Direction and min-max scaled
 * to [0, 1], the fill values are computed there and mapped back: x = (z·(max−min) + min)·d.
 * Available values are never changed: they are copied from the input, not recomputed.
 */
import type { CoinFrame, Compat, DataSet, StepContext, StepDefinition } from "./coin-types.ts";
import { allocateColumns, copyColumns } from "./column-slab.ts";
import { CompositeIndexError } from "./composite-index-error.ts";
import { type ImputeArgs, parseImputeArgs } from "./impute-args.ts";
import { type FillFunction, fillValue } from "./impute-functions.ts";
import { frameRowsOf } from "./unit-rows.ts";

export type { ImputeArgs } from "./impute-args.ts";

function stepFailed(message: string): CompositeIndexError {
  return new CompositeIndexError("composite-index/step-failed", "Impute", message);
}

interface Scaled {
  /** The columns the fill values are computed on (scaled, or the input itself). */
  readonly z: readonly Float64Array[];
  /** Maps a fill value of column j back to the data's scale. */
  back(j: number, value: number): number;
}

function directionOf(frame: CoinFrame, code: string): 1 | -1 {
  const direction = frame.metaByCode.get(code)?.direction;
  if (direction === 1 || direction === -1) return direction;
  throw stepFailed(`normalise_first needs the Direction of ${code}, which has none in iMeta`);
}

function scale(input: DataSet, normaliseFirst: boolean, frame: CoinFrame): Scaled {
  if (!normaliseFirst) return { z: input.columns, back: (_j, value) => value };
  const mins: number[] = [];
  const maxs: number[] = [];
  const directions: (1 | -1)[] = [];
  const z = allocateColumns(input.columns.length, input.units.length);
  input.columns.forEach((x, j) => {
    const d = directionOf(frame, input.codes[j] as string);
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const value of x) {
      if (Number.isNaN(value)) continue;
      if (value * d < min) min = value * d;
      if (value * d > max) max = value * d;
    }
    mins.push(min);
    maxs.push(max);
    directions.push(d);
    // A constant column scales to 0/0 = NaN in every cell, as in R: it then adds nothing to a
    // row's fill value, and its own gaps map back to the constant (NaN·0 aside, see `back`).
    const scaledColumn = z[j] as Float64Array;
    for (let i = 0; i < x.length; i += 1) scaledColumn[i] = ((x[i] as number) * d - min) / (max - min);
  });
  return {
    z,
    back: (j, value) => {
      const min = mins[j] as number;
      return (value * ((maxs[j] as number) - min) + min) * (directions[j] as number);
    },
  };
}

function hasMissing(input: DataSet): boolean {
  for (const column of input.columns) for (const value of column) if (Number.isNaN(value)) return true;
  return false;
}

function allIndices(n: number): Int32Array {
  const at = new Int32Array(n);
  for (let i = 0; i < n; i += 1) at[i] = i;
  return at;
}

/** Unit groups of the data set's rows (null where the unit's group is empty). */
function unitGroups(input: DataSet, args: ImputeArgs, context: StepContext): Int32Array[] | undefined {
  if (args.useGroup === null) return undefined;
  const values = context.frame.groups.get(args.useGroup) as readonly (string | null)[];
  const rows = frameRowsOf(context.frame, input);
  const members = new Map<string, number[]>();
  rows.forEach((frameRow, i) => {
    const group = values[frameRow] ?? null;
    if (group === null) {
      if (!args.skipGroupNA)
        throw stepFailed(`unit ${input.units[i]} has no ${args.useGroup} and f_i_para.skip_f_na is false`);
      return;
    }
    const list = members.get(group);
    if (list === undefined) members.set(group, [i]);
    else list.push(i);
  });
  if (members.size === 0) {
    const message = `no unit of the data set has a ${args.useGroup} value, so ${args.fI} has no group to impute from`;
    if (context.compat === "coinr") throw stepFailed(message);
    context.diagnostics.push({
      code: "composite-index/impute-no-groups",
      severity: "warning",
      message,
      where: { column: args.useGroup },
    });
    return [];
  }
  return [...members.values()].map((list) => Int32Array.from(list));
}

function imputeColumns(
  input: DataSet,
  args: ImputeArgs,
  scaled: Scaled,
  context: StepContext,
  out: Float64Array[],
) {
  const n = input.units.length;
  const f: FillFunction = args.fI === "i_median" || args.fI === "i_median_grp" ? "i_median" : "i_mean";
  const groups = unitGroups(input, args, context) ?? [allIndices(n)];
  input.columns.forEach((x, j) => {
    const z = scaled.z[j] as Float64Array;
    let available = 0;
    let scaledAvailable = 0;
    for (let i = 0; i < n; i += 1) {
      if (!Number.isNaN(x[i] as number)) available += 1;
      if (!Number.isNaN(z[i] as number)) scaledAvailable += 1;
    }
    if (available === 0 || available === n) return;
    if (scaledAvailable === 0) {
      // Only a constant column scales to nothing but NaN. R then leaves it and fails its own
      // check ("Differences detected in non-NA values"); strict fills the gaps with the constant.
      if (context.compat === "coinr") {
        throw stepFailed(
          `Differences detected in non-NA values of imputed data frame: ${input.codes[j]} is constant, so normalise_first scales it to NaN`,
        );
      }
      const constant = x.find((value) => !Number.isNaN(value)) as number;
      for (let i = 0; i < n; i += 1) if (Number.isNaN(x[i] as number)) (out[j] as Float64Array)[i] = constant;
      return;
    }
    for (const members of groups) {
      let fill: number | undefined;
      for (const i of members) {
        if (!Number.isNaN(x[i] as number)) continue;
        fill ??= scaled.back(j, fillValue(f, z, members));
        (out[j] as Float64Array)[i] = fill;
      }
    }
  });
}

function imputeRows(input: DataSet, args: ImputeArgs, scaled: Scaled, out: Float64Array[]) {
  const f: FillFunction = args.fI === "i_median" ? "i_median" : "i_mean";
  const columnGroups = args.columnGroups(input.codes);
  const row = new Float64Array(input.codes.length);
  for (let i = 0; i < input.units.length; i += 1) {
    for (let j = 0; j < row.length; j += 1) row[j] = (scaled.z[j] as Float64Array)[i] as number;
    for (const members of columnGroups) {
      let fill: number | undefined;
      for (const j of members) {
        if (!Number.isNaN((input.columns[j] as Float64Array)[i] as number)) continue;
        fill ??= fillValue(f, row, members);
        (out[j] as Float64Array)[i] = scaled.back(j, fill);
      }
    }
  }
}

function run(input: DataSet, args: ImputeArgs, context: StepContext): DataSet {
  const out = copyColumns(input.columns);
  if (args.disable || args.fI === "none" || !hasMissing(input))
    return { units: input.units, codes: input.codes, columns: out };
  const scaled = scale(input, args.normaliseFirst, context.frame);
  if (args.imputeBy === "row") imputeRows(input, args, scaled, out);
  else imputeColumns(input, args, scaled, context, out);
  const imputed: Record<string, number> = {};
  let remaining = 0;
  for (let j = 0; j < input.columns.length; j += 1) {
    const x = input.columns[j] as Float64Array;
    const filledColumn = out[j] as Float64Array;
    let filled = 0;
    for (let i = 0; i < x.length; i += 1) {
      if (!Number.isNaN(x[i] as number)) continue;
      if (Number.isNaN(filledColumn[i] as number)) remaining += 1;
      else filled += 1;
    }
    imputed[input.codes[j] as string] = filled;
  }
  if (remaining > 0 && args.warnOnNAs) {
    context.diagnostics.push({
      code: "composite-index/impute-remaining-na",
      severity: "warning",
      message: `${remaining} cell(s) are still missing after imputation (no value to impute from)`,
      where: { step: "Impute" },
    });
  }
  context.recordAnalysis({ imputed, remaining });
  return { units: input.units, codes: input.codes, columns: out };
}

export const imputeStep: StepDefinition<ImputeArgs> = {
  op: "Impute",
  parseArgs: (raw, where, frame: CoinFrame, compat: Compat) => parseImputeArgs(raw, where, frame, compat),
  run,
};
