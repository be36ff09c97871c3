import type { SearchFacetName, SearchResult } from "@circular-atlas/contracts";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../hooks/use-formatters.ts";
import { languageName } from "./record-text.ts";
import { facetSchemes, useTaxonomy } from "./use-taxonomy.ts";

const facetOrder: readonly SearchFacetName[] = [
  "type",
  "country",
  "strategy",
  "sector",
  "theme",
  "year",
  "language",
  "status",
];

export interface FacetPanelProps {
  result: SearchResult;
  filters: Partial<Record<SearchFacetName, readonly string[]>>;
  onToggle: (facet: SearchFacetName, value: string) => void;
  onClear: () => void;
}

/**
 * Facets with counts. A chosen value stays listed with its count (facets are disjunctive), so
 * several countries or types can be chosen at once; values of different facets combine.
 */
export function FacetPanel({ result, filters, onToggle, onClear }: FacetPanelProps) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const taxonomy = useTaxonomy();
  const valueLabel = (facet: SearchFacetName, value: string): string => {
    const scheme = facetSchemes[facet];
    if (scheme !== undefined) return taxonomy.label(scheme, value);
    if (facet === "country") return formatters.country(value);
    if (facet === "language") return languageName(value, formatters.language);
    if (facet === "year") return formatters.year(Number(value));
    return value;
  };
  const anyFilter = Object.values(filters).some((values) => values !== undefined && values.length > 0);
  return (
    <aside className="facet-panel" aria-label={t("search.facets")}>
      {anyFilter ? (
        <button type="button" className="link-button" onClick={onClear}>
          {t("search.clearFilters")}
        </button>
      ) : null}
      {facetOrder.map((facet) => {
        const counts = result.facets[facet] ?? [];
        if (counts.length === 0) return null;
        const values =
          facet === "year" ? [...counts].sort((a, b) => Number(b.value) - Number(a.value)) : counts;
        return (
          <fieldset key={facet} className="facet" data-facet={facet}>
            <legend>{t(`search.facet.${facet}`)}</legend>
            <ul>
              {values.map(({ value, count }) => {
                const checked = filters[facet]?.includes(value) ?? false;
                const id = `facet-${facet}-${value}`;
                return (
                  <li key={value}>
                    <input
                      type="checkbox"
                      id={id}
                      checked={checked}
                      data-value={value}
                      onChange={() => onToggle(facet, value)}
                    />
                    <label htmlFor={id}>
                      <span className="facet-label">{valueLabel(facet, value)}</span>{" "}
                      <span className="facet-count" data-count={count}>
                        {formatters.number(count, { decimals: 0 })}
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        );
      })}
    </aside>
  );
}
