/**
 * What the server's in-memory search index is made of: per record its number, facet values,
 * dates, place and folded title and body words, and — per query — the numbers of the records
 * PostgreSQL's full-text search matches. Ranking and facet counts over large result sets are
 * then arithmetic over numbers in the server, instead of reading every matched row's vectors
 * in the database (docs/benchmarks.md, "Knowledge-base search").
 */
import { type SQL, sql } from "drizzle-orm";
import type { AtlasExecutor } from "../atlas-database.ts";
import { executeRows } from "../execute-rows.ts";

export interface RecordIndexRow {
  readonly num: number;
  readonly id: string;
  readonly type: string;
  readonly status: string;
  readonly countries: string[];
  readonly sectors: string[];
  readonly strategies: string[];
  readonly themes: string[];
  /** Languages the record has text in (the keys of `texts`). */
  readonly languages: string[];
  readonly year: number | null;
  /** `updated_at` in milliseconds since 1970. */
  readonly updatedAtMs: number;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly titleTerms: string;
  readonly bodyTerms: string;
}

/**
 * Index rows of every record, or of those changed at or after `updatedSince` (milliseconds):
 * a refresh after a write reads only what changed.
 */
export async function listRecordIndexRows(
  db: AtlasExecutor,
  options: { updatedSinceMs?: number } = {},
): Promise<RecordIndexRow[]> {
  const since =
    options.updatedSinceMs === undefined
      ? sql`true`
      : sql`updated_at >= to_timestamp(${options.updatedSinceMs / 1_000})`;
  return executeRows<RecordIndexRow>(
    db,
    sql`select num, id, type, status, countries, sectors, strategies, themes,
        array(select jsonb_object_keys(texts)) as languages, year,
        (extract(epoch from updated_at) * 1000)::float8 as "updatedAtMs", latitude, longitude,
        search_title_terms as "titleTerms", search_body_terms as "bodyTerms"
      from kb_record where ${since}`,
  );
}

/** How many records there are and the highest number: a change in either means a full reload. */
export async function recordIndexExtent(db: AtlasExecutor): Promise<{ count: number; maxNum: number }> {
  const rows = await executeRows<{ count: number; max_num: number | null }>(
    db,
    sql`select count(*)::int as count, max(num) as max_num from kb_record`,
  );
  return { count: rows[0]?.count ?? 0, maxNum: rows[0]?.max_num ?? 0 };
}

export interface RecordMatchQuery {
  /** `tsquery` texts for the stemmed vector, each parsed with its configuration. */
  readonly stemmed?: readonly { readonly config: string; readonly query: string }[];
  /** `tsquery` text for the folded vector. */
  readonly folded?: string;
}

function combinedQuery(parts: readonly { config: string; query: string }[]): SQL {
  return sql.join(
    parts.map((part) => sql`to_tsquery(${part.config}::regconfig, ${part.query})`),
    sql` || `,
  );
}

/**
 * Numbers of the records either vector matches, through the GIN indexes. The words sit in a
 * materialized `q` so that the planner, not seeing them, reads the matches through the indexes
 * rather than the whole table (which would de-TOAST every record's vectors to test them).
 */
export async function matchRecordNumbers(db: AtlasExecutor, query: RecordMatchQuery): Promise<number[]> {
  const stemmed = query.stemmed ?? [];
  if (stemmed.length === 0 && query.folded === undefined) return [];
  const conditions = [
    ...(stemmed.length > 0 ? [sql`r.search_stemmed @@ q.stemmed`] : []),
    ...(query.folded === undefined ? [] : [sql`r.search_folded @@ q.folded`]),
  ];
  const statement = sql`with q as materialized (
      select ${stemmed.length > 0 ? combinedQuery(stemmed) : sql`null::tsquery`} as stemmed,
        ${query.folded === undefined ? sql`null::tsquery` : sql`to_tsquery('simple', ${query.folded})`} as folded
    )
    select coalesce(array_agg(r.num), '{}') as nums from kb_record r, q
    where ${sql.join(conditions, sql` or `)}`;
  const rows = await db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    await tx.execute(sql`set local work_mem = '64MB'`);
    return executeRows<{ nums: number[] }>(tx, statement);
  });
  return rows[0]?.nums ?? [];
}
