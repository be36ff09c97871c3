/**
 * The framework catalogue as DTOs and the coverage matrix: each indicator of a framework × each
 * ECO member state, computed from the published observations (held values are not published,
 * so they do not count).
 */
import type {
  CoverageMatrix,
  FrameworkList,
  FrameworkSeriesLink,
  FrameworkSummary,
  SeriesFrameworks,
} from "@circular-atlas/contracts";
import {
  type AtlasDatabase,
  type FrameworkRow,
  type FrameworkSeriesRow,
  listFrameworkGroups,
  listFrameworkIndicators,
  listFrameworkSeries,
  listFrameworks,
  listSeriesYears,
} from "@circular-atlas/database";
import { referenceCatalogue } from "../reference/reference-catalogue.ts";
import { ServiceError } from "../service-error.ts";
import { coverageCell, type PublishedYears, seriesKey } from "./coverage-cell.ts";

export async function listFrameworkSummaries(options: {
  readonly db: AtlasDatabase;
}): Promise<FrameworkList> {
  const { db } = options;
  const [frameworks, groups] = await Promise.all([listFrameworks(db), listFrameworkGroups(db)]);
  const indicatorCounts = await Promise.all(
    frameworks.map(async (row) => (await listFrameworkIndicators(db, row.id)).length),
  );
  return {
    data: frameworks.map((row, index) =>
      toSummary(
        row,
        groups.filter((group) => group.frameworkId === row.id),
        indicatorCounts[index] ?? 0,
      ),
    ),
  };
}

export interface CoverageMatrixOptions {
  readonly db: AtlasDatabase;
  readonly frameworkId: string;
}

export async function getCoverageMatrix(options: CoverageMatrixOptions): Promise<CoverageMatrix> {
  const { db, frameworkId } = options;
  const frameworks = await listFrameworks(db);
  const row = frameworks.find((candidate) => candidate.id === frameworkId);
  if (row === undefined) {
    throw new ServiceError("validation-failed", `unknown framework ${JSON.stringify(frameworkId)}`, {
      parameter: "framework",
      value: frameworkId,
      known: frameworks.map((candidate) => candidate.id),
    });
  }
  const [groups, indicators, linkRows, catalogue] = await Promise.all([
    listFrameworkGroups(db),
    listFrameworkIndicators(db, frameworkId),
    listFrameworkSeries(db, { frameworkId }),
    referenceCatalogue(db),
  ]);
  const areas = catalogue.areas.filter((area) => area.level === "country").map((area) => area.code);
  const published = await publishedYears(db, linkRows);
  return {
    framework: toSummary(
      row,
      groups.filter((group) => group.frameworkId === frameworkId),
      indicators.length,
    ),
    areas,
    rows: indicators.map((indicator) => {
      const series = linkRows.filter((link) => link.frameworkIndicatorCode === indicator.code).map(toLink);
      return {
        code: indicator.code,
        groupCode: indicator.groupCode,
        names: indicator.names,
        series,
        cells: areas.map((area) => coverageCell(area, series, published)),
      };
    }),
  };
}

/** Which framework indicators a series stands for, in framework and document order. */
export async function listSeriesFrameworks(options: {
  readonly db: AtlasDatabase;
  readonly seriesCode: string;
}): Promise<SeriesFrameworks> {
  const { db, seriesCode } = options;
  if (!(await referenceCatalogue(db)).indicatorsByCode.has(seriesCode)) {
    throw new ServiceError("unknown-indicator", `unknown indicator code(s): ${seriesCode}`, {
      codes: [seriesCode],
    });
  }
  const [frameworks, links] = await Promise.all([
    listFrameworks(db),
    listFrameworkSeries(db, { seriesCode }),
  ]);
  const indicators = new Map(
    (
      await Promise.all(
        [...new Set(links.map((link) => link.frameworkId))].map((id) => listFrameworkIndicators(db, id)),
      )
    )
      .flat()
      .map((row) => [`${row.frameworkId}|${row.code}`, row]),
  );
  const frameworkOrder = new Map(frameworks.map((framework, index) => [framework.id, index]));
  const rank = (link: FrameworkSeriesRow) => [
    frameworkOrder.get(link.frameworkId) ?? 0,
    indicators.get(`${link.frameworkId}|${link.frameworkIndicatorCode}`)?.sortOrder ?? 0,
  ];
  const ordered = [...links].sort((left, right) => {
    const [leftFramework = 0, leftIndicator = 0] = rank(left);
    const [rightFramework = 0, rightIndicator = 0] = rank(right);
    return leftFramework - rightFramework || leftIndicator - rightIndicator;
  });
  return {
    data: ordered.map((link) => ({
      framework: link.frameworkId,
      frameworkNames: frameworks.find((framework) => framework.id === link.frameworkId)?.names ?? {},
      code: link.frameworkIndicatorCode,
      names: indicators.get(`${link.frameworkId}|${link.frameworkIndicatorCode}`)?.names ?? {},
      relation: link.relation,
      reason: link.reason,
    })),
  };
}

async function publishedYears(
  db: AtlasDatabase,
  links: readonly FrameworkSeriesRow[],
): Promise<PublishedYears> {
  const rows = await listSeriesYears(db, [...new Set(links.map((link) => link.seriesCode))]);
  return new Map(rows.map((row) => [seriesKey(row.seriesCode, row.dimensionKey, row.areaCode), row.years]));
}

function toLink(row: FrameworkSeriesRow): FrameworkSeriesLink {
  return {
    series: row.seriesCode,
    relation: row.relation,
    dimensionKey: row.dimensionKey,
    reason: row.reason,
  };
}

function toSummary(
  row: FrameworkRow,
  groups: readonly { code: string; names: Record<string, string>; sortOrder: number }[],
  indicatorCount: number,
): FrameworkSummary {
  return {
    id: row.id,
    names: row.names,
    source: row.source,
    notes: row.notes,
    groups: groups.map(({ code, names, sortOrder }) => ({ code, names, sortOrder })),
    indicatorCount,
  };
}
