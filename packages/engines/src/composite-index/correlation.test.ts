/**
 * Correlation tables, flags, denominator correlations and Cronbach's alpha on the reference coin.
 * Expected numbers are R's (cor, cor.test, cov; test/golden/composite-index/aggregate-weights-reference.R);
 * which pairs a filter keeps (withparent, family, grouplev) is read off the hierarchy by hand.
 */
import { describe, expect, it } from "vitest";
import { fixtureContext } from "../../test/composite-index/coin-frame-fixture.ts";
import { reference, referenceData, referenceFrame } from "../../test/composite-index/reference-coin.ts";
import { aggregateStep } from "./aggregate.ts";
import { correlationFlags, correlationTable, denominatorCorrelations } from "./correlation.ts";
import { cronbachAlpha, cronbachOf } from "./cronbach.ts";

const aggregated = aggregateStep.run(
  referenceData,
  aggregateStep.parseArgs({}, "steps[0]", referenceFrame, "strict"),
  fixtureContext(referenceFrame, "strict"),
);
const pairsOf = (rows: readonly { var1: string; var2: string }[]) =>
  rows.map((row) => `${row.var1}-${row.var2}`);

describe("correlationTable", () => {
  it("correlates pillars with indicators and blanks those with p > pval, as R's cor.test decides", () => {
    const rows = correlationTable(referenceFrame, aggregated, { levels: [1, 2], pval: 0.1 });
    expect(rows).toHaveLength(12);
    for (const expected of reference.pillar_vs_indicator) {
      const row = rows.find((candidate) => candidate.var1 === expected.a && candidate.var2 === expected.b);
      expect(row?.pValue).toBeCloseTo(expected.p, 12);
      if (expected.p > 0.1) expect(row?.correlation).toBeNaN();
      else expect(row?.correlation).toBeCloseTo(expected.r, 13);
    }
  });

  it("keeps only each indicator's own parent with withparent", () => {
    const rows = correlationTable(referenceFrame, aggregated, { levels: [2, 1], withparent: true, pval: 0 });
    expect(pairsOf(rows)).toEqual(["P1-i1", "P1-i2", "P1-i3", "P2-i4", "P2-i5", "P2-i6"]);
  });

  it("correlates each indicator with every ancestor with withparent: family", () => {
    const rows = correlationTable(referenceFrame, aggregated, { withparent: "family", pval: 0 });
    expect(pairsOf(rows)).toEqual([
      ...["P1-i1", "P1-i2", "P1-i3", "P2-i4", "P2-i5", "P2-i6"],
      ...["Index-i1", "Index-i2", "Index-i3", "Index-i4", "Index-i5", "Index-i6"],
    ]);
    expect(rows.map((row) => row.level)).toEqual([2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3]);
  });

  it("keeps pairs inside the same group with grouplev, self-pairs included", () => {
    const rows = correlationTable(referenceFrame, aggregated, { grouplev: 2, pval: 0 });
    expect(rows).toHaveLength(18);
    expect(rows.find((row) => row.var1 === "i1" && row.var2 === "i1")?.correlation).toBe(1);
    expect(rows.some((row) => row.var1 === "i1" && row.var2 === "i4")).toBe(false);
  });

  it("flips negative-direction indicators with useDirections", () => {
    const frame = {
      ...referenceFrame,
      metaByCode: new Map(
        [...referenceFrame.metaByCode].map(([code, meta]) => [
          code,
          code === "i1" ? { ...meta, direction: -1 as const } : meta,
        ]),
      ),
    };
    const plain = correlationTable(frame, aggregated, { pval: 0 });
    const flipped = correlationTable(frame, aggregated, { pval: 0, useDirections: true });
    const r = (rows: typeof plain) =>
      rows.find((row) => row.var1 === "i1" && row.var2 === "i2")?.correlation as number;
    expect(r(flipped)).toBeCloseTo(-r(plain), 14);
  });

  it("refuses a level the data set lacks and a level outside the index", () => {
    expect(() => correlationTable(referenceFrame, referenceData, { levels: 2 })).toThrow(
      /no column P1 \(aggregate it first\?\)/,
    );
    expect(() => correlationTable(referenceFrame, aggregated, { levels: 4 })).toThrow(
      /level 4 is not a level/,
    );
  });
});

describe("correlationFlags", () => {
  it("lists each pair twice in coinr mode, as COINr's long table does, and once in strict", () => {
    const options = { corThresh: -0.3, threshType: "low" as const };
    const coinr = correlationFlags(referenceFrame, referenceData, { ...options, compat: "coinr" });
    const key = (flag: { group: string; ind1: string; ind2: string }) =>
      `${flag.group}:${flag.ind1}-${flag.ind2}`;
    expect(coinr.map(key).sort()).toEqual(reference.flags_low.map(key).sort());
    for (const flag of coinr)
      expect(flag.corr).toBe(reference.flags_low.find((r) => key(r) === key(flag))?.corr);
    const strict = correlationFlags(referenceFrame, referenceData, options);
    expect(strict.map(key)).toEqual(["P1:i1-i2", "P1:i1-i3", "P1:i2-i3", "P2:i4-i5", "P2:i5-i6"]);
  });
});

describe("denominatorCorrelations", () => {
  it("reports indicators correlated with a denominator above |0.5|, matched by uCode", () => {
    const found = denominatorCorrelations(referenceFrame, referenceData, { corThresh: 0.5, nround: null });
    expect(found.map((row) => row.ind)).toEqual(["i1", "i6"]);
    expect(found[0]?.corr).toBeCloseTo(reference.denominator.corr.i1, 13);
    // Dropping a unit (as Screen does) keeps the alignment by uCode.
    const screened = {
      units: referenceData.units.slice(1),
      codes: referenceData.codes,
      columns: referenceData.columns.map((c) => c.slice(1)),
    };
    const r = denominatorCorrelations(referenceFrame, screened, { corThresh: 0, nround: null }).find(
      (row) => row.ind === "i1",
    );
    const pop = reference.denominator.pop.slice(1);
    const i1 = (reference.data.i1 as number[]).slice(1);
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    const [mp, mi] = [mean(pop), mean(i1)];
    const plain =
      pop.reduce((s, p, k) => s + (p - mp) * ((i1[k] as number) - mi), 0) /
      Math.sqrt(pop.reduce((s, p) => s + (p - mp) ** 2, 0) * i1.reduce((s, v) => s + (v - mi) ** 2, 0));
    expect(r?.corr).toBeCloseTo(plain, 13);
  });
});

describe("cronbachAlpha", () => {
  it("reproduces R's alpha with pairwise-complete covariances", () => {
    expect(cronbachOf(referenceFrame, referenceData, { group: "P1" })).toBeCloseTo(reference.cronbach.P1, 12);
    expect(cronbachOf(referenceFrame, referenceData, { group: "P2" })).toBeCloseTo(reference.cronbach.P2, 12);
    expect(cronbachOf(referenceFrame, referenceData, { level: 1 })).toBeCloseTo(reference.cronbach.all, 12);
  });

  it("is 1 for perfectly consistent items and NaN for one item", () => {
    // Two identical columns: k/(k−1)·(1 − 2v/4v) = 2·½ = 1.
    expect(
      cronbachAlpha([
        [1, 2, 3, 5],
        [1, 2, 3, 5],
      ]),
    ).toBeCloseTo(1, 14);
    expect(cronbachAlpha([[1, 2, 3]])).toBeNaN();
  });
});
