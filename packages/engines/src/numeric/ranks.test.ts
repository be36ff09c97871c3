/**
 * Ranks with R's semantics, checked as properties over arbitrary vectors with ties and gaps
 * against a deliberately plain O(n²) definition of each ties method, plus R's own output for
 * one hand-checked vector (`rank(c(3, 1, NA, 3, 2), ties.method = m, na.last = "keep")` in
 * Rscript 4.2.2, printed as min 3 1 NA 3 2, max 4 1 NA 4 2, average 3.5 1 NA 3.5 2, first 3 1 NA 4 2, last 4 1 NA 3 2).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankAscending, rankDescending, type TiesMethod } from "./ranks.ts";

/** Values with many ties (small integers) and gaps (NaN). */
const vectors = fc.array(fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constant(Number.NaN)), {
  maxLength: 30,
});

/** The plain definition: count the available values below, equal before and equal after. */
function plainRank(values: readonly number[], ties: TiesMethod): number[] {
  return values.map((value, i) => {
    if (Number.isNaN(value)) return Number.NaN;
    let below = 0;
    let equalBefore = 0;
    let equalAfter = 0;
    values.forEach((other, j) => {
      if (Number.isNaN(other)) {
        // Missing values rank nothing.
      } else if (other < value) below += 1;
      else if (other === value && j < i) equalBefore += 1;
      else if (other === value && j > i) equalAfter += 1;
    });
    const equal = equalBefore + equalAfter + 1;
    switch (ties) {
      case "min":
        return below + 1;
      case "max":
        return below + equal;
      case "average":
        return below + (equal + 1) / 2;
      case "first":
        return below + equalBefore + 1;
      default:
        return below + equalAfter + 1;
    }
  });
}

describe("rankAscending / rankDescending", () => {
  it("gives R's ranks for a hand-checked vector", () => {
    const x = [3, 1, Number.NaN, 3, 2];
    expect(Array.from(rankAscending(x, "min"))).toEqual([3, 1, Number.NaN, 3, 2]);
    expect(Array.from(rankAscending(x, "max"))).toEqual([4, 1, Number.NaN, 4, 2]);
    expect(Array.from(rankAscending(x, "average"))).toEqual([3.5, 1, Number.NaN, 3.5, 2]);
    expect(Array.from(rankAscending(x, "first"))).toEqual([3, 1, Number.NaN, 4, 2]);
    expect(Array.from(rankAscending(x, "last"))).toEqual([4, 1, Number.NaN, 3, 2]);
    // Scores: the highest is rank 1, ties share the smallest rank (1, 2, 2, 4).
    expect(Array.from(rankDescending([9, 7, 7, 5]))).toEqual([1, 2, 2, 4]);
  });

  it("agrees with the plain definition for every ties method", () => {
    fc.assert(
      fc.property(
        vectors,
        fc.constantFrom<TiesMethod>("min", "max", "average", "first", "last"),
        (x, ties) => {
          expect(Array.from(rankAscending(x, ties))).toEqual(plainRank(x, ties));
          expect(Array.from(rankDescending(x, ties))).toEqual(
            plainRank(
              x.map((v) => -v),
              ties,
            ),
          );
        },
      ),
    );
  });

  it("is a permutation with ties: missing stays missing, first is a permutation, min is competition ranking", () => {
    fc.assert(
      fc.property(vectors, (x) => {
        const available = x.filter((v) => !Number.isNaN(v)).length;
        const first = Array.from(rankAscending(x, "first"));
        const min = Array.from(rankDescending(x, "min"));
        x.forEach((v, i) => {
          expect(Number.isNaN(first[i] as number)).toBe(Number.isNaN(v));
        });
        const kept = first.filter((r) => !Number.isNaN(r)).sort((a, b) => a - b);
        expect(kept).toEqual(Array.from({ length: available }, (_, k) => k + 1));
        // Competition ranking: a rank shared by k units is followed by the rank k places on.
        const counts = new Map<number, number>();
        for (const r of min) if (!Number.isNaN(r)) counts.set(r, (counts.get(r) ?? 0) + 1);
        const distinct = [...counts.keys()].sort((a, b) => a - b);
        distinct.forEach((r, k) => {
          const next = distinct[k + 1];
          if (next !== undefined) expect(next).toBe(r + (counts.get(r) as number));
        });
        if (distinct.length > 0) expect(distinct[0]).toBe(1);
        const average = Array.from(rankAscending(x, "average")).filter((r) => !Number.isNaN(r));
        expect(average.reduce((sum, r) => sum + r, 0)).toBeCloseTo((available * (available + 1)) / 2, 9);
      }),
    );
  });
});
