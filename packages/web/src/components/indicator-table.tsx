import type { Indicator, ObservationList } from "@circular-atlas/contracts";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormatters } from "../hooks/use-formatters.ts";
import {
  buildIndicatorTable,
  type IndicatorTableColumn,
  indicatorTableColumns,
  type SortableColumn,
  sortIndicatorTable,
  type TableSort,
  toIndicatorTableCsv,
} from "../observations/indicator-table.ts";
import { DownloadCsvButton } from "./download-csv-button.tsx";
import { useLocalizedLabel } from "./localized-name.tsx";

const sortable: readonly IndicatorTableColumn[] = ["country", "year", "value"];

/** Every headline value as a sortable table, downloadable as exactly that CSV. */
export function IndicatorTable({
  indicator,
  observations,
}: {
  indicator: Indicator;
  observations: ObservationList;
}) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const label = useLocalizedLabel();
  const [sort, setSort] = useState<TableSort>({ column: "country", direction: "ascending" });
  const unitLabel = label(indicator.unitLabels);
  const rows = useMemo(
    () =>
      buildIndicatorTable(observations.data, {
        unitLabel,
        sources: observations.sources,
        countryName: formatters.country,
      }),
    [observations, unitLabel, formatters],
  );
  const shown = useMemo(
    () => sortIndicatorTable(rows, sort, formatters.language),
    [rows, sort, formatters.language],
  );
  const headers: Record<IndicatorTableColumn, string> = {
    country: t("table.country"),
    area: t("table.code"),
    year: t("table.year"),
    value: t("table.value"),
    unit: t("table.unit"),
    source: t("table.source"),
  };

  function handleSort(column: SortableColumn) {
    setSort((current) => ({
      column,
      direction: current.column === column && current.direction === "ascending" ? "descending" : "ascending",
    }));
  }

  return (
    <div className="indicator-table">
      <div className="table-actions">
        <DownloadCsvButton
          fileName={`${indicator.code}.csv`}
          buildCsv={() => toIndicatorTableCsv(shown, headers)}
        />
      </div>
      <div className="table-scroll">
        <table data-testid="indicator-table">
          <caption>{t("indicator.tableCaption", { count: shown.length })}</caption>
          <thead>
            <tr>
              {indicatorTableColumns.map((column) => (
                <th
                  key={column}
                  scope="col"
                  aria-sort={sort.column === column ? sort.direction : undefined}
                  className={column === "value" || column === "year" ? "numeric" : undefined}
                >
                  {sortable.includes(column) ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => handleSort(column as SortableColumn)}
                    >
                      {headers[column]}
                      <span aria-hidden="true" className="sort-indicator">
                        {sort.column === column ? (sort.direction === "ascending" ? "▲" : "▼") : "↕"}
                      </span>
                    </button>
                  ) : (
                    headers[column]
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={`${row.area}-${row.year}`}>
                <th scope="row">
                  <Link to={`/countries/${row.area}`}>{row.country}</Link>
                </th>
                <td>{row.area}</td>
                <td className="numeric">{formatters.year(row.year)}</td>
                <td className="numeric" data-value={row.value}>
                  {formatters.number(Number(row.value), { decimals: fractionDigits(row.value) })}
                </td>
                <td>{row.unit}</td>
                <td>
                  <Link to={`/about/data#${row.sourceId}`}>{row.source}</Link>
                </td>
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
