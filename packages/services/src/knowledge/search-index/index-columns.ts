/**
 * The search index laid out for one pass: records in recency order as slots 0…n−1, and each
 * per-record list (facet values, title and body words) as one flat typed array with offsets.
 * Kept per record, those lists were hundreds of thousands of small arrays scattered over the
 * heap, and counting facets over 12,000 matches cost 15 ms of cache misses; flat and in slot
 * order, the pass reads memory front to back. Rebuilt after a change, which is rare next to
 * searches.
 */
import { type IndexedRecord, indexedFacets } from "./indexed-record.ts";

/** Lists of numbers, one per slot: slot i's list is `values[offsets[i]]…values[offsets[i+1]−1]`. */
export interface FlatLists {
  readonly offsets: Int32Array;
  readonly values: Int32Array;
}

function flatten(
  records: readonly IndexedRecord[],
  listOf: (record: IndexedRecord) => readonly number[],
): FlatLists {
  const offsets = new Int32Array(records.length + 1);
  let length = 0;
  records.forEach((record, slot) => {
    length += listOf(record).length;
    offsets[slot + 1] = length;
  });
  const values = new Int32Array(length);
  records.forEach((record, slot) => {
    values.set(listOf(record), offsets[slot] as number);
  });
  return { offsets, values };
}

export class IndexColumns {
  /** Records by slot, newest change first. */
  readonly records: readonly IndexedRecord[];
  /** Record number by slot (the numbers PostgreSQL's matches are flagged by). */
  readonly nums: Int32Array;
  readonly published: Uint8Array;
  /** 1 for an initiative with a map point. */
  readonly located: Uint8Array;
  /** Per facet, in `indexedFacets` order. */
  readonly facets: readonly FlatLists[];
  readonly titleTerms: FlatLists;
  readonly bodyTerms: FlatLists;

  constructor(records: readonly IndexedRecord[]) {
    this.records = records;
    this.nums = Int32Array.from(records, (record) => record.num);
    this.published = Uint8Array.from(records, (record) => (record.status === "published" ? 1 : 0));
    this.located = Uint8Array.from(records, (record) =>
      record.type === "initiative" && record.latitude !== null && record.longitude !== null ? 1 : 0,
    );
    this.facets = indexedFacets.map((_, position) =>
      flatten(records, (record) => record.facetValues[position] as readonly number[]),
    );
    this.titleTerms = flatten(records, (record) => record.titleTerms);
    this.bodyTerms = flatten(records, (record) => record.bodyTerms);
  }
}
