import { describe, expect, it } from "vitest";
import { createRandom } from "../numeric/random.ts";
import { designRows, sampleDesign } from "./uncertainty-design.ts";

describe("sampleDesign", () => {
  it("stacks A, B and the AB_i blocks as COINr's SA_sample does", () => {
    const n = 5;
    const d = 3;
    for (const sampler of ["random", "sobol"] as const) {
      const design = sampleDesign({ n, d, sa: true, sampler, random: createRandom(9) });
      expect(design.length).toBe(designRows(n, d, true) * d);
      const at = (row: number, j: number) => design[row * d + j];
      for (let i = 0; i < d; i += 1) {
        for (let r = 0; r < n; r += 1) {
          for (let j = 0; j < d; j += 1)
            expect(at((2 + i) * n + r, j)).toBe(j === i ? at(n + r, j) : at(r, j));
        }
      }
    }
  });

  it("fills the random base matrix column by column from the seeded stream", () => {
    // R's matrix(runif(d·N), nrow = N): draw k goes to row k mod N of column ⌊k/N⌋.
    const design = sampleDesign({ n: 4, d: 2, sa: false, sampler: "random", random: createRandom(5) });
    const again = sampleDesign({ n: 4, d: 2, sa: false, sampler: "random", random: createRandom(5) });
    expect(Array.from(again)).toEqual(Array.from(design));
    const longer = sampleDesign({ n: 8, d: 1, sa: false, sampler: "random", random: createRandom(5) });
    expect([0, 1, 2, 3].map((r) => design[r * 2])).toEqual(Array.from(longer.subarray(0, 4)));
    expect([0, 1, 2, 3].map((r) => design[r * 2 + 1])).toEqual(Array.from(longer.subarray(4, 8)));
  });

  it("starts Sobol designs after the origin", () => {
    const design = sampleDesign({ n: 3, d: 2, sa: false, sampler: "sobol", random: createRandom(0) });
    expect(Array.from(design)).toEqual([0.5, 0.5, 0.75, 0.25, 0.25, 0.75]);
  });
});
