import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { ChartDataTable } from "../charts/chart-data-table.tsx";
import { PlotFigure } from "../charts/plot-figure.tsx";
import { type RankInterval, renderRankIntervalChart } from "../charts/rank-interval-chart.ts";
import { useFormatters } from "../hooks/use-formatters.ts";
import type { DisplayCountry } from "./readiness-view.ts";

/** The ranks with their 5–95 % intervals as a chart, and the same numbers as a hidden table. */
export function RankChart({ countries }: { countries: readonly DisplayCountry[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const rows: RankInterval[] = countries.flatMap((country) =>
    country.rank === null || country.rankInterval === null
      ? []
      : [
          {
            key: country.area,
            label: format.country(country.area),
            rank: country.rank,
            ...country.rankInterval,
          },
        ],
  );
  const label = t("readiness.chartLabel");
  const language = format.language;
  const unitCount = rows.length;
  // biome-ignore lint/correctness/useExhaustiveDependencies: rows are compared through their text.
  const render = useCallback(
    (document: Document, width: number) =>
      renderRankIntervalChart(rows, { label, language, document, width, unitCount }),
    [JSON.stringify(rows), label, language, unitCount],
  );
  if (rows.length === 0) return null;
  const rank = (value: number) => format.number(value, { decimals: 1 });
  return (
    <PlotFigure render={render}>
      <ul className="readiness-chart-legend">
        <li className="legend-interval">{t("readiness.legendInterval")}</li>
        <li className="legend-median">{t("readiness.legendMedian")}</li>
        <li className="legend-nominal">{t("readiness.legendNominal")}</li>
      </ul>
      <ChartDataTable
        caption={label}
        columns={[
          t("readiness.country"),
          t("readiness.rank"),
          t("readiness.median"),
          t("readiness.interval"),
        ]}
        rows={rows.map((row) => [
          row.label,
          rank(row.rank),
          rank(row.median),
          t("readiness.intervalRange", { from: rank(row.q5), to: rank(row.q95) }),
        ])}
      />
    </PlotFigure>
  );
}
