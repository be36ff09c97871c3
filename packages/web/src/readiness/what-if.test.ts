/**
 * The Web Worker's message handler, called directly (jsdom has no Worker), on the fixture
 * index. Expected scores are computed by hand from the fixture's values (see the comments);
 * Turkmenistan has no denominator for A1, so 1 of 4 indicators, and is screened out (1/4 < 0.75).
 */
import { describe, expect, it } from "vitest";
import { fixtureReadiness } from "../test/fixture-readiness.ts";
import { handleWhatIfMessage, withPillarWeights } from "./what-if.ts";

// A1 is divided first, value ÷ (D ÷ 1000): 10 ÷ 1, 30 ÷ 1.5, 60 ÷ 2, 20 ÷ 0.5 = 10, 20, 30, 40
// (undivided, 10, 30, 60, 20 would give 0, 40, 100, 20 and other scores below).
// Min-max 0–100 over KAZ, KGZ, TJK, UZB after the direction flip (no column is skewed enough to treat):
//   A1 10, 20, 30, 40            → 0, 33.3, 66.7, 100
//   A2 4, 2, 3, 1 (Direction −1) → 0, 66.7, 33.3, 100
//   B1 5, 1, 2, 3                → 100, 0, 25, 50
//   B2 0, 50, (mean 50), 100     → 0, 50, 50, 100
// Alpha = mean(A1, A2): 0, 50, 50, 100; Beta = mean(B1, B2): 50, 25, 37.5, 75.
const alpha = { KAZ: 0, KGZ: 50, TJK: 50, UZB: 100 };
const beta = { KAZ: 50, KGZ: 25, TJK: 37.5, UZB: 75 };

function whatIf(pillarWeights: Record<string, number>) {
  const index = fixtureReadiness();
  const answer = handleWhatIfMessage({
    id: 3,
    inputs: index.inputs,
    pillarWeights,
    replications: 100,
    seed: index.uncertainty.seed,
  });
  if (!answer.ok) throw new Error(answer.message);
  expect(answer.id).toBe(3);
  return new Map(answer.countries.map((country) => [country.area, country]));
}

describe("handleWhatIfMessage", () => {
  it("recomputes the published index with the published weights", () => {
    const result = whatIf({});
    for (const [area, a] of Object.entries(alpha)) {
      const b = beta[area as keyof typeof beta];
      expect(result.get(area)?.score).toBeCloseTo((a + b) / 2, 10);
      expect(result.get(area)?.pillars).toEqual({
        Alpha: expect.closeTo(a, 10),
        Beta: expect.closeTo(b, 10),
      });
    }
    // Index 25, 37.5, 43.75, 87.5.
    expect([...result.values()].map((country) => [country.area, country.rank])).toEqual([
      ["KAZ", 4],
      ["KGZ", 3],
      ["TJK", 2],
      ["TKM", null],
      ["UZB", 1],
    ]);
    expect(result.get("TKM")).toMatchObject({
      score: null,
      rankInterval: null,
      pillars: { Alpha: null, Beta: null },
    });
  });

  it("moves the ranks when a pillar's weight changes: Beta alone, then Alpha alone with a tie", () => {
    const betaOnly = whatIf({ Alpha: 0, Beta: 1 });
    expect(betaOnly.get("KAZ")?.score).toBeCloseTo(50, 10);
    expect(["KAZ", "KGZ", "TJK", "UZB"].map((area) => betaOnly.get(area)?.rank)).toEqual([2, 4, 3, 1]);
    const alphaHeavy = whatIf({ Alpha: 3, Beta: 0 });
    // KGZ and TJK both score 50: they share rank 2, and the next rank is 4.
    expect(["KAZ", "KGZ", "TJK", "UZB"].map((area) => alphaHeavy.get(area)?.rank)).toEqual([4, 2, 2, 1]);
  });

  it("gives each ranked member an interval that holds its median, inside 1…4", () => {
    for (const country of whatIf({ Alpha: 2, Beta: 1 }).values()) {
      if (country.area === "TKM") continue;
      const interval = country.rankInterval;
      expect(interval).not.toBeNull();
      expect(1).toBeLessThanOrEqual(interval?.q5 ?? 0);
      expect(interval?.q5).toBeLessThanOrEqual(interval?.median ?? 0);
      expect(interval?.median).toBeLessThanOrEqual(interval?.q95 ?? 0);
      expect(interval?.q95).toBeLessThanOrEqual(4);
    }
  });

  it("answers a failure instead of throwing, with the request's id", () => {
    const index = fixtureReadiness();
    const answer = handleWhatIfMessage({
      id: 9,
      inputs: { ...index.inputs, pipeline: { steps: [{ op: "Nope", dset: "Raw" }] } },
      pillarWeights: {},
      replications: 10,
      seed: 1,
    });
    expect(answer).toMatchObject({ id: 9, ok: false });
    expect(answer.ok ? "" : answer.message).toMatch(/steps\[0\]/);
    expect(handleWhatIfMessage(null)).toMatchObject({ id: -1, ok: false });
  });

  it("changes only the named pillars' Weight cells of iMeta, leaving the original table alone", () => {
    const { iMeta } = fixtureReadiness().inputs;
    const changed = withPillarWeights(iMeta, { Beta: 2.5 });
    // Indicators, the denominator (no weight), the pillars, the index.
    expect(changed.rows.map((row) => row[6])).toEqual([1, 1, 1, 1, null, 1, 2.5, 1]);
    expect(iMeta.rows.map((row) => row[6])).toEqual([1, 1, 1, 1, null, 1, 1, 1]);
  });
});
