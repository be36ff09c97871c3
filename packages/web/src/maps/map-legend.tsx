import { useTranslation } from "react-i18next";
import type { ChoroplethClass } from "./choropleth-scale.ts";

export interface MapLegendProps {
  title: string;
  unit: string;
  classes: readonly ChoroplethClass[];
  formatValue: (value: number) => string;
}

/** The map's classes as labelled swatches, plus the hatched "no data" swatch. */
export function MapLegend({ title, unit, classes, formatValue }: MapLegendProps) {
  const { t } = useTranslation();
  return (
    <div className="map-legend" data-testid="map-legend">
      <p className="map-legend-title">
        {title} <span className="map-legend-unit">({unit})</span>
      </p>
      <ul>
        {classes.map((entry) => (
          <li key={entry.color} data-color={entry.color}>
            <svg className="swatch" viewBox="0 0 16 16" aria-hidden="true">
              <rect width="16" height="16" fill={entry.color} />
            </svg>
            {entry.from === entry.to
              ? formatValue(entry.from)
              : t("map.range", { from: formatValue(entry.from), to: formatValue(entry.to) })}
          </li>
        ))}
        <li data-color="no-data">
          <span className="swatch swatch-no-data" aria-hidden="true" />
          {t("map.noData")}
        </li>
      </ul>
    </div>
  );
}
