/** Observation reads (filtered, ordered) and batched writes with insert/update counts. */
import { and, asc, eq, gte, inArray, lte, type SQL, sql } from "drizzle-orm";
import type { AtlasDatabase, AtlasExecutor } from "../atlas-database.ts";
import { importBatch, observation } from "../schema.ts";

export type ObservationRow = typeof observation.$inferSelect;
export type NewObservation = Omit<typeof observation.$inferInsert, "id" | "importId">;

export interface ObservationFilter {
  readonly indicators: readonly string[];
  /** All areas when absent. */
  readonly areas?: readonly string[] | undefined;
  readonly from?: number | undefined;
  readonly to?: number | undefined;
  /** Headline values only (no breakdown). */
  readonly totalsOnly: boolean;
  /** Codes a breakdown dimension must take; `_T` matches the dimension's absence (its total). */
  readonly breakdowns?: Readonly<Record<string, readonly string[]>> | undefined;
}

/** A page of the ordered result: at most `limit` rows after skipping `offset`. */
export interface ObservationPage {
  readonly limit: number;
  readonly offset: number;
}

function observationConditions(filter: ObservationFilter): SQL[] {
  const conditions = [inArray(observation.indicatorCode, [...filter.indicators])];
  if (filter.areas !== undefined) conditions.push(inArray(observation.areaCode, [...filter.areas]));
  if (filter.from !== undefined) conditions.push(gte(observation.year, filter.from));
  if (filter.to !== undefined) conditions.push(lte(observation.year, filter.to));
  if (filter.totalsOnly) conditions.push(eq(observation.dimensionKey, ""));
  for (const [dimension, codes] of Object.entries(filter.breakdowns ?? {})) {
    const coded = codes.filter((code) => code !== "_T");
    const code = sql`${observation.dimensions} ->> ${dimension}`;
    const alternatives: SQL[] = [];
    if (coded.length > 0)
      alternatives.push(
        sql`${code} in (${sql.join(
          coded.map((value) => sql`${value}`),
          sql`, `,
        )})`,
      );
    if (coded.length < codes.length) alternatives.push(sql`${code} is null`);
    conditions.push(sql`(${sql.join(alternatives, sql` or `)})`);
  }
  return conditions;
}

export function findObservations(
  db: AtlasExecutor,
  filter: ObservationFilter,
  page?: ObservationPage,
): Promise<ObservationRow[]> {
  const query = db
    .select()
    .from(observation)
    .where(and(...observationConditions(filter)))
    // (indicator, area, period, breakdown) is unique, so the order, and with it every page, is stable.
    .orderBy(
      asc(observation.indicatorCode),
      asc(observation.areaCode),
      asc(observation.year),
      asc(observation.timePeriod),
      asc(observation.dimensionKey),
    );
  return page === undefined ? query : query.limit(page.limit).offset(page.offset);
}

/** How many observations the filter matches, for paging. */
export async function countMatchingObservations(
  db: AtlasDatabase,
  filter: ObservationFilter,
): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(observation)
    .where(and(...observationConditions(filter)));
  return row?.count ?? 0;
}

/** Every observation of one area (a country profile), all indicators and breakdowns. */
export function findAreaObservations(db: AtlasDatabase, areaCode: string): Promise<ObservationRow[]> {
  return db
    .select()
    .from(observation)
    .where(eq(observation.areaCode, areaCode))
    .orderBy(
      asc(observation.indicatorCode),
      asc(observation.year),
      asc(observation.timePeriod),
      asc(observation.dimensionKey),
    );
}

export interface IndicatorCoverage {
  readonly firstYear: number | null;
  readonly lastYear: number | null;
  readonly years: number[];
  readonly areaCount: number;
}

/** Years and areas with headline values, per indicator. */
export async function indicatorCoverage(db: AtlasDatabase): Promise<Map<string, IndicatorCoverage>> {
  const rows = await db
    .select({
      code: observation.indicatorCode,
      year: observation.year,
      areas: sql<number>`count(distinct ${observation.areaCode})::int`,
    })
    .from(observation)
    .where(eq(observation.dimensionKey, ""))
    .groupBy(observation.indicatorCode, observation.year)
    .orderBy(asc(observation.indicatorCode), asc(observation.year));
  const areaCounts = await db
    .select({
      code: observation.indicatorCode,
      areas: sql<number>`count(distinct ${observation.areaCode})::int`,
    })
    .from(observation)
    .groupBy(observation.indicatorCode);
  const coverage = new Map<string, IndicatorCoverage>();
  for (const { code, areas } of areaCounts)
    coverage.set(code, { firstYear: null, lastYear: null, years: [], areaCount: areas });
  for (const row of rows) {
    const entry = coverage.get(row.code);
    if (entry === undefined) continue;
    entry.years.push(row.year);
    coverage.set(row.code, { ...entry, firstYear: entry.firstYear ?? row.year, lastYear: row.year });
  }
  return coverage;
}

export interface WriteCounts {
  inserted: number;
  updated: number;
  /** Rows left as they were because a non-baseline value already holds the key. */
  kept: number;
}

const batchSize = 1_000;

/**
 * Inserts or updates observations under one import batch. With `keepImported`, values that came
 * from a file import are never overwritten (a baseline refresh must not undo a national correction).
 */
export async function writeObservations(
  db: AtlasExecutor,
  rows: readonly NewObservation[],
  importId: number,
  options: { keepImported: boolean },
): Promise<WriteCounts> {
  const counts: WriteCounts = { inserted: 0, updated: 0, kept: 0 };
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize).map((row) => ({ ...row, importId }));
    const written = await db
      .insert(observation)
      .values(batch)
      .onConflictDoUpdate({
        target: [
          observation.indicatorCode,
          observation.areaCode,
          observation.timePeriod,
          observation.dimensionKey,
        ],
        set: {
          year: sql`excluded.year`,
          dimensions: sql`excluded.dimensions`,
          value: sql`excluded.value`,
          unit: sql`excluded.unit`,
          unitMult: sql`excluded.unit_mult`,
          obsStatus: sql`excluded.obs_status`,
          nature: sql`excluded.nature`,
          sourceId: sql`excluded.source_id`,
          sourceDetail: sql`excluded.source_detail`,
          originalCode: sql`excluded.original_code`,
          derivation: sql`excluded.derivation`,
          comment: sql`excluded.comment`,
          importId: sql`excluded.import_id`,
        },
        ...(options.keepImported
          ? {
              setWhere: sql`${observation.importId} in (select ${importBatch.id} from ${importBatch} where ${importBatch.kind} = 'baseline')`,
            }
          : {}),
      })
      .returning({ inserted: sql<boolean>`(xmax = 0)` });
    const inserted = written.filter((row) => row.inserted).length;
    counts.inserted += inserted;
    counts.updated += written.length - inserted;
    counts.kept += batch.length - written.length;
  }
  return counts;
}

/** Removes baseline observations that an older baseline brought and the current one no longer has. */
export async function deleteStaleBaselineObservations(
  db: AtlasExecutor,
  currentImportId: number,
): Promise<number> {
  const deleted = await db
    .delete(observation)
    .where(
      and(
        sql`${observation.importId} <> ${currentImportId}`,
        sql`${observation.importId} in (select ${importBatch.id} from ${importBatch} where ${importBatch.kind} = 'baseline')`,
      ),
    )
    .returning({ id: observation.id });
  return deleted.length;
}

export async function countObservations(
  db: AtlasDatabase,
  kind?: "baseline" | "file" | "restore",
): Promise<number> {
  const query = db.select({ count: sql<number>`count(*)::int` }).from(observation);
  const rows =
    kind === undefined
      ? await query
      : await query.where(
          sql`${observation.importId} in (select ${importBatch.id} from ${importBatch} where ${importBatch.kind} = ${kind})`,
        );
  return rows[0]?.count ?? 0;
}

export async function createImportBatch(
  db: AtlasExecutor,
  batch: Omit<typeof importBatch.$inferInsert, "id" | "importedAt">,
): Promise<number> {
  const [row] = await db.insert(importBatch).values(batch).returning({ id: importBatch.id });
  if (row === undefined) throw new Error("import batch insert returned no row");
  return row.id;
}

export async function setImportRowCount(
  db: AtlasExecutor,
  importId: number,
  rowCount: number,
): Promise<void> {
  await db.update(importBatch).set({ rowCount }).where(eq(importBatch.id, importId));
}
