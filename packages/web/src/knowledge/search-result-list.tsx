import type { SearchHit } from "@circular-atlas/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormatters } from "../hooks/use-formatters.ts";
import { HighlightedText } from "./highlighted-text.tsx";
import { languageName } from "./record-text.ts";
import { useTaxonomy } from "./use-taxonomy.ts";

/** Result cards: type, title and passage with the matched words marked, countries and year. */
export function SearchResultList({ hits }: { hits: readonly SearchHit[] }) {
  const { t } = useTranslation();
  if (hits.length === 0) return <p className="no-results">{t("search.noResults")}</p>;
  return (
    <ol className="result-list">
      {hits.map((hit) => (
        <ResultCard key={hit.id} hit={hit} />
      ))}
    </ol>
  );
}

function ResultCard({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const taxonomy = useTaxonomy();
  return (
    <li className="result-card" data-record={hit.id}>
      <p className="result-meta">
        <span className={`record-type record-type-${hit.type}`}>
          {taxonomy.label("record-type", hit.type)}
        </span>
        {hit.status === "published" ? null : (
          <span className={`record-status record-status-${hit.status}`}>
            {taxonomy.label("record-status", hit.status)}
          </span>
        )}
        {hit.countries.length > 0 ? (
          <span>{hit.countries.map((code) => formatters.country(code)).join(", ")}</span>
        ) : null}
        {hit.year === null ? null : <span>{formatters.year(hit.year)}</span>}
      </p>
      <h2 className="result-title" lang={hit.language} dir={hit.dir}>
        <Link to={`/knowledge/${encodeURIComponent(hit.id)}`}>
          <HighlightedText segments={hit.title} />
        </Link>
      </h2>
      {hit.snippet.length > 0 ? (
        <p className="result-snippet" lang={hit.language} dir={hit.dir}>
          <HighlightedText segments={hit.snippet} />
        </p>
      ) : null}
      {hit.language !== formatters.language ? (
        <p className="result-language">
          {t(hit.translated ? "record.translatedInto" : "record.writtenIn", {
            language: languageName(hit.language, formatters.language),
          })}
        </p>
      ) : null}
    </li>
  );
}
