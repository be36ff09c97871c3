/**
 * Knowledge-base search (search spec §5.2): the reader's words are folded and stemmed, words
 * the index does not hold are matched to close indexed words (typo tolerance), PostgreSQL's
 * full-text search finds the matching records through its GIN indexes, and the in-memory index
 * ranks them, counts the facets and picks the map points. Titles and snippets are marked here
 * from the folded forms, in the language where the words matched.
 */
import type { SearchFacetName, SearchHit, SearchQuery, SearchResult } from "@circular-atlas/contracts";
import {
  type AtlasExecutor,
  findRecords,
  knownSearchTerms,
  matchRecordNumbers,
  type RecordRow,
  type RecordSearchFilter,
  similarSearchTerms,
} from "@circular-atlas/database";
import {
  allowedTypos,
  createWordMatcher,
  directionOf,
  highlightSnippet,
  isTypoOf,
  type ParsedSearchQuery,
  parseSearchQuery,
  positiveSearchWords,
  type SnippetSegment,
  toFoldedTsquery,
  toStemmedTsquery,
  type WordMatcher,
} from "@circular-atlas/formats";
import type { Actor } from "../accounts/actor.ts";
import { searchVisibility } from "../accounts/permissions.ts";
import { queryRecordIndex } from "./search-index/query-search-index.ts";
import type { WordGroup } from "./search-index/record-search-index.ts";
import { recordSearchIndex } from "./search-index/search-index-cache.ts";

/** Stemmers a query is tried with: the document languages PostgreSQL can stem. */
const stemmingConfigs = ["english", "russian", "turkish"] as const;
const facetNames: readonly SearchFacetName[] = [
  "type",
  "country",
  "sector",
  "strategy",
  "theme",
  "status",
  "language",
  "year",
];

/** Indexed words close to each word the index lacks, within the typos its length allows. */
async function findCorrections(db: AtlasExecutor, query: ParsedSearchQuery): Promise<Map<string, string[]>> {
  const words = positiveSearchWords(query).filter(({ word }) => allowedTypos(word) > 0);
  if (words.length === 0) return new Map();
  const known = await knownSearchTerms(db, words);
  const unknown = words.filter(({ word }) => !known.has(word)).map(({ word }) => word);
  const candidates = await similarSearchTerms(db, unknown, { perWord: 10, minSimilarity: 0.3 });
  const corrections = new Map<string, string[]>();
  for (const candidate of candidates) {
    if (!isTypoOf(candidate.word, candidate.term)) continue;
    const list = corrections.get(candidate.word) ?? [];
    if (list.length < 3) list.push(candidate.term);
    corrections.set(candidate.word, list);
  }
  return corrections;
}

function toFilter(query: SearchQuery): RecordSearchFilter {
  const filter: Record<string, readonly string[]> = {};
  for (const facet of facetNames) {
    const values = query[facet];
    if (values !== undefined && values.length > 0) filter[facet] = values;
  }
  return filter as RecordSearchFilter;
}

function hitCount(segments: readonly SnippetSegment[]): number {
  return segments.filter((segment) => segment.hit).length;
}

/** The hit in the language where most words matched; the reader's language, then the original, on a tie. */
function toHit(
  row: RecordRow,
  rank: number,
  matches: WordMatcher,
  readerLanguage: string | undefined,
): SearchHit {
  const preference = [readerLanguage, row.originalLanguage];
  const candidates = Object.entries(row.texts).map(([language, text]) => {
    const title = highlightSnippet(text.title, matches, { language, maxWords: 60 });
    const snippet = highlightSnippet(text.summary === "" ? (text.body ?? "") : text.summary, matches, {
      language,
      maxWords: 32,
    });
    const order = preference.indexOf(language);
    return {
      language,
      text,
      title,
      snippet,
      score: hitCount(title) * 2 + hitCount(snippet),
      order: order === -1 ? 9 : order,
    };
  });
  candidates.sort((a, b) => b.score - a.score || a.order - b.order || a.language.localeCompare(b.language));
  const best = candidates[0];
  if (best === undefined) throw new Error(`record ${row.id} has no text`);
  return {
    id: row.id,
    type: row.type as SearchHit["type"],
    status: row.status as SearchHit["status"],
    countries: row.countries,
    year: row.year,
    title: best.title,
    snippet: best.snippet,
    language: best.language,
    dir: directionOf(best.language),
    translated: best.text.translated,
    rank,
  };
}

/** One group per query word: its joined form, its parts and its corrections weigh as one word. */
function wordGroups(
  parsed: ParsedSearchQuery,
  corrections: ReadonlyMap<string, readonly string[]>,
): WordGroup[] {
  return parsed.groups.flatMap((group) =>
    group
      .filter((term) => !term.negated)
      .flatMap((term) =>
        term.words.map((word, index) => {
          const prefix = term.prefix && index === term.words.length - 1;
          return [
            { word: word.joined, prefix },
            ...(word.parts.length > 1 ? word.parts.map((part) => ({ word: part, prefix })) : []),
            ...(corrections.get(word.joined) ?? []).map((correction) => ({
              word: correction,
              prefix: false,
            })),
          ];
        }),
      ),
  );
}

/** A flag per record number, for the numbers given. */
function flags(numbers: readonly number[], size: number): Uint8Array {
  const result = new Uint8Array(size + 1);
  for (const number of numbers) if (number <= size) result[number] = 1;
  return result;
}

export async function searchKnowledge(options: {
  db: AtlasExecutor;
  viewer: Actor | undefined;
  query: SearchQuery;
}): Promise<SearchResult> {
  const started = performance.now();
  const { db, query } = options;
  const parsed = parseSearchQuery(query.q, { prefix: query.prefix });
  const [index, corrections] = await Promise.all([recordSearchIndex(db), findCorrections(db, parsed)]);
  const stemmed = toStemmedTsquery(parsed, corrections);
  const folded = toFoldedTsquery(parsed, corrections);
  const excludedStemmed = toStemmedTsquery(parsed, new Map(), "negated");
  const excludedFolded = toFoldedTsquery(parsed, new Map(), "negated");
  const [matched, excluded] = await Promise.all([
    stemmed === undefined || folded === undefined
      ? undefined
      : matchRecordNumbers(db, {
          stemmed: stemmingConfigs.map((config) => ({ config, query: stemmed })),
          folded,
        }),
    excludedStemmed === undefined && excludedFolded === undefined
      ? undefined
      : matchRecordNumbers(db, {
          ...(excludedStemmed === undefined
            ? {}
            : { stemmed: stemmingConfigs.map((config) => ({ config, query: excludedStemmed })) }),
          ...(excludedFolded === undefined ? {} : { folded: excludedFolded }),
        }),
  ]);
  const page = queryRecordIndex(index, {
    matched: matched === undefined ? undefined : flags(matched, index.maxNum),
    excluded: excluded === undefined ? undefined : flags(excluded, index.maxNum),
    visibility: searchVisibility(options.viewer),
    filter: toFilter(query),
    groups: wordGroups(parsed, corrections),
    sort: query.sort,
    offset: (query.page - 1) * query.size,
    limit: query.size,
    maxPoints: 2_000,
  });
  const hitsIn = page.page.map(({ record, rank }) => ({ id: record.id, rank }));
  const rows = new Map(
    (
      await findRecords(
        db,
        hitsIn.map((hit) => hit.id),
      )
    ).map((row) => [row.id, row]),
  );
  const matches = createWordMatcher([
    ...positiveSearchWords(parsed),
    ...[...corrections.values()].flat().map((word) => ({ word, prefix: false })),
  ]);
  const hits = hitsIn.flatMap((hit) => {
    const row = rows.get(hit.id);
    return row === undefined ? [] : [toHit(row, hit.rank, matches, query.lang)];
  });
  const facets = Object.fromEntries(
    facetNames.map((facet) => [facet, [] as { value: string; count: number }[]]),
  );
  for (const count of page.facets) facets[count.facet]?.push({ value: count.value, count: count.count });
  for (const list of Object.values(facets))
    list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return {
    total: page.total,
    page: query.page,
    size: query.size,
    hits,
    facets: facets as SearchResult["facets"],
    points: page.points,
    corrections: [...corrections].map(([word, suggestions]) => ({ word, suggestions })),
    tookMs: Math.round((performance.now() - started) * 10) / 10,
  };
}
