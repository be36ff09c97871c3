/**
 * The in-memory search index: per record its facet values, dates, place, and its folded title
 * and body words as numbers into one dictionary. PostgreSQL's full-text search decides which
 * records match; this index ranks them and counts facets, which over tens of thousands of
 * matches is a few milliseconds of arithmetic here against seconds of reading rows in PGlite.
 * The database stays the source of truth: the index is rebuilt from it (search-index-cache.ts).
 */
import type { RecordFacetName, RecordIndexRow } from "@circular-atlas/database";
import { createWordMatcher } from "@circular-atlas/formats";
import { IndexColumns } from "./index-columns.ts";
import { type IndexedRecord, indexedFacets } from "./indexed-record.ts";

export type { IndexedRecord } from "./indexed-record.ts";
export { indexedFacets } from "./indexed-record.ts";

function facetTexts(row: RecordIndexRow, facet: RecordFacetName): readonly string[] {
  switch (facet) {
    case "type":
      return [row.type];
    case "status":
      return [row.status];
    case "year":
      return row.year === null ? [] : [String(row.year)];
    case "country":
      return row.countries;
    case "sector":
      return row.sectors;
    case "strategy":
      return row.strategies;
    case "theme":
      return row.themes;
    case "language":
      return row.languages;
  }
}

/** Facet values as small numbers, so that counting is adding into typed arrays. */
export class FacetDictionary {
  readonly values: string[] = [];
  readonly #numbers = new Map<string, number>();

  numberOf(value: string): number {
    let number = this.#numbers.get(value);
    if (number === undefined) {
      number = this.values.length;
      this.values.push(value);
      this.#numbers.set(value, number);
    }
    return number;
  }

  /** The number of a value already held, or undefined (a filter on a value no record has). */
  find(value: string): number | undefined {
    return this.#numbers.get(value);
  }
}

/** A group of forms that count as one query word (its joined form, parts and corrections). */
export type WordGroup = readonly { readonly word: string; readonly prefix: boolean }[];

/** At most this many query words are weighed (a bit each); the parser keeps at most 10. */
export const maxWordGroups = 16;

export class RecordSearchIndex {
  private readonly records = new Map<number, IndexedRecord>();
  private readonly termNumbers = new Map<string, number>();
  private readonly terms: string[] = [];
  private ordered: IndexColumns | undefined;
  /** One dictionary per facet, in `indexedFacets` order. */
  readonly facets: readonly FacetDictionary[] = indexedFacets.map(() => new FacetDictionary());

  get size(): number {
    return this.records.size;
  }

  /** The highest record number held (typed arrays of flags by number are this long, plus one). */
  maxNum = 0;

  /** Adds or replaces records from the database's index rows. */
  upsert(rows: readonly RecordIndexRow[]): void {
    for (const row of rows) {
      this.records.set(row.num, {
        num: row.num,
        id: row.id,
        type: row.type,
        status: row.status,
        countries: row.countries,
        sectors: row.sectors,
        strategies: row.strategies,
        themes: row.themes,
        languages: row.languages,
        year: row.year,
        updatedAtMs: row.updatedAtMs,
        latitude: row.latitude,
        longitude: row.longitude,
        titleTerms: this.numbersOf(row.titleTerms),
        bodyTerms: this.numbersOf(row.bodyTerms),
        facetValues: indexedFacets.map((facet, position) =>
          facetTexts(row, facet).map((value) => (this.facets[position] as FacetDictionary).numberOf(value)),
        ),
      });
      if (row.num > this.maxNum) this.maxNum = row.num;
    }
    if (rows.length > 0) this.ordered = undefined;
  }

  /**
   * Every record, newest change first (ties by id): the order of browsing and of equal ranks,
   * laid out flat for the search pass.
   */
  columns(): IndexColumns {
    this.ordered ??= new IndexColumns(
      [...this.records.values()].sort(
        (a, b) => b.updatedAtMs - a.updatedAtMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      ),
    );
    return this.ordered;
  }

  /**
   * For each dictionary word, a bit per query word group it matches (equal, prefix, or the
   * shared beginning `createWordMatcher` takes for a stem), so that a record's words are
   * weighed with one lookup each.
   */
  termMasks(groups: readonly WordGroup[]): Uint16Array {
    const masks = new Uint16Array(this.terms.length);
    groups.slice(0, maxWordGroups).forEach((group, bit) => {
      const matches = createWordMatcher(group);
      this.terms.forEach((term, number) => {
        if (matches(term)) masks[number] = (masks[number] as number) | (1 << bit);
      });
    });
    return masks;
  }

  private numbersOf(text: string): number[] {
    if (text === "") return [];
    return text.split(" ").map((word) => {
      let number = this.termNumbers.get(word);
      if (number === undefined) {
        number = this.terms.length;
        this.terms.push(word);
        this.termNumbers.set(word, number);
      }
      return number;
    });
  }
}
