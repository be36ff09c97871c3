/**
 * Full-text search over knowledge records, with facet counts and map points, in one statement.
 * Facets are disjunctive: a facet's counts apply every filter but its own, so choosing one of
 * its values never hides the others, and the count beside a value is the number of results
 * that choosing it gives.
 *
 * What costs time on 100,000 records (docs/benchmarks.md, "Knowledge-base search"): reading a
 * record's search vectors (de-TOASTing two 2 KB values), and unnesting facet values per record.
 * So the indexes find the matches and only their rows are read; only records that pass every
 * filter are ranked; each facet is counted over the smallest set its rule allows; and counts
 * over all visible records, which browsing without words needs again and again, can be passed
 * in (`visibleSummary`) by a caller that keeps them per data version.
 *
 * Even so, PGlite needed up to a second for common words on 100,000 records, so the platform's
 * searches now rank and count in the server's in-memory index (services/knowledge/search-index)
 * and ask PostgreSQL only which records match (`matchRecordNumbers`). This statement stays as
 * the plain SQL reference the index is tested against (search-index-oracle.test.ts).
 */
import { type SQL, sql } from "drizzle-orm";
import type { AtlasExecutor } from "../atlas-database.ts";
import { executeRows } from "../execute-rows.ts";

export const recordFacetNames = [
  "type",
  "country",
  "sector",
  "strategy",
  "theme",
  "status",
  "language",
  "year",
] as const;
export type RecordFacetName = (typeof recordFacetNames)[number];

export type RecordSearchFilter = Partial<Record<RecordFacetName, readonly string[]>>;

/** Who is looking: everyone sees published records; some roles see more. */
export interface RecordVisibility {
  /** Sees every record whatever its status. */
  readonly all: boolean;
  /** Also sees unpublished records of these countries. */
  readonly countries: readonly string[];
}

/** Totals over every record a viewer may see, without words or filters (a browse with no filter). */
export interface RecordSearchSummary {
  readonly total: number;
  readonly facets: RecordSearchPage["facets"];
  readonly points: RecordSearchPage["points"];
}

export interface RecordSearchInput {
  /** `tsquery` texts for the stemmed vector, each parsed with its configuration. */
  readonly stemmed?: readonly { readonly config: string; readonly query: string }[];
  /** `tsquery` text for the folded vector. */
  readonly folded?: string;
  /** Records matching these (either vector) are left out. */
  readonly excludeStemmed?: readonly { readonly config: string; readonly query: string }[];
  readonly excludeFolded?: string;
  readonly filter: RecordSearchFilter;
  readonly visibility: RecordVisibility;
  readonly limit: number;
  readonly offset: number;
  /** Relevance needs a query; without one, results are newest first. */
  readonly sort: "relevance" | "recent";
  /** Largest number of map points returned. */
  readonly maxPoints?: number;
  /**
   * The result of a search without words or filters for the same visibility and data, when the
   * caller has it: a browse then takes from it what does not depend on its filters.
   */
  readonly visibleSummary?: RecordSearchSummary;
}

export interface RecordSearchPage {
  readonly total: number;
  readonly hits: { readonly id: string; readonly rank: number }[];
  readonly facets: { readonly facet: RecordFacetName; readonly value: string; readonly count: number }[];
  readonly points: { readonly id: string; readonly latitude: number; readonly longitude: number }[];
}

/** A JSON array parameter as a `text[]`: the same on node-postgres and PGlite. */
function textArray(values: readonly string[]): SQL {
  return sql`array(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;
}

function combinedQuery(parts: readonly { config: string; query: string }[]): SQL {
  return sql.join(
    parts.map((part) => sql`to_tsquery(${part.config}::regconfig, ${part.query})`),
    sql` || `,
  );
}

/** The SQL condition of one facet filter, on a record's columns. */
function facetCondition(facet: RecordFacetName, values: readonly string[]): SQL {
  const list = textArray(values);
  switch (facet) {
    case "type":
      return sql`type = any(${list})`;
    case "status":
      return sql`status = any(${list})`;
    case "year":
      return sql`year::text = any(${list})`;
    case "country":
      return sql`countries ?| ${list}`;
    case "sector":
      return sql`sectors ?| ${list}`;
    case "strategy":
      return sql`strategies ?| ${list}`;
    case "theme":
      return sql`themes ?| ${list}`;
    case "language":
      // A record's languages are the keys of `texts`; `?|` on an object tests its keys.
      return sql`texts ?| ${list}`;
  }
}

/** The facet's values in the records of `source` that meet `where`, one row per record and value. */
function facetValues(facet: RecordFacetName, source: SQL, where: SQL): SQL {
  switch (facet) {
    case "type":
      return sql`select type as value from ${source} where ${where}`;
    case "status":
      return sql`select status as value from ${source} where ${where}`;
    case "year":
      return sql`select year::text as value from ${source} where ${where}`;
    case "country":
      return sql`select value from ${source}, jsonb_array_elements_text(countries) where ${where}`;
    case "sector":
      return sql`select value from ${source}, jsonb_array_elements_text(sectors) where ${where}`;
    case "strategy":
      return sql`select value from ${source}, jsonb_array_elements_text(strategies) where ${where}`;
    case "theme":
      return sql`select value from ${source}, jsonb_array_elements_text(themes) where ${where}`;
    case "language":
      return sql`select value from ${source}, jsonb_object_keys(texts) as value where ${where}`;
  }
}

function allExcept(conditions: Map<RecordFacetName, SQL>, except?: RecordFacetName): SQL {
  const kept = [...conditions].filter(([facet]) => facet !== except).map(([, condition]) => condition);
  return kept.length === 0 ? sql`true` : sql.join(kept, sql` and `);
}

/**
 * Planner settings for the search statement, for its transaction only. With words, the GIN
 * indexes find the matches: for a common word the planner estimates many matches (a third of
 * the records, say) and then prefers reading the whole table, which de-TOASTs every record's
 * vectors just to test them (a second on 100,000 records, against milliseconds from the index).
 * The working memory keeps the matched rows and the aggregates out of temporary files.
 */
async function tuneForSearch(db: AtlasExecutor, hasQuery: boolean): Promise<void> {
  await db.execute(sql`set local work_mem = '64MB'`);
  if (hasQuery) await db.execute(sql`set local enable_seqscan = off`);
}

/** The parts of the statement, each chosen for what the input asks. */
interface SearchPlan {
  readonly hasQuery: boolean;
  readonly conditions: Map<RecordFacetName, SQL>;
  /** Facets taken from the caller's summary instead of being counted. */
  readonly fromSummary: ReadonlySet<RecordFacetName>;
  /** Total and points taken from the summary too (a browse without any filter). */
  readonly wholeSummary: boolean;
}

function planSearch(input: RecordSearchInput): SearchPlan {
  const conditions = new Map<RecordFacetName, SQL>();
  for (const facet of recordFacetNames) {
    const values = input.filter[facet];
    if (values !== undefined && values.length > 0) conditions.set(facet, facetCondition(facet, values));
  }
  const hasQuery = (input.stemmed?.length ?? 0) > 0 && input.folded !== undefined;
  const excludes = (input.excludeStemmed?.length ?? 0) > 0 || input.excludeFolded !== undefined;
  const summary = !hasQuery && !excludes && input.visibleSummary !== undefined;
  // Without words, a facet whose rule leaves no other filter counts every visible record.
  const fromSummary = new Set(
    summary
      ? recordFacetNames.filter((facet) => [...conditions.keys()].every((other) => other === facet))
      : [],
  );
  return { hasQuery, conditions, fromSummary, wholeSummary: summary && conditions.size === 0 };
}

/** `with …`: the visible matches (`base`) and those that pass every filter (`filtered`). */
function searchSets(input: RecordSearchInput, plan: SearchPlan): SQL {
  const all = allExcept(plan.conditions);
  const exclusions = [
    ...((input.excludeStemmed?.length ?? 0) > 0
      ? [sql`r.search_stemmed @@ (${combinedQuery(input.excludeStemmed ?? [])})`]
      : []),
    ...(input.excludeFolded === undefined
      ? []
      : [sql`r.search_folded @@ to_tsquery('simple', ${input.excludeFolded})`]),
  ];
  const exclude = exclusions.length === 0 ? sql`true` : sql`not (${sql.join(exclusions, sql` or `)})`;
  const visible = input.visibility.all
    ? sql`true`
    : sql`(r.status = 'published' or r.countries ?| ${textArray(input.visibility.countries)})`;
  const columns = sql`r.id, r.type, r.status, r.countries, r.sectors, r.strategies, r.themes, r.year,
    r.updated_at, r.latitude, r.longitude, r.texts`;
  // Every use of `filtered` needs it whole; `base` without words is read through each use's own
  // conditions (and their indexes), except when nothing else narrows it.
  const filtered = sql`filtered as ${plan.conditions.size === 0 ? sql`not materialized` : sql`materialized`} (
      select * from base where ${all})`;
  if (!plan.hasQuery) {
    const reuse = plan.conditions.size === 0 && !plan.wholeSummary;
    return sql`with base as ${reuse ? sql`materialized` : sql`not materialized`} (
        select ${columns}, 0 as rank from kb_record r where ${exclude} and ${visible}
      ), ${filtered}`;
  }
  // Ranking reads both vectors, the costliest work per record: only records that pass every
  // filter can be on the page, so only they are ranked.
  const rank = sql`case when ${all} then 2 * ts_rank_cd(r.search_stemmed, q.stemmed, 32) + ts_rank_cd(r.search_folded, q.folded, 32) end`;
  // `q` is materialized so that the planner does not see the words: it then estimates few
  // matches and reads them through the GIN indexes rather than through the visibility index.
  return sql`with q as materialized (
      select ${combinedQuery(input.stemmed ?? [])} as stemmed, to_tsquery('simple', ${input.folded}) as folded
    ),
    base as materialized (
      select ${columns}, ${rank} as rank from kb_record r, q
      where (r.search_stemmed @@ q.stemmed or r.search_folded @@ q.folded) and ${exclude} and ${visible}
    ), ${filtered}`;
}

function facetCounts(plan: SearchPlan): SQL {
  const counted = recordFacetNames.filter((facet) => !plan.fromSummary.has(facet));
  if (counted.length === 0) return sql`'[]'::json`;
  const queries = counted.map((facet) => {
    // A facet that is not filtered applies every filter: it counts `filtered`.
    const values = plan.conditions.has(facet)
      ? facetValues(facet, sql`base`, allExcept(plan.conditions, facet))
      : facetValues(facet, sql`filtered`, sql`true`);
    return sql`select ${facet}::text as facet, value, count(*)::int as count from (${values}) v where value is not null group by value`;
  });
  return sql`(select coalesce(json_agg(json_build_object('facet', facet, 'value', value, 'count', count)), '[]'::json)
    from (${sql.join(queries, sql` union all `)}) f)`;
}

export async function searchRecords(db: AtlasExecutor, input: RecordSearchInput): Promise<RecordSearchPage> {
  const plan = planSearch(input);
  const summary = input.visibleSummary;
  const order =
    input.sort === "relevance" && plan.hasQuery
      ? sql`rank desc, updated_at desc, id`
      : sql`updated_at desc, id`;
  const statement = sql`${searchSets(input, plan)}
    select
      ${plan.wholeSummary ? sql`null` : sql`(select count(*)::int from filtered)`} as total,
      (select coalesce(json_agg(json_build_object('id', id, 'rank', rank)), '[]'::json) from (
        select id, rank from filtered order by ${order} limit ${input.limit} offset ${input.offset}
      ) page) as hits,
      ${facetCounts(plan)} as facets,
      ${
        plan.wholeSummary
          ? sql`null`
          : sql`(select coalesce(json_agg(json_build_object('id', id, 'latitude', latitude, 'longitude', longitude)), '[]'::json) from (
        select id, latitude, longitude from filtered
        where type = 'initiative' and latitude is not null and longitude is not null
        order by id limit ${input.maxPoints ?? 2_000}
      ) p)`
      } as points`;
  const rows = await db.transaction(async (tx) => {
    await tuneForSearch(tx, plan.hasQuery);
    return executeRows<{
      total: number | null;
      hits: RecordSearchPage["hits"];
      facets: RecordSearchPage["facets"];
      points: RecordSearchPage["points"] | null;
    }>(tx, statement);
  });
  const row = rows[0];
  if (row === undefined) throw new Error("the search statement returned no row");
  const facets = [
    ...row.facets,
    ...(summary?.facets.filter((count) => plan.fromSummary.has(count.facet)) ?? []),
  ];
  return {
    total: row.total ?? summary?.total ?? 0,
    hits: row.hits,
    facets,
    points: row.points ?? summary?.points ?? [],
  };
}

/**
 * What a cached search summary is valid for: the data version, which every write to records
 * bumps in its own transaction, with the time of that bump (a restored backup may bring back a
 * version number this database had before, but with another time).
 */
export async function readSearchDataStamp(db: AtlasExecutor): Promise<string> {
  const rows = await executeRows<{ stamp: string }>(
    db,
    sql`select value || '@' || updated_at::text as stamp from app_state where key = 'data_version'`,
  );
  return rows[0]?.stamp ?? "none";
}

/** Dictionary words similar to each typed word (pg_trgm), best first, for typo tolerance. */
export async function similarSearchTerms(
  db: AtlasExecutor,
  words: readonly string[],
  options: { perWord: number; minSimilarity: number },
): Promise<{ word: string; term: string; similarity: number }[]> {
  if (words.length === 0) return [];
  return executeRows(
    db,
    sql`select w.word, t.term, similarity(t.term, w.word)::float8 as similarity
      from jsonb_array_elements_text(${JSON.stringify(words)}::jsonb) as w(word),
      lateral (
        select term from kb_search_term
        where term % w.word and similarity(term, w.word) >= ${options.minSimilarity}
        order by similarity(term, w.word) desc, term limit ${options.perWord}
      ) t
      order by w.word, similarity desc`,
  );
}

/**
 * Which of the words the dictionary holds: exactly, or for a prefix word, as the start of a
 * word. The term column sorts by code point (collation "C"), so a prefix is a range.
 */
export async function knownSearchTerms(
  db: AtlasExecutor,
  words: readonly { word: string; prefix: boolean }[],
): Promise<Set<string>> {
  if (words.length === 0) return new Set();
  const rows = await executeRows<{ word: string }>(
    db,
    sql`select w.word from jsonb_to_recordset(${JSON.stringify(words)}::jsonb) as w(word text, prefix boolean)
      where exists (
        select 1 from kb_search_term t
        where t.term = w.word or (w.prefix and t.term > w.word and t.term < w.word || chr(1114111))
      )`,
  );
  return new Set(rows.map((row) => row.word));
}
