import { barX, plot, ruleX, stackX, text } from "@observablehq/plot";
import { formatNumber } from "../i18n/format-number.ts";
import { type ChartOptions, valueTickFormat } from "./chart-options.ts";
import { finishChart, plotClassName } from "./plot-styles.ts";

export interface ShareSegment {
  /** The bar (a group such as "Women"). */
  group: string;
  /** The part of the bar, e.g. a sector. */
  key: string;
  label: string;
  value: number;
  color: string;
}

/**
 * Shares of a whole for a few groups: one horizontal bar per group, split into its parts and
 * labelled with each part's percentage (shares of female and male employment by sector).
 */
export function renderShareBarChart(segments: readonly ShareSegment[], options: ChartOptions): SVGSVGElement {
  const { language, decimals = 1 } = options;
  const groups = [...new Set(segments.map((segment) => segment.group))];
  const order = [...new Set(segments.map((segment) => segment.key))];
  const stack = { x: "value", y: "group", z: "key", order } as const;
  const chart = plot({
    document: options.document ?? document,
    className: plotClassName,
    width: options.width ?? 640,
    height: options.height ?? 40 * groups.length + 40,
    marginLeft: 110,
    x: { label: null, domain: [0, 100], tickFormat: valueTickFormat(language) },
    y: { label: null, domain: groups },
    marks: [
      barX(segments, { ...stack, fill: "color", title: (segment: ShareSegment) => segment.label }),
      // stackX puts each label at the middle of its segment; narrow segments stay unlabelled.
      text(
        segments,
        stackX({
          ...stack,
          text: (segment: ShareSegment) =>
            segment.value >= 8 ? formatNumber(segment.value, language, { decimals }) : "",
          fill: "white",
          stroke: "rgb(0 0 0 / 0.35)",
          strokeWidth: 2,
          paintOrder: "stroke",
        }),
      ),
      ruleX([0]),
    ],
  });
  return finishChart(chart, options.label);
}
