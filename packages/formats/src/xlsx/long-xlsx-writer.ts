/**
 * Writes observations in the long template's workbook form (see `long-xlsx.ts`): the `data` sheet
 * with a bold, frozen header and only the optional columns some row uses, then a README sheet
 * saying what the columns hold. A value is a number cell only when its text is the shortest form
 * of its double (`28.1`, `18755666`), so a spreadsheet shows and saves it unchanged; `28.10` or a
 * value beyond double precision is a text cell, which keeps every digit.
 */
import { longCsvHeader } from "../long-csv.ts";
import { type LongXlsxObservation, longXlsxAttributeColumns, longXlsxSheet } from "./long-xlsx.ts";
import { toXlsx, type XlsxWriteCell } from "./xlsx-writer.ts";

export type LongXlsxRow = Omit<LongXlsxObservation, "line">;

const readme = [
  ["Long template: one observation per row of the data sheet; this sheet is not read."],
  ["indicator: the series code (EN_MAT_DOMCMPC); area: ISO 3166-1 alpha-3 (KAZ); year: four digits."],
  ["value: the figure as published (a decimal point, no thousands separators); empty or #N/A = missing."],
  ["unit: the indicator's unit; source: a source id of the observatory or a citation."],
  [
    `Optional columns: ${longXlsxAttributeColumns.join(", ")}; breakdowns by SDMX dimension id (blank = total).`,
  ],
];

export function toLongXlsx(rows: readonly LongXlsxRow[]): Uint8Array {
  const attribute = {
    unit_mult: (row: LongXlsxRow) => (row.unitMult === 0 ? undefined : String(row.unitMult)),
    obs_status: (row: LongXlsxRow) => row.obsStatus,
    nature: (row: LongXlsxRow) => row.nature,
    source_detail: (row: LongXlsxRow) => row.sourceDetail,
    comment: (row: LongXlsxRow) => row.comment,
  } as const;
  const used = longXlsxAttributeColumns.filter((name) =>
    rows.some((row) => attribute[name](row) !== undefined),
  );
  const dimensions = [...new Set(rows.flatMap((row) => Object.keys(row.dimensions)))].sort();
  const header: XlsxWriteCell[] = [...longCsvHeader, ...used, ...dimensions];
  const body = rows.map((row): XlsxWriteCell[] => [
    row.indicator,
    row.area,
    { number: String(row.year) },
    valueCell(row.value),
    row.unit,
    row.source,
    ...used.map((name) => {
      const text = attribute[name](row);
      return name === "unit_mult" && text !== undefined ? { number: text } : text;
    }),
    ...dimensions.map((id) => row.dimensions[id]),
  ]);
  return toXlsx([
    { name: longXlsxSheet, rows: [header, ...body], freezeHeader: true },
    { name: "README", rows: readme },
  ]);
}

function valueCell(value: string): XlsxWriteCell {
  const number = Number(value);
  return Number.isFinite(number) && String(number) === value ? { number: value } : { text: value };
}
