/**
 * The coverage matrix as CSV, one row per framework indicator and country (long form, so a
 * spreadsheet can pivot it either way); missing cells keep empty years, never zeros.
 */
import type { CoverageMatrix } from "@circular-atlas/contracts";
import { toCsv } from "@circular-atlas/formats";

export const coverageCsvColumns = [
  "framework",
  "group",
  "indicator",
  "indicator_name",
  "area",
  "status",
  "first_year",
  "last_year",
  "year_count",
  "years",
  "series",
] as const;

export function toCoverageCsv(matrix: CoverageMatrix): string {
  return toCsv(
    coverageCsvColumns,
    matrix.rows.flatMap((row) =>
      row.cells.map((cell) => [
        matrix.framework.id,
        row.groupCode,
        row.code,
        row.names["en"],
        cell.area,
        cell.status,
        cell.firstYear,
        cell.lastYear,
        cell.years.length,
        cell.years.join(" "),
        cell.series.join(" "),
      ]),
    ),
  );
}
