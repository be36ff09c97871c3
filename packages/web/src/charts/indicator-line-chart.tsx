import type { Indicator, Observation } from "@circular-atlas/contracts";
import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../hooks/use-formatters.ts";
import { isTotal, magnitudeOf } from "../observations/scale-decimal.ts";
import { countryColors } from "./chart-colors.ts";
import { type LinePoint, renderLineChart } from "./line-chart.ts";
import { PlotFigure } from "./plot-figure.tsx";
import { SeriesLegend } from "./series-legend.tsx";

/** Every member state's headline values over time, one labelled line each. */
export function IndicatorLineChart({
  indicator,
  observations,
}: {
  indicator: Indicator;
  observations: readonly Observation[];
}) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const points = useMemo(() => {
    const totals = observations.filter(isTotal);
    const colors = countryColors([...new Set(totals.map((item) => item.area))]);
    return totals.map(
      (item): LinePoint => ({
        key: item.area,
        label: formatters.country(item.area),
        year: item.year,
        value: magnitudeOf(item),
        color: colors.get(item.area) ?? "currentColor",
      }),
    );
  }, [observations, formatters]);
  const label = t("indicator.chartLabel", { indicator: formatters.text(indicator.names).text });
  const render = useCallback(
    (document: Document, width: number) =>
      renderLineChart(points, {
        label,
        language: formatters.language,
        decimals: indicator.decimals,
        document,
        width,
        height: 320,
      }),
    [points, label, formatters.language, indicator.decimals],
  );
  const legend = useMemo(() => {
    const seen = new Map<string, { key: string; label: string; color: string }>();
    for (const point of points)
      seen.set(point.key, { key: point.key, label: point.label, color: point.color });
    return [...seen.values()].sort((a, b) => a.label.localeCompare(b.label, formatters.language));
  }, [points, formatters.language]);
  // End labels can overlap where countries have similar values; the legend names every line.
  return (
    <PlotFigure render={render}>
      <SeriesLegend entries={legend} />
    </PlotFigure>
  );
}
