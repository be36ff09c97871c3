import { describe, expect, it } from "vitest";
import golden from "../../test/golden/composite-index/uncertainty-summaries.json" with { type: "json" };
import { meanAbsoluteRankShift, rankStats } from "./rank-stats.ts";

const nan = (values: readonly (number | null)[]) => Float64Array.from(values, (v) => v ?? Number.NaN);
const plain = (values: Float64Array) => Array.from(values, (v) => (Number.isNaN(v) ? null : v));

describe("rankStats", () => {
  it("matches R's mean, median and type-7 quantiles with na.rm (uncertainty-summaries.R)", () => {
    const g = golden.rankStats;
    const matrix = { units: g.units, replications: g.replications, ranks: nan(g.ranksByReplication) };
    const stats = rankStats(nan(g.nominal), matrix, g.use);
    expect(plain(stats.nominal)).toEqual(g.nominal);
    for (const key of ["mean", "median", "q5", "q95"] as const) {
      const got = plain(stats[key]);
      got.forEach((v, u) => {
        const want = g[key][u] ?? null;
        if (want === null) expect(v).toBeNull();
        else expect(v).toBeCloseTo(want, 12);
      });
    }
  });

  it("summarises a hand-computed unit", () => {
    // One unit ranked 1, 2, 3, 10 over four replications: mean 4, median 2.5,
    // Q5: h = 3·0.05 = 0.15 → 1 + 0.15·(2 − 1) = 1.15; Q95: h = 2.85 → 3 + 0.85·7 = 8.95.
    const stats = rankStats(Float64Array.of(2), {
      units: 1,
      replications: 4,
      ranks: Float64Array.of(1, 2, 3, 10),
    });
    expect(stats.mean[0]).toBe(4);
    expect(stats.median[0]).toBe(2.5);
    expect(stats.q5[0]).toBeCloseTo(1.15, 14);
    expect(stats.q95[0]).toBeCloseTo(8.95, 14);
  });
});

describe("meanAbsoluteRankShift", () => {
  it("matches R's mean(abs(x − nominal), na.rm = TRUE) per replication", () => {
    const g = golden.rankStats;
    const matrix = { units: g.units, replications: g.replications, ranks: nan(g.ranksByReplication) };
    const shift = plain(meanAbsoluteRankShift(nan(g.nominal), matrix));
    shift.forEach((v, r) => {
      const want = g.shift[r] ?? null;
      if (want === null) expect(v).toBeNull();
      else expect(v).toBeCloseTo(want, 12);
    });
  });

  it("is zero when a replication reproduces the nominal ranks", () => {
    const nominal = Float64Array.of(1, 2, 2, 4);
    const shift = meanAbsoluteRankShift(nominal, {
      units: 4,
      replications: 2,
      ranks: Float64Array.of(1, 2, 2, 4, 4, 2, 2, 1),
    });
    // Second replication, hand-computed: |4−1| + 0 + 0 + |1−4| = 6 over 4 units.
    expect(Array.from(shift)).toEqual([0, 1.5]);
  });
});
