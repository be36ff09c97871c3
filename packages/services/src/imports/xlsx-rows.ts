/**
 * Rows of a workbook in the long template's XLSX form (`formats/xlsx/long-xlsx.ts`): the `data`
 * sheet's rows with their breakdowns and attributes, and where each diagnostic's cell is
 * (`data!D5`), so a rejection names the cell a person would click on.
 */
import {
  binaryContainerOf,
  cellReference,
  type FormatDiagnostic,
  longXlsxSheet,
  parseLongXlsx,
} from "@circular-atlas/formats";
import { ServiceError } from "../service-error.ts";
import type { ImportDiagnostic } from "./import-report.ts";
import type { ImportRow } from "./resolve-import-rows.ts";

export function xlsxRows(file: { readonly fileName: string; readonly bytes?: Uint8Array | undefined }): {
  rows: ImportRow[];
  diagnostics: FormatDiagnostic[];
} {
  if (file.bytes === undefined || binaryContainerOf(file.bytes) === undefined)
    throw new ServiceError(
      "import-invalid",
      `${file.fileName}: not an .xlsx workbook (it is text, or not a ZIP archive); nothing was imported`,
      { diagnostics: [{ code: "xlsx/not-zip", severity: "error", message: "not an .xlsx workbook" }] },
    );
  const parsed = parseLongXlsx(file.bytes);
  const rows = parsed.observations.map(
    (observation): ImportRow => ({
      line: observation.line,
      indicator: { code: observation.indicator, column: 1, columnName: "indicator" },
      area: { code: observation.area, column: 2, columnName: "area" },
      timePeriod: String(observation.year),
      year: observation.year,
      value: observation.value,
      dimensions: observation.dimensions,
      unit: { text: observation.unit, column: 5, columnName: "unit" },
      unitMult: observation.unitMult,
      obsStatus: observation.obsStatus,
      nature: observation.nature,
      sourceDetail: observation.sourceDetail,
      comment: observation.comment,
      source: { text: observation.source, column: 6, columnName: "source" },
    }),
  );
  return { rows, diagnostics: parsed.diagnostics };
}

/** A diagnostic on a row of the data sheet, with its cell named the spreadsheet way. */
export function locateInSheet(diagnostic: ImportDiagnostic): ImportDiagnostic {
  if (diagnostic.row === undefined) return diagnostic;
  const sheet = diagnostic.sheet ?? longXlsxSheet;
  const cell =
    diagnostic.column === undefined || diagnostic.column === 0
      ? `${sheet}!${diagnostic.row}:${diagnostic.row}`
      : `${sheet}!${cellReference(diagnostic.row, diagnostic.column)}`;
  return { ...diagnostic, sheet, cell };
}

/**
 * `xlsx` for a ZIP named `.xlsx` or `.xlsm`; a legacy `.xls` (or any other binary file) is refused
 * with what to do; undefined for text, which the text formats then recognise.
 */
export function detectBinaryFormat(file: {
  readonly fileName: string;
  readonly bytes?: Uint8Array | undefined;
}): "xlsx" | undefined {
  const container = file.bytes === undefined ? undefined : binaryContainerOf(file.bytes);
  if (container === undefined) return undefined;
  if (container === "zip" && /\.xlsx$|\.xlsm$/i.test(file.fileName)) return "xlsx";
  const message =
    container === "ole"
      ? "a legacy Excel 97–2003 workbook (.xls) or an encrypted one: open it in Excel or LibreOffice and save it as .xlsx (the long template on a sheet named data)"
      : "a ZIP archive not named .xlsx: rename an Excel workbook to .xlsx, or import the files inside it";
  throw new ServiceError("import-invalid", `${file.fileName}: ${message}; nothing was imported`, {
    diagnostics: [
      { code: container === "ole" ? "xlsx/xls-file" : "import/unknown-format", severity: "error", message },
    ],
  });
}
