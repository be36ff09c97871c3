/** One record as the in-memory search index holds it, and the facets it counts. */
import type { RecordFacetName } from "@circular-atlas/database";

export interface IndexedRecord {
  readonly num: number;
  readonly id: string;
  readonly type: string;
  readonly status: string;
  readonly countries: readonly string[];
  readonly sectors: readonly string[];
  readonly strategies: readonly string[];
  readonly themes: readonly string[];
  readonly languages: readonly string[];
  readonly year: number | null;
  readonly updatedAtMs: number;
  readonly latitude: number | null;
  readonly longitude: number | null;
  /** Dictionary numbers of the folded title words, and of the summary and body words. */
  readonly titleTerms: readonly number[];
  readonly bodyTerms: readonly number[];
  /** Per facet (in `indexedFacets` order), the numbers of the record's values in that facet's dictionary. */
  readonly facetValues: readonly (readonly number[])[];
}

/** The facets the index counts, in the order of `IndexedRecord.facetValues`. */
export const indexedFacets: readonly RecordFacetName[] = [
  "type",
  "country",
  "sector",
  "strategy",
  "theme",
  "status",
  "language",
  "year",
];
