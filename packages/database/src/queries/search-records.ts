/**
 * Full-text search over knowledge records, with facet counts and map points, in one statement.
 * Facets are disjunctive: a facet's counts apply every filter but its own, so choosing one of
 * its values never hides the others, and the count beside a value is the number of results
 * that choosing it gives.
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

/** The SQL condition of one facet filter, on the columns of the `base` set. */
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
      return sql`languages ?| ${list}`;
  }
}

/** The facet's values in `base`, one row per record and value. */
function facetValues(facet: RecordFacetName): SQL {
  switch (facet) {
    case "type":
      return sql`select type as value from base`;
    case "status":
      return sql`select status as value from base`;
    case "year":
      return sql`select year::text as value from base`;
    case "country":
      return sql`select value from base, jsonb_array_elements_text(countries)`;
    case "sector":
      return sql`select value from base, jsonb_array_elements_text(sectors)`;
    case "strategy":
      return sql`select value from base, jsonb_array_elements_text(strategies)`;
    case "theme":
      return sql`select value from base, jsonb_array_elements_text(themes)`;
    case "language":
      return sql`select value from base, jsonb_array_elements_text(languages)`;
  }
}

function allExcept(conditions: Map<RecordFacetName, SQL>, except?: RecordFacetName): SQL {
  const kept = [...conditions].filter(([facet]) => facet !== except).map(([, condition]) => condition);
  return kept.length === 0 ? sql`true` : sql.join(kept, sql` and `);
}

export async function searchRecords(db: AtlasExecutor, input: RecordSearchInput): Promise<RecordSearchPage> {
  const conditions = new Map<RecordFacetName, SQL>();
  for (const facet of recordFacetNames) {
    const values = input.filter[facet];
    if (values !== undefined && values.length > 0) conditions.set(facet, facetCondition(facet, values));
  }
  const hasQuery = (input.stemmed?.length ?? 0) > 0 && input.folded !== undefined;
  const matchQuery = hasQuery
    ? sql`(r.search_stemmed @@ q.stemmed or r.search_folded @@ q.folded)`
    : sql`true`;
  const exclusions = [
    ...((input.excludeStemmed?.length ?? 0) > 0
      ? [sql`r.search_stemmed @@ (${combinedQuery(input.excludeStemmed ?? [])})`]
      : []),
    ...(input.excludeFolded === undefined
      ? []
      : [sql`r.search_folded @@ to_tsquery('simple', ${input.excludeFolded})`]),
  ];
  const exclude = exclusions.length === 0 ? sql`true` : sql`not (${sql.join(exclusions, sql` or `)})`;
  const rank = hasQuery
    ? sql`2 * ts_rank_cd(r.search_stemmed, q.stemmed, 32) + ts_rank_cd(r.search_folded, q.folded, 32)`
    : sql`0`;
  const queries = hasQuery
    ? sql`(select ${combinedQuery(input.stemmed ?? [])} as stemmed, to_tsquery('simple', ${input.folded}) as folded) q`
    : sql`(select 1) q`;
  const visible = input.visibility.all
    ? sql`true`
    : sql`(r.status = 'published' or r.countries ?| ${textArray(input.visibility.countries)})`;
  const order =
    input.sort === "relevance" && hasQuery ? sql`rank desc, updated_at desc, id` : sql`updated_at desc, id`;
  const all = allExcept(conditions);
  const facetQueries = sql.join(
    recordFacetNames.map(
      (facet) =>
        sql`select ${facet}::text as facet, value, count(*)::int as count from (${facetValues(facet)} where ${allExcept(conditions, facet)}) v where value is not null group by value`,
    ),
    sql` union all `,
  );
  const rows = await executeRows<{
    total: number;
    hits: RecordSearchPage["hits"];
    facets: RecordSearchPage["facets"];
    points: RecordSearchPage["points"];
  }>(
    db,
    sql`with base as materialized (
      select r.id, r.type, r.status, r.countries, r.sectors, r.strategies, r.themes, r.year, r.updated_at,
        r.latitude, r.longitude, jsonb_path_query_array(r.texts, '$.keyvalue().key') as languages, ${rank} as rank
      from kb_record r, ${queries}
      where ${matchQuery} and ${exclude} and ${visible}
    )
    select
      (select count(*)::int from base where ${all}) as total,
      (select coalesce(json_agg(json_build_object('id', id, 'rank', rank)), '[]'::json) from (
        select id, rank from base where ${all} order by ${order} limit ${input.limit} offset ${input.offset}
      ) page) as hits,
      (select coalesce(json_agg(json_build_object('facet', facet, 'value', value, 'count', count)), '[]'::json)
        from (${facetQueries}) f) as facets,
      (select coalesce(json_agg(json_build_object('id', id, 'latitude', latitude, 'longitude', longitude)), '[]'::json) from (
        select id, latitude, longitude from base
        where ${all} and type = 'initiative' and latitude is not null and longitude is not null
        order by id limit ${input.maxPoints ?? 2_000}
      ) p) as points`,
  );
  const row = rows[0];
  if (row === undefined) throw new Error("the search statement returned no row");
  return { total: row.total, hits: row.hits, facets: row.facets, points: row.points };
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
