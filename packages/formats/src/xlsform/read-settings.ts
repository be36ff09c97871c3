/**
 * The settings sheet: a header row and one row of values. The version is the trap: typed as
 * 20261201 into a cell Excel formats as a date, or as 2026-12-01, Excel stores a serial day
 * number, and the version the author typed is gone; such a cell is reported, not guessed back.
 */
import { isDateFormatCode } from "../xlsx/spreadsheet-date.ts";
import type { XlsxCell } from "../xlsx/xlsx-cell.ts";
import { xlsFormFinding } from "./xlsform-finding.ts";
import { languageKeyOf } from "./xlsform-languages.ts";
import type { XlsFormDiagnostic, XlsFormSettings } from "./xlsform-model.ts";
import { cellText, type SheetTable } from "./xlsform-sheet.ts";

const named: Readonly<Record<string, "formId" | "formTitle" | "version">> = {
  form_id: "formId",
  form_title: "formTitle",
  version: "version",
};

export interface ReadSettings {
  readonly settings: XlsFormSettings;
  /** `default_language` as written (`English (en)`), for the form's list of languages. */
  readonly defaultLanguageName?: string;
}

export function readSettings(table: SheetTable | undefined, diagnostics: XlsFormDiagnostic[]): ReadSettings {
  const values = table?.rows[0];
  if (table === undefined || values === undefined) return { settings: { other: {} } };
  const settings: Record<string, string> = {};
  const other: Record<string, string> = {};
  let defaultLanguageName: string | undefined;
  for (const column of table.columns) {
    const text = cellText(values, column);
    if (text === "") continue;
    const field = named[column.key];
    if (column.key === "default_language") defaultLanguageName = text;
    else if (field !== undefined) settings[field] = text;
    else other[column.header] = text;
    if (column.key === "version") {
      const cell = values.cells.get(column.column) as XlsxCell;
      if (isDateCell(cell))
        diagnostics.push(
          xlsFormFinding(
            "xlsform/version-is-date",
            `the version cell is a date to Excel (${cell.date === undefined ? `serial ${cell.raw} shown as ${cell.numberFormat}` : `${cell.date}, stored as serial ${cell.raw}`}), not the text that was typed; format the cell as Text and type the version again (yyyymmddrr, e.g. 2026120101)`,
            { sheet: table.sheet, row: values.row, column },
          ),
        );
    }
  }
  return {
    settings: {
      ...settings,
      ...(defaultLanguageName === undefined ? {} : { defaultLanguage: languageKeyOf(defaultLanguageName) }),
      row: values.row,
      other,
    },
    ...(defaultLanguageName === undefined ? {} : { defaultLanguageName }),
  };
}

/** A date cell, or a number whose format shows dates (the reader keeps impossible serials as numbers). */
function isDateCell(cell: XlsxCell): boolean {
  return cell.type === "date" || (cell.type === "number" && isDateFormatCode(cell.numberFormat ?? ""));
}
