import { dot, line, plot, pointer, ruleY, text, tip } from "@observablehq/plot";
import { formatNumber, formatYear } from "../i18n/format-number.ts";
import { type ChartOptions, valueTickFormat, yearTickFormat } from "./chart-options.ts";
import { finishChart, plotClassName } from "./plot-styles.ts";

export interface LinePoint {
  /** Series key (an ISO3 code on the indicator page). */
  key: string;
  /** What the series is called in the UI language, drawn at its last point. */
  label: string;
  year: number;
  value: number;
  color: string;
}

/**
 * Values over time, one line per series, each labelled at its last point so that no reader has
 * to match colours to a legend. Missing years break the line instead of being bridged.
 */
export function renderLineChart(points: readonly LinePoint[], options: ChartOptions): SVGSVGElement {
  const { language, decimals = 2 } = options;
  const labelled = points.length > 0 && new Set(points.map((point) => point.key)).size > 1;
  const years = [...new Set(points.map((point) => point.year))].sort((a, b) => a - b);
  const step = Math.ceil(years.length / Math.max(3, Math.floor((options.width ?? 640) / 80)));
  const describe = (point: LinePoint) =>
    `${point.label}\n${formatYear(point.year, language)}: ${formatNumber(point.value, language, { decimals })}`;
  const chart = plot({
    document: options.document ?? document,
    className: plotClassName,
    width: options.width ?? 640,
    height: options.height ?? 260,
    // Room for the longest end label (about 6 px per character at Plot's 10 px font).
    marginRight: labelled
      ? Math.min(190, 12 + 6 * Math.max(...points.map((point) => point.label.length)))
      : 20,
    marginLeft: 56,
    x: {
      label: null,
      tickFormat: yearTickFormat(language),
      ticks: years.filter((_, index) => index % step === 0),
    },
    y: { label: null, grid: true, tickFormat: valueTickFormat(language), nice: true },
    marks: [
      ruleY([0], { stroke: "currentColor", strokeOpacity: 0.2 }),
      line(withGaps(points), {
        x: "year",
        y: "value",
        z: "key",
        stroke: "color",
        strokeWidth: 2,
      }),
      // Dots mark the published years while they are few enough to tell apart.
      years.length <= 25 ? dot(points, { x: "year", y: "value", fill: "color", r: 2.5 }) : null,
      tip(points, pointer({ x: "year", y: "value", stroke: "color", title: describe })),
      labelled
        ? text(lastPoints(points), {
            x: "year",
            y: "value",
            text: "label",
            fill: "color",
            dx: 6,
            textAnchor: "start",
          })
        : null,
    ],
  });
  return finishChart(chart, options.label);
}

interface GapPoint {
  key: string;
  year: number;
  value: null;
  color: string;
}

/** Inserts a null row wherever a series skips a year: Plot breaks a line at a missing value. */
function withGaps(points: readonly LinePoint[]): (LinePoint | GapPoint)[] {
  const result: (LinePoint | GapPoint)[] = [];
  const sorted = [...points].sort((a, b) => a.key.localeCompare(b.key) || a.year - b.year);
  sorted.forEach((point, index) => {
    const previous = sorted[index - 1];
    if (previous && previous.key === point.key && point.year - previous.year > 1) {
      result.push({ key: point.key, year: previous.year + 1, value: null, color: point.color });
    }
    result.push(point);
  });
  return result;
}

function lastPoints(points: readonly LinePoint[]): LinePoint[] {
  const last = new Map<string, LinePoint>();
  for (const point of points) {
    const current = last.get(point.key);
    if (!current || point.year > current.year) last.set(point.key, point);
  }
  return [...last.values()];
}
