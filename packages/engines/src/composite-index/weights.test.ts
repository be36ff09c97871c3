/**
 * Effective and noisy weights. Effective weights of the reference coin come from the base-R script
 * (test/golden/composite-index/aggregate-weights-reference.R: within-parent shares multiplied down);
 * noisy weights are checked by hand with a scripted `random`; the sum-to-1 property on random
 * hierarchies.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { buildFixtureFrame } from "../../test/composite-index/coin-frame-fixture.ts";
import { reference, referenceFrame } from "../../test/composite-index/reference-coin.ts";
import { CompositeIndexError } from "./composite-index-error.ts";
import { effectiveWeights, noisyWeights } from "./weights.ts";

describe("effectiveWeights", () => {
  it("reproduces the base-R effective weights of the reference coin", () => {
    const effective = effectiveWeights(referenceFrame);
    for (const [code, weight] of Object.entries(reference.effective_weights)) {
      expect(effective.get(code), code).toBeCloseTo(weight, 15);
    }
    // P1 = 2/3 and P2 = 1/3 of the index; the index itself is 1.
    expect(effective.get("P1")).toBeCloseTo(2 / 3, 15);
    expect(effective.get("Index")).toBe(1);
  });

  it("takes an explicit weight set and says which code it lacks", () => {
    const effective = effectiveWeights(referenceFrame, {
      i1: 1,
      i2: 1,
      i3: 2,
      i4: 1,
      i5: 1,
      i6: 1,
      P1: 1,
      P2: 3,
      Index: 1,
    });
    // i3: 2/4 of P1, P1 = 1/4 of the index → 1/8.
    expect(effective.get("i3")).toBeCloseTo(1 / 8, 15);
    expect(() => effectiveWeights(referenceFrame, { i1: 1 })).toThrow(CompositeIndexError);
  });

  const hierarchy = fc
    .array(fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: 1, maxLength: 4 }), {
      minLength: 1,
      maxLength: 4,
    })
    .chain((groups) =>
      fc.tuple(
        fc.constant(groups),
        fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), {
          minLength: groups.length,
          maxLength: groups.length,
        }),
      ),
    );
  test.prop([hierarchy])("sums to 1 over the indicators and over each level", ([groups, groupWeights]) => {
    const frame = buildFixtureFrame({
      units: ["A"],
      indicators: groups.flatMap((weights, g) =>
        weights.map((weight, i) => ({ code: `g${g}i${i}`, parent: `G${g}`, weight })),
      ),
      aggregates: [
        groupWeights.map((weight, g) => ({ code: `G${g}`, parent: "Index", weight })),
        [{ code: "Index", parent: null }],
      ],
    });
    const effective = effectiveWeights(frame);
    const sum = (codes: readonly string[]) =>
      codes.reduce((total, code) => total + (effective.get(code) as number), 0);
    expect(sum(frame.indicators)).toBeCloseTo(1, 12);
    expect(sum(frame.aggregatesByLevel[0] as string[])).toBeCloseTo(1, 12);
  });
});

describe("noisyWeights", () => {
  it("multiplies each weight of the listed levels by 1 + f(2U − 1), in frame order", () => {
    const draws = [0, 0.5, 1, 0.75, 0.25];
    let next = 0;
    const random = () => draws[next++ % draws.length] as number;
    const sets = noisyWeights(
      referenceFrame,
      referenceFrame.weightSets.get("Original") ?? new Map(),
      [{ level: 2, noise: 0.2 }],
      2,
      random,
    );
    // Level 2 is P1 (2), P2 (1): replication 1 draws 0 and 0.5 → 2·0.8, 1·1; replication 2 draws 1, 0.75 → 2·1.2, 1·1.1.
    expect(sets.map((set) => [set["P1"], set["P2"]])).toEqual([
      [expect.closeTo(1.6, 14), expect.closeTo(1, 14)],
      [expect.closeTo(2.4, 14), expect.closeTo(1.1, 14)],
    ]);
    expect(sets[0]?.["i6"]).toBe(3);
  });

  it("refuses a level the index lacks", () => {
    expect(() => noisyWeights(referenceFrame, {}, [{ level: 4, noise: 0.1 }], 1, () => 0.5)).toThrow(
      /level 4 is not a level/,
    );
  });
});
