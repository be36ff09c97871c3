/**
 * Bulk writes of new knowledge records: the rows `writeRecord`, `insertRecordVersion`,
 * `replaceRelations`, `addSearchTerms` and `insertAuditEvents` write for one record, written
 * for many, a few hundred rows per statement. Each statement takes its rows as one JSON
 * parameter (`jsonb_to_recordset`): a statement per record costs a round trip and a parse
 * each, and a multi-row `values` list costs a parameter per column and row (the builder and
 * the wire protocol then spend more time than the database; 65,535 parameters is the limit).
 */
import { type SQL, sql } from "drizzle-orm";
import type { AtlasExecutor } from "../atlas-database.ts";
import { executeRows } from "../execute-rows.ts";
import type { kbRecordVersion } from "../schema.ts";
import type { NewAuditEvent } from "./audit.ts";
import type { RecordContent, RecordSearchColumns } from "./knowledge-records.ts";

/** One new record with the rows that go with it. */
export interface BulkRecordRow {
  readonly content: RecordContent;
  readonly search: RecordSearchColumns;
  readonly version: Omit<typeof kbRecordVersion.$inferInsert, "changedAt">;
  readonly audit: NewAuditEvent;
}

export interface BulkWriteOptions {
  /** Records per statement (default 250). */
  readonly batchSize?: number;
}

const defaultBatchSize = 250;

function batches<T>(rows: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < rows.length; start += size) result.push(rows.slice(start, start + size));
  return result;
}

/**
 * The stemmed vector exactly as `writeRecord` makes it: one `to_tsvector` per configuration and
 * weight, concatenated in the document's order (`||` shifts the positions of its right side, so
 * order matters). Row `r` holds the parts as a JSON array; a record with fewer parts than the
 * batch's longest gets nulls, read as the empty vector, which `||` leaves unchanged. The
 * bulk-load test compares the vectors both paths store.
 */
function stemmedVector(parts: number): SQL {
  if (parts === 0) return sql`''::tsvector`;
  return sql.raw(
    Array.from(
      { length: parts },
      (_, index) =>
        `coalesce(setweight(to_tsvector((r.stemmed->${index}->>'config')::regconfig, r.stemmed->${index}->>'text'), (r.stemmed->${index}->>'weight')::"char"), ''::tsvector)`,
    ).join(" || "),
  );
}

async function insertRecords(db: AtlasExecutor, rows: readonly BulkRecordRow[]): Promise<void> {
  const items = rows.map(({ content, search }) => ({
    ...content,
    stemmed: search.stemmed,
    folded: search.folded,
    foldVersion: search.foldVersion,
    titleTerms: search.titleTerms,
    bodyTerms: search.bodyTerms,
  }));
  const parts = Math.max(0, ...rows.map((row) => row.search.stemmed.length));
  await db.execute(sql`insert into kb_record (id, type, status, original_language, texts, countries,
      subnational_area, sectors, strategies, themes, sdg_targets, year, details, latitude, longitude,
      just_transition, sources, version, origin, created_by, updated_by, published_at,
      search_stemmed, search_folded, search_fold_version, search_title_terms, search_body_terms)
    select r.id, r.type, r.status, r."originalLanguage", r.texts, coalesce(r.countries, '[]'),
      r."subnationalArea", coalesce(r.sectors, '[]'), coalesce(r.strategies, '[]'), coalesce(r.themes, '[]'),
      coalesce(r."sdgTargets", '[]'), r.year, coalesce(r.details, '{}'), r.latitude, r.longitude,
      coalesce(r."justTransition", '{}'), coalesce(r.sources, '[]'), coalesce(r.version, 1), r.origin,
      r."createdBy", r."updatedBy", r."publishedAt", ${stemmedVector(parts)}, r.folded::tsvector, r."foldVersion",
      r."titleTerms", r."bodyTerms"
    from jsonb_to_recordset(${JSON.stringify(items)}::jsonb) as r(id text, type text, status text,
      "originalLanguage" text, texts jsonb, countries jsonb, "subnationalArea" text, sectors jsonb,
      strategies jsonb, themes jsonb, "sdgTargets" jsonb, year smallint, details jsonb,
      latitude double precision, longitude double precision, "justTransition" jsonb, sources jsonb,
      version integer, origin text, "createdBy" integer, "updatedBy" integer, "publishedAt" timestamptz,
      stemmed jsonb, folded text, "foldVersion" smallint, "titleTerms" text, "bodyTerms" text)`);
}

async function insertVersions(db: AtlasExecutor, rows: readonly BulkRecordRow[]): Promise<void> {
  await db.execute(sql`insert into kb_record_version (record_id, version, snapshot, changed_by, change)
    select r."recordId", r.version, r.snapshot, r."changedBy", r.change
    from jsonb_to_recordset(${JSON.stringify(rows.map((row) => row.version))}::jsonb)
      as r("recordId" text, version integer, snapshot jsonb, "changedBy" integer, change text)`);
}

/** Audit events in the order given, so their ids follow it as one insert per record would number them. */
async function insertAudits(db: AtlasExecutor, rows: readonly BulkRecordRow[]): Promise<void> {
  // A JSON null is an SQL null here (`jsonb_to_recordset`), as `null` is in a Drizzle insert.
  await db.execute(sql`insert into audit_event (actor_id, actor_label, action, entity_type, entity_id, before, after, ip)
    select r."actorId", r."actorLabel", r.action, r."entityType", r."entityId", r.before, r.after, r.ip
    from rows from (jsonb_to_recordset(${JSON.stringify(rows.map((row) => row.audit))}::jsonb)
        as ("actorId" integer, "actorLabel" text, action text, "entityType" text, "entityId" text,
          before jsonb, after jsonb, ip text)) with ordinality
      as r("actorId", "actorLabel", action, "entityType", "entityId", before, after, ip, position)
    order by r.position`);
}

/**
 * Which of the ids are records already. The ids travel as one JSON parameter, so any number of
 * them fits in one statement (`inArray` takes a parameter per id).
 */
export async function findExistingRecordIds(db: AtlasExecutor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await executeRows<{ id: string }>(
    db,
    sql`select id from kb_record where id in (select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`,
  );
  return new Set(rows.map((row) => row.id));
}

/** How many records the table holds (whether a load is large against it). */
export async function countAllRecords(db: AtlasExecutor): Promise<number> {
  const rows = await executeRows<{ count: number }>(db, sql`select count(*)::int as count from kb_record`);
  return rows[0]?.count ?? 0;
}

/**
 * Inserts new records with their search vectors, first versions and audit events, in the order
 * given. Every id must be new: there is no conflict clause, so an existing id fails the statement.
 */
export async function bulkWriteRecords(
  db: AtlasExecutor,
  rows: readonly BulkRecordRow[],
  options: BulkWriteOptions = {},
): Promise<void> {
  for (const batch of batches(rows, options.batchSize ?? defaultBatchSize)) {
    await insertRecords(db, batch);
    await insertVersions(db, batch);
    await insertAudits(db, batch);
  }
}

/**
 * Runs `write` with kb_record's GIN indexes dropped, then creates them again from their own
 * definitions (`pg_indexes`), so the schema ends exactly as the migrations made it. Keeping a
 * GIN index up to date row by row costs more than building it once after a large load. Call
 * it inside a transaction: if anything fails, the rollback brings the indexes back too. On
 * PostgreSQL the dropped indexes lock the table against readers until the commit.
 */
export async function withRecordIndexesRebuilt<T>(db: AtlasExecutor, write: () => Promise<T>): Promise<T> {
  const indexes = await executeRows<{ name: string; definition: string }>(
    db,
    sql`select indexname as name, indexdef as definition from pg_indexes
      where schemaname = current_schema() and tablename = 'kb_record' and indexdef like '% USING gin %'
      order by indexname`,
  );
  for (const index of indexes) await db.execute(sql`drop index ${sql.identifier(index.name)}`);
  const result = await write();
  // More memory than the default 64 MB lets a GIN build sort in one pass; for this transaction only.
  await db.execute(sql`set local maintenance_work_mem = '256MB'`);
  for (const index of indexes) await db.execute(sql.raw(index.definition));
  return result;
}

/** Inserts relations (between records that exist by now); a relation given twice is kept once. */
export async function bulkWriteRelations(
  db: AtlasExecutor,
  relations: readonly { fromId: string; kind: string; toId: string }[],
  options: BulkWriteOptions = {},
): Promise<void> {
  for (const batch of batches(relations, (options.batchSize ?? defaultBatchSize) * 4)) {
    await db.execute(sql`insert into kb_relation (from_id, kind, to_id)
      select r."fromId", r.kind, r."toId"
      from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as r("fromId" text, kind text, "toId" text)
      on conflict do nothing`);
  }
}
