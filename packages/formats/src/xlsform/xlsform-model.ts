/**
 * The parsed form: the survey as a tree (groups and repeats hold their children), the choice
 * lists with their extra columns, the languages and the settings. Every element keeps its
 * spreadsheet row, and the form keeps each sheet's columns, so a finding names its cell.
 */
import type { FormatDiagnostic } from "../diagnostic.ts";

/** Text per language key (see `XlsFormLanguage.key`), e.g. `{ en: "Name", ru: "Имя" }`. */
export type LocalizedText = Readonly<Record<string, string>>;

/** The question types Circular Atlas implements (XLSForm names; structure rows are groups and repeats). */
export type XlsFormQuestionType =
  | "text"
  | "integer"
  | "decimal"
  | "select_one"
  | "select_multiple"
  | "note"
  | "date"
  | "calculate"
  | "geopoint";

/** A language the form's translated columns use. */
export interface XlsFormLanguage {
  /**
   * How texts are keyed: the code in parentheses (`en` for `English (en)`), else the name as
   * written (`English`), else `default` for unlabelled columns without a `default_language`.
   */
  readonly key: string;
  /** As the column header writes it: `English (en)`, `Русский (ru)`, `فارسی (fa)`. */
  readonly name: string;
  readonly code?: string;
}

/** What every survey row carries; expressions are kept as written (XPath with `${name}` references). */
export interface XlsFormElementFields {
  readonly name: string;
  /** 1-based spreadsheet row on the survey sheet. */
  readonly row: number;
  readonly label: LocalizedText;
  readonly hint: LocalizedText;
  readonly relevant?: string;
  /** `true()` for `yes`/`true`, else the expression; absent for `no`/`false`/blank. */
  readonly readOnly?: string;
  /** Space-separated appearance keywords, as written. */
  readonly appearance?: string;
  /** Every `bind::*` column, keyed without the prefix: `{ "atlas:series": "EN_MAT_DOMCMP" }`. */
  readonly bind: Readonly<Record<string, string>>;
}

/** A question row (a calculate too): what is asked, and its logic as written. */
export interface XlsFormQuestion extends XlsFormElementFields {
  readonly kind: "question";
  readonly type: XlsFormQuestionType;
  /** The choice list of a select. */
  readonly listName?: string;
  /** `true()` for `yes`/`true`, else the expression; absent when not required. */
  readonly required?: string;
  readonly requiredMessage: LocalizedText;
  readonly constraint?: string;
  readonly constraintMessage: LocalizedText;
  readonly calculation?: string;
  readonly default?: string;
  readonly choiceFilter?: string;
}

/** `begin group` … `end group`: questions shown together, optionally on one screen (`field-list`). */
export interface XlsFormGroup extends XlsFormElementFields {
  readonly kind: "group";
  /** Row of the matching `end group` (undefined when it is missing). */
  readonly endRow?: number;
  readonly children: readonly XlsFormElement[];
}

/** `begin repeat` … `end repeat`: questions answered any number of times (`repeat_count` to fix it). */
export interface XlsFormRepeat extends XlsFormElementFields {
  readonly kind: "repeat";
  readonly endRow?: number;
  readonly repeatCount?: string;
  readonly children: readonly XlsFormElement[];
}

/** A metadata row (`start`, `today`, `username`, …): recorded by the device, asked of no one. */
export interface XlsFormMetadata {
  readonly kind: "metadata";
  readonly type: string;
  readonly name: string;
  readonly row: number;
}

/** A node of the survey tree. */
export type XlsFormElement = XlsFormQuestion | XlsFormGroup | XlsFormRepeat | XlsFormMetadata;

/** A survey row left out of the tree because its type is unknown or unsupported (already reported). */
export interface XlsFormSkippedRow {
  readonly row: number;
  readonly name: string;
  readonly type: string;
}

/** One row of the choices sheet. */
export interface XlsFormChoice {
  readonly name: string;
  /** 1-based spreadsheet row on the choices sheet. */
  readonly row: number;
  readonly label: LocalizedText;
  /** The choices sheet's other columns (what a `choice_filter` tests), by header. */
  readonly extra: Readonly<Record<string, string>>;
}

/** The choices of one `list_name`, in sheet order. */
export interface XlsFormChoiceList {
  readonly name: string;
  /** The row of its first choice. */
  readonly row: number;
  readonly choices: readonly XlsFormChoice[];
}

/** The settings sheet (xlsform.org, "Settings worksheet"). */
export interface XlsFormSettings {
  readonly formId?: string;
  readonly formTitle?: string;
  /** As text; a version Excel turned into a date is reported (`xlsform/version-is-date`) and kept as shown. */
  readonly version?: string;
  /** The key of the default language (the language of unlabelled `label`/`hint` columns). */
  readonly defaultLanguage?: string;
  /** The settings sheet's value row (its second), when there is one. */
  readonly row?: number;
  /** The settings sheet's other columns (instance_name, style, …), by header. */
  readonly other: Readonly<Record<string, string>>;
}

/** A sheet's column as its header row defines it. */
export interface XlsFormColumn {
  /** 1-based column number and its letters (`C`). */
  readonly column: number;
  readonly letter: string;
  /** The header as written, trimmed. */
  readonly header: string;
  /** The keyword: `label`, `required_message`, `bind::atlas:series`; extra choice columns keep their header. */
  readonly key: string;
  /** The language key of a translated column (`label::English (en)` → `en`). */
  readonly language?: string;
}

export interface XlsFormSheetLayout {
  /** The sheet's name as the workbook writes it (`survey`, `Survey`). */
  readonly sheet: string;
  readonly columns: readonly XlsFormColumn[];
}

/** A parsed XLSForm (xlsform.org): survey tree, choice lists, languages, settings and layout. */
export interface XlsForm {
  readonly survey: readonly XlsFormElement[];
  readonly choiceLists: readonly XlsFormChoiceList[];
  /** Every language a translatable column uses, default language first. */
  readonly languages: readonly XlsFormLanguage[];
  readonly settings: XlsFormSettings;
  /** Rows read past; their names still count as defined, so references to them are not reported twice. */
  readonly skippedRows: readonly XlsFormSkippedRow[];
  /** Where things are, for locating findings: the survey, choices and settings sheets' columns. */
  readonly layout: {
    readonly survey: XlsFormSheetLayout;
    readonly choices?: XlsFormSheetLayout;
    readonly settings?: XlsFormSheetLayout;
  };
}

/**
 * A finding, located by sheet, 1-based row and column (number, letters and header name); `code`
 * is the stable rule id (`xlsform/unknown-type`, see the folder's README), or the workbook
 * reader's (`xlsx/…`) when the file is no readable workbook.
 */
export interface XlsFormDiagnostic extends FormatDiagnostic {
  /** Column letters (`C`) of the cell, when the finding is about one. */
  readonly columnLetter?: string;
}

/** What `readXlsForm` returns: the form when there is one, and every finding in sheet order. */
export interface XlsFormResult {
  /** Undefined when there is no form to speak of (no workbook, no survey sheet). */
  readonly form?: XlsForm;
  readonly diagnostics: XlsFormDiagnostic[];
}
