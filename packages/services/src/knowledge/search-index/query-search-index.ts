/**
 * One pass over the in-memory index, newest first: which matched records the viewer may see,
 * which pass every filter (the total and the page), the disjunctive facet counts (a facet's
 * counts apply every filter but its own), the map points, and the ranking. A record's rank
 * weighs each query word found in a title 3, in a summary or body 1, and all words found 2 more;
 * records PostgreSQL matched only through a stem or a taxonomy label keep rank 0. Equal ranks
 * keep the newest first.
 */
import type { RecordFacetName, RecordSearchFilter, RecordVisibility } from "@circular-atlas/database";
import type { FlatLists, IndexColumns } from "./index-columns.ts";
import {
  type FacetDictionary,
  type IndexedRecord,
  indexedFacets,
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

/** The rank of the record in `slot` for the query's words, through the dictionary's masks. */
function rankOf(columns: IndexColumns, slot: number, masks: Uint16Array, allGroups: number): number {
  let title = 0;
  let body = 0;
  const titles = columns.titleTerms;
  for (let at = titles.offsets[slot] as number, end = titles.offsets[slot + 1] as number; at < end; at++)
    title |= masks[titles.values[at] as number] as number;
  const bodies = columns.bodyTerms;
  for (let at = bodies.offsets[slot] as number, end = bodies.offsets[slot + 1] as number; at < end; at++)
    body |= masks[bodies.values[at] as number] as number;
  let rank = 0;
  for (let bit = 1; bit <= allGroups; bit <<= 1) {
    if (title & bit) rank += 3;
    else if (body & bit) rank += 1;
  }
  return (title | body) === allGroups && allGroups !== 0 ? rank + 2 : rank;
}

/** Per active filter, a flag per value number of its facet: which values it selects. */
function filterFlags(index: RecordSearchIndex, filter: RecordSearchFilter) {
  return indexedFacets.flatMap((facet, position) => {
    const wanted = filter[facet];
    if (wanted === undefined || wanted.length === 0) return [];
    const dictionary = index.facets[position] as FacetDictionary;
    const flags = new Uint8Array(dictionary.values.length);
    for (const value of wanted) {
      const number = dictionary.find(value);
      if (number !== undefined) flags[number] = 1;
    }
    return [{ lists: position, flags }];
  });
}

function passesAny(lists: FlatLists, slot: number, flags: Uint8Array): boolean {
  for (let at = lists.offsets[slot] as number, end = lists.offsets[slot + 1] as number; at < end; at++)
    if (flags[lists.values[at] as number] === 1) return true;
  return false;
}

function countInto(tally: Int32Array, lists: FlatLists, slot: number): void {
  for (let at = lists.offsets[slot] as number, end = lists.offsets[slot + 1] as number; at < end; at++) {
    const value = lists.values[at] as number;
    tally[value] = (tally[value] as number) + 1;
  }
}

function isVisible(columns: IndexColumns, slot: number, visibility: RecordVisibility): boolean {
  if (visibility.all || columns.published[slot] === 1) return true;
  if (visibility.countries.length === 0) return false;
  const record = columns.records[slot] as IndexedRecord;
  return record.countries.some((country) => visibility.countries.includes(country));
}

export function queryRecordIndex(index: RecordSearchIndex, query: IndexQuery): IndexAnswer {
  const columns = index.columns();
  const active = filterFlags(index, query.filter).map((filter) => ({
    lists: columns.facets[filter.lists] as FlatLists,
    position: filter.lists,
    flags: filter.flags,
  }));
  const everyFilter = (1 << active.length) - 1;
  const counts = index.facets.map((dictionary) => new Int32Array(dictionary.values.length));
  const groups = query.groups.slice(0, maxWordGroups);
  const ranked = query.sort === "relevance" && groups.length > 0;
  const masks = ranked ? index.termMasks(groups) : new Uint16Array(0);
  const allGroups = (1 << groups.length) - 1;
  // Ranks are small whole numbers: one list per rank, each filled newest first, is the order.
  const byRank = new Map<number, number[]>();
  const located: number[] = [];
  const { matched, excluded } = query;
  const wanted = query.offset + query.limit;
  let total = 0;
  for (let slot = 0; slot < columns.nums.length; slot++) {
    const num = columns.nums[slot] as number;
    if (matched !== undefined && matched[num] !== 1) continue;
    if (excluded !== undefined && excluded[num] === 1) continue;
    if (!isVisible(columns, slot, query.visibility)) continue;
    let passed = 0;
    for (let filter = 0; filter < active.length; filter++) {
      const { lists, flags } = active[filter] as (typeof active)[number];
      if (passesAny(lists, slot, flags)) passed |= 1 << filter;
    }
    const missing = everyFilter & ~passed;
    if (missing !== 0) {
      // Short of exactly one filter: it counts for that filter's facet only.
      if ((missing & (missing - 1)) === 0) {
        const short = active[Math.log2(missing)] as (typeof active)[number];
        countInto(counts[short.position] as Int32Array, short.lists, slot);
      }
      continue;
    }
    total++;
    for (let position = 0; position < counts.length; position++)
      countInto(counts[position] as Int32Array, columns.facets[position] as FlatLists, slot);
    const rank = ranked ? rankOf(columns, slot, masks, allGroups) : 0;
    const list = byRank.get(rank);
    if (list === undefined) byRank.set(rank, [slot]);
    else if (list.length < wanted) list.push(slot);
    if (columns.located[slot] === 1) located.push(slot);
  }
  const ordered = [...byRank.keys()]
    .sort((a, b) => b - a)
    .flatMap((rank) =>
      (byRank.get(rank) as number[]).map((slot) => ({
        record: columns.records[slot] as IndexedRecord,
        rank,
      })),
    );
  const points = located.map((slot) => {
    const record = columns.records[slot] as IndexedRecord;
    return { id: record.id, latitude: record.latitude as number, longitude: record.longitude as number };
  });
  return {
    total,
    page: ordered.slice(query.offset, wanted),
    facets: indexedFacets.flatMap((facet, position) => {
      const tally = counts[position] as Int32Array;
      const values = (index.facets[position] as FacetDictionary).values;
      return values.flatMap((value, number) => {
        const found = tally[number] as number;
        return found > 0 ? [{ facet, value, count: found }] : [];
      });
    }),
    points: points.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, query.maxPoints),
  };
}
