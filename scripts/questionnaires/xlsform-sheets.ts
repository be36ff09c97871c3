/**
 * Lays a questionnaire source out as the three XLSForm sheets (survey, choices, settings), with
 * one column per language for every translatable column. Every cell is a string cell, so no
 * spreadsheet program turns the version or a default into a number or a date.
 */
import type { XlsxWriteCell, XlsxWriteSheet } from "@circular-atlas/formats";
import {
  type AtlasBinding,
  type ChoiceRow,
  formLanguages,
  type QuestionnaireSource,
  type SurveyRow,
  type Texts,
} from "./questionnaire-source.ts";

/** `label::English (en)`, … in the order of {@link formLanguages}. */
export function languageColumns(column: string): string[] {
  return formLanguages.map((language) => `${column}::${language.name} (${language.code})`);
}

const atlasColumns = ["record", "field", "series", "unit", "dimension", "period"] as const;

/** The survey sheet's header, in the order the cells are written. */
export const surveyColumns: readonly string[] = [
  "type",
  "name",
  ...languageColumns("label"),
  ...languageColumns("hint"),
  "required",
  ...languageColumns("required_message"),
  "relevant",
  "constraint",
  ...languageColumns("constraint_message"),
  "calculation",
  "default",
  "read_only",
  "appearance",
  "choice_filter",
  "repeat_count",
  ...atlasColumns.map((key) => `bind::atlas:${key}`),
];

export const choicesColumns: readonly string[] = [
  "list_name",
  "name",
  ...languageColumns("label"),
  "category",
];

export const settingsColumns: readonly string[] = [
  "form_title",
  "form_id",
  "version",
  "default_language",
  "instance_name",
  "namespaces",
];

export function toXlsFormSheets(source: QuestionnaireSource): XlsxWriteSheet[] {
  const { settings } = source;
  return [
    { name: "survey", freezeHeader: true, rows: [surveyColumns, ...source.survey.map(surveyCells)] },
    { name: "choices", freezeHeader: true, rows: [choicesColumns, ...source.choices.map(choiceCells)] },
    {
      name: "settings",
      rows: [
        settingsColumns,
        [
          settings.formTitle,
          settings.formId,
          { text: settings.version },
          settings.defaultLanguage,
          settings.instanceName,
          settings.namespaces,
        ],
      ],
    },
  ];
}

function surveyCells(row: SurveyRow): XlsxWriteCell[] {
  const atlas: AtlasBinding = row.atlas ?? {};
  return [
    row.type,
    row.name === "" ? null : row.name,
    ...textCells(row.label),
    ...textCells(row.hint),
    yes(row.required),
    ...textCells(row.requiredMessage),
    row.relevant,
    row.constraint,
    ...textCells(row.constraintMessage),
    row.calculation,
    row.default === undefined ? undefined : { text: row.default },
    yes(row.readOnly),
    row.appearance,
    row.choiceFilter,
    row.repeatCount,
    ...atlasColumns.map((key) => atlas[key]),
  ];
}

function choiceCells(choice: ChoiceRow): XlsxWriteCell[] {
  return [choice.listName, choice.name, ...textCells(choice.label), choice.category];
}

function textCells(value: Texts | undefined): XlsxWriteCell[] {
  return formLanguages.map((language) => value?.[language.code]);
}

function yes(flag: boolean | undefined): string | undefined {
  return flag === true ? "yes" : undefined;
}
