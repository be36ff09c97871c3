import { describe, expect, it } from "vitest";
import { smallData, smallMeta } from "../../test/composite-index/frame-fixtures.ts";
import { rankDescending } from "../numeric/ranks.ts";
import type { Compat } from "./coin-types.ts";
import { CompositeIndexError } from "./composite-index-error.ts";
import { parsePipeline, runPipeline } from "./pipeline.ts";
import { newCoinFrame } from "./read-inputs.ts";
import { defaultStepRegistry } from "./step-registry.ts";
import {
  combineUncertaintyReplications,
  runUncertainty,
  runUncertaintyReplications,
  type UncertaintyResult,
} from "./uncertainty.ts";
import type { UncertaintyEngine, UncertaintyInput } from "./uncertainty-plan.ts";

// The replication loop on the real pipeline runner and steps (those on main so far: Denominate).
// The small fixture's units sorted: AM, BY, CZ, DE, EE, FR.
const engine: UncertaintyEngine = { registry: defaultStepRegistry, parsePipeline, runPipeline };
const frame = newCoinFrame({ iData: smallData, iMeta: smallMeta, compat: "strict" });
const goods = [6, Number.NaN, 8, 20, 4, 9];
const denominators: Record<string, number[]> = { GDP: [2, 1, 2, 4, 0.5, 3], Pop: [3, 9, 10, 80, 1, 60] };

const pipeline = (compat: Compat) => ({
  compat,
  steps: [
    {
      op: "Denominate",
      dset: "Raw",
      denomby: [{ iCode: "Goods", Denominator: "GDP", ScaleFactor: 1 }],
      write_to: "Denominated",
    },
  ],
});
const spec = [
  {
    name: "Denominator",
    step: "Denominated",
    argument: "denomby[0].Denominator",
    alternatives: ["GDP", "Pop"],
  },
  { name: "Scale", step: "Denominated", argument: "denomby[0].ScaleFactor", alternatives: [1, 10, 100] },
];
const design = [
  [0.1, 0.25],
  [0.6, 0.5],
  [0.9, 1],
  [0.4, 0.75],
];

function input(compat: Compat, extra: Partial<UncertaintyInput> = {}): UncertaintyInput {
  return {
    frame,
    pipeline: pipeline(compat),
    spec,
    n: 4,
    seed: 1,
    sa: false,
    design,
    target: { dset: "Denominated", code: "Goods" },
    ...extra,
  };
}

/** A plain second computation of Goods / (D / s) for given alternatives. */
function expectedScores(denominator: string, scale: number): number[] {
  return goods.map((x, u) => (x * scale) / (denominators[denominator]?.[u] as number));
}

/** The input drawn from its seed instead of replaying the design. */
function drawn(compat: Compat, extra: Partial<UncertaintyInput>): UncertaintyInput {
  const { design: _replayed, ...rest } = input(compat, extra);
  return rest;
}

/** Equal to 12 digits, NaN matching NaN. */
function expectClose(got: readonly number[], want: readonly number[]): void {
  expect(got.map(Number.isNaN)).toEqual(want.map(Number.isNaN));
  got.forEach((v, u) => {
    if (!Number.isNaN(v)) expect(v).toBeCloseTo(want[u] as number, 12);
  });
}

function replication(result: UncertaintyResult, r: number, key: "scores" | "ranks"): number[] {
  const units = result.units.length;
  return Array.from(result[key].subarray(r * units, (r + 1) * units));
}

describe("runUncertainty on the real pipeline", () => {
  it("replays a design: strict picks ⌊u·K⌋ + 1 and each replication rebuilds with its alternatives", () => {
    const result = runUncertainty(input("strict"), engine);
    // Hand-mapped: Denominator K = 2 → 1, 2, 2, 1; Scale K = 3 → 1, 2, 3 (u = 1), 3.
    expect(Array.from(result.chosen)).toEqual([1, 1, 2, 2, 2, 3, 1, 3]);
    const picks: [string, number][] = [
      ["GDP", 1],
      ["Pop", 10],
      ["Pop", 100],
      ["GDP", 100],
    ];
    picks.forEach(([denominator, scale], r) => {
      const want = expectedScores(denominator, scale);
      expectClose(replication(result, r, "scores"), want);
      expect(replication(result, r, "ranks")).toEqual(Array.from(rankDescending(want)));
    });
    // Nominal: the pipeline as given (GDP, scale 1), e.g. DE = 20 / 4 = 5.
    expect(Array.from(result.nominal.scores)).toEqual(expectedScores("GDP", 1));
    expect(result.failures).toEqual([]);
    expect(result.units).toEqual(["AM", "BY", "CZ", "DE", "EE", "FR"]);
  });

  it("maps the same design with R's cut() bins in coinr mode", () => {
    const result = runUncertainty(input("coinr"), engine);
    // Scale column (0.25, 0.5, 1, 0.75): range 0.75, breaks 0.24925, 0.5, 0.75, 1.00075 and
    // right-closed bins, so 0.5 → 1 and 0.75 → 2 where strict gives 2 and 3.
    expect(Array.from(result.chosen)).toEqual([1, 1, 2, 1, 2, 3, 1, 2]);
    expect(replication(result, 1, "scores")[3]).toBeCloseTo((20 * 1) / 80, 12);
  });

  it("maps a continuous input to a + u·(b − a), one value per replication", () => {
    const continuous = [
      spec[0],
      { name: "Scale", step: "Denominated", argument: "denomby[0].ScaleFactor", uniform: [1, 3] },
    ];
    const result = runUncertainty(input("strict", { spec: continuous }), engine);
    // Scale column (0.25, 0.5, 1, 0.75) → 1.5, 2, 3, 2.5; Denominator as before: GDP, Pop, Pop, GDP.
    expect(Array.from(result.chosen)).toEqual([1, 1, 2, 2, 2, 3, 1, 4]);
    expect(result.inputs[1]?.alternatives).toEqual([1.5, 2, 3, 2.5]);
    expectClose(replication(result, 3, "scores"), expectedScores("GDP", 2.5));
  });

  it("computes rank statistics and rank shifts from the replication ranks", () => {
    const result = runUncertainty(input("strict"), engine);
    // Ranks by GDP: AM 3/2 = 1.5 → 4th… computed by the plain rank of each replication above;
    // here the statistics must agree with a direct summary of those ranks.
    const units = result.units.length;
    for (let u = 0; u < units; u += 1) {
      const ranks = [0, 1, 2, 3]
        .map((r) => replication(result, r, "ranks")[u] as number)
        .filter((v) => !Number.isNaN(v));
      const mean = ranks.reduce((a, b) => a + b, 0) / ranks.length;
      if (ranks.length === 0) expect(result.rankStats.mean[u]).toBeNaN();
      else expect(result.rankStats.mean[u]).toBeCloseTo(mean, 12);
    }
    // BY has no Goods value: every rank NaN, statistics NaN, and it is skipped in the shifts.
    expect(result.rankStats.median[1]).toBeNaN();
    expect(result.meanAbsoluteRankShift[0]).toBe(0);
  });

  it("reports a replication whose alternatives cannot be combined, with its message, and keeps it", () => {
    const clash = [
      {
        name: "Denominators",
        step: "Denominated",
        argument: "denomby",
        alternatives: [[{ iCode: "Goods", Denominator: "GDP", ScaleFactor: 1 }], "Denominator"],
      },
      { name: "Scale", step: "Denominated", argument: "denomby[0].ScaleFactor", alternatives: [1, 10] },
    ];
    const result = runUncertainty(
      input("strict", {
        spec: clash,
        n: 3,
        design: [
          [0.1, 0.1],
          [0.7, 0.7],
          [0.2, 0.8],
        ],
      }),
      engine,
    );
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]?.replication).toBe(2);
    expect(result.failures[0]?.message).toMatch(/index \[0\] needs a list/);
    expect(replication(result, 1, "scores").every(Number.isNaN)).toBe(true);
    expect(replication(result, 2, "scores")[0]).toBeCloseTo(30, 12);
    expect(result.scores.length).toBe(3 * 6);
  });

  it("starts replications at the first uncertain step, on the nominal run's earlier data sets", () => {
    const twoSteps = {
      steps: [
        { op: "Denominate", dset: "Raw", denomby: { Goods: "GDP" }, write_to: "Denominated" },
        {
          op: "Denominate",
          dset: "Denominated",
          denomby: [{ iCode: "Goods", Denominator: "Pop" }],
          write_to: "Twice",
        },
      ],
    };
    const starts: (number | undefined)[] = [];
    const watching: UncertaintyEngine = {
      ...engine,
      runPipeline: (f, p, registry, options) => {
        starts.push(options?.from);
        return runPipeline(f, p, registry, options);
      },
    };
    const twice = [
      { name: "Scale", step: "Twice", argument: "denomby[0].ScaleFactor", alternatives: [1, 2] },
    ];
    const result = runUncertainty(
      {
        ...input("strict"),
        pipeline: twoSteps,
        spec: twice,
        n: 2,
        design: [[0.2], [0.8]],
        target: { dset: "Twice", code: "Goods" },
      },
      watching,
    );
    expect(starts).toEqual([undefined, 1, 1]);
    // DE: 20 / 4 / (80 / 2) = 0.125 in the second replication.
    expect(replication(result, 1, "scores")[3]).toBeCloseTo(0.125, 12);
  });

  it("parses each step variant once and rebuilds each distinct combination once", () => {
    const counts = { parse: 0, run: 0 };
    const denominate = defaultStepRegistry.Denominate as NonNullable<typeof defaultStepRegistry.Denominate>;
    const counting: UncertaintyEngine = {
      registry: {
        ...defaultStepRegistry,
        Denominate: {
          ...denominate,
          parseArgs: (...args: Parameters<typeof denominate.parseArgs>) => {
            counts.parse += 1;
            return denominate.parseArgs(...args);
          },
        },
      },
      parsePipeline,
      runPipeline: (...args: Parameters<typeof runPipeline>) => {
        counts.run += 1;
        return runPipeline(...args);
      },
    };
    const result = runUncertainty(drawn("strict", { n: 200, seed: 4 }), counting);
    const combinations = new Set(
      Array.from({ length: 200 }, (_, r) => `${result.chosen[2 * r]},${result.chosen[2 * r + 1]}`),
    );
    expect(combinations.size).toBe(6);
    // 1 nominal parse + 5 alternatives checked + 6 variants; 1 nominal run + 6 rebuilds.
    expect(counts).toEqual({ parse: 12, run: 7 });
  });

  it("gives the same result whether run whole, in two ranges, or without reusing identical replications", () => {
    const seeded = { n: 40, sa: true, seed: 17, nboot: 30 } as const;
    const whole = runUncertainty(drawn("strict", seeded), engine);
    const first = runUncertaintyReplications(
      drawn("strict", { ...seeded, replicationRange: { start: 0, end: 70 } }),
      engine,
    );
    const second = runUncertaintyReplications(
      drawn("strict", { ...seeded, replicationRange: { start: 70, end: 160 } }),
      engine,
    );
    const halves = combineUncertaintyReplications([second, first]);
    const fresh = runUncertainty(drawn("strict", { ...seeded, reuseIdentical: false }), engine);
    for (const other of [halves, fresh]) {
      expect(Array.from(other.scores)).toEqual(Array.from(whole.scores));
      expect(Array.from(other.ranks)).toEqual(Array.from(whole.ranks));
      expect(Array.from(other.meanAbsoluteRankShift)).toEqual(Array.from(whole.meanAbsoluteRankShift));
      expect(other.sensitivity?.first).toEqual(whole.sensitivity?.first);
      expect(other.sensitivity?.intervals).toEqual(whole.sensitivity?.intervals);
    }
    expect(() => combineUncertaintyReplications([first])).toThrow(RangeError);
  });

  it("runs a Saltelli design: N(d + 2) replications, and zero indices for an input with no effect", () => {
    // The Scale factor never changes ranks; two identical Denominator alternatives change nothing
    // either, so (as in COINr's own test) both indices of that input are exactly zero.
    const inert = [
      {
        name: "Denominator",
        step: "Denominated",
        argument: "denomby[0].Denominator",
        alternatives: ["Pop", "Pop"],
      },
      { name: "Which", step: "Denominated", argument: "denomby[0].iCode", alternatives: ["Goods", "Recyc"] },
    ];
    const result = runUncertainty(
      drawn("strict", { spec: inert, n: 30, sa: true, seed: 5, nboot: 40 }),
      engine,
    );
    expect(result.replications).toBe(30 * 4);
    expect(result.scores.length).toBe(120 * 6);
    expect(result.sensitivity?.variables).toEqual(["Denominator", "Which"]);
    expect(result.sensitivity?.first[0]).toBe(0);
    expect(result.sensitivity?.total[0]).toBe(0);
    expect(result.sensitivity?.total[1]).toBeGreaterThan(0);
    // Its bootstrap terms are all zero too, so both intervals collapse to 0.
    const intervals = result.sensitivity?.intervals;
    expect([
      intervals?.firstQ5[0],
      intervals?.firstQ95[0],
      intervals?.totalQ5[0],
      intervals?.totalQ95[0],
    ]).toEqual([0, 0, 0, 0]);
    expect(intervals?.totalQ95[1]).toBeGreaterThanOrEqual(result.sensitivity?.total[1] as number);
  });

  it("reports progress and stops when the signal is aborted", () => {
    const calls: [number, number][] = [];
    runUncertainty(input("strict", { onProgress: (done, total) => calls.push([done, total]) }), engine);
    expect(calls).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
    const signal = { aborted: false };
    const stopping = input("strict", {
      signal,
      onProgress: (done) => {
        if (done === 2) signal.aborted = true;
      },
    });
    expect(() => runUncertainty(stopping, engine)).toThrow(/cancelled after 2 of 4 replications/);
    try {
      runUncertainty(stopping, engine);
    } catch (error) {
      expect(error).toBeInstanceOf(CompositeIndexError);
      expect((error as CompositeIndexError).code).toBe("composite-index/cancelled");
    }
  });
});
