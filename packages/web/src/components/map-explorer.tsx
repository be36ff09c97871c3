import type { AreaList, Indicator } from "@circular-atlas/contracts";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useApiResource } from "../api/api-context.tsx";
import { type CountriesTopology, toCountryFeatures } from "../maps/country-features.ts";
import { IndicatorMap } from "../maps/indicator-map.tsx";
import { defaultMapYear, toMapData } from "../maps/map-values.ts";
import { CountryList } from "./country-list.tsx";
import { ErrorMessage } from "./error-message.tsx";
import { IndicatorSelect, YearSelect } from "./indicator-select.tsx";
import { LoadingSkeleton } from "./loading-skeleton.tsx";

/** SDG 12.2.2, domestic material consumption per capita: the headline circularity indicator. */
const featuredIndicatorCode = "EN_MAT_DOMCMPC";

export interface MapExplorerProps {
  indicators: readonly Indicator[];
  topology: CountriesTopology;
  areas: AreaList;
}

/**
 * The home page's map: pick an indicator and a year, see the member states coloured, hover or
 * focus a country for its value. The choice lives in the address (`?indicator=&year=`), so a
 * view can be shared and the back button works.
 */
export function MapExplorer({ indicators, topology, areas }: MapExplorerProps) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const features = useMemo(() => toCountryFeatures(topology), [topology]);
  const members = useMemo(
    () => areas.data.filter((area) => area.level === "country").map((area) => area.code),
    [areas],
  );
  const mappable = indicators.filter((indicator) => indicator.coverage.years.length > 0);
  const requested = mappable.find((indicator) => indicator.code === searchParams.get("indicator"));
  const indicator =
    requested ?? mappable.find((candidate) => candidate.code === featuredIndicatorCode) ?? mappable[0];
  const code = indicator?.code ?? "";
  const observations = useApiResource(`observations:${code}`, (api) =>
    api.getObservations({ indicator: [code] }),
  );

  if (!indicator) return <p className="empty-state">{t("home.noIndicators")}</p>;
  const years = indicator.coverage.years;
  const requestedYear = Number(searchParams.get("year"));
  const year = years.includes(requestedYear)
    ? requestedYear
    : ((observations.status === "ready" ? defaultMapYear(observations.data.data) : null) ??
      indicator.coverage.lastYear ??
      0);

  function handleIndicatorChange(nextCode: string) {
    setSearchParams({ indicator: nextCode }, { preventScrollReset: true });
  }

  function handleYearChange(nextYear: number) {
    setSearchParams({ indicator: code, year: String(nextYear) }, { preventScrollReset: true });
  }

  return (
    <section className="map-explorer" aria-labelledby="map-heading">
      <h2 id="map-heading" className="visually-hidden">
        {t("home.mapHeading")}
      </h2>
      <div className="controls">
        <IndicatorSelect indicators={mappable} value={code} onChange={handleIndicatorChange} />
        <YearSelect years={years} value={year} onChange={handleYearChange} />
        <Link className="controls-link" to={`/indicators/${encodeURIComponent(code)}`}>
          {t("home.viewIndicator")}
        </Link>
      </div>
      {observations.status === "loading" ? <LoadingSkeleton variant="map" blocks={1} /> : null}
      {observations.status === "error" ? (
        <ErrorMessage error={observations.error} onRetry={observations.retry} />
      ) : null}
      {observations.status === "ready" ? (
        <IndicatorMap
          indicator={indicator}
          observations={observations.data}
          features={features}
          year={year}
        />
      ) : null}
      <h2 id="countries-heading">{t("home.countriesHeading")}</h2>
      <CountryList
        members={members}
        indicator={indicator}
        {...(observations.status === "ready" ? { data: toMapData(observations.data.data, year) } : {})}
      />
    </section>
  );
}
