import type { ReadinessIndex } from "@circular-atlas/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiResource } from "../api/api-context.tsx";
import { ErrorMessage } from "../components/error-message.tsx";
import { LoadingSkeleton } from "../components/loading-skeleton.tsx";
import { useFormatters } from "../hooks/use-formatters.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { CountryInputs } from "../readiness/country-inputs.tsx";
import { FrameworkSection } from "../readiness/framework-section.tsx";
import { RankChart } from "../readiness/rank-chart.tsx";
import { byRank, displayCountries } from "../readiness/readiness-view.ts";
import { ResultsTable } from "../readiness/results-table.tsx";
import { useWhatIf, type WhatIfState } from "../readiness/use-what-if.ts";
import { WeightSliders } from "../readiness/weight-sliders.tsx";

/**
 * `/readiness`: the ECO circular-economy readiness index. Ranks appear only with their
 * uncertainty intervals; members with too little data are listed, not ranked; pillar weights
 * can be changed and the index is recomputed in the browser; every score opens its inputs.
 */
export function ReadinessPage() {
  const { t } = useTranslation();
  usePageTitle(t("readiness.title"));
  const index = useApiResource("readiness-index", (api) => api.getReadinessIndex());
  return (
    <div className="page readiness-page">
      <header className="page-header">
        <h1>{t("readiness.title")}</h1>
        <p className="lead">{t("readiness.intro")}</p>
        <p>{t("readiness.readingNote")}</p>
      </header>
      {index.status === "loading" ? <LoadingSkeleton blocks={4} /> : null}
      {index.status === "error" ? <ErrorMessage error={index.error} onRetry={index.retry} /> : null}
      {index.status === "ready" ? <ReadinessResults index={index.data} /> : null}
    </div>
  );
}

function ReadinessResults({ index }: { index: ReadinessIndex }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [weights, setWeights] = useState<Record<string, number>>(() =>
    Object.fromEntries(index.framework.pillars.map((pillar) => [pillar.code, pillar.weight])),
  );
  const whatIf = useWhatIf(index, weights);
  const countries = byRank(displayCountries(index, recomputed(whatIf)));
  const ranked = countries.filter((country) => country.status === "ranked");
  const notRanked = countries.filter((country) => country.status !== "ranked");
  return (
    <>
      <section aria-labelledby="readiness-ranks-title">
        <h2 id="readiness-ranks-title">{t("readiness.ranksTitle")}</h2>
        <p>
          {t("readiness.ranksIntro", {
            replications: format.number(index.uncertainty.replications, { decimals: 0 }),
          })}
        </p>
        {whatIf.status === "published" ? null : (
          <p className="readiness-what-if-note" data-testid="what-if-note">
            {t("readiness.whatIfNote")}
          </p>
        )}
        <WeightSliders
          pillars={index.framework.pillars}
          weights={weights}
          onChange={setWeights}
          status={t(statusKeys[whatIf.status], { message: whatIf.status === "error" ? whatIf.message : "" })}
        />
        <RankChart countries={ranked} />
        <ResultsTable countries={countries} pillars={index.framework.pillars} />
        {notRanked.length > 0 ? (
          <section className="readiness-not-ranked" data-testid="not-ranked">
            <h3>{t("readiness.notRankedTitle")}</h3>
            <ul>
              {notRanked.map((country) => (
                <li key={country.area} data-area={country.area}>
                  {t("readiness.notRankedItem", {
                    country: format.country(country.area),
                    available: format.number(country.coverage.available, { decimals: 0 }),
                    total: format.number(country.coverage.total, { decimals: 0 }),
                  })}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {index.uncertainty.failed.length > 0 ? (
          <p className="readiness-failed">
            {t("readiness.failedReplications", { count: index.uncertainty.failed.length })}
          </p>
        ) : null}
      </section>
      <section aria-labelledby="readiness-inputs-title">
        <h2 id="readiness-inputs-title">{t("readiness.inputsTitle")}</h2>
        {byRank(displayCountries(index, null)).map((country) => {
          const dto = index.countries.find((candidate) => candidate.area === country.area);
          return dto === undefined ? null : <CountryInputs key={dto.area} index={index} country={dto} />;
        })}
      </section>
      <FrameworkSection index={index} />
    </>
  );
}

function recomputed(whatIf: WhatIfState) {
  if (whatIf.status === "ready") return whatIf.countries;
  if (whatIf.status === "computing") return whatIf.previous;
  return null;
}

const statusKeys = {
  published: "readiness.statusPublished",
  computing: "readiness.statusComputing",
  ready: "readiness.statusReady",
  error: "readiness.statusError",
} as const;
