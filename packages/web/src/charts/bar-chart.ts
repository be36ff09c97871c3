import { barX, plot, ruleX, text } from "@observablehq/plot";
import { formatNumber } from "../i18n/format-number.ts";
import { type ChartOptions, valueTickFormat } from "./chart-options.ts";
import { finishChart, plotClassName } from "./plot-styles.ts";

export interface Bar {
  key: string;
  label: string;
  value: number;
}

/**
 * One year's breakdown (the composition of municipal waste, say) as horizontal bars with the
 * value printed at each bar's end, largest first.
 */
export function renderBarChart(bars: readonly Bar[], options: ChartOptions): SVGSVGElement {
  const { language, decimals = 2 } = options;
  const sorted = [...bars].sort((a, b) => b.value - a.value);
  const chart = plot({
    document: options.document ?? document,
    className: plotClassName,
    width: options.width ?? 640,
    height: options.height ?? Math.max(80, 28 * sorted.length + 40),
    marginLeft: 160,
    marginRight: 64,
    x: { label: null, grid: true, tickFormat: valueTickFormat(language) },
    y: { label: null, domain: sorted.map((bar) => bar.label) },
    marks: [
      barX(sorted, { x: "value", y: "label", fill: "var(--chart-bar)" }),
      text(sorted, {
        x: "value",
        y: "label",
        text: (bar: Bar) => formatNumber(bar.value, language, { decimals }),
        dx: 4,
        textAnchor: "start",
      }),
      ruleX([0]),
    ],
  });
  return finishChart(chart, options.label);
}
