import type { Observation, Source } from "@circular-atlas/contracts";
import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { categoryColor } from "../charts/chart-colors.ts";
import { ChartDataTable } from "../charts/chart-data-table.tsx";
import { PlotFigure } from "../charts/plot-figure.tsx";
import { SeriesLegend } from "../charts/series-legend.tsx";
import { renderShareBarChart } from "../charts/share-bar-chart.ts";
import { useFormatters } from "../hooks/use-formatters.ts";
import { sectors, toEmploymentBySector } from "../observations/employment-by-sector.ts";
import { SourceNote } from "./source-note.tsx";

export interface EmploymentFigureProps {
  observationsByCode: ReadonlyMap<string, readonly Observation[]>;
  sources: readonly Source[];
}

/** Women's and men's employment by sector side by side, from the six separate WDI series. */
export function EmploymentFigure({ observationsByCode, sources }: EmploymentFigureProps) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const { language } = formatters;
  const employment = useMemo(() => toEmploymentBySector(observationsByCode), [observationsByCode]);
  const title = t("profile.employmentTitle");
  const sexLabel = (sex: "female" | "male") => t(`profile.sex.${sex}`);
  const sectorLabel = (sector: (typeof sectors)[number]) => t(`profile.sectors.${sector}`);
  const segments = useMemo(
    () =>
      (employment?.shares ?? []).map((share) => ({
        group: t(`profile.sex.${share.sex}`),
        key: share.sector,
        label: t(`profile.sectors.${share.sector}`),
        value: share.value,
        color: categoryColor(sectors.indexOf(share.sector)),
      })),
    [employment, t],
  );
  const render = useCallback(
    (document: Document, width: number) =>
      renderShareBarChart(segments, { label: title, language, document, width }),
    [segments, title, language],
  );
  if (!employment) return null;

  const caption = t("profile.tableCaption", { title, year: formatters.year(employment.year) });
  return (
    <article className="profile-figure profile-figure-wide" data-indicator="employment-by-sector">
      <h3>{title}</h3>
      <p className="figure-note">{t("profile.employmentNote", { year: formatters.year(employment.year) })}</p>
      <PlotFigure render={render}>
        <SeriesLegend
          entries={sectors.map((sector, index) => ({
            key: sector,
            label: sectorLabel(sector),
            color: categoryColor(index),
          }))}
        />
        <ChartDataTable
          caption={caption}
          columns={[t("dimensions.SEX"), t("dimensions.ACTIVITY"), t("table.value")]}
          rows={employment.shares.map((share) => [
            sexLabel(share.sex),
            sectorLabel(share.sector),
            formatters.number(share.value, { decimals: 1 }),
          ])}
        />
      </PlotFigure>
      <SourceNote sources={sources.filter((source) => employment.sources.includes(source.id))} />
    </article>
  );
}
