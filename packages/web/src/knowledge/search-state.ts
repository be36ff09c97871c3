/**
 * The search page's state lives in the address (`/knowledge?q=…&country=KAZ,UZB&page=2`), so a
 * search can be bookmarked, shared and reloaded; this turns it into the API's query and back.
 */
import { type SearchFacetName, searchFacetNames } from "@circular-atlas/contracts/vocabulary";

export interface SearchState {
  readonly q: string;
  readonly filters: Readonly<Partial<Record<SearchFacetName, readonly string[]>>>;
  readonly page: number;
}

export const pageSize = 20;

export function readSearchState(params: URLSearchParams): SearchState {
  const filters: Partial<Record<SearchFacetName, string[]>> = {};
  for (const facet of searchFacetNames) {
    const values = params.get(facet)?.split(",").filter(Boolean);
    if (values !== undefined && values.length > 0) filters[facet] = values;
  }
  const page = Number(params.get("page") ?? "1");
  return { q: params.get("q") ?? "", filters, page: Number.isInteger(page) && page > 0 ? page : 1 };
}

export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q !== "") params.set("q", state.q);
  for (const facet of searchFacetNames) {
    const values = state.filters[facet];
    if (values !== undefined && values.length > 0) params.set(facet, values.join(","));
  }
  if (state.page > 1) params.set("page", String(state.page));
  return params;
}

/** The API query for a state, in the reader's language (titles and snippets prefer it). */
export function toApiQuery(state: SearchState, language: string): string {
  const params = toSearchParams(state);
  params.set("lang", language);
  params.set("size", String(pageSize));
  return params.toString();
}

/** The state with one facet value switched on or off (back to the first page). */
export function toggleFilter(state: SearchState, facet: SearchFacetName, value: string): SearchState {
  const current = state.filters[facet] ?? [];
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
  return { ...state, page: 1, filters: { ...state.filters, [facet]: next } };
}
