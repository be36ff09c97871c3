/**
 * The texts a person filling the workbook reads: labels and choice labels in the chosen
 * language (else the form's default language, else the name), and the workbook's own guidance
 * in English, Russian or Persian (English for any other language), as the form engine picks its
 * default messages.
 */
import { createFormTexts } from "../form-engine/form-messages.ts";
import type { LocalizedText, XlsForm, XlsFormChoiceList, XlsFormQuestion } from "../xlsform-model.ts";

type GuideName = "yes" | "conditional" | "instance" | "several" | "free";

const guides: Readonly<Record<"en" | "ru" | "fa", Readonly<Record<GuideName, string>>>> = {
  en: {
    yes: "yes",
    conditional: "depends on other answers",
    instance: "Instance number (1, 2, …)",
    several: "One or more, separated by spaces or commas:",
    free: "Text.",
  },
  ru: {
    yes: "да",
    conditional: "зависит от других ответов",
    instance: "Номер экземпляра (1, 2, …)",
    several: "Один или несколько вариантов через пробел или запятую:",
    free: "Текст.",
  },
  fa: {
    yes: "بله",
    conditional: "بسته به پاسخ‌های دیگر",
    instance: "شمارهٔ مورد (۱، ۲، …)",
    several: "یک یا چند گزینه، جدا شده با فاصله یا ویرگول:",
    free: "متن.",
  },
};

export interface WorkbookTexts {
  /** The language key the workbook is written in. */
  readonly language: string;
  label(text: LocalizedText, name: string): string;
  required(question: XlsFormQuestion): string;
  /** What the answer cell takes: the choices of a select, else the type's rule. */
  choices(question: XlsFormQuestion, lists: ReadonlyMap<string, XlsFormChoiceList>): string;
  readonly instance: string;
}

/** `language` is a language key or code of the form (`ru`, `Русский`); the default language otherwise. */
export function workbookTexts(form: XlsForm, language: string | undefined): WorkbookTexts {
  const known = form.languages.find((candidate) => candidate.key === language || candidate.code === language);
  const texts = createFormTexts(form, known?.key);
  const code = form.languages.find((candidate) => candidate.key === texts.language)?.code ?? texts.language;
  const guide = code === "ru" ? guides.ru : code === "fa" ? guides.fa : guides.en;
  const label = (text: LocalizedText, name: string) => texts.pick(text) ?? Object.values(text)[0] ?? name;
  return {
    language: texts.language,
    label,
    required: (question) =>
      question.required === undefined ? "" : question.required === "true()" ? guide.yes : guide.conditional,
    choices(question, lists) {
      switch (question.type) {
        case "select_one":
        case "select_multiple": {
          const list = lists.get(question.listName ?? "")?.choices ?? [];
          const lines = list.map((choice) => `${choice.name} = ${label(choice.label, choice.name)}`);
          return [...(question.type === "select_multiple" ? [guide.several] : []), ...lines].join("\n");
        }
        case "integer":
        case "decimal":
        case "date":
        case "geopoint":
          return texts.fallback(question.type);
        default:
          return guide.free;
      }
    },
    instance: guide.instance,
  };
}

/**
 * Every text row 2 of a repeat sheet may hold over the column of `name` (whose label is `text`):
 * the label in any of the form's languages, the name, or the instance-number guide. Row 2 is
 * not read, so anything else there is reported rather than silently dropped.
 */
export function guideTexts(form: XlsForm, text: LocalizedText, name: string): Set<string> {
  const all = new Set<string>([name, ...Object.values(guides).map((guide) => guide.instance)]);
  for (const value of Object.values(text)) all.add(value);
  for (const language of form.languages) all.add(workbookTexts(form, language.key).label(text, name));
  return all;
}
