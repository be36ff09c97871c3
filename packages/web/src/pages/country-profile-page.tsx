import type { CountryProfile, Indicator } from "@circular-atlas/contracts";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { useApiResource } from "../api/api-context.tsx";
import { EmploymentFigure } from "../components/employment-figure.tsx";
import { ErrorMessage } from "../components/error-message.tsx";
import { KeyFigures } from "../components/key-figures.tsx";
import { LoadingSkeleton } from "../components/loading-skeleton.tsx";
import { ProfileFigure } from "../components/profile-figure.tsx";
import { useFormatters } from "../hooks/use-formatters.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { useScrollToHash } from "../hooks/use-scroll-to-hash.ts";
import { useTopicLabel } from "../hooks/use-topic-label.ts";
import { toProfileTopics } from "../observations/profile-topics.ts";

/** `/countries/:code`: everything the bundled sources say about one member state, by topic. */
export function CountryProfilePage() {
  const { code = "" } = useParams();
  const iso3 = code.toUpperCase();
  const resource = useApiResource(`profile:${iso3}`, (api) =>
    Promise.all([api.getCountryProfile(iso3), api.getIndicators()]),
  );
  if (resource.status === "loading") return <LoadingSkeleton variant="chart" blocks={4} />;
  if (resource.status === "error") return <ErrorMessage error={resource.error} onRetry={resource.retry} />;
  return <ProfileView profile={resource.data[0]} indicators={resource.data[1].data} />;
}

function ProfileView({ profile, indicators }: { profile: CountryProfile; indicators: readonly Indicator[] }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const topicLabel = useTopicLabel();
  const name = formatters.country(profile.area.code);
  usePageTitle(name);
  useScrollToHash(true);
  const topics = useMemo(() => toProfileTopics(profile, indicators), [profile, indicators]);
  const entries = useMemo(() => topics.flatMap(([, topicEntries]) => topicEntries), [topics]);
  const withData = entries.filter((entry) => entry.observations.length > 0).length;
  const observationsByCode = useMemo(
    () => new Map(entries.map((entry) => [entry.indicator.code, entry.observations])),
    [entries],
  );

  return (
    <article className="page profile-page" data-area={profile.area.code}>
      <header className="page-header">
        <p className="eyebrow">{t("profile.eyebrow")}</p>
        <h1>{name}</h1>
        <p className="lead">{t("profile.coverage", { count: withData, total: entries.length })}</p>
        <nav aria-label={t("profile.topicsNav")} className="topic-nav">
          <ul>
            {topics.map(([topic]) => (
              <li key={topic}>
                <a href={`#topic-${topic}`}>{topicLabel(topic)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <KeyFigures topics={topics} />
      {topics.map(([topic, topicEntries]) => (
        <section
          key={topic}
          id={`topic-${topic}`}
          aria-labelledby={`topic-heading-${topic}`}
          className="profile-topic"
        >
          <h2 id={`topic-heading-${topic}`}>{topicLabel(topic)}</h2>
          <div className="figure-grid">
            {topic === "industry-employment" ? (
              <EmploymentFigure observationsByCode={observationsByCode} sources={profile.sources} />
            ) : null}
            {topicEntries.map((entry) => (
              <ProfileFigure
                key={entry.indicator.code}
                indicator={entry.indicator}
                observations={entry.observations}
                dimensionCodes={profile.dimensionCodes}
                sources={profile.sources}
              />
            ))}
          </div>
        </section>
      ))}
    </article>
  );
}
