import type { Indicator } from "@circular-atlas/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useApiResource } from "../api/api-context.tsx";
import { CoverageText } from "../components/coverage-text.tsx";
import { DerivedBadge } from "../components/derived-badge.tsx";
import { ErrorMessage } from "../components/error-message.tsx";
import { LoadingSkeleton } from "../components/loading-skeleton.tsx";
import { LocalizedName } from "../components/localized-name.tsx";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { useScrollToHash } from "../hooks/use-scroll-to-hash.ts";
import { useTopicLabel } from "../hooks/use-topic-label.ts";
import { compareTopics } from "../observations/topics.ts";

/** `/indicators`: every indicator, grouped by topic, with unit and coverage. */
export function IndicatorsPage() {
  const { t } = useTranslation();
  usePageTitle(t("indicators.title"));
  const resource = useApiResource("indicators", (api) => api.getIndicators());
  useScrollToHash(resource.status === "ready");

  return (
    <div className="page indicators-page">
      <header className="page-header">
        <h1>{t("indicators.title")}</h1>
        <p className="lead">{t("indicators.intro")}</p>
      </header>
      {resource.status === "loading" ? <LoadingSkeleton blocks={6} /> : null}
      {resource.status === "error" ? <ErrorMessage error={resource.error} onRetry={resource.retry} /> : null}
      {resource.status === "ready" ? <IndicatorsByTopic indicators={resource.data.data} /> : null}
    </div>
  );
}

function IndicatorsByTopic({ indicators }: { indicators: readonly Indicator[] }) {
  const { t } = useTranslation();
  const topicLabel = useTopicLabel();
  const topics = [...new Set(indicators.map((indicator) => indicator.topic))].sort(compareTopics);
  return (
    <>
      <nav aria-label={t("indicators.topicsNav")} className="topic-nav">
        <ul>
          {topics.map((topic) => (
            <li key={topic}>
              <a href={`#topic-${topic}`}>{topicLabel(topic)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {topics.map((topic) => (
        <section key={topic} id={`topic-${topic}`} aria-labelledby={`topic-heading-${topic}`}>
          <h2 id={`topic-heading-${topic}`}>{topicLabel(topic)}</h2>
          <ul className="indicator-list">
            {indicators
              .filter((indicator) => indicator.topic === topic)
              .map((indicator) => {
                return (
                  <li key={indicator.code} data-indicator={indicator.code}>
                    <Link to={`/indicators/${encodeURIComponent(indicator.code)}`}>
                      <LocalizedName text={indicator.names} />
                    </Link>
                    {indicator.derivation ? <DerivedBadge formula={indicator.derivation} /> : null}
                    <span className="indicator-meta">
                      <LocalizedName text={indicator.unitLabels} />
                      {" · "}
                      <CoverageText indicator={indicator} />
                    </span>
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </>
  );
}
