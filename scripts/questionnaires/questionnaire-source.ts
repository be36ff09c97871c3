/**
 * The shape a questionnaire's reviewable source takes before it becomes an XLSForm workbook: one
 * object per survey row and per choice, every text in the three form languages at once, so a
 * missing translation is a type error rather than an empty cell.
 */

/** The form languages, in column order; `name` is what XLSForm puts before the code. */
export const formLanguages = [
  { code: "en", name: "English" },
  { code: "ru", name: "Русский" },
  { code: "fa", name: "فارسی" },
] as const;
export type FormLanguageCode = (typeof formLanguages)[number]["code"];

/** One text in every form language. */
export type Texts = Readonly<Record<FormLanguageCode, string>>;

/** Builds a {@link Texts}; the argument order is the column order (English, Russian, Persian). */
export function texts(en: string, ru: string, fa: string): Texts {
  return { en, ru, fa };
}

/**
 * The `bind::atlas:*` columns (see data/questionnaires/README.md): how an approved answer becomes
 * a knowledge record or an observation.
 */
export interface AtlasBinding {
  /** On a `begin repeat`: the knowledge-record type each instance becomes. */
  readonly record?: string;
  /** On a question: the record field its answer fills (`texts.title`, `details.policyKind`, …). */
  readonly field?: string;
  /** On a decimal question: the observatory series code the value feeds. */
  readonly series?: string;
  /** With `series`: the series' unit code, which the answer must be given in. */
  readonly unit?: string;
  /** With `series`: the breakdown, `DIM=CODE;DIM=CODE` sorted by dimension; absent for the total. */
  readonly dimension?: string;
  /** With `series`: the name of the integer question that holds the value's reference year. */
  readonly period?: string;
}

export interface SurveyRow {
  /** `text`, `integer`, `select_one list`, `begin group`, … exactly as the type column reads. */
  readonly type: string;
  /** Empty only on `end group` / `end repeat`. */
  readonly name: string;
  readonly label?: Texts;
  readonly hint?: Texts;
  readonly required?: boolean;
  readonly requiredMessage?: Texts;
  readonly relevant?: string;
  readonly constraint?: string;
  readonly constraintMessage?: Texts;
  readonly calculation?: string;
  readonly default?: string;
  readonly readOnly?: boolean;
  readonly appearance?: "field-list" | "multiline" | "minimal";
  readonly choiceFilter?: string;
  readonly repeatCount?: string;
  readonly atlas?: AtlasBinding;
}

export interface ChoiceRow {
  readonly listName: string;
  readonly name: string;
  readonly label: Texts;
  /** The column the barrier-type cascade filters on (`choice_filter` `category=${…}`). */
  readonly category?: string;
}

export interface FormSettings {
  readonly formTitle: string;
  readonly formId: string;
  /** A string in the yyyymmddrr convention, never a number: Excel would turn it into one. */
  readonly version: string;
  /** A language as the column headers name it, e.g. `English (en)`. */
  readonly defaultLanguage: string;
  readonly instanceName?: string;
  /** Declarations of the prefixes `bind::` columns use, e.g. `atlas="https://…"`. */
  readonly namespaces?: string;
}

export interface QuestionnaireSource {
  readonly survey: readonly SurveyRow[];
  readonly choices: readonly ChoiceRow[];
  readonly settings: FormSettings;
}
