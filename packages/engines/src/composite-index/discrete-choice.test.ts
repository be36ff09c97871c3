import { describe, expect, it } from "vitest";
import golden from "../../test/golden/composite-index/discrete-cut.json" with { type: "json" };
import { chooseAlternatives, rCutBreaks } from "./discrete-choice.ts";

// coinr-mode expectations come from test/golden/composite-index/discrete-cut.R: R 4.2.2's own
// cut(x, K, 1:K) on columns drawn with R's runif and on hand-made edge cases.
describe("chooseAlternatives, coinr mode (R's cut)", () => {
  for (const [i, c] of golden.cases.entries()) {
    it(`case ${i}: ${c.label}, K = ${c.k}`, () => {
      expect(Array.from(rCutBreaks(c.x, c.k))).toEqual(c.breaks);
      expect(Array.from(chooseAlternatives(c.x, c.k, "coinr"))).toEqual(c.codes);
    });
  }

  it("differs from the fixed grid when the column does not span [0, 1)", () => {
    // Hand-computed: cut spreads 3 bins over [0.41, 0.42] (breaks ≈ 0.40999, 0.41333, 0.41667,
    // 0.42001), so the four values use bins 1, 3, 2, 3; on the fixed grid all lie in [1/3, 2/3).
    const column = [0.41, 0.42, 0.415, 0.4175];
    expect(Array.from(chooseAlternatives(column, 3, "coinr"))).toEqual([1, 3, 2, 3]);
    expect(Array.from(chooseAlternatives(column, 3, "strict"))).toEqual([2, 2, 2, 2]);
  });
});

describe("chooseAlternatives, strict mode (⌊u·K⌋ + 1)", () => {
  it("gives each alternative the interval [(k−1)/K, k/K)", () => {
    // Hand-computed: K = 4 → 0 and 0.2499 in 1, 0.25 in 2, 0.5 in 3, 0.75 and 0.9999 in 4.
    expect(Array.from(chooseAlternatives([0, 0.2499, 0.25, 0.5, 0.75, 0.9999], 4, "strict"))).toEqual([
      1, 1, 2, 3, 4, 4,
    ]);
  });

  it("puts u = 1 of a replayed design in the last alternative", () => {
    expect(Array.from(chooseAlternatives([1], 3, "strict"))).toEqual([3]);
  });
});
