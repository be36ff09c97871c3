/**
 * An uncertain input over several arguments of one step at once (`"argument": "."`): the
 * aggregation function with its parameter, which COINr can only vary together by replacing the
 * whole step. Each replication must equal a plain rebuild of the pipeline with those arguments
 * written in by hand, on the 16-unit fixture of the end-to-end R test; a wrong alternative is
 * refused up front at its place.
 */
import { describe, expect, it } from "vitest";
import reference from "../../test/golden/composite-index/end-to-end/end-to-end.json" with { type: "json" };
import { CompositeIndexError } from "./composite-index-error.ts";
import { parsePipeline, runPipeline } from "./pipeline.ts";
import { newCoinFrame } from "./read-inputs.ts";
import { defaultStepRegistry } from "./step-registry.ts";
import { runUncertainty } from "./uncertainty.ts";

const frame = newCoinFrame({ ...reference.inputs, compat: "strict" });
const aggregate = {
  op: "Aggregate",
  dset: "Normalised",
  f_ag: "a_amean",
  w: "Original",
  write_to: "Aggregated",
};
const pipeline = (last: Record<string, unknown>) => ({
  steps: [
    { op: "Impute", dset: "Raw", f_i: "i_mean_grp", use_group: "Grp", write_to: "Imputed" },
    {
      op: "Normalise",
      dset: "Imputed",
      global_specs: { f_n: "n_minmax", f_n_para: { l_u: [1, 100] } },
      write_to: "Normalised",
    },
    last,
  ],
});
const alternatives = [
  { f_ag: "a_amean" },
  { f_ag: "a_genmean", f_ag_para: { p: 0.5 } },
  { f_ag: "a_genmean", f_ag_para: { p: 2 } },
];
const engine = { registry: defaultStepRegistry, parsePipeline, runPipeline };

function indexScores(last: Record<string, unknown>): Float64Array {
  const run = runPipeline(
    frame,
    parsePipeline(pipeline(last), frame, defaultStepRegistry),
    defaultStepRegistry,
  );
  const dset = run.dsets.get("Aggregated");
  return dset?.columns[dset.codes.indexOf("Index")] as Float64Array;
}

describe('an uncertain input over several arguments ("argument": ".")', () => {
  it("gives each replication the function and its parameter together, as a plain rebuild does", () => {
    const spec = [
      { name: "Aggregation", step: "Aggregated", argument: ".", alternatives },
      {
        name: "Normalisation",
        step: "Normalised",
        argument: "global_specs.f_n_para.l_u",
        alternatives: [
          [1, 100],
          [10, 100],
        ],
      },
    ];
    const result = runUncertainty(
      { frame, pipeline: pipeline(aggregate), spec, n: 24, seed: 9, sa: false },
      engine,
    );
    expect(result.failures).toEqual([]);
    const seen = new Set<number>();
    for (let r = 0; r < result.replications; r += 1) {
      const aggregation = alternatives[(result.chosen[r * 2] as number) - 1] as Record<string, unknown>;
      const range = (result.chosen[r * 2 + 1] as number) === 1 ? [1, 100] : [10, 100];
      seen.add(result.chosen[r * 2] as number);
      const expected = runPipeline(
        frame,
        parsePipeline(
          {
            steps: [
              pipeline(aggregate).steps[0],
              {
                ...pipeline(aggregate).steps[1],
                global_specs: { f_n: "n_minmax", f_n_para: { l_u: range } },
              },
              { ...aggregate, ...aggregation },
            ],
          },
          frame,
          defaultStepRegistry,
        ),
        defaultStepRegistry,
      ).dsets.get("Aggregated");
      const column = expected?.columns[expected.codes.indexOf("Index")] as Float64Array;
      expect(
        Array.from(result.scores.subarray(r * frame.units.length, (r + 1) * frame.units.length)),
      ).toEqual(Array.from(column));
    }
    // All three aggregations were drawn, and p = 2 is not the arithmetic mean.
    expect(seen.size).toBe(3);
    expect(Array.from(indexScores({ ...aggregate, ...alternatives[2] }))).not.toEqual(
      Array.from(indexScores(aggregate)),
    );
  });

  it("refuses an alternative that is not an object of arguments, or that names the step itself", () => {
    const run = (value: unknown) => () =>
      runUncertainty(
        {
          frame,
          pipeline: pipeline(aggregate),
          spec: [
            {
              name: "Aggregation",
              step: "Aggregated",
              argument: ".",
              alternatives: [{ f_ag: "a_amean" }, value],
            },
          ],
          n: 4,
          seed: 1,
          sa: false,
        },
        engine,
      );
    expect(run("a_gmean")).toThrow(CompositeIndexError);
    expect(run("a_gmean")).toThrow(
      'with argument ".", each alternative is an object of the step\'s arguments, not "a_gmean"',
    );
    expect(run({ dset: "Raw" })).toThrow("dset says what a step is, not how it computes");
    expect(run({ f_ag: "a_genmean" })).toThrow(/spec\[0\]\.alternatives\[1\]/);
  });
});
