/**
 * The respondent-facing texts: a form's own `required_message` / `constraint_message` in the
 * requested language, else in the form's default language, else the engine's default text in
 * the requested language (English, Russian and Persian; English for any other language).
 */
import type { LocalizedText, XlsForm } from "../xlsform-model.ts";

/** The engine's own messages, for problems the form gives no text for. */
export type DefaultMessageName =
  | "required"
  | "constraint"
  | "integer"
  | "decimal"
  | "date"
  | "geopoint"
  | "choice";

/** The default texts by language code. */
export const defaultFormMessages: Readonly<
  Record<"en" | "ru" | "fa", Readonly<Record<DefaultMessageName, string>>>
> = {
  en: {
    required: "This question requires an answer.",
    constraint: "This answer is not allowed.",
    integer: "Enter a whole number.",
    decimal: "Enter a number, with a full stop for decimals.",
    date: "Enter an existing date as YYYY-MM-DD.",
    geopoint: "Enter a location as latitude and longitude.",
    choice: "Choose one of the options offered.",
  },
  ru: {
    required: "На этот вопрос необходимо ответить.",
    constraint: "Этот ответ недопустим.",
    integer: "Введите целое число.",
    decimal: "Введите число, с точкой в качестве десятичного разделителя.",
    date: "Введите существующую дату в формате ГГГГ-ММ-ДД.",
    geopoint: "Укажите местоположение: широту и долготу.",
    choice: "Выберите один из предложенных вариантов.",
  },
  fa: {
    required: "پاسخ به این پرسش الزامی است.",
    constraint: "این پاسخ مجاز نیست.",
    integer: "یک عدد صحیح وارد کنید.",
    decimal: "یک عدد وارد کنید و برای اعشار از نقطه استفاده کنید.",
    date: "یک تاریخ موجود را به صورت YYYY-MM-DD وارد کنید.",
    geopoint: "موقعیت را به صورت عرض و طول جغرافیایی وارد کنید.",
    choice: "یکی از گزینه‌های ارائه‌شده را انتخاب کنید.",
  },
};

/** The key of the form's default language: `default_language`, else the first language, else `default`. */
export function defaultLanguageOf(form: XlsForm): string {
  return form.settings.defaultLanguage ?? form.languages[0]?.key ?? "default";
}

/** Picks texts for one requested language of one form. */
export interface FormTexts {
  readonly language: string;
  /** `text` in the language, else the default language; undefined when neither has it. */
  pick(text: LocalizedText): string | undefined;
  /** The engine's default message in the language (by the language's code; English otherwise). */
  fallback(name: DefaultMessageName): string;
}

export function createFormTexts(form: XlsForm, language: string | undefined): FormTexts {
  const defaultLanguage = defaultLanguageOf(form);
  const requested = language ?? defaultLanguage;
  // A language keyed by its name ("Русский") still finds the Russian defaults through its code.
  const code = form.languages.find((candidate) => candidate.key === requested)?.code ?? requested;
  const catalogue =
    code === "ru" ? defaultFormMessages.ru : code === "fa" ? defaultFormMessages.fa : defaultFormMessages.en;
  return {
    language: requested,
    pick: (text) => nonEmpty(text[requested]) ?? nonEmpty(text[defaultLanguage]),
    fallback: (name) => catalogue[name],
  };
}

function nonEmpty(text: string | undefined): string | undefined {
  return text === undefined || text.trim() === "" ? undefined : text;
}
