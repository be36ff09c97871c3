import type { ProfileChart } from "../observations/profile-chart.ts";
import { renderBarChart } from "./bar-chart.ts";
import { categoryColor } from "./chart-colors.ts";
import type { ChartOptions } from "./chart-options.ts";
import { renderLineChart } from "./line-chart.ts";
import { renderStackedBarChart } from "./stacked-bar-chart.ts";

export type DrawnProfileChart = Extract<ProfileChart, { kind: "line" | "stacked" | "bars" }>;

export interface ProfileChartOptions extends ChartOptions {
  /** Indicator name, for the single line's tooltip. */
  title: string;
  /** Name of a breakdown code in the UI language. */
  codeLabel: (dimension: string, code: string) => string;
}

/** Draws a profile chart model: a line of totals, stacked parts over time, or one year's parts. */
export function renderProfileChart(chart: DrawnProfileChart, options: ProfileChartOptions): SVGSVGElement {
  const { title, codeLabel, height, ...common } = options;
  if (chart.kind === "line") {
    const points = chart.points.map((point) => ({
      ...point,
      key: "total",
      label: title,
      color: "var(--chart-line)",
    }));
    return renderLineChart(points, { ...common, height: height ?? 200 });
  }
  if (chart.kind === "stacked") {
    const bars = chart.parts.map((part) => ({
      ...part,
      key: part.code,
      label: codeLabel(chart.dimension, part.code),
      color: categoryColor(chart.codes.indexOf(part.code)),
    }));
    return renderStackedBarChart(bars, { ...common, height: height ?? 200 });
  }
  // Horizontal bars grow with the number of parts, so they choose their own height.
  const bars = chart.parts.map((part) => ({
    key: part.code,
    label: codeLabel(chart.dimension, part.code),
    value: part.value,
  }));
  return renderBarChart(bars, common);
}
