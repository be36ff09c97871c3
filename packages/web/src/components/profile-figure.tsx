import type { DimensionCode, Indicator, Observation, Source } from "@circular-atlas/contracts";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ProfileChartView } from "../charts/profile-chart-view.tsx";
import { useFormatters } from "../hooks/use-formatters.ts";
import { latestTotal } from "../observations/latest-total.ts";
import { chooseProfileChart } from "../observations/profile-chart.ts";
import { magnitudeOf, scaleDecimal } from "../observations/scale-decimal.ts";
import { DerivedBadge } from "./derived-badge.tsx";
import { LocalizedName, useLocalizedLabel } from "./localized-name.tsx";
import { SourceNote } from "./source-note.tsx";

export interface ProfileFigureProps {
  indicator: Indicator;
  observations: readonly Observation[];
  dimensionCodes: readonly DimensionCode[];
  sources: readonly Source[];
}

/**
 * One indicator on a country profile: the latest headline value with its year and unit, a small
 * chart of what the country has, and the sources with their licences. A country without data
 * gets an explicit gap, not an empty box.
 */
export function ProfileFigure({ indicator, observations, dimensionCodes, sources }: ProfileFigureProps) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const label = useLocalizedLabel();
  const chart = useMemo(
    () => chooseProfileChart(indicator, observations, dimensionCodes),
    [indicator, observations, dimensionCodes],
  );
  const latest = latestTotal(observations);
  const cited = new Set(observations.map((item) => item.source));
  const formula = indicator.derivation ?? observations.find((item) => item.derivation)?.derivation ?? null;
  const headingId = `figure-${indicator.code.replace(/[^A-Za-z0-9_-]/g, "-")}`;

  return (
    <article className="profile-figure" data-indicator={indicator.code} aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Link to={`/indicators/${encodeURIComponent(indicator.code)}`}>
          <LocalizedName text={indicator.names} />
        </Link>
      </h3>
      {formula ? <DerivedBadge formula={formula} /> : null}
      {latest ? (
        <p className="headline" data-testid="headline">
          <data value={scaleDecimal(latest.value, latest.unitMult)}>
            {formatters.number(magnitudeOf(latest), { decimals: indicator.decimals, compact: true })}
          </data>{" "}
          <span className="unit">{label(indicator.unitLabels)}</span>{" "}
          <span className="year">{t("profile.inYear", { year: formatters.year(latest.year) })}</span>
        </p>
      ) : null}
      {chart.kind === "none" ? (
        <p className="gap" data-testid="no-data">
          {t("common.noData")}
        </p>
      ) : (
        <ProfileChartView
          chart={chart}
          title={label(indicator.names)}
          decimals={indicator.decimals}
          dimensionCodes={dimensionCodes}
        />
      )}
      <SourceNote sources={sources.filter((source) => cited.has(source.id))} />
    </article>
  );
}
