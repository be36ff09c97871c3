import type { IndicatorDetail, ObservationList } from "@circular-atlas/contracts";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useApiClient, useApiResource } from "../api/api-context.tsx";
import { IndicatorLineChart } from "../charts/indicator-line-chart.tsx";
import { CoverageText } from "../components/coverage-text.tsx";
import { DerivedBadge } from "../components/derived-badge.tsx";
import { ErrorMessage } from "../components/error-message.tsx";
import { IndicatorFrameworks } from "../components/indicator-frameworks.tsx";
import { IndicatorMetadataSection } from "../components/indicator-metadata.tsx";
import { YearSelect } from "../components/indicator-select.tsx";
import { IndicatorTable } from "../components/indicator-table.tsx";
import { LoadingSkeleton } from "../components/loading-skeleton.tsx";
import { LocalizedName } from "../components/localized-name.tsx";
import { SourceNote } from "../components/source-note.tsx";
import { useFormatters } from "../hooks/use-formatters.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { useTopicLabel } from "../hooks/use-topic-label.ts";
import { type CountriesTopology, toCountryFeatures } from "../maps/country-features.ts";
import { IndicatorMap } from "../maps/indicator-map.tsx";
import { defaultMapYear } from "../maps/map-values.ts";
import { RegionMapSection } from "../maps/region-map-section.tsx";
import { isTotal } from "../observations/scale-decimal.ts";
import { IndicatorReviewNote } from "../quality/indicator-review-note.tsx";
import { IndicatorVersions } from "../quality/indicator-versions.tsx";

/** `/indicators/:code`: all member states over time as a chart, a map and a table. */
export function IndicatorPage() {
  const { code = "" } = useParams();
  const resource = useApiResource(`indicator:${code}`, (api) =>
    // Breakdowns too: the table can show them, and some indicators publish nothing else.
    Promise.all([
      api.getIndicator(code),
      api.getObservations({ indicator: [code], breakdown: "all" }),
      api.getGeometry(),
    ]),
  );

  if (resource.status === "loading") return <LoadingSkeleton variant="chart" blocks={3} />;
  if (resource.status === "error") return <ErrorMessage error={resource.error} onRetry={resource.retry} />;
  const [detail, observations, topology] = resource.data;
  return <IndicatorView detail={detail} observations={observations} topology={topology} />;
}

interface IndicatorViewProps {
  detail: IndicatorDetail;
  observations: ObservationList;
  topology: CountriesTopology;
}

function IndicatorView({ detail, observations, topology }: IndicatorViewProps) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const topicLabel = useTopicLabel();
  const api = useApiClient();
  const indicator = detail.data;
  const features = useMemo(() => toCountryFeatures(topology), [topology]);
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const year = chosenYear ?? defaultMapYear(observations.data);
  const hasTotals = observations.data.some(isTotal);
  usePageTitle(formatters.text(indicator.names).text);

  return (
    <article className="page indicator-page">
      <header className="page-header">
        <p className="eyebrow">
          <Link to={`/indicators#topic-${indicator.topic}`}>{topicLabel(indicator.topic)}</Link>
        </p>
        <h1>
          <LocalizedName text={indicator.names} />
        </h1>
        {indicator.derivation ? <DerivedBadge formula={indicator.derivation} /> : null}
        <p className="lead">
          <LocalizedName text={indicator.descriptions} />
        </p>
        <dl className="facts">
          <dt>{t("table.unit")}</dt>
          <dd>
            <LocalizedName text={indicator.unitLabels} />
          </dd>
          <dt>{t("indicator.coverage")}</dt>
          <dd>
            <CoverageText indicator={indicator} />
          </dd>
          {indicator.sdgIndicators.length > 0 ? (
            <>
              <dt>{t("indicator.sdg")}</dt>
              <dd>{indicator.sdgIndicators.join(", ")}</dd>
            </>
          ) : null}
          <IndicatorFrameworks code={indicator.code} />
        </dl>
        <SourceNote sources={observations.sources} />
        <IndicatorReviewNote indicator={indicator.code} />
      </header>

      {observations.data.length === 0 ? <p className="empty-state">{t("common.noData")}</p> : null}
      {observations.data.length > 0 && !hasTotals ? (
        <p className="empty-state">{t("indicator.onlyBreakdowns")}</p>
      ) : null}
      {hasTotals ? (
        <>
          <section aria-labelledby="over-time">
            <h2 id="over-time">{t("indicator.overTime")}</h2>
            <IndicatorLineChart indicator={indicator} observations={observations.data} />
          </section>
          <section aria-labelledby="on-map">
            <h2 id="on-map">{t("indicator.onMap")}</h2>
            {year !== null ? (
              <>
                <div className="controls">
                  <YearSelect years={indicator.coverage.years} value={year} onChange={setChosenYear} />
                </div>
                <IndicatorMap
                  indicator={indicator}
                  observations={observations}
                  features={features}
                  year={year}
                />
              </>
            ) : null}
          </section>
        </>
      ) : null}
      <RegionMapSection indicator={indicator} dimensionCodes={detail.dimensionCodes} />
      {observations.data.length > 0 ? (
        <section aria-labelledby="as-table">
          <h2 id="as-table">{t("indicator.asTable")}</h2>
          <IndicatorTable
            indicator={indicator}
            observations={observations}
            dimensionCodes={detail.dimensionCodes}
          />
          <p className="api-link">
            <a href={api.observationsCsvUrl({ indicator: [indicator.code], breakdown: "all" })}>
              {t("indicator.apiCsv")}
            </a>
          </p>
        </section>
      ) : null}
      {observations.data.length > 0 ? (
        <IndicatorVersions detail={detail} observations={observations} />
      ) : null}
      <IndicatorMetadataSection code={indicator.code} />
    </article>
  );
}
