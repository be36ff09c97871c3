import type { Indicator, ObservationList } from "@circular-atlas/contracts";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useLocalizedLabel } from "../components/localized-name.tsx";
import { useFormatters } from "../hooks/use-formatters.ts";
import { ChoroplethMap } from "./choropleth-map.tsx";
import { createChoroplethScale } from "./choropleth-scale.ts";
import type { CountryFeatures } from "./country-features.ts";
import { MapLegend } from "./map-legend.tsx";
import { type MapDatum, toMapData } from "./map-values.ts";

export interface IndicatorMapProps {
  indicator: Indicator;
  observations: ObservationList;
  features: CountryFeatures;
  year: number;
}

/** One indicator in one year on the map, with its legend: used by the home and indicator pages. */
export function IndicatorMap({ indicator, observations, features, year }: IndicatorMapProps) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const label = useLocalizedLabel();
  const data = useMemo(() => toMapData(observations.data, year), [observations, year]);
  const scale = useMemo(() => createChoroplethScale([...data.values()].map((datum) => datum.value)), [data]);
  const unit = label(indicator.unitLabels);
  const name = label(indicator.names);
  const sourceTitles = new Map(observations.sources.map((source) => [source.id, source.title]));

  const formatNumber = (value: number) =>
    formatters.number(value, { decimals: indicator.decimals, compact: true });
  const formatValue = (datum: MapDatum) => `${formatNumber(datum.value)} ${unit}`;

  return (
    <div className="indicator-map">
      <ChoroplethMap
        features={features}
        data={data}
        scale={scale}
        formatValue={formatValue}
        sourceTitle={(id) => sourceTitles.get(id) ?? id}
        label={t("map.label", { indicator: name, year: formatters.year(year) })}
      />
      <MapLegend
        title={`${name}, ${formatters.year(year)}`}
        unit={unit}
        classes={scale.classes}
        formatValue={formatNumber}
      />
    </div>
  );
}
