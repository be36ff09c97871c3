/**
 * The indicator page's table as data: one row per country, year and (when breakdowns are shown)
 * breakdown, with unit and source on every row so that a downloaded CSV explains itself. The page
 * renders these rows and the CSV is written from the very same rows and columns, in the order
 * shown.
 */
import type { DimensionCode, Observation, Source } from "@circular-atlas/contracts";
import { toCsv } from "@circular-atlas/formats";
import { isTotal, scaleDecimal } from "./scale-decimal.ts";

/** Fixed columns; breakdown columns (one per dimension) sit between `year` and `value`. */
export type FixedColumn = "country" | "area" | "year" | "value" | "unit" | "source";
export type SortableColumn = "country" | "year" | "value";

export interface IndicatorTableRow {
  /** Country name in the UI language. */
  country: string;
  /** ISO 3166-1 alpha-3 code. */
  area: string;
  year: number;
  /** Label of each breakdown dimension's code, in dimension order ("" would never occur: totals say so). */
  breakdown: string[];
  /** Exact magnitude (value × 10^unitMult) as a decimal string. */
  value: string;
  unit: string;
  /** Source title; `sourceId` links it to the About-the-data page. */
  source: string;
  sourceId: string;
  /** Observation status (when not normal) and the publisher's comment; "" when there are none. */
  notes: string;
}

export interface TableSort {
  column: SortableColumn;
  direction: "ascending" | "descending";
}

export interface IndicatorTableOptions {
  unitLabel: string;
  sources: readonly Source[];
  countryName: (iso3: string) => string;
  /** Dimensions to show as columns; none means headline values only. */
  dimensions?: readonly string[];
  dimensionCodes?: readonly DimensionCode[];
  codeLabel?: (dimension: string, code: string) => string;
  /** What a row without a code for a dimension says (the total over that dimension). */
  totalLabel?: string;
  /** The name of an SDMX observation status code other than `A` (normal). */
  statusLabel?: (code: string) => string;
}

export function buildIndicatorTable(
  observations: readonly Observation[],
  options: IndicatorTableOptions,
): IndicatorTableRow[] {
  const dimensions = options.dimensions ?? [];
  const titles = new Map(options.sources.map((source) => [source.id, source.title]));
  const order = new Map(
    (options.dimensionCodes ?? []).map((entry) => [`${entry.dimension}|${entry.code}`, entry.sortOrder]),
  );
  const rank = (observation: Observation) =>
    dimensions.map((dimension) => {
      const code = observation.dimensions[dimension];
      return code === undefined ? -1 : (order.get(`${dimension}|${code}`) ?? Number.MAX_SAFE_INTEGER);
    });
  const shown = dimensions.length > 0 ? [...observations] : observations.filter(isTotal);
  // By country and year, the total first, then breakdowns in code-list order; sorting later is
  // stable, so the breakdown order survives as the last tie-break.
  shown.sort((a, b) => a.area.localeCompare(b.area) || a.year - b.year || compareRanks(rank(a), rank(b)));
  return shown.map((observation) => ({
    country: options.countryName(observation.area),
    area: observation.area,
    year: observation.year,
    breakdown: dimensions.map((dimension) => {
      const code = observation.dimensions[dimension];
      if (code === undefined) return options.totalLabel ?? "";
      return options.codeLabel ? options.codeLabel(dimension, code) : code;
    }),
    value: scaleDecimal(observation.value, observation.unitMult),
    unit: options.unitLabel,
    source: titles.get(observation.source) ?? observation.source,
    sourceId: observation.source,
    notes: [
      observation.obsStatus === "A"
        ? ""
        : (options.statusLabel?.(observation.obsStatus) ?? observation.obsStatus),
      observation.comment ?? "",
    ]
      .filter((note) => note !== "")
      .join(" · "),
  }));
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < a.length; index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Rows in the requested order; ties fall back to country name, then year, then breakdown order. */
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

export interface IndicatorTableHeaders extends Readonly<Record<FixedColumn, string>> {
  /** One header per breakdown dimension, in the rows' order. */
  breakdown: readonly string[];
  /** The status-and-notes column's header; the column is left out when absent. */
  notes?: string;
}

/** The rows' notes matter only when one of them has any; otherwise the column stays out. */
export const hasNotes = (rows: readonly IndicatorTableRow[]) => rows.some((row) => row.notes !== "");

/**
 * The cells of a row in column order: country, code, year, breakdowns…, value, unit, source, and
 * the notes when asked for.
 */
export function toTableCells(row: IndicatorTableRow, withNotes = false): (string | number)[] {
  const cells = [row.country, row.area, row.year, ...row.breakdown, row.value, row.unit, row.source];
  return withNotes ? [...cells, row.notes] : cells;
}

/**
 * The CSV of exactly the rows and columns shown, headed by the table's own (translated) column
 * names. Values stay exact decimals with a full stop, whatever the UI language, so that any
 * spreadsheet or script reads them.
 */
export function toIndicatorTableCsv(
  rows: readonly IndicatorTableRow[],
  headers: IndicatorTableHeaders,
): string {
  const header = [
    headers.country,
    headers.area,
    headers.year,
    ...headers.breakdown,
    headers.value,
    headers.unit,
    headers.source,
    ...(headers.notes === undefined ? [] : [headers.notes]),
  ];
  return toCsv(
    header,
    rows.map((row) => toTableCells(row, headers.notes !== undefined)),
  );
}
