/**
 * Messages, checks and row builders the sections share, so that one constraint always carries
 * the same message in the three languages.
 */
import { type SurveyRow, type Texts, texts } from "../../../scripts/questionnaires/questionnaire-source.ts";

export const answerRequired = texts(
  "Please answer this question.",
  "Пожалуйста, ответьте на этот вопрос.",
  "لطفاً به این پرسش پاسخ دهید.",
);

/** Spread into a row to make it required with the shared message. */
export const mandatory = { required: true, requiredMessage: answerRequired } as const;

export const yearRange = {
  constraint: ". >= 1990 and . <= 2030",
  constraintMessage: texts(
    "Enter a year between 1990 and 2030.",
    "Укажите год в диапазоне от 1990 до 2030.",
    "سالی میلادی بین ۱۹۹۰ و ۲۰۳۰ وارد کنید.",
  ),
} as const;

export const shareRange = {
  constraint: ". >= 0 and . <= 100",
  constraintMessage: texts(
    "Enter a percentage between 0 and 100.",
    "Укажите значение в процентах от 0 до 100.",
    "درصدی بین ۰ و ۱۰۰ وارد کنید.",
  ),
} as const;

export const nonNegative = {
  constraint: ". >= 0",
  constraintMessage: texts(
    "The value cannot be negative.",
    "Значение не может быть отрицательным.",
    "مقدار نمی‌تواند منفی باشد.",
  ),
} as const;

export const webAddress = {
  constraint: "regex(., '^https?://[^ ]+$')",
  constraintMessage: texts(
    "Enter a full web address beginning with http:// or https://.",
    "Укажите полный веб-адрес, начинающийся с http:// или https://.",
    "نشانی کامل وب را وارد کنید که با http:// یا https:// آغاز شود.",
  ),
} as const;

export const atMostFive = {
  constraint: "count-selected(.) <= 5",
  constraintMessage: texts(
    "Select no more than five options.",
    "Выберите не более пяти вариантов.",
    "بیش از پنج گزینه انتخاب نکنید.",
  ),
} as const;

/** A `begin group`; `field-list` shows the whole group as one page. */
export function beginGroup(name: string, label: Texts, options: Partial<SurveyRow> = {}): SurveyRow {
  return { type: "begin group", name, label, ...options };
}

export const endGroup: SurveyRow = { type: "end group", name: "" };
export const endRepeat: SurveyRow = { type: "end repeat", name: "" };

export function yesNo(name: string, label: Texts, options: Partial<SurveyRow> = {}): SurveyRow {
  return { type: "select_one yes_no", name, label, ...mandatory, ...options };
}

/** The year an indicator value refers to; asked only once the value is given. */
export function referenceYear(valueName: string): SurveyRow {
  return {
    type: "integer",
    name: `${valueName}_year`,
    label: texts(
      "Year of this value",
      "Год, к которому относится значение",
      "سال مربوط به این مقدار (میلادی)",
    ),
    relevant: `\${${valueName}} != ''`,
    ...mandatory,
    ...yearRange,
  };
}

export interface SeriesQuestion {
  readonly name: string;
  readonly label: Texts;
  readonly series: string;
  readonly unit: string;
  readonly dimension?: string;
  /** The question holding the reference year; `<name>_year` unless several values share one. */
  readonly period?: string;
  readonly hint?: Texts;
  readonly check?: { readonly constraint: string; readonly constraintMessage: Texts };
}

/** A decimal question whose approved answer becomes an observation of `series`. */
export function seriesValue(question: SeriesQuestion): SurveyRow {
  const { name, label, hint, check = nonNegative } = question;
  return {
    type: "decimal",
    name,
    label,
    ...(hint === undefined ? {} : { hint }),
    ...check,
    atlas: {
      series: question.series,
      unit: question.unit,
      ...(question.dimension === undefined ? {} : { dimension: question.dimension }),
      period: question.period ?? `${name}_year`,
    },
  };
}
