/**
 * Reads an XLSForm workbook (xlsform.org: survey, choices and settings sheets) into a form tree
 * and lints it. Bytes in, `{ form, diagnostics }` out; nothing throws on bad bytes. A legacy
 * `.xls` is refused, since only Office Open XML workbooks are read.
 */
import type { FormatDiagnostic } from "../diagnostic.ts";
import { parseXlsx, type XlsxReadOptions } from "../xlsx/xlsx-reader.ts";
import { lintXlsForm } from "./lint-xlsform.ts";
import { readChoices } from "./read-choices.ts";
import { readSettings } from "./read-settings.ts";
import { readSurvey } from "./read-survey.ts";
import { translatedKeys } from "./xlsform-columns.ts";
import { xlsFormFinding } from "./xlsform-finding.ts";
import { toLanguage, unnamedLanguageKey } from "./xlsform-languages.ts";
import type { XlsFormLintOptions } from "./xlsform-lint-options.ts";
import type {
  XlsForm,
  XlsFormColumn,
  XlsFormDiagnostic,
  XlsFormLanguage,
  XlsFormResult,
} from "./xlsform-model.ts";
import { findSheet, readSheetTable, type SheetTable } from "./xlsform-sheet.ts";

/**
 * The workbook reader's zip-bomb guard (`maxUncompressedBytes`, 256 MiB by default) and the
 * linter's options (`records`: the knowledge base's record types and field paths).
 */
export type XlsFormReadOptions = Pick<XlsxReadOptions, "maxUncompressedBytes"> & XlsFormLintOptions;

/**
 * Reads and lints an XLSForm workbook. The diagnostics come sorted: workbook-level first, then
 * survey, choices and settings, each by row and column. `form` is undefined when the bytes are no
 * workbook, a legacy `.xls`, or have no usable survey sheet (no sheet, or no type/name column);
 * otherwise it is returned even with errors, so a face can show both.
 */
export function readXlsForm(bytes: Uint8Array, options: XlsFormReadOptions = {}): XlsFormResult {
  const read = parseXlsx(
    bytes,
    options.maxUncompressedBytes === undefined ? {} : { maxUncompressedBytes: options.maxUncompressedBytes },
  );
  const diagnostics: XlsFormDiagnostic[] = read.diagnostics.map(explainXls);
  const { workbook } = read;
  if (workbook === undefined) return { diagnostics };
  const surveySheet = findSheet(workbook, "survey");
  if (surveySheet === undefined) {
    diagnostics.push({
      code: "xlsform/missing-survey-sheet",
      severity: "error",
      message: `the workbook has no sheet named survey (its sheets: ${workbook.sheets.map((sheet) => JSON.stringify(sheet.name)).join(", ") || "none"})`,
    });
    return { diagnostics };
  }
  const settingsSheet = findSheet(workbook, "settings");
  const settingsTable =
    settingsSheet === undefined
      ? undefined
      : readSheetTable(settingsSheet, { kind: "settings", defaultLanguage: unnamedLanguageKey }, diagnostics);
  const { settings, defaultLanguageName } = readSettings(settingsTable, diagnostics);
  const defaultLanguage = settings.defaultLanguage ?? unnamedLanguageKey;
  const surveyTable = readSheetTable(surveySheet, { kind: "survey", defaultLanguage }, diagnostics);
  const choicesSheet = findSheet(workbook, "choices");
  const choicesTable =
    choicesSheet === undefined
      ? undefined
      : readSheetTable(choicesSheet, { kind: "choices", defaultLanguage }, diagnostics);
  if (!hasColumns(surveyTable, ["type", "name"], diagnostics)) return { diagnostics: sorted(diagnostics) };
  // Without list_name or name no choice can be read: the selects' lists are then reported unknown.
  const choicesReadable =
    choicesTable !== undefined && hasColumns(choicesTable, ["list_name", "name"], diagnostics);
  const { survey, skippedRows } = readSurvey(surveyTable, diagnostics);
  const form: XlsForm = {
    survey,
    choiceLists: choicesReadable ? readChoices(choicesTable, diagnostics) : [],
    languages: languagesOf(
      [...surveyTable.columns, ...(choicesTable?.columns ?? [])],
      toLanguage(defaultLanguageName ?? unnamedLanguageKey),
    ),
    settings,
    skippedRows,
    layout: {
      survey: layoutOf(surveyTable),
      ...(choicesTable === undefined ? {} : { choices: layoutOf(choicesTable) }),
      ...(settingsTable === undefined ? {} : { settings: layoutOf(settingsTable) }),
    },
  };
  diagnostics.push(...lintXlsForm(form, options));
  return { form, diagnostics: sorted(diagnostics) };
}

/** The workbook reader's refusal of an OLE file, said in terms of XLSForm. */
function explainXls(diagnostic: FormatDiagnostic): XlsFormDiagnostic {
  if (diagnostic.code !== "xlsx/xls-file") return diagnostic;
  return {
    code: "xlsform/xls-file",
    severity: "error",
    message:
      "this is a legacy Excel 97–2003 .xls workbook (or a password-protected one), which is not read: open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx)",
  };
}

function hasColumns(table: SheetTable, keys: readonly string[], diagnostics: XlsFormDiagnostic[]): boolean {
  const missing = keys.filter((key) => !table.columns.some((column) => column.key === key));
  for (const key of missing)
    diagnostics.push(
      xlsFormFinding(
        "xlsform/missing-column",
        table.headerRow === undefined
          ? `the ${table.sheet} sheet is empty: its first row must name the columns, ${keys.join(" and ")} among them`
          : `the ${table.sheet} sheet has no ${key} column`,
        { sheet: table.sheet, ...(table.headerRow === undefined ? {} : { row: table.headerRow }) },
      ),
    );
  return missing.length === 0;
}

/** Languages of translated columns in column order, the default language first. */
function languagesOf(columns: readonly XlsFormColumn[], defaultLanguage: XlsFormLanguage): XlsFormLanguage[] {
  const byKey = new Map<string, XlsFormLanguage>();
  for (const column of columns) {
    if (!translatedKeys.has(column.key) || column.language === undefined) continue;
    const written = column.header.split("::").slice(1).join("::").trim();
    const language = written === "" ? defaultLanguage : toLanguage(written);
    if (!byKey.has(language.key)) byKey.set(language.key, language);
  }
  const found = [...byKey.values()];
  return [
    ...found.filter((language) => language.key === defaultLanguage.key),
    ...found.filter((language) => language.key !== defaultLanguage.key),
  ];
}

function layoutOf(table: SheetTable) {
  return { sheet: table.sheet, columns: table.columns };
}

const sheetOrder = ["survey", "choices", "settings"];

/** Workbook-level findings first, then by sheet (survey, choices, settings), row and column. */
function sorted(diagnostics: XlsFormDiagnostic[]): XlsFormDiagnostic[] {
  const rank = (diagnostic: XlsFormDiagnostic) =>
    diagnostic.sheet === undefined ? -1 : sheetOrder.indexOf(diagnostic.sheet.trim().toLowerCase());
  return diagnostics
    .map((diagnostic, index) => ({ diagnostic, index }))
    .sort(
      (a, b) =>
        rank(a.diagnostic) - rank(b.diagnostic) ||
        (a.diagnostic.row ?? 0) - (b.diagnostic.row ?? 0) ||
        (a.diagnostic.column ?? 0) - (b.diagnostic.column ?? 0) ||
        a.index - b.index,
    )
    .map(({ diagnostic }) => diagnostic);
}
