/**
 * Runs `checkExpression` on every expression cell of the form and `checkTextReferences` on every
 * text shown to people. Names defined are those of every element, metadata rows included, and
 * of rows read past for an unknown type (already reported; a reference to them is not).
 */
import { checkExpression, checkTextReferences } from "./check-expression.ts";
import type { LocalizedText, XlsForm, XlsFormDiagnostic } from "./xlsform-model.ts";
import { choicesPlace, surveyPlace, walkElements } from "./xlsform-places.ts";

export function checkFormExpressions(form: XlsForm): XlsFormDiagnostic[] {
  const names = new Set<string>(form.skippedRows.map((row) => row.name).filter((name) => name !== ""));
  for (const { element } of walkElements(form.survey)) if (element.name !== "") names.add(element.name);
  const diagnostics: XlsFormDiagnostic[] = [];
  const texts = (row: number, key: string, text: LocalizedText, onChoices = false) => {
    for (const [language, value] of Object.entries(text))
      diagnostics.push(
        ...checkTextReferences(
          value,
          (onChoices ? choicesPlace : surveyPlace)(form, row, key, language),
          names,
        ),
      );
  };
  for (const { element } of walkElements(form.survey)) {
    if (element.kind === "metadata") continue;
    const expression = (key: string, text: string | undefined) => {
      if (text !== undefined)
        diagnostics.push(
          ...checkExpression(text, surveyPlace(form, element.row, key), names, {
            choiceFilter: key === "choice_filter",
          }),
        );
    };
    texts(element.row, "label", element.label);
    texts(element.row, "hint", element.hint);
    expression("relevant", element.relevant);
    expression("read_only", element.readOnly);
    if (element.kind === "repeat") expression("repeat_count", element.repeatCount);
    if (element.kind !== "question") continue;
    expression("required", element.required);
    expression("constraint", element.constraint);
    expression("calculation", element.calculation);
    expression("choice_filter", element.choiceFilter);
    // A default is a literal unless it refers to another answer (a dynamic default).
    if (element.default?.includes("${") === true) expression("default", element.default);
    texts(element.row, "required_message", element.requiredMessage);
    texts(element.row, "constraint_message", element.constraintMessage);
  }
  for (const list of form.choiceLists)
    for (const choice of list.choices) texts(choice.row, "label", choice.label, true);
  return diagnostics;
}
