/**
 * Translations: in a form of several languages, a label, hint or message given in one language
 * and not in another is shown in the fallback language to those readers (or not at all). Each
 * missing text is reported at the cell where it belongs, or, when the sheet has no column for
 * that language, at the text that is given.
 */
import { type XlsFormPlace, xlsFormFinding } from "./xlsform-finding.ts";
import type { LocalizedText, XlsForm, XlsFormDiagnostic, XlsFormLanguage } from "./xlsform-model.ts";
import { choicesPlace, surveyPlace, walkElements } from "./xlsform-places.ts";

export function checkTranslations(form: XlsForm): XlsFormDiagnostic[] {
  const diagnostics = checkDefaultLanguage(form);
  if (form.languages.length < 2) return diagnostics;
  const check = (text: LocalizedText, key: string, place: (language: string) => XlsFormPlace) => {
    const given = form.languages.filter((language) => text[language.key] !== undefined);
    const [first] = given;
    if (first === undefined) return;
    for (const language of form.languages) {
      if (text[language.key] !== undefined) continue;
      const target = place(language.key);
      const at = target.column === undefined ? place(first.key) : target;
      diagnostics.push(
        xlsFormFinding(
          "xlsform/missing-translation",
          `${key} has no ${language.name} text (given in ${given.map(nameOf).join(", ")})${target.column === undefined ? `; the sheet has no ${key}::${language.name} column` : ""}`,
          at,
        ),
      );
    }
  };
  for (const { element } of walkElements(form.survey)) {
    if (element.kind === "metadata" || (element.kind === "question" && element.type === "calculate"))
      continue;
    const at = (key: string) => (language: string) => surveyPlace(form, element.row, key, language);
    check(element.label, "label", at("label"));
    check(element.hint, "hint", at("hint"));
    if (element.kind !== "question") continue;
    check(element.requiredMessage, "required_message", at("required_message"));
    check(element.constraintMessage, "constraint_message", at("constraint_message"));
  }
  for (const list of form.choiceLists)
    for (const choice of list.choices)
      check(choice.label, "label", (language) => choicesPlace(form, choice.row, "label", language));
  return diagnostics;
}

function nameOf(language: XlsFormLanguage): string {
  return language.name;
}

/** A `default_language` no column uses: the texts of the language it names do not exist. */
function checkDefaultLanguage(form: XlsForm): XlsFormDiagnostic[] {
  const { defaultLanguage, row } = form.settings;
  if (defaultLanguage === undefined || form.languages.length === 0) return [];
  if (form.languages.some((language) => language.key === defaultLanguage)) return [];
  const place = form.layout.settings;
  const column = place?.columns.find((candidate) => candidate.key === "default_language");
  return [
    xlsFormFinding(
      "xlsform/unknown-default-language",
      `default_language ${JSON.stringify(defaultLanguage)} is none of the form's languages (${form.languages.map(nameOf).join(", ")})`,
      {
        sheet: place?.sheet ?? "settings",
        ...(row === undefined ? {} : { row }),
        ...(column === undefined ? {} : { column }),
      },
    ),
  ];
}
