/**
 * The indicator page's table as data: one row per country and year (headline values only), with
 * unit and source on every row so that a downloaded CSV explains itself. The page renders these
 * rows and the CSV is written from the very same rows, in the order shown.
 */
import type { Observation, Source } from "@circular-atlas/contracts";
import { toCsv } from "@circular-atlas/formats";
import { isTotal, scaleDecimal } from "./scale-decimal.ts";

export const indicatorTableColumns = ["country", "area", "year", "value", "unit", "source"] as const;
export type IndicatorTableColumn = (typeof indicatorTableColumns)[number];
export type SortableColumn = "country" | "year" | "value";

export interface IndicatorTableRow {
  /** Country name in the UI language. */
  country: string;
  /** ISO 3166-1 alpha-3 code. */
  area: string;
  year: number;
  /** Exact magnitude (value × 10^unitMult) as a decimal string. */
  value: string;
  unit: string;
  /** Source title; `sourceId` links it to the About-the-data page. */
  source: string;
  sourceId: string;
}

export interface TableSort {
  column: SortableColumn;
  direction: "ascending" | "descending";
}

export interface IndicatorTableOptions {
  unitLabel: string;
  sources: readonly Source[];
  countryName: (iso3: string) => string;
}

export function buildIndicatorTable(
  observations: readonly Observation[],
  options: IndicatorTableOptions,
): IndicatorTableRow[] {
  const titles = new Map(options.sources.map((source) => [source.id, source.title]));
  return observations.filter(isTotal).map((observation) => ({
    country: options.countryName(observation.area),
    area: observation.area,
    year: observation.year,
    value: scaleDecimal(observation.value, observation.unitMult),
    unit: options.unitLabel,
    source: titles.get(observation.source) ?? observation.source,
    sourceId: observation.source,
  }));
}

/** Rows in the requested order; ties fall back to country name, then year. */
export function sortIndicatorTable(
  rows: readonly IndicatorTableRow[],
  sort: TableSort,
  language: string,
): IndicatorTableRow[] {
  const collator = new Intl.Collator(language);
  const byCountry = (a: IndicatorTableRow, b: IndicatorTableRow) => collator.compare(a.country, b.country);
  const byYear = (a: IndicatorTableRow, b: IndicatorTableRow) => a.year - b.year;
  const byValue = (a: IndicatorTableRow, b: IndicatorTableRow) => Number(a.value) - Number(b.value);
  const primary = { country: byCountry, year: byYear, value: byValue }[sort.column];
  const sign = sort.direction === "ascending" ? 1 : -1;
  return [...rows].sort((a, b) => sign * primary(a, b) || byCountry(a, b) || byYear(a, b));
}

/**
 * The CSV of exactly the rows and columns shown, headed by the table's own (translated) column
 * names. Values stay exact decimals with a full stop, whatever the UI language, so that any
 * spreadsheet or script reads them.
 */
export function toIndicatorTableCsv(
  rows: readonly IndicatorTableRow[],
  headers: Readonly<Record<IndicatorTableColumn, string>>,
): string {
  return toCsv(
    indicatorTableColumns.map((column) => headers[column]),
    rows.map((row) => indicatorTableColumns.map((column) => row[column])),
  );
}
