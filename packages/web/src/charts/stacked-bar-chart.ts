import { barY, plot, ruleY } from "@observablehq/plot";
import { formatNumber, formatYear } from "../i18n/format-number.ts";
import { type ChartOptions, valueTickFormat, yearTickFormat } from "./chart-options.ts";
import { finishChart, plotClassName } from "./plot-styles.ts";

export interface StackedBar {
  year: number;
  /** Breakdown code, e.g. a material group. */
  key: string;
  label: string;
  value: number;
  color: string;
}

/**
 * Parts of a whole over time (material groups of DMC, treatment shares of waste): one bar per
 * year, stacked in the order the parts are given. Colours come with the data so that the HTML
 * legend next to the chart uses the same ones.
 */
export function renderStackedBarChart(bars: readonly StackedBar[], options: ChartOptions): SVGSVGElement {
  const { language, decimals = 2 } = options;
  const order = [...new Set(bars.map((bar) => bar.key))];
  const years = [...new Set(bars.map((bar) => bar.year))].sort((a, b) => a - b);
  // A band axis labels every year; keep about one label per 60 px of width.
  const step = Math.ceil(years.length / Math.max(3, Math.floor((options.width ?? 640) / 60)));
  const chart = plot({
    document: options.document ?? document,
    className: plotClassName,
    width: options.width ?? 640,
    height: options.height ?? 260,
    marginLeft: 56,
    x: {
      label: null,
      tickFormat: yearTickFormat(language),
      type: "band",
      padding: 0.15,
      ticks: years.filter((_, index) => index % step === 0),
    },
    y: { label: null, grid: true, tickFormat: valueTickFormat(language) },
    marks: [
      barY(bars, {
        x: "year",
        y: "value",
        fill: "color",
        z: "key",
        order,
        title: (bar: StackedBar) =>
          `${bar.label}\n${formatYear(bar.year, language)}: ${formatNumber(bar.value, language, { decimals })}`,
      }),
      ruleY([0]),
    ],
  });
  return finishChart(chart, options.label);
}
