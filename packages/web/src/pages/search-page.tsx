import type { SearchFacetName, SearchResult } from "@circular-atlas/contracts";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { type Resource, useApiResource } from "../api/api-context.tsx";
import { ErrorMessage } from "../components/error-message.tsx";
import { LoadingSkeleton } from "../components/loading-skeleton.tsx";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { FacetPanel } from "../knowledge/facet-panel.tsx";
import { InitiativeMap } from "../knowledge/initiative-map.tsx";
import { SearchResultList } from "../knowledge/search-result-list.tsx";
import {
  pageSize,
  readSearchState,
  type SearchState,
  toApiQuery,
  toggleFilter,
  toSearchParams,
} from "../knowledge/search-state.ts";
import { useSession } from "../session/session-context.tsx";

/** Milliseconds of quiet typing before the address (and so the search) follows the box. */
const typingPause = 250;

/**
 * `/knowledge`: search the knowledge base as you type, narrow by facets (each count is the
 * number of results choosing it gives), and see matching initiatives on a map.
 */
export function SearchPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("search.title"));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const state = readSearchState(params);
  const language = i18n.resolvedLanguage ?? i18n.language;
  const apiQuery = toApiQuery(state, language);
  const resource = useKeptResource(apiQuery, (api) => api.search(apiQuery));
  const { user } = useSession();
  const go = (next: SearchState, replace = false) =>
    navigate({ pathname: "/knowledge", search: toSearchParams(next).toString() }, { replace });

  return (
    <div className="page search-page">
      <header className="page-header">
        <h1>{t("search.title")}</h1>
        <p className="lead">{t("search.intro")}</p>
        {user !== null && user.role !== "reader" && user.role !== "reviewer" ? (
          <p>
            <Link className="button" to="/knowledge/new">
              {t("search.newRecord")}
            </Link>
          </p>
        ) : null}
      </header>
      <SearchBox value={state.q} onChange={(q) => go({ ...state, q, page: 1 }, true)} />
      {resource.latest === undefined && resource.current.status === "loading" ? (
        <LoadingSkeleton blocks={4} />
      ) : null}
      {resource.current.status === "error" ? (
        <ErrorMessage error={resource.current.error} onRetry={resource.current.retry} />
      ) : null}
      {resource.latest !== undefined ? (
        <div className="search-layout" aria-busy={resource.current.status === "loading"}>
          <FacetPanel
            result={resource.latest}
            filters={state.filters}
            onToggle={(facet: SearchFacetName, value: string) => go(toggleFilter(state, facet, value))}
            onClear={() => go({ q: state.q, filters: {}, page: 1 })}
          />
          <div className="search-results">
            <ResultSummary result={resource.latest} />
            {resource.latest.points.length > 0 ? <InitiativeMap points={resource.latest.points} /> : null}
            <SearchResultList hits={resource.latest.hits} />
            <Pagination
              page={state.page}
              total={resource.latest.total}
              onPage={(page) => go({ ...state, page })}
            />
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** The search input; it updates the address after a short pause in typing. */
function SearchBox({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The address can change from elsewhere (back button, a link): follow it.
  useEffect(() => setText(value), [value]);
  useEffect(() => () => clearTimeout(timer.current), []);
  const handleChange = (next: string) => {
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onChange(next), typingPause);
  };
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    clearTimeout(timer.current);
    onChange(text);
  };
  return (
    <search className="search-box">
      <form onSubmit={handleSubmit}>
        <label htmlFor="knowledge-search">{t("search.label")}</label>
        <input
          id="knowledge-search"
          type="search"
          name="q"
          value={text}
          dir="auto"
          autoComplete="off"
          placeholder={t("search.placeholder")}
          onChange={(event) => handleChange(event.target.value)}
        />
        <button type="submit" className="button">
          {t("search.submit")}
        </button>
      </form>
    </search>
  );
}

function ResultSummary({ result }: { result: SearchResult }) {
  const { t } = useTranslation();
  return (
    <div className="result-summary">
      <p aria-live="polite" data-testid="result-count">
        {t("search.resultCount", { count: result.total })}
      </p>
      {result.corrections.length > 0 ? (
        <p className="corrections" data-testid="corrections">
          {t("search.corrected", {
            words: result.corrections
              .map((correction) => `${correction.word} → ${correction.suggestions.join(" / ")}`)
              .join(", "),
          })}
        </p>
      ) : null}
    </div>
  );
}

function Pagination({
  page,
  total,
  onPage,
}: {
  page: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t("search.pages")}>
      <button type="button" className="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t("search.previous")}
      </button>
      <span>{t("search.pageOf", { page, pages })}</span>
      <button type="button" className="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t("search.next")}
      </button>
    </nav>
  );
}

/** The current load, plus the last data that arrived, shown while the next query runs. */
function useKeptResource<T>(
  key: string,
  load: Parameters<typeof useApiResource<T>>[1],
): { current: Resource<T>; latest: T | undefined } {
  const current = useApiResource(key, load);
  const [latest, setLatest] = useState<T | undefined>(undefined);
  useEffect(() => {
    if (current.status === "ready") setLatest(current.data);
  }, [current]);
  return { current, latest: current.status === "ready" ? current.data : latest };
}
