/**
 * One cell of the coverage matrix: a framework indicator in one country is `available` when a
 * direct series has a published value there, `proxy` when only a proxy series has, and
 * `missing` otherwise. Years are never filled in: a year counts only if a value was published.
 */
import type { CoverageCell, FrameworkSeriesLink } from "@circular-atlas/contracts";

/** Years with a published value, keyed by `seriesKey(series, dimensionKey, area)`. */
export type PublishedYears = ReadonlyMap<string, readonly number[]>;

export function seriesKey(series: string, dimensionKey: string, area: string): string {
  return `${series}|${dimensionKey}|${area}`;
}

export function coverageCell(
  area: string,
  links: readonly FrameworkSeriesLink[],
  published: PublishedYears,
): CoverageCell {
  for (const relation of ["direct", "proxy"] as const) {
    const withData = links
      .filter((link) => link.relation === relation)
      .map((link) => ({ link, years: published.get(seriesKey(link.series, link.dimensionKey, area)) ?? [] }))
      .filter(({ years }) => years.length > 0);
    if (withData.length === 0) continue;
    const years = [...new Set(withData.flatMap(({ years: linkYears }) => linkYears))].sort((a, b) => a - b);
    return {
      area,
      status: relation === "direct" ? "available" : "proxy",
      years,
      firstYear: years[0] ?? null,
      lastYear: years.at(-1) ?? null,
      series: [...new Set(withData.map(({ link }) => link.series))],
    };
  }
  return { area, status: "missing", years: [], firstYear: null, lastYear: null, series: [] };
}
