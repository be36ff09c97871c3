/**
 * Reads and writes of the framework catalogue, and the years with published values that the
 * coverage matrix is computed from.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { AtlasDatabase, AtlasExecutor } from "../atlas-database.ts";
import { framework, frameworkGroup, frameworkIndicator, frameworkSeries, observation } from "../schema.ts";

export type FrameworkRow = typeof framework.$inferSelect;
export type FrameworkGroupRow = typeof frameworkGroup.$inferSelect;
export type FrameworkIndicatorRow = typeof frameworkIndicator.$inferSelect;
export type FrameworkSeriesRow = typeof frameworkSeries.$inferSelect;

export interface FrameworkCatalogueRows {
  readonly frameworks: readonly (typeof framework.$inferInsert)[];
  readonly groups: readonly (typeof frameworkGroup.$inferInsert)[];
  readonly indicators: readonly (typeof frameworkIndicator.$inferInsert)[];
  readonly series: readonly (typeof frameworkSeries.$inferInsert)[];
}

/**
 * Replaces the whole catalogue. Only the baseline writes frameworks, so nothing else is lost;
 * the cascades remove groups, indicators and links of frameworks a newer baseline dropped.
 */
export async function replaceFrameworks(db: AtlasExecutor, rows: FrameworkCatalogueRows): Promise<void> {
  await db.delete(framework);
  if (rows.frameworks.length > 0) await db.insert(framework).values([...rows.frameworks]);
  if (rows.groups.length > 0) await db.insert(frameworkGroup).values([...rows.groups]);
  if (rows.indicators.length > 0) await db.insert(frameworkIndicator).values([...rows.indicators]);
  if (rows.series.length > 0) await db.insert(frameworkSeries).values([...rows.series]);
}

export function listFrameworks(db: AtlasDatabase): Promise<FrameworkRow[]> {
  return db.select().from(framework).orderBy(asc(framework.sortOrder), asc(framework.id));
}

export function listFrameworkGroups(db: AtlasDatabase): Promise<FrameworkGroupRow[]> {
  return db
    .select()
    .from(frameworkGroup)
    .orderBy(asc(frameworkGroup.frameworkId), asc(frameworkGroup.sortOrder));
}

export function listFrameworkIndicators(
  db: AtlasDatabase,
  frameworkId: string,
): Promise<FrameworkIndicatorRow[]> {
  return db
    .select()
    .from(frameworkIndicator)
    .where(eq(frameworkIndicator.frameworkId, frameworkId))
    .orderBy(asc(frameworkIndicator.sortOrder));
}

/** The series links of one framework, or every link of one series (for the indicator page). */
export function listFrameworkSeries(
  db: AtlasDatabase,
  filter: { readonly frameworkId?: string; readonly seriesCode?: string },
): Promise<FrameworkSeriesRow[]> {
  const conditions = [
    filter.frameworkId === undefined ? undefined : eq(frameworkSeries.frameworkId, filter.frameworkId),
    filter.seriesCode === undefined ? undefined : eq(frameworkSeries.seriesCode, filter.seriesCode),
  ];
  return db
    .select()
    .from(frameworkSeries)
    .where(and(...conditions))
    .orderBy(
      asc(frameworkSeries.frameworkId),
      asc(frameworkSeries.frameworkIndicatorCode),
      asc(frameworkSeries.sortOrder),
    );
}

export interface SeriesYears {
  readonly seriesCode: string;
  readonly dimensionKey: string;
  readonly areaCode: string;
  /** Calendar years with at least one published value, ascending. */
  readonly years: number[];
}

/** Years with a published value per series, breakdown and area, for the given series. */
export async function listSeriesYears(
  db: AtlasDatabase,
  seriesCodes: readonly string[],
): Promise<SeriesYears[]> {
  if (seriesCodes.length === 0) return [];
  return db
    .select({
      seriesCode: observation.indicatorCode,
      dimensionKey: observation.dimensionKey,
      areaCode: observation.areaCode,
      years: sql<number[]>`array_agg(distinct ${observation.year}::int order by ${observation.year}::int)`,
    })
    .from(observation)
    .where(inArray(observation.indicatorCode, [...seriesCodes]))
    .groupBy(observation.indicatorCode, observation.dimensionKey, observation.areaCode);
}
