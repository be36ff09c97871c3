import type { DimensionCode, Indicator, ObservationList } from "@circular-atlas/contracts";
import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCodeLabel } from "../hooks/use-code-label.ts";
import { useDimensionLabel } from "../hooks/use-dimension-label.ts";
import { useFormatters } from "../hooks/use-formatters.ts";
import {
  buildIndicatorTable,
  hasNotes,
  type IndicatorTableHeaders,
  type SortableColumn,
  sortIndicatorTable,
  type TableSort,
  toIndicatorTableCsv,
} from "../observations/indicator-table.ts";
import { isTotal } from "../observations/scale-decimal.ts";
import { DownloadCsvButton } from "./download-csv-button.tsx";
import { useLocalizedLabel } from "./localized-name.tsx";

export interface IndicatorTableProps {
  indicator: Indicator;
  /** Every observation of the indicator, breakdowns included. */
  observations: ObservationList;
  dimensionCodes: readonly DimensionCode[];
}

const noDimensions: readonly string[] = [];

/**
 * Every value as a sortable table (headline values, or every breakdown on request), downloadable
 * as exactly that CSV.
 */
export function IndicatorTable({ indicator, observations, dimensionCodes }: IndicatorTableProps) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const label = useLocalizedLabel();
  const codeLabel = useCodeLabel(dimensionCodes);
  const dimensionLabel = useDimensionLabel();
  const toggleId = useId();
  const hasTotals = observations.data.some(isTotal);
  const hasParts = indicator.dimensions.length > 0 && observations.data.some((item) => !isTotal(item));
  const [showParts, setShowParts] = useState(!hasTotals);
  const [sort, setSort] = useState<TableSort>({ column: "country", direction: "ascending" });
  const unitLabel = label(indicator.unitLabels);
  const dimensions = showParts ? indicator.dimensions : noDimensions;
  const rows = useMemo(
    () =>
      buildIndicatorTable(observations.data, {
        unitLabel,
        sources: observations.sources,
        countryName: formatters.country,
        dimensions,
        dimensionCodes,
        codeLabel,
        totalLabel: t("common.total"),
        statusLabel: (code) => t(`quality.obsStatus.${code}`, { defaultValue: code }),
      }),
    [observations, unitLabel, formatters, dimensions, dimensionCodes, codeLabel, t],
  );
  const shown = useMemo(
    () => sortIndicatorTable(rows, sort, formatters.language),
    [rows, sort, formatters.language],
  );
  const headers: IndicatorTableHeaders = {
    country: t("table.country"),
    area: t("table.code"),
    year: t("table.year"),
    breakdown: dimensions.map(dimensionLabel),
    value: t("table.value"),
    unit: t("table.unit"),
    source: t("table.source"),
    ...(hasNotes(rows) ? { notes: t("quality.versions.statusNotes") } : {}),
  };

  function handleSort(column: SortableColumn) {
    setSort((current) => ({
      column,
      direction: current.column === column && current.direction === "ascending" ? "descending" : "ascending",
    }));
  }

  function sortableHeader(column: SortableColumn, numeric = false) {
    return (
      <th
        scope="col"
        aria-sort={sort.column === column ? sort.direction : undefined}
        className={numeric ? "numeric" : undefined}
      >
        <button type="button" className="sort-button" onClick={() => handleSort(column)}>
          {headers[column]}
          <span aria-hidden="true" className="sort-indicator">
            {sort.column === column ? (sort.direction === "ascending" ? "▲" : "▼") : "↕"}
          </span>
        </button>
      </th>
    );
  }

  return (
    <div className="indicator-table">
      <div className="table-actions">
        {hasParts && hasTotals ? (
          <label htmlFor={toggleId} className="toggle">
            <input
              id={toggleId}
              type="checkbox"
              checked={showParts}
              onChange={(event) => setShowParts(event.target.checked)}
              data-testid="show-breakdowns"
            />
            {t("indicator.showBreakdowns")}
          </label>
        ) : null}
        <DownloadCsvButton
          fileName={`${indicator.code}.csv`}
          buildCsv={() => toIndicatorTableCsv(shown, headers)}
        />
      </div>
      <div className="table-scroll">
        <table data-testid="indicator-table">
          <caption>
            {showParts
              ? t("indicator.tableCaptionAll", { count: shown.length })
              : t("indicator.tableCaption", { count: shown.length })}
          </caption>
          <thead>
            <tr>
              {sortableHeader("country")}
              <th scope="col">{headers.area}</th>
              {sortableHeader("year", true)}
              {headers.breakdown.map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
              {sortableHeader("value", true)}
              <th scope="col">{headers.unit}</th>
              <th scope="col">{headers.source}</th>
              {headers.notes === undefined ? null : <th scope="col">{headers.notes}</th>}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={`${row.area}-${row.year}-${row.breakdown.join("|")}`}>
                <th scope="row">
                  <Link to={`/countries/${row.area}`}>{row.country}</Link>
                </th>
                <td>{row.area}</td>
                <td className="numeric">{formatters.year(row.year)}</td>
                {row.breakdown.map((cell, index) => (
                  <td key={dimensions[index]}>{cell}</td>
                ))}
                <td className="numeric" data-value={row.value}>
                  {formatters.number(Number(row.value), { decimals: fractionDigits(row.value) })}
                </td>
                <td>{row.unit}</td>
                <td>
                  <Link to={`/about/data#${row.sourceId}`}>{row.source}</Link>
                </td>
                {headers.notes === undefined ? null : <td data-testid="observation-notes">{row.notes}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Digits after the point in an exact decimal: the table shows values as published, unrounded. */
function fractionDigits(decimal: string): number {
  return Math.min(20, decimal.split(".")[1]?.length ?? 0);
}
