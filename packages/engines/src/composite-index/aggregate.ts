/**
 * The Aggregate step (COINr's `Aggregate.coin`): level by level from 2 up, each aggregate is
 * computed from its children's columns of the level below, so a level-3 score comes from level-2
 * scores, never straight from indicators. The output keeps the input's columns (shared, not
 * copied: data sets are never mutated) and appends the aggregates level by level, alphabetical
 * within a level, as the frame lists them.
 */
import { type AggregateArgs, parseAggregateArgs } from "./aggregate-args.ts";
import { type AggregationGroupInput, aggregateRows } from "./aggregation-functions.ts";
import type { DataSet, StepContext, StepDefinition } from "./coin-types.ts";
import { CompositeIndexError } from "./composite-index-error.ts";
import { copelandScores } from "./copeland.ts";

export type {
  AggregateArgs,
  AggregateGroupPlan,
  AggregateLevelPlan,
  AggregationFunctionName,
} from "./aggregate-args.ts";

export const aggregateStep: StepDefinition<AggregateArgs> = {
  op: "Aggregate",
  parseArgs: parseAggregateArgs,
  run: aggregateDataSet,
};

function aggregateDataSet(input: DataSet, args: AggregateArgs, context: StepContext): DataSet {
  const columnOf = new Map<string, Float64Array>();
  for (let index = 0; index < input.codes.length; index += 1) {
    columnOf.set(input.codes[index] as string, input.columns[index] as Float64Array);
  }
  const codes = input.codes.slice();
  const columns = input.columns.slice();
  const n = input.units.length;
  for (const plan of args.levels) {
    const where = `${args.where} (${plan.fn}, level ${plan.level})`;
    for (const group of plan.groups) {
      if (columnOf.has(group.code)) {
        throw new CompositeIndexError(
          "composite-index/step-failed",
          `${where}, aggregate ${group.code}`,
          "the input data set already has this column; aggregate a data set without aggregates",
        );
      }
      const children = group.children.map((child) =>
        childColumn(columnOf, child, `${where}, aggregate ${group.code}`),
      );
      const out = new Float64Array(n);
      if (plan.fn === "a_copeland") {
        copelandScores(
          { children, weights: group.weights, compat: context.compat, datThresh: plan.datThresh },
          out,
        );
      } else {
        const groupInput: AggregationGroupInput = {
          children,
          childCodes: group.children,
          weights: group.weights,
          datThresh: plan.datThresh,
          p: plan.p,
          units: input.units,
          compat: context.compat,
          where: `${where}, aggregate ${group.code}`,
        };
        aggregateRows(plan.fn, groupInput, out);
      }
      columnOf.set(group.code, out);
      codes.push(group.code);
      columns.push(out);
    }
  }
  for (const code of args.ignoredDirections) {
    context.diagnostics.push({
      code: "composite-index/aggregate-direction-ignored",
      severity: "warning",
      message: `aggregate ${code} has Direction −1, which has no effect: only indicator directions are applied (at Normalise)`,
      where: { iCode: code },
    });
  }
  return { units: input.units, codes, columns };
}

function childColumn(
  columnOf: ReadonlyMap<string, Float64Array>,
  child: string,
  where: string,
): Float64Array {
  const column = columnOf.get(child);
  if (column === undefined) {
    throw new CompositeIndexError(
      "composite-index/step-failed",
      where,
      `the input data set has no column ${child}, a child of this aggregate`,
    );
  }
  return column;
}
