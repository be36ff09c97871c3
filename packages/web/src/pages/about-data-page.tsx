import type { Source } from "@circular-atlas/contracts";
import { useTranslation } from "react-i18next";
import { useApiResource } from "../api/api-context.tsx";
import { ErrorMessage } from "../components/error-message.tsx";
import { LoadingSkeleton } from "../components/loading-skeleton.tsx";
import { useFormatters } from "../hooks/use-formatters.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { useScrollToHash } from "../hooks/use-scroll-to-hash.ts";

/** `/about/data`: every source with its licence, version and citation, one anchor per source id. */
export function AboutDataPage() {
  const { t } = useTranslation();
  usePageTitle(t("about.title"));
  const resource = useApiResource("sources", (api) => api.getSources());

  // Links from charts and tables point at `#source-id`.
  useScrollToHash(resource.status === "ready");

  return (
    <div className="page about-data-page">
      <header className="page-header">
        <h1>{t("about.title")}</h1>
        <p className="lead">{t("about.intro")}</p>
        <p>
          {t("about.apiIntro")} <a href="/api/docs">{t("about.apiDocs")}</a>
        </p>
      </header>
      {resource.status === "loading" ? <LoadingSkeleton blocks={4} /> : null}
      {resource.status === "error" ? <ErrorMessage error={resource.error} onRetry={resource.retry} /> : null}
      {resource.status === "ready" ? (
        <ol className="source-list">
          {resource.data.data.map((source) => (
            <SourceEntry key={source.id} source={source} />
          ))}
        </ol>
      ) : null}
    </div>
  );
}

function SourceEntry({ source }: { source: Source }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  return (
    <li>
      <section id={source.id} tabIndex={-1} aria-labelledby={`${source.id}-title`} className="source-entry">
        <h2 id={`${source.id}-title`}>{source.title}</h2>
        <dl className="facts">
          <dt>{t("about.publisher")}</dt>
          <dd>{source.publisher}</dd>
          <dt>{t("about.licence")}</dt>
          <dd>{source.licenceUrl ? <a href={source.licenceUrl}>{source.licence}</a> : source.licence}</dd>
          <dt>{t("about.retrieved")}</dt>
          <dd>{source.retrievedOn ? formatters.date(source.retrievedOn) : t("about.notStated")}</dd>
          <dt>{t("about.version")}</dt>
          <dd>{source.version ?? t("about.notStated")}</dd>
          <dt>{t("about.citation")}</dt>
          <dd>
            <cite>{source.citation}</cite>
          </dd>
          {source.notes ? (
            <>
              <dt>{t("about.notes")}</dt>
              <dd>{source.notes}</dd>
            </>
          ) : null}
          {source.url ? (
            <>
              <dt>{t("about.dataset")}</dt>
              <dd>
                <a href={source.url}>{source.url}</a>
              </dd>
            </>
          ) : null}
        </dl>
        <p className="source-id">{t("about.sourceId", { id: source.id })}</p>
      </section>
    </li>
  );
}
