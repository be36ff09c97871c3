import { dot, plot, ruleY, tickX } from "@observablehq/plot";
import { formatNumber } from "../i18n/format-number.ts";
import type { ChartOptions } from "./chart-options.ts";
import { finishChart, plotClassName } from "./plot-styles.ts";

export interface RankInterval {
  key: string;
  label: string;
  /** The rank of the index as computed with the nominal choices. */
  rank: number;
  median: number;
  q5: number;
  q95: number;
}

/**
 * Ranks with their uncertainty: for each member state a line from the 5th to the 95th
 * percentile of its rank over the replications, a dot at the median and a tick at the nominal
 * rank. Rank 1 (the highest score) is on the leading side; the order follows the nominal rank.
 */
export function renderRankIntervalChart(
  rows: readonly RankInterval[],
  options: ChartOptions & { unitCount: number },
): SVGSVGElement {
  const { language } = options;
  const sorted = [...rows].sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label));
  const title = (row: RankInterval) =>
    `${row.label}\n${formatNumber(row.rank, language, { decimals: 0 })} (${formatNumber(row.q5, language, {
      decimals: 0,
    })}–${formatNumber(row.q95, language, { decimals: 0 })})`;
  const chart = plot({
    document: options.document ?? document,
    className: plotClassName,
    width: options.width ?? 640,
    height: options.height ?? Math.max(100, 30 * sorted.length + 50),
    marginLeft: 140,
    marginRight: 24,
    x: {
      label: null,
      domain: [0.5, options.unitCount + 0.5],
      ticks: Array.from({ length: options.unitCount }, (_, index) => index + 1),
      tickFormat: (rank: number) => formatNumber(rank, language, { decimals: 0 }),
      grid: true,
    },
    y: { label: null, domain: sorted.map((row) => row.label) },
    marks: [
      ruleY(sorted, { y: "label", x1: "q5", x2: "q95", stroke: "var(--chart-bar)", strokeWidth: 6 }),
      dot(sorted, { x: "median", y: "label", r: 5, fill: "var(--chart-line)", title }),
      tickX(sorted, { x: "rank", y: "label", stroke: "currentColor", strokeWidth: 2 }),
    ],
  });
  return finishChart(chart, options.label);
}
