/** Reads and writes of reference data: areas, sources, indicators and dimension codes. */
import { asc, inArray, sql } from "drizzle-orm";
import type { AtlasDatabase, AtlasExecutor } from "../atlas-database.ts";
import { dimensionCode, indicator, refArea, source } from "../schema.ts";

export type AreaRow = typeof refArea.$inferSelect;
export type SourceRow = typeof source.$inferSelect;
export type IndicatorRow = typeof indicator.$inferSelect;
export type DimensionCodeRow = typeof dimensionCode.$inferSelect;

export function listAreas(db: AtlasDatabase): Promise<AreaRow[]> {
  return db.select().from(refArea).orderBy(asc(refArea.sortOrder), asc(refArea.code));
}

export function listSources(db: AtlasDatabase, ids?: readonly string[]): Promise<SourceRow[]> {
  const query = db.select().from(source);
  if (ids === undefined) return query.orderBy(asc(source.id));
  if (ids.length === 0) return Promise.resolve([]);
  return query.where(inArray(source.id, [...ids])).orderBy(asc(source.id));
}

export function listIndicators(db: AtlasDatabase): Promise<IndicatorRow[]> {
  return db.select().from(indicator).orderBy(asc(indicator.sortOrder), asc(indicator.code));
}

export function listDimensionCodes(
  db: AtlasDatabase,
  dimensions?: readonly string[],
): Promise<DimensionCodeRow[]> {
  const query = db.select().from(dimensionCode);
  const ordered = (q: typeof query) =>
    q.orderBy(asc(dimensionCode.dimension), asc(dimensionCode.sortOrder), asc(dimensionCode.code));
  if (dimensions === undefined) return ordered(query);
  if (dimensions.length === 0) return Promise.resolve([]);
  return ordered(query.where(inArray(dimensionCode.dimension, [...dimensions])) as typeof query);
}

export async function upsertAreas(
  db: AtlasExecutor,
  rows: readonly (typeof refArea.$inferInsert)[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(refArea)
    .values([...rows])
    .onConflictDoUpdate({
      target: refArea.code,
      set: {
        m49: sql`excluded.m49`,
        iso2: sql`excluded.iso2`,
        level: sql`excluded.level`,
        parentCode: sql`excluded.parent_code`,
        // Merged, so codes another scheme gave the area (an import's, the baseline's) are kept.
        nationalCodes: sql`${refArea.nationalCodes} || excluded.national_codes`,
        sortOrder: sql`excluded.sort_order`,
      },
    });
}

export async function upsertSources(
  db: AtlasExecutor,
  rows: readonly (typeof source.$inferInsert)[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(source)
    .values([...rows])
    .onConflictDoUpdate({
      target: source.id,
      set: {
        title: sql`excluded.title`,
        publisher: sql`excluded.publisher`,
        licence: sql`excluded.licence`,
        licenceUrl: sql`excluded.licence_url`,
        url: sql`excluded.url`,
        retrievedOn: sql`excluded.retrieved_on`,
        version: sql`excluded.version`,
        citation: sql`excluded.citation`,
        notes: sql`excluded.notes`,
      },
    });
}

export async function upsertIndicators(
  db: AtlasExecutor,
  rows: readonly (typeof indicator.$inferInsert)[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(indicator)
    .values([...rows])
    .onConflictDoUpdate({
      target: indicator.code,
      set: {
        names: sql`excluded.names`,
        descriptions: sql`excluded.descriptions`,
        topic: sql`excluded.topic`,
        unit: sql`excluded.unit`,
        unitLabels: sql`excluded.unit_labels`,
        decimals: sql`excluded.decimals`,
        dimensions: sql`excluded.dimensions`,
        sdgIndicators: sql`excluded.sdg_indicators`,
        defaultSourceId: sql`excluded.default_source_id`,
        derivation: sql`excluded.derivation`,
        sortOrder: sql`excluded.sort_order`,
      },
    });
}

export async function upsertDimensionCodes(
  db: AtlasExecutor,
  rows: readonly (typeof dimensionCode.$inferInsert)[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(dimensionCode)
    .values([...rows])
    .onConflictDoUpdate({
      target: [dimensionCode.dimension, dimensionCode.code],
      set: {
        names: sql`excluded.names`,
        parentCode: sql`excluded.parent_code`,
        sortOrder: sql`excluded.sort_order`,
      },
    });
}
