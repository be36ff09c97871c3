import type { DimensionCode } from "@circular-atlas/contracts";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { useCodeLabel } from "../hooks/use-code-label.ts";
import { useDimensionLabel } from "../hooks/use-dimension-label.ts";
import { useFormatters } from "../hooks/use-formatters.ts";
import type { ProfileChart } from "../observations/profile-chart.ts";
import { categoryColor } from "./chart-colors.ts";
import { ChartDataTable } from "./chart-data-table.tsx";
import { PlotFigure } from "./plot-figure.tsx";
import { type DrawnProfileChart, renderProfileChart } from "./render-profile-chart.ts";
import { SeriesLegend } from "./series-legend.tsx";

export interface ProfileChartViewProps {
  chart: ProfileChart;
  /** Indicator name in the UI language, for captions. */
  title: string;
  decimals: number;
  dimensionCodes: readonly DimensionCode[];
}

/** Draws the chart `chooseProfileChart` picked, with its numbers as a table beside it. */
export function ProfileChartView({ chart, title, decimals, dimensionCodes }: ProfileChartViewProps) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const codeLabel = useCodeLabel(dimensionCodes);
  const dimensionLabel = useDimensionLabel();
  const number = (value: number) => formatters.number(value, { decimals });

  if (chart.kind === "none" || chart.kind === "single") return null;
  if (chart.kind === "table") {
    return (
      <ChartDataTable
        visible
        caption={title}
        columns={[t("table.year"), ...chart.dimensions.map(dimensionLabel), t("table.value")]}
        rows={chart.rows.map((row) => [
          formatters.year(row.year),
          ...chart.dimensions.map((dimension) => {
            const code = row.codes[dimension] ?? null;
            return code === null ? t("common.total") : codeLabel(dimension, code);
          }),
          number(row.value),
        ])}
      />
    );
  }
  return <DrawnChart chart={chart} title={title} decimals={decimals} codeLabel={codeLabel} />;
}

interface DrawnChartProps {
  chart: DrawnProfileChart;
  title: string;
  decimals: number;
  codeLabel: (dimension: string, code: string) => string;
}

function DrawnChart({ chart, title, decimals, codeLabel }: DrawnChartProps) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const { language } = formatters;
  const number = (value: number) => formatters.number(value, { decimals });
  const caption =
    chart.kind === "bars" ? t("profile.tableCaption", { title, year: formatters.year(chart.year) }) : title;
  const render = useCallback(
    (document: Document, width: number) =>
      renderProfileChart(chart, { label: caption, title, codeLabel, language, decimals, document, width }),
    [chart, caption, title, codeLabel, language, decimals],
  );

  return (
    <PlotFigure render={render}>
      {chart.kind === "stacked" ? (
        <SeriesLegend
          entries={chart.codes.map((code, index) => ({
            key: code,
            label: codeLabel(chart.dimension, code),
            color: categoryColor(index),
          }))}
        />
      ) : null}
      {chart.kind === "bars" ? (
        <figcaption>{t("profile.inYear", { year: formatters.year(chart.year) })}</figcaption>
      ) : null}
      {chart.kind === "line" ? (
        <ChartDataTable
          caption={caption}
          columns={[t("table.year"), t("table.value")]}
          rows={chart.points.map((point) => [formatters.year(point.year), number(point.value)])}
        />
      ) : (
        <ChartDataTable
          caption={caption}
          columns={[t("table.year"), t("profile.part"), t("table.value")]}
          rows={chart.parts.map((part) => [
            formatters.year(part.year),
            codeLabel(chart.dimension, part.code),
            number(part.value),
          ])}
        />
      )}
    </PlotFigure>
  );
}
