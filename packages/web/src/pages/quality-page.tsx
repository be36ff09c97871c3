import type { FlaggedValueDto, Indicator, Source } from "@circular-atlas/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation, useSearchParams } from "react-router";
import { useApiResource } from "../api/api-context.tsx";
import { ErrorMessage } from "../components/error-message.tsx";
import { LoadingSkeleton } from "../components/loading-skeleton.tsx";
import { useLocalizedLabel } from "../components/localized-name.tsx";
import { useFormatters } from "../hooks/use-formatters.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { FlagFilterBar } from "../quality/flag-filter-bar.tsx";
import {
  type FlagFilter,
  filterChoices,
  filterFlaggedValues,
  flagFilterKeys,
  groupFlaggedValues,
} from "../quality/flag-filters.ts";
import { FlaggedValueCard } from "../quality/flagged-value-card.tsx";
import { QualityRulesPanel } from "../quality/quality-rules-panel.tsx";
import { useSession } from "../session/session-context.tsx";

/**
 * `/quality`: values the data-quality rules held back, per country and series. Signed-in users
 * read those of their scope (the server decides which); reviewers and administrators confirm or
 * reject each with a comment. Signed-out readers are sent to sign in first.
 */
export function QualityPage() {
  const { t } = useTranslation();
  usePageTitle(t("quality.title"));
  const { session, user } = useSession();
  const location = useLocation();
  if (session === undefined) return <LoadingSkeleton blocks={3} />;
  if (user === null)
    return (
      <Navigate replace to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} />
    );
  return (
    <QualityReview
      canReview={user.role === "reviewer" || user.role === "admin"}
      canEditRules={user.role === "editor" || user.role === "admin"}
    />
  );
}

function QualityReview({ canReview, canEditRules }: { canReview: boolean; canEditRules: boolean }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [reloads, setReloads] = useState(0);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const resource = useApiResource(`quality-flags:${reloads}`, (api) =>
    Promise.all([api.listFlaggedValues(), api.getIndicators(), api.getSources()]),
  );
  const filter: FlagFilter = Object.fromEntries(
    flagFilterKeys.map((key) => [key, params.get(key) ?? undefined]),
  );

  function handleFilter(key: (typeof flagFilterKeys)[number], value: string | undefined) {
    const next = new URLSearchParams(params);
    if (value === undefined) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  }

  function handleReviewed(reviewed: FlaggedValueDto, decision: "confirm" | "reject") {
    setNotice(
      t(decision === "confirm" ? "quality.confirmed" : "quality.rejected", {
        value: reviewed.value,
        period: reviewed.timePeriod,
      }),
    );
    setReloads((count) => count + 1);
  }

  return (
    <div className="page quality-page">
      <h1>{t("quality.title")}</h1>
      <p className="lead">{t(canReview ? "quality.introReviewer" : "quality.introReader")}</p>
      <QualityRulesPanel canEdit={canEditRules} />
      {notice === undefined ? null : (
        <p className="notice" role="status" data-testid="review-notice">
          {notice}
        </p>
      )}
      {resource.status === "loading" ? <LoadingSkeleton blocks={3} /> : null}
      {resource.status === "error" ? <ErrorMessage error={resource.error} onRetry={resource.retry} /> : null}
      {resource.status === "ready" ? (
        <FlagList
          values={resource.data[0].data}
          indicators={resource.data[1].data}
          sources={resource.data[2].data}
          filter={filter}
          onFilter={handleFilter}
          onReviewed={canReview ? handleReviewed : undefined}
        />
      ) : null}
    </div>
  );
}

interface FlagListProps {
  values: readonly FlaggedValueDto[];
  indicators: readonly Indicator[];
  sources: readonly Source[];
  filter: FlagFilter;
  onFilter: (key: (typeof flagFilterKeys)[number], value: string | undefined) => void;
  onReviewed: ((reviewed: FlaggedValueDto, decision: "confirm" | "reject") => void) | undefined;
}

function FlagList({ values, indicators, sources, filter, onFilter, onReviewed }: FlagListProps) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const localized = useLocalizedLabel();
  const names = new Map(indicators.map((indicator) => [indicator.code, localized(indicator.names)]));
  const titles = new Map(sources.map((source) => [source.id, source.title]));
  const shown = filterFlaggedValues(values, filter);
  const groups = groupFlaggedValues(shown);
  return (
    <>
      <FlagFilterBar
        choices={filterChoices(values)}
        filter={filter}
        indicators={indicators}
        onChange={onFilter}
      />
      <p data-testid="flag-count">{t("quality.count", { count: shown.length })}</p>
      {groups.map((group) => (
        <section
          key={`${group.area}-${group.indicator}`}
          className="flag-group"
          data-area={group.area}
          data-indicator={group.indicator}
        >
          <h2>
            {formatters.country(group.area)} · {names.get(group.indicator) ?? group.indicator}{" "}
            <code dir="ltr">{group.indicator}</code>
          </h2>
          <ul className="flagged-values">
            {group.values.map((value) => (
              <FlaggedValueCard
                key={value.versionId}
                value={value}
                sourceTitle={titles.get(value.sourceId) ?? value.sourceId}
                onReviewed={onReviewed}
              />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
