import type { KnowledgeRecord, RecordActionName } from "@circular-atlas/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useApiClient, useApiResource } from "../api/api-context.tsx";
import { ErrorMessage } from "../components/error-message.tsx";
import { LoadingSkeleton } from "../components/loading-skeleton.tsx";
import { useFormatters } from "../hooks/use-formatters.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { RecordDetails } from "../knowledge/record-details.tsx";
import { RecordRelations } from "../knowledge/record-relations.tsx";
import { directionOf, languageName, pickRecordText } from "../knowledge/record-text.ts";
import { useTaxonomy } from "../knowledge/use-taxonomy.ts";

/** `/knowledge/:id`: one record, linkable and printable, with its relations and sources. */
export function RecordPage() {
  const { id = "" } = useParams();
  const [version, setVersion] = useState(0);
  const resource = useApiResource(`record:${id}:${version}`, (api) => api.getRecord(id));
  return (
    <div className="page record-page">
      {resource.status === "loading" ? <LoadingSkeleton blocks={4} /> : null}
      {resource.status === "error" ? <ErrorMessage error={resource.error} onRetry={resource.retry} /> : null}
      {resource.status === "ready" ? (
        <RecordView record={resource.data} onChanged={() => setVersion((count) => count + 1)} />
      ) : null}
    </div>
  );
}

function RecordView({ record, onChanged }: { record: KnowledgeRecord; onChanged: () => void }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const taxonomy = useTaxonomy();
  const [language, setLanguage] = useState(() => pickRecordText(record, formatters.language).language);
  const text = pickRecordText(record, language);
  usePageTitle(text.title);
  const dir = directionOf(text.language);
  return (
    <article className="record" data-record={record.id}>
      <header className="page-header">
        <p className="result-meta">
          <span className={`record-type record-type-${record.type}`}>
            {taxonomy.label("record-type", record.type)}
          </span>
          <span className={`record-status record-status-${record.status}`} data-testid="record-status">
            {taxonomy.label("record-status", record.status)}
          </span>
          {record.countries.map((code) => (
            <Link key={code} to={`/countries/${code}`}>
              {formatters.country(code)}
            </Link>
          ))}
          {record.year === null ? null : <span>{formatters.year(record.year)}</span>}
        </p>
        <h1 lang={text.language} dir={dir}>
          {text.title}
        </h1>
        <LanguageChoice record={record} language={text.language} onChoose={setLanguage} />
      </header>
      <section lang={text.language} dir={dir} className="record-text">
        {text.summary === "" ? null : <p className="lead">{text.summary}</p>}
        {text.body === undefined ? null : <p className="record-body">{text.body}</p>}
      </section>
      <RecordActions record={record} onChanged={onChanged} />
      <RecordDetails record={record} />
      <RecordRelations record={record} />
      <section aria-labelledby="record-sources">
        <h2 id="record-sources">{t("record.sources")}</h2>
        {record.sources.length === 0 ? <p>{t("record.noSources")}</p> : null}
        <ol className="source-list">
          {record.sources.map((source) => (
            <li key={`${source.title}|${source.url ?? ""}`}>
              {source.url === undefined ? (
                <cite>{source.title}</cite>
              ) : (
                <a href={source.url} rel="noopener noreferrer external">
                  <cite>{source.title}</cite>
                </a>
              )}
              {" — "}
              {source.publisher}
              {source.publishedOn === undefined ? null : `, ${formatters.date(source.publishedOn)}`}.{" "}
              {t("record.accessed", { date: formatters.date(source.accessedOn) })}
            </li>
          ))}
        </ol>
      </section>
      <footer className="record-footer">
        <p>
          {t("record.versionLine", {
            version: record.version,
            date: formatters.date(record.updatedAt.slice(0, 10)),
          })}{" "}
          <Link to={`/knowledge/${encodeURIComponent(record.id)}/history`}>{t("record.history")}</Link>
        </p>
        <button type="button" className="button print-hidden" onClick={() => window.print()}>
          {t("record.print")}
        </button>
      </footer>
    </article>
  );
}

function LanguageChoice({
  record,
  language,
  onChoose,
}: {
  record: KnowledgeRecord;
  language: string;
  onChoose: (language: string) => void;
}) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const languages = Object.keys(record.texts);
  if (languages.length < 2) {
    const text = record.texts[language];
    return text?.translated ? <p className="record-language">{t("record.translatedNote")}</p> : null;
  }
  return (
    <p className="record-language">
      {t("record.readIn")}{" "}
      {languages.map((code) => (
        <button
          key={code}
          type="button"
          className="link-button"
          aria-pressed={code === language}
          lang={code}
          onClick={() => onChoose(code)}
        >
          {languageName(code, formatters.language)}
          {record.texts[code]?.translated ? ` (${t("record.translation")})` : ` (${t("record.original")})`}
        </button>
      ))}
    </p>
  );
}

/** The review actions the signed-in user may take now, as the server says. */
function RecordActions({ record, onChanged }: { record: KnowledgeRecord; onChanged: () => void }) {
  const { t } = useTranslation();
  const api = useApiClient();
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  if (record.allowedActions.length === 0) return null;
  const run = async (action: RecordActionName) => {
    setBusy(true);
    setError(undefined);
    try {
      await api.recordAction(record.id, action);
      onChanged();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="record-actions print-hidden" aria-label={t("record.actions")}>
      {record.allowedActions.includes("edit") ? (
        <Link className="button" to={`/knowledge/${encodeURIComponent(record.id)}/edit`}>
          {t("record.action.edit")}
        </Link>
      ) : null}
      {record.allowedActions
        .filter((action): action is RecordActionName => action !== "edit")
        .map((action) => (
          <button key={action} type="button" className="button" disabled={busy} onClick={() => run(action)}>
            {t(`record.action.${action}`)}
          </button>
        ))}
      {error === undefined ? null : <ErrorMessage error={error} />}
    </section>
  );
}
