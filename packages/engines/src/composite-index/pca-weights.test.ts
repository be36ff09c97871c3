/**
 * PCA weights against R's prcomp(center = TRUE, scale. = TRUE) and eigen(cor(...)) on the reference
 * coin's complete rows (test/golden/composite-index/aggregate-weights-reference.R). LAPACK's sign is
 * arbitrary, so loadings are compared in absolute value, and our sign convention separately.
 */
import { describe, expect, it } from "vitest";
import { reference, referenceData, referenceFrame } from "../../test/composite-index/reference-coin.ts";
import { pcaWeights } from "./pca-weights.ts";

describe("pcaWeights", () => {
  it("matches prcomp's PC1 loadings (up to sign) and variance shares in each group", () => {
    const { groups, weights, diagnostics } = pcaWeights(referenceFrame, referenceData);
    expect(groups.map((group) => group.parent)).toEqual(["P1", "P2"]);
    for (const group of groups) {
      const expected = reference.pca[group.parent as "P1" | "P2"];
      expect(group.codes).toEqual(expected.codes);
      expect(group.rowsUsed).toBe(expected.rows);
      expected.loadings.forEach((loading, i) => {
        expect(Math.abs(group.loadings[i] as number)).toBeCloseTo(Math.abs(loading), 12);
      });
      expected.variance_share.forEach((share, i) => {
        expect(group.varianceShares[i]).toBeCloseTo(share, 12);
      });
      expected.eigenvalues.forEach((value, i) => {
        expect(group.eigenvalues[i]).toBeCloseTo(value, 12);
      });
      expect(group.loadings.reduce((sum, value) => sum + value, 0)).toBeGreaterThan(0);
      group.codes.forEach((code, i) => {
        expect(weights.get(code)).toBe(group.loadings[i]);
      });
    }
    // Aggregates keep their weights; one unit with a gap is dropped from each group.
    expect(weights.get("P1")).toBe(2);
    expect(diagnostics.filter((finding) => finding.code === "composite-index/pca-rows-dropped")).toHaveLength(
      2,
    );
    expect(diagnostics.some((finding) => finding.code === "composite-index/pca-negative-weight")).toBe(true);
  });

  it("runs one PCA over the whole level with byGroups false", () => {
    const { groups } = pcaWeights(referenceFrame, referenceData, { byGroups: false });
    expect(groups).toHaveLength(1);
    const [all] = groups;
    expect(all?.rowsUsed).toBe(reference.pca.all.rows);
    reference.pca.all.loadings.forEach((loading, i) => {
      expect(Math.abs(all?.loadings[i] as number)).toBeCloseTo(Math.abs(loading), 12);
    });
    reference.pca.all.variance_share.forEach((share, i) => {
      expect(all?.varianceShares[i]).toBeCloseTo(share, 12);
    });
  });

  it("refuses a constant column and a level without groups", () => {
    const constant = {
      ...referenceData,
      columns: referenceData.columns.map((column, i) => (i === 0 ? column.map(() => 5) : column)),
    };
    expect(() => pcaWeights(referenceFrame, constant)).toThrow(/pca\.P1\.i1: the column is constant/);
    expect(() => pcaWeights(referenceFrame, referenceData, { level: 3 })).toThrow(
      /level 3 has no parent groups/,
    );
  });
});
