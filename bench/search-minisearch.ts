/**
 * The in-memory comparison for the search benchmark: a MiniSearch index over the same records
 * (title and summary in every language of a record), with terms folded by the platform's own
 * `foldCharacters` (case, diacritics, Arabic ي/ك, dotless ı), the half-space handled as the
 * database does (joined form and parts), fuzzy 0.2 and prefix matching, every word required.
 * Facet counts are computed in JavaScript over the hits with the database's disjunctive rule
 * (each facet applies every filter but its own), and only published records are visible, as
 * they are to an anonymous reader.
 */
import type { RecordInput } from "@circular-atlas/contracts";
import { foldCharacters } from "@circular-atlas/formats";
import MiniSearch, { type SearchOptions } from "minisearch";
import type { BenchQuery } from "./search-queries.ts";

const facetNames = ["type", "country", "sector", "strategy", "theme", "status", "language", "year"] as const;
type FacetName = (typeof facetNames)[number];

/** Each record's facet values, by the index's numeric document id. */
type FacetTable = readonly Readonly<Record<FacetName, readonly string[]>>[];

export interface MiniSearchResult {
  readonly total: number;
  readonly hits: readonly number[];
  readonly facets: ReadonlyMap<string, number>;
}

export interface MiniSearchIndex {
  search(query: BenchQuery): MiniSearchResult;
}

interface IndexedDocument {
  readonly id: number;
  readonly title: string;
  readonly summary: string;
}

// ZWJ stands outside the class, as in formats' folding: Biome reads a class holding it as an emoji sequence.
const joiners = /(?:[\u200C\u02BB\u02BC]|\u200D)+/u;

/** Folded like the database's folded vector: a word with a half-space gives its joined form and its parts. */
function processTerm(term: string): string | string[] | null {
  const parts = foldCharacters(term)
    .split(joiners)
    .filter((part) => part !== "");
  if (parts.length === 0) return null;
  return parts.length === 1 ? (parts[0] as string) : [parts.join(""), ...parts];
}

const searchOptions: SearchOptions = { fuzzy: 0.2, prefix: true, combineWith: "AND", boost: { title: 2 } };

/** Facet values of every record, made before the index so that the index's memory is measured alone. */
export function buildFacetTable(records: readonly RecordInput[]): FacetTable {
  return records.map((record) => ({
    type: [record.type],
    country: record.countries ?? [],
    sector: record.sectors ?? [],
    strategy: record.strategies ?? [],
    theme: record.themes ?? [],
    status: [record.status ?? "draft"],
    language: Object.keys(record.texts),
    year: record.year === undefined || record.year === null ? [] : [String(record.year)],
  }));
}

/** The index's documents: every language's title in one field, every summary in another. */
export function toIndexedDocuments(records: readonly RecordInput[]): IndexedDocument[] {
  return records.map((record, id) => {
    const texts = Object.values(record.texts);
    return {
      id,
      title: texts.map((text) => text.title).join("\n"),
      summary: texts.map((text) => text.summary).join("\n"),
    };
  });
}

function activeFilters(query: BenchQuery): [FacetName, Set<string>][] {
  const filters: [FacetName, Set<string>][] = [];
  if (query.type !== undefined) filters.push(["type", new Set([query.type])]);
  if (query.country !== undefined) filters.push(["country", new Set([query.country])]);
  if (query.year !== undefined) filters.push(["year", new Set(query.year.split(","))]);
  return filters;
}

/** Counts like the database: a hit failing no filter counts in every facet; failing one, in that facet only. */
function countHits(ids: Iterable<number>, table: FacetTable, query: BenchQuery): MiniSearchResult {
  const filters = activeFilters(query);
  const facets = new Map<string, number>();
  const count = (facet: FacetName, values: readonly string[]) => {
    for (const value of values) facets.set(`${facet}:${value}`, (facets.get(`${facet}:${value}`) ?? 0) + 1);
  };
  const hits: number[] = [];
  for (const id of ids) {
    const row = table[id];
    if (row === undefined || row.status[0] !== "published") continue;
    let failed: FacetName | undefined;
    let failures = 0;
    for (const [facet, wanted] of filters) {
      if (!row[facet].some((value) => wanted.has(value))) {
        failed = facet;
        failures++;
        if (failures > 1) break;
      }
    }
    if (failures === 0) {
      hits.push(id);
      for (const facet of facetNames) count(facet, row[facet]);
    } else if (failures === 1 && failed !== undefined) count(failed, row[failed]);
  }
  return { total: hits.length, hits: hits.slice(0, 20), facets };
}

export function buildMiniSearchIndex(
  documents: readonly IndexedDocument[],
  table: FacetTable,
): MiniSearchIndex {
  const index = new MiniSearch<IndexedDocument>({ fields: ["title", "summary"], processTerm, searchOptions });
  index.addAll(documents);
  return {
    search: (query) => {
      const words = query.q.trim();
      const results = words === "" ? index.search(MiniSearch.wildcard) : index.search(words);
      return countHits(
        results.map((result) => result.id as number),
        table,
        query,
      );
    },
  };
}
