/**
 * One pass over the in-memory index, newest first: which matched records the viewer may see,
 * which pass every filter (the total and the page), the disjunctive facet counts (a facet's
 * counts apply every filter but its own), the map points, and the ranking. A record's rank
 * weighs each query word found in a title 3, in a summary or body 1, and all words found 2 more;
 * records PostgreSQL matched only through a stem or a taxonomy label keep rank 0. Equal ranks
 * keep the newest first.
 */
import type { RecordFacetName, RecordSearchFilter, RecordVisibility } from "@circular-atlas/database";
import {
  type IndexedRecord,
  maxWordGroups,
  type RecordSearchIndex,
  type WordGroup,
} from "./record-search-index.ts";

export interface IndexQuery {
  /** Record numbers PostgreSQL matched (flag per number); undefined when there are no words. */
  readonly matched: Uint8Array | undefined;
  /** Record numbers an exclusion (`-word`) matched. */
  readonly excluded: Uint8Array | undefined;
  readonly visibility: RecordVisibility;
  readonly filter: RecordSearchFilter;
  /** The query's words, for ranking; empty for a browse. */
  readonly groups: readonly WordGroup[];
  readonly sort: "relevance" | "recent";
  readonly offset: number;
  readonly limit: number;
  readonly maxPoints: number;
}

export interface IndexAnswer {
  readonly total: number;
  readonly page: readonly { readonly record: IndexedRecord; readonly rank: number }[];
  readonly facets: { readonly facet: RecordFacetName; readonly value: string; readonly count: number }[];
  readonly points: { readonly id: string; readonly latitude: number; readonly longitude: number }[];
}

const facetOrder: readonly RecordFacetName[] = [
  "type",
  "country",
  "sector",
  "strategy",
  "theme",
  "status",
  "language",
  "year",
];

function valuesOf(record: IndexedRecord, facet: RecordFacetName): readonly string[] {
  switch (facet) {
    case "type":
      return [record.type];
    case "status":
      return [record.status];
    case "year":
      return record.year === null ? [] : [String(record.year)];
    case "country":
      return record.countries;
    case "sector":
      return record.sectors;
    case "strategy":
      return record.strategies;
    case "theme":
      return record.themes;
    case "language":
      return record.languages;
  }
}

function isVisible(record: IndexedRecord, visibility: RecordVisibility): boolean {
  return (
    visibility.all ||
    record.status === "published" ||
    record.countries.some((country) => visibility.countries.includes(country))
  );
}

/** The rank of a record for the query's words, through the dictionary's masks. */
function rankOf(record: IndexedRecord, masks: Uint16Array, allGroups: number): number {
  let title = 0;
  let body = 0;
  for (const term of record.titleTerms) title |= masks[term] as number;
  for (const term of record.bodyTerms) body |= masks[term] as number;
  let rank = 0;
  for (let bit = 1; bit <= allGroups; bit <<= 1) {
    if (title & bit) rank += 3;
    else if (body & bit) rank += 1;
  }
  return (title | body) === allGroups && allGroups !== 0 ? rank + 2 : rank;
}

export function queryRecordIndex(index: RecordSearchIndex, query: IndexQuery): IndexAnswer {
  const active = facetOrder.filter((facet) => (query.filter[facet]?.length ?? 0) > 0);
  const selected = active.map((facet) => new Set(query.filter[facet]));
  const everyFilter = (1 << active.length) - 1;
  const counts = new Map<RecordFacetName, Map<string, number>>(facetOrder.map((facet) => [facet, new Map()]));
  const count = (record: IndexedRecord, facet: RecordFacetName) => {
    const values = counts.get(facet) as Map<string, number>;
    for (const value of valuesOf(record, facet)) values.set(value, (values.get(value) ?? 0) + 1);
  };
  const groups = query.groups.slice(0, maxWordGroups);
  const ranked = query.sort === "relevance" && groups.length > 0;
  const masks = ranked ? index.termMasks(groups) : new Uint16Array(0);
  const allGroups = (1 << groups.length) - 1;
  // Ranks are small whole numbers: one list per rank, each filled newest first, is the order.
  const byRank = new Map<number, IndexedRecord[]>();
  const points: IndexAnswer["points"] = [];
  let total = 0;
  for (const record of index.recencyOrder()) {
    if (query.matched !== undefined && query.matched[record.num] !== 1) continue;
    if (query.excluded !== undefined && query.excluded[record.num] === 1) continue;
    if (!isVisible(record, query.visibility)) continue;
    let passed = 0;
    active.forEach((facet, position) => {
      const wanted = selected[position] as Set<string>;
      if (valuesOf(record, facet).some((value) => wanted.has(value))) passed |= 1 << position;
    });
    const missing = everyFilter & ~passed;
    if (missing !== 0) {
      // Short of exactly one filter: it counts for that filter's facet only.
      if ((missing & (missing - 1)) === 0) count(record, active[Math.log2(missing)] as RecordFacetName);
      continue;
    }
    total++;
    for (const facet of facetOrder) count(record, facet);
    const rank = ranked ? rankOf(record, masks, allGroups) : 0;
    const list = byRank.get(rank);
    if (list === undefined) byRank.set(rank, [record]);
    else if (list.length < query.offset + query.limit) list.push(record);
    if (record.type === "initiative" && record.latitude !== null && record.longitude !== null)
      points.push({ id: record.id, latitude: record.latitude, longitude: record.longitude });
  }
  const ordered = [...byRank.keys()]
    .sort((a, b) => b - a)
    .flatMap((rank) => (byRank.get(rank) as IndexedRecord[]).map((record) => ({ record, rank })));
  return {
    total,
    page: ordered.slice(query.offset, query.offset + query.limit),
    facets: [...counts].flatMap(([facet, values]) =>
      [...values].map(([value, number]) => ({ facet, value, count: number })),
    ),
    points: points.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, query.maxPoints),
  };
}
