import type { Area, DimensionCode, Indicator, ObservationList } from "@circular-atlas/contracts";
import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiClient } from "../api/api-client.ts";
import { useApiResource } from "../api/api-context.tsx";
import { YearSelect } from "../components/indicator-select.tsx";
import { useLocalizedLabel } from "../components/localized-name.tsx";
import { useCodeLabel } from "../hooks/use-code-label.ts";
import { useDimensionLabel } from "../hooks/use-dimension-label.ts";
import { useFormatters } from "../hooks/use-formatters.ts";
import { createChoroplethScale } from "./choropleth-scale.ts";
import { MapLegend } from "./map-legend.tsx";
import type { MapDatum } from "./map-values.ts";
import { type RegionFeature, type RegionsTopology, toRegionFeatures } from "./region-features.ts";
import { RegionMap } from "./region-map.tsx";
import { RegionTable } from "./region-table.tsx";
import {
  countryOfRegion,
  defaultRegionalYear,
  regionalBreakdowns,
  regionalMapData,
  regionalObservations,
  regionalYears,
} from "./region-values.ts";

export interface RegionMapSectionProps {
  indicator: Indicator;
  dimensionCodes: readonly DimensionCode[];
}

interface RegionalData {
  readonly areas: readonly Area[];
  readonly observations: ObservationList;
  readonly countries: readonly string[];
  readonly topology: RegionsTopology;
}

/**
 * Loads the indicator's values for sub-national areas and, when there are some, the boundary
 * layers: nothing more is fetched for an indicator without regional values.
 */
async function loadRegionalData(api: ApiClient, indicator: string): Promise<RegionalData | null> {
  const areas = (await api.getAreas()).data;
  const regions = areas.filter((area) => area.level === "subnational").map((area) => area.code);
  if (regions.length === 0) return null;
  const observations = await api.getObservations({ indicator: [indicator], area: regions, breakdown: "all" });
  const countries = [
    ...new Set(observations.data.flatMap((observation) => countryOfRegion(observation.area) ?? [])),
  ];
  if (countries.length === 0) return null;
  return { areas, observations, countries, topology: await api.getRegionGeometry() };
}

/**
 * The indicator's sub-national values on a map of the regions, one per country that has both
 * regional values and a boundary layer (Kazakhstan's), with a legend and the values as a table.
 */
export function RegionMapSection({ indicator, dimensionCodes }: RegionMapSectionProps) {
  const resource = useApiResource(`regions:${indicator.code}`, (api) =>
    loadRegionalData(api, indicator.code),
  );
  // An addition to the page: while it loads, or if it fails, the rest of the page stands alone.
  if (resource.status !== "ready" || resource.data === null) return null;
  const { areas, observations, countries, topology } = resource.data;
  return (
    <>
      {countries.map((country) => {
        const regions = toRegionFeatures(topology, country);
        return regions.length === 0 ? null : (
          <CountryRegions
            key={country}
            indicator={indicator}
            dimensionCodes={dimensionCodes}
            observations={observations}
            country={country}
            regions={regions}
            areas={areas}
          />
        );
      })}
    </>
  );
}

interface CountryRegionsProps extends RegionMapSectionProps {
  observations: ObservationList;
  country: string;
  regions: readonly RegionFeature[];
  areas: readonly Area[];
}

function CountryRegions({
  indicator,
  observations,
  dimensionCodes,
  country,
  regions,
  areas,
}: CountryRegionsProps) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const label = useLocalizedLabel();
  const codeLabel = useCodeLabel(dimensionCodes);
  const dimensionLabel = useDimensionLabel();
  const breakdownId = useId();
  const regional = useMemo(() => regionalObservations(observations.data, country), [observations, country]);
  const breakdowns = useMemo(() => regionalBreakdowns(regional), [regional]);
  const [chosenBreakdown, setBreakdown] = useState<string | null>(null);
  const breakdown = chosenBreakdown ?? breakdowns[0] ?? "";
  const years = useMemo(() => regionalYears(regional, breakdown), [regional, breakdown]);
  const [chosenYear, setYear] = useState<number | null>(null);
  const year =
    chosenYear !== null && years.includes(chosenYear) ? chosenYear : defaultRegionalYear(regional, breakdown);
  const data = useMemo(
    () => (year === null ? new Map<string, MapDatum>() : regionalMapData(regional, year, breakdown)),
    [regional, year, breakdown],
  );
  const scale = useMemo(() => createChoroplethScale([...data.values()].map((datum) => datum.value)), [data]);
  if (year === null) return null;

  const names = new Map(areas.map((area) => [area.code, area.names]));
  const regionName = (code: string) => {
    const text = names.get(code);
    return text === undefined ? code : label(text);
  };
  const unit = label(indicator.unitLabels);
  const formatNumber = (value: number) => formatters.number(value, { decimals: indicator.decimals });
  const describe = (code: string) => {
    const datum = data.get(code);
    return datum
      ? t("regionMap.regionValue", {
          region: regionName(code),
          value: `${formatNumber(datum.value)} ${unit}`,
        })
      : t("map.countryNoData", { country: regionName(code) });
  };
  const breakdownName = (key: string) =>
    key === ""
      ? t("regionMap.total")
      : key
          .split(";")
          .map((pair) => {
            const [dimension = "", code = ""] = pair.split("=");
            return `${dimensionLabel(dimension)}: ${codeLabel(dimension, code)}`;
          })
          .join(", ");
  const title = `${label(indicator.names)}, ${formatters.country(country)}, ${formatters.year(year)}`;
  const missing = regions.filter((region) => !data.has(region.properties.code)).length;

  return (
    <section
      aria-labelledby={`regions-${country}`}
      className="region-map-section"
      data-testid="region-map-section"
    >
      <h2 id={`regions-${country}`}>{t("regionMap.heading", { country: formatters.country(country) })}</h2>
      <div className="controls">
        <YearSelect years={years} value={year} onChange={setYear} />
        {breakdowns.length > 1 ? (
          <div className="field">
            <label htmlFor={breakdownId}>{t("regionMap.breakdown")}</label>
            <select
              id={breakdownId}
              value={breakdown}
              onChange={(event) => setBreakdown(event.target.value)}
              data-testid="region-breakdown-select"
            >
              {breakdowns.map((key) => (
                <option key={key} value={key}>
                  {breakdownName(key)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <div className="indicator-map">
        <div className="choropleth">
          <RegionMap
            regions={regions}
            data={data}
            scale={scale}
            describe={describe}
            label={t("regionMap.label", { indicator: title })}
          />
        </div>
        <MapLegend title={title} unit={unit} classes={scale.classes} formatValue={formatNumber} />
      </div>
      <p className="region-map-missing">
        {t("regionMap.missing", {
          missing: formatters.number(missing),
          total: formatters.number(regions.length),
        })}
      </p>
      <RegionTable
        caption={t("regionMap.tableCaption", { indicator: title, breakdown: breakdownName(breakdown) })}
        unit={unit}
        drawn={regions.map((region) => region.properties.code)}
        data={data}
        regionName={regionName}
        formatNumber={formatNumber}
      />
    </section>
  );
}
