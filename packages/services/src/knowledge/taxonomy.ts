/**
 * The taxonomy records are tagged with: codes and their labels in every language. Small (a few
 * hundred terms) and changed only by seed loads, so it is read per use rather than cached.
 */
import type { Taxonomy, TaxonomySchemeName, TaxonomyTerm } from "@circular-atlas/contracts";
import { type AtlasExecutor, listTaxonomyTerms } from "@circular-atlas/database";

export interface TaxonomyIndex {
  readonly terms: readonly TaxonomyTerm[];
  /** Labels by scheme, then code. */
  readonly labels: ReadonlyMap<string, ReadonlyMap<string, Readonly<Record<string, string>>>>;
}

export async function readTaxonomy(db: AtlasExecutor): Promise<TaxonomyIndex> {
  const rows = await listTaxonomyTerms(db);
  const labels = new Map<string, Map<string, Record<string, string>>>();
  for (const row of rows) {
    let scheme = labels.get(row.scheme);
    if (scheme === undefined) {
      scheme = new Map();
      labels.set(row.scheme, scheme);
    }
    scheme.set(row.code, row.labels);
  }
  return {
    terms: rows.map((row) => ({
      scheme: row.scheme,
      code: row.code,
      labels: row.labels,
      parentCode: row.parentCode,
    })),
    labels,
  };
}

export function hasTerm(taxonomy: TaxonomyIndex, scheme: TaxonomySchemeName, code: string): boolean {
  return taxonomy.labels.get(scheme)?.has(code) ?? false;
}

/** Every label of the term, in every language (for cross-language search). */
export function termLabels(
  taxonomy: TaxonomyIndex,
  scheme: TaxonomySchemeName,
  code: string,
): { language: string; label: string }[] {
  const labels = taxonomy.labels.get(scheme)?.get(code) ?? {};
  return Object.entries(labels).map(([language, label]) => ({ language, label }));
}

/** The whole taxonomy, for the interface's labels and filters. */
export async function listTaxonomy(db: AtlasExecutor): Promise<Taxonomy> {
  return { data: [...(await readTaxonomy(db)).terms] };
}
