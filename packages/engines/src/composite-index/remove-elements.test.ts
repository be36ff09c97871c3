import { describe, expect, it } from "vitest";
import { smallData, smallMeta } from "../../test/composite-index/frame-fixtures.ts";
import type { CoinFrame, DataSet, StepDefinition } from "./coin-types.ts";
import { CompositeIndexError } from "./composite-index-error.ts";
import { newCoinFrame } from "./read-inputs.ts";
import { removeElements } from "./remove-elements.ts";
import { defaultStepRegistry, type StepRegistry } from "./step-registry.ts";

/**
 * A deliberately plain Aggregate (weighted arithmetic mean over available children, weights from
 * `w`: a weight-set name or an iCode → weight object) so remove_elements can be tested on its
 * own; the engine's Aggregate is a separate module with its own tests.
 */
const plainAggregate: StepDefinition<{ w: unknown }> = {
  op: "Aggregate",
  parseArgs: (raw) => ({ w: raw["w"] }),
  run: (input: DataSet, args, context) => {
    const frame: CoinFrame = context.frame;
    const weights =
      typeof args.w === "object" && args.w !== null
        ? (args.w as Record<string, number>)
        : Object.fromEntries(frame.weightSets.get("Original") ?? []);
    const codes = [...input.codes];
    const columns = [...input.columns];
    for (const level of frame.aggregatesByLevel) {
      for (const code of level) {
        const kids = (frame.children.get(code) ?? []).map((kid) => ({
          w: weights[kid] ?? 0,
          x: columns[codes.indexOf(kid)] as Float64Array,
        }));
        columns.push(
          Float64Array.from(input.units, (_, i) => {
            let sum = 0;
            let total = 0;
            for (const kid of kids)
              if (!Number.isNaN(kid.x[i] as number)) {
                sum += kid.w * (kid.x[i] as number);
                total += kid.w;
              }
            return sum / total;
          }),
        );
        codes.push(code);
      }
    }
    return { units: input.units, codes, columns };
  },
};
const registry: StepRegistry = { ...defaultStepRegistry, Aggregate: plainAggregate };

// Jobs listed first in iMeta: COINr takes the removal order from iMeta sorted by Parent.
const meta = {
  header: smallMeta.header,
  rows: [
    smallMeta.rows[2],
    smallMeta.rows[0],
    smallMeta.rows[1],
    ...smallMeta.rows.slice(3),
  ] as (typeof smallMeta.rows)[number][],
};
const frame = newCoinFrame({ iData: smallData, iMeta: meta, compat: "strict" });
const pipeline = {
  steps: [
    { op: "Impute", dset: "Raw", f_i: "i_mean" },
    { op: "Aggregate", dset: "Imputed", w: "Original" },
  ],
};

describe("removeElements", () => {
  it("zeroes each pillar in turn: the index becomes the other pillar", () => {
    const result = removeElements({
      frame,
      pipeline,
      registry,
      level: 2,
      dset: "Aggregated",
      iCode: "Index",
    });
    expect(result.removed).toEqual(["Econ", "Soc"]);
    const full = removeElements({ frame, pipeline, registry, level: 1, dset: "Aggregated", iCode: "Econ" });
    const soc = removeElements({ frame, pipeline, registry, level: 1, dset: "Aggregated", iCode: "Soc" });
    // Without Econ the index is Soc's nominal score, and the other way round.
    expect(Array.from(result.scores[0] ?? [])).toEqual(Array.from(soc.nominalScores));
    expect(Array.from(result.scores[1] ?? [])).toEqual(Array.from(full.nominalScores));
  });

  it("reports ranks, nominal − rank and the mean absolute change, checked by a plain recount", () => {
    const result = removeElements({
      frame,
      pipeline,
      registry,
      level: 1,
      dset: "Aggregated",
      iCode: "Index",
    });
    expect(result.removed).toEqual(["Goods", "Waste", "Jobs", "Recyc"]);
    const rankOf = (values: Float64Array, i: number) =>
      1 + Array.from(values).filter((v) => v > (values[i] as number)).length;
    result.scores.forEach((scores, k) => {
      const ranks = Array.from(scores, (_, i) => rankOf(scores, i));
      expect(Array.from(result.ranks[k] ?? [])).toEqual(ranks);
      const diffs = ranks.map((rank, i) => rankOf(result.nominalScores, i) - rank);
      expect(Array.from(result.rankDiffs[k] ?? [])).toEqual(diffs);
      expect(result.meanAbsDiff[k]).toBe(diffs.reduce((sum, d) => sum + Math.abs(d), 0) / diffs.length);
    });
  });

  it("refuses a level outside 1 … maxLevel − 1, and w = none", () => {
    expect(() =>
      removeElements({ frame, pipeline, registry, level: 3, dset: "Aggregated", iCode: "Index" }),
    ).toThrow("remove_elements.Level: Level must be between 1 and 2 (the number of levels minus one), not 3");
    const none = { steps: [pipeline.steps[0], { op: "Aggregate", dset: "Imputed", w: "none" }] };
    expect(() =>
      removeElements({ frame, pipeline: none, registry, level: 1, dset: "Aggregated", iCode: "Index" }),
    ).toThrow(CompositeIndexError);
  });
});
