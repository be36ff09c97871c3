/**
 * The readiness index's R reference (services/src/readiness-index/golden/readiness-index.R and
 * the JSON it wrote) as the tests compare with it: every cell as R read and divided it, then
 * scores, pillar scores, normalised cells, imputed flags and ranks.
 */
import type { ReadinessIndex } from "@circular-atlas/contracts";
import { expect } from "vitest";

export interface ReferenceCell {
  readonly value: string | null;
  readonly year: number | null;
  readonly source: string | null;
  readonly indicatorValue: number | null;
  readonly denominator?: { value: string | null; year: number | null; source: string | null };
}

/** One case of the R reference, by unit code (then pillar or indicator code). */
export interface Reference {
  readonly cells: Readonly<Record<string, Readonly<Record<string, ReferenceCell>>>>;
  readonly kept: readonly string[];
  readonly index: Readonly<Record<string, number>>;
  readonly rank: Readonly<Record<string, number>>;
  readonly pillars: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly normalised: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly imputed: Readonly<Record<string, readonly string[]>>;
}
// The baseline's display order of the member states (areas.json `sortOrder`).
export const readinessMembers = ["AFG", "AZE", "IRN", "KAZ", "KGZ", "PAK", "TJK", "TUR", "TKM", "UZB"];

/**
 * Every cell as R read it (value as published, year, source, the denominator of the same year)
 * and divided it, then scores, pillar scores, normalised cells, imputed flags and ranks.
 */
export function expectMatchesReference(index: ReadinessIndex, reference: Reference) {
  expect(index.countries.map((country) => country.area)).toEqual(readinessMembers);
  for (const country of index.countries) {
    for (const cell of country.cells) {
      const expected = reference.cells[country.area]?.[cell.indicator];
      const where = `${country.area} ${cell.indicator}`;
      expect({ where, ...pick(cell) }).toEqual({
        where,
        value: expected?.value,
        year: expected?.year,
        source: expected?.source,
        denominator: expected?.denominator ?? null,
      });
      if (expected?.indicatorValue === null) expect(cell.indicatorValue, where).toBeNull();
      else expect(relativeError(cell.indicatorValue, expected?.indicatorValue), where).toBeLessThan(1e-14);
    }
  }
  const ranked = index.countries.filter((country) => country.status === "ranked");
  expect(ranked.map((country) => country.area).sort()).toEqual([...reference.kept].sort());
  for (const country of ranked) {
    const area = country.area;
    expect(country.score).toBeCloseTo(reference.index[area] ?? Number.NaN, 9);
    expect(country.rank).toBe(reference.rank[area]);
    for (const pillar of country.pillars) {
      expect(pillar.score).toBeCloseTo(reference.pillars[area]?.[pillar.pillar] ?? Number.NaN, 9);
    }
    for (const cell of country.cells) {
      expect(cell.normalised).toBeCloseTo(reference.normalised[area]?.[cell.indicator] ?? Number.NaN, 9);
      expect(cell.imputed).toBe(reference.imputed[area]?.includes(cell.indicator) ?? false);
    }
  }
}

/** One member's cell of one indicator. */
export function readinessCell(index: ReadinessIndex, area: string, indicator: string) {
  return index.countries.find((c) => c.area === area)?.cells.find((c) => c.indicator === indicator);
}

function relativeError(actual: number | null, expected: number | undefined): number {
  if (actual === null || expected === undefined) return Number.POSITIVE_INFINITY;
  return Math.abs(actual - expected) / Math.abs(expected);
}

function pick(cell: ReadinessIndex["countries"][number]["cells"][number]) {
  return { value: cell.value, year: cell.year, source: cell.source, denominator: cell.denominator };
}
