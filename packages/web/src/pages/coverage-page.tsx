import type { FrameworkSummary } from "@circular-atlas/contracts";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useApiClient, useApiResource } from "../api/api-context.tsx";
import { CoverageTable } from "../components/coverage-table.tsx";
import { ErrorMessage } from "../components/error-message.tsx";
import { LoadingSkeleton } from "../components/loading-skeleton.tsx";
import { useLocalizedLabel } from "../components/localized-name.tsx";
import { usePageTitle } from "../hooks/use-page-title.ts";

/**
 * `/coverage?framework=<id>`: which indicators of a framework each member state has data for
 * (available, proxy, missing), the first answer of the mapping exercise.
 */
export function CoveragePage() {
  const { t } = useTranslation();
  usePageTitle(t("coverage.title"));
  const frameworks = useApiResource("frameworks", (api) => api.getFrameworks());
  return (
    <div className="page coverage-page">
      <header className="page-header">
        <h1>{t("coverage.title")}</h1>
        <p className="lead">{t("coverage.intro")}</p>
      </header>
      {frameworks.status === "loading" ? <LoadingSkeleton blocks={4} /> : null}
      {frameworks.status === "error" ? (
        <ErrorMessage error={frameworks.error} onRetry={frameworks.retry} />
      ) : null}
      {frameworks.status === "ready" ? <FrameworkCoverage frameworks={frameworks.data.data} /> : null}
    </div>
  );
}

function FrameworkCoverage({ frameworks }: { frameworks: readonly FrameworkSummary[] }) {
  const { t } = useTranslation();
  const label = useLocalizedLabel();
  const api = useApiClient();
  const [searchParams, setSearchParams] = useSearchParams();
  // Without a choice in the address, the first framework that has indicators to show.
  const fallback = frameworks.find((framework) => framework.indicatorCount > 0) ?? frameworks[0];
  const selected = frameworks.find((framework) => framework.id === searchParams.get("framework")) ?? fallback;
  const matrix = useApiResource(`coverage:${selected?.id}`, (client) =>
    client.getCoverage(selected?.id ?? ""),
  );
  if (selected === undefined) return <p>{t("coverage.noFrameworks")}</p>;
  return (
    <>
      <div className="coverage-controls">
        <label htmlFor="coverage-framework">{t("coverage.framework")}</label>
        <select
          id="coverage-framework"
          value={selected.id}
          onChange={(event) => setSearchParams({ framework: event.target.value })}
        >
          {frameworks.map((framework) => (
            <option key={framework.id} value={framework.id}>
              {label(framework.names)}
            </option>
          ))}
        </select>
        <a className="button" href={api.coverageCsvUrl(selected.id)} download data-testid="coverage-csv">
          {t("coverage.downloadCsv")}
        </a>
      </div>
      <FrameworkSource framework={selected} />
      <ul className="coverage-legend" aria-label={t("coverage.legend")}>
        {(["available", "proxy", "missing"] as const).map((status) => (
          <li key={status} className={`coverage-${status}`}>
            <span className="coverage-status">{t(`coverage.status.${status}`)}</span>:{" "}
            {t(`coverage.explain.${status}`)}
          </li>
        ))}
      </ul>
      {matrix.status === "loading" ? <LoadingSkeleton blocks={6} /> : null}
      {matrix.status === "error" ? <ErrorMessage error={matrix.error} onRetry={matrix.retry} /> : null}
      {matrix.status === "ready" && matrix.data.rows.length === 0 ? (
        <p>{t("coverage.noIndicators")}</p>
      ) : null}
      {matrix.status === "ready" && matrix.data.rows.length > 0 ? (
        <CoverageTable matrix={matrix.data} />
      ) : null}
    </>
  );
}

function FrameworkSource({ framework }: { framework: FrameworkSummary }) {
  const { t } = useTranslation();
  const { source } = framework;
  return (
    <section className="coverage-source" aria-label={t("coverage.sourceLabel")}>
      <p>
        {t("coverage.source")}{" "}
        <a href={source.url} lang="en" dir="ltr">
          {source.title}
        </a>{" "}
        <span lang="en" dir="ltr">
          ({source.publisher}, {source.year}; {source.locator})
        </span>
      </p>
      {framework.notes ? (
        <p className="coverage-notes" lang="en" dir="ltr">
          {framework.notes}
        </p>
      ) : null}
    </section>
  );
}
