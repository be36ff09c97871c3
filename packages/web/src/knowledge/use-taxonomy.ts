/**
 * Labels of taxonomy codes in the UI language (English when a label is missing, as for
 * indicator names), loaded once per session from `/api/taxonomy`.
 */
import type { SearchFacetName, TaxonomyTerm } from "@circular-atlas/contracts";
import { useMemo } from "react";
import { useApiResource } from "../api/api-context.tsx";
import { useFormatters } from "../hooks/use-formatters.ts";

export interface TaxonomyLabels {
  readonly ready: boolean;
  /** The label of `code` in `scheme`, or the code itself while loading or when unknown. */
  label(scheme: string, code: string): string;
  /** Every term of a scheme in display order. */
  terms(scheme: string): readonly TaxonomyTerm[];
}

/** The taxonomy scheme whose labels name a search facet's values (none for country, language, year). */
export const facetSchemes: Partial<Record<SearchFacetName, string>> = {
  type: "record-type",
  status: "record-status",
  sector: "sector",
  strategy: "strategy",
  theme: "theme",
};

export function useTaxonomy(): TaxonomyLabels {
  const resource = useApiResource("taxonomy", (api) => api.getTaxonomy());
  const formatters = useFormatters();
  return useMemo(() => {
    const terms = resource.status === "ready" ? resource.data.data : [];
    const byScheme = new Map<string, TaxonomyTerm[]>();
    for (const term of terms) byScheme.set(term.scheme, [...(byScheme.get(term.scheme) ?? []), term]);
    const find = (scheme: string, code: string) => byScheme.get(scheme)?.find((term) => term.code === code);
    return {
      ready: resource.status === "ready",
      label: (scheme, code) => {
        const term = find(scheme, code);
        return term === undefined ? code : formatters.text(term.labels).text;
      },
      terms: (scheme) => byScheme.get(scheme) ?? [],
    };
  }, [resource, formatters]);
}
