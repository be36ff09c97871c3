import type { CoverageCell, CoverageMatrix, CoverageRow } from "@circular-atlas/contracts";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../hooks/use-formatters.ts";
import { LocalizedName, useLocalizedLabel } from "./localized-name.tsx";

/**
 * The coverage matrix as a table: framework indicators as row headers, grouped under their
 * framework groups, member states as column headers; each cell says its status in words (the
 * colour only repeats it) and the years behind it.
 */
export function CoverageTable({ matrix }: { matrix: CoverageMatrix }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const label = useLocalizedLabel();
  const groups = matrix.framework.groups.filter((group) =>
    matrix.rows.some((row) => row.groupCode === group.code),
  );
  return (
    <div className="table-scroll">
      <table className="coverage-table" data-testid="coverage-table">
        <caption>{t("coverage.caption", { framework: label(matrix.framework.names) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("coverage.indicator")}</th>
            {matrix.areas.map((area) => (
              <th scope="col" key={area}>
                {formatters.country(area)}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.code}>
            <tr className="coverage-group">
              <th scope="colgroup" colSpan={matrix.areas.length + 1}>
                <LocalizedName text={group.names} />
              </th>
            </tr>
            {matrix.rows
              .filter((row) => row.groupCode === group.code)
              .map((row) => (
                <CoverageTableRow key={row.code} row={row} />
              ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

function CoverageTableRow({ row }: { row: CoverageRow }) {
  const { t } = useTranslation();
  return (
    <tr data-indicator={row.code}>
      <th scope="row">
        <span className="coverage-code" dir="ltr">
          {row.code}
        </span>{" "}
        <LocalizedName text={row.names} />{" "}
        {row.series.length > 0 ? (
          <span className="coverage-series">
            {row.series
              .map((link) => `${link.series} (${t(`coverage.relation.${link.relation}`)})`)
              .join(", ")}
          </span>
        ) : null}
      </th>
      {row.cells.map((cell) => (
        <CoverageTableCell key={cell.area} cell={cell} />
      ))}
    </tr>
  );
}

function CoverageTableCell({ cell }: { cell: CoverageCell }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  return (
    <td className={`coverage-cell coverage-${cell.status}`} data-area={cell.area} data-status={cell.status}>
      <span className="coverage-status">{t(`coverage.status.${cell.status}`)}</span>{" "}
      {cell.firstYear !== null && cell.lastYear !== null ? (
        <span className="coverage-years">
          {t("coverage.years", {
            range:
              cell.firstYear === cell.lastYear
                ? formatters.year(cell.firstYear)
                : formatters.yearRange(cell.firstYear, cell.lastYear),
            count: cell.years.length,
          })}
        </span>
      ) : null}
    </td>
  );
}
