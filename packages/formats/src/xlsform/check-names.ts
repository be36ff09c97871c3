/**
 * Names and the texts every element needs: each survey element has a name that is a valid XML
 * name and unique in the whole form (`${name}` must say which element it means, and answers are
 * stored by name), each choice a name without spaces unique in its list (a select_multiple
 * answer is its choices' names separated by spaces), questions and choices a label, calculates a
 * calculation, and the survey at least one element.
 */
import { xmlNamePattern } from "./check-expression.ts";
import { xlsFormFinding } from "./xlsform-finding.ts";
import type { XlsForm, XlsFormDiagnostic } from "./xlsform-model.ts";
import { choicesPlace, placeOn, surveyPlace, walkElements } from "./xlsform-places.ts";

export function checkNames(form: XlsForm): XlsFormDiagnostic[] {
  const diagnostics: XlsFormDiagnostic[] = [];
  if (form.survey.length === 0)
    diagnostics.push(
      xlsFormFinding("xlsform/empty-survey", "the survey sheet has no questions", {
        sheet: form.layout.survey.sheet,
      }),
    );
  const firstRow = new Map<string, number>();
  for (const { element } of walkElements(form.survey)) {
    const place = surveyPlace(form, element.row, "name");
    if (element.name === "") {
      diagnostics.push(xlsFormFinding("xlsform/missing-name", "this element has no name", place));
    } else if (!xmlNamePattern.test(element.name)) {
      diagnostics.push(
        xlsFormFinding(
          "xlsform/invalid-name",
          `${JSON.stringify(element.name)} is no valid name: it must start with a letter or _, followed by letters, digits, -, _ or .`,
          place,
        ),
      );
    } else {
      const earlier = firstRow.get(element.name);
      if (earlier !== undefined)
        diagnostics.push(
          xlsFormFinding(
            "xlsform/duplicate-name",
            `the name ${JSON.stringify(element.name)} is already used on row ${earlier}; names are unique in the whole form`,
            place,
          ),
        );
      else firstRow.set(element.name, element.row);
    }
    if (
      element.kind === "question" &&
      element.type !== "calculate" &&
      Object.keys(element.label).length === 0
    )
      diagnostics.push(
        xlsFormFinding("xlsform/missing-label", `the ${element.type} question has no label`, {
          ...surveyPlace(form, element.row, "label"),
        }),
      );
    if (element.kind === "question" && element.type === "calculate" && element.calculation === undefined)
      diagnostics.push(
        xlsFormFinding(
          "xlsform/missing-calculation",
          "a calculate row needs a calculation",
          surveyPlace(form, element.row, "calculation"),
        ),
      );
  }
  diagnostics.push(...checkChoiceNames(form), ...checkFormId(form));
  return diagnostics;
}

function checkChoiceNames(form: XlsForm): XlsFormDiagnostic[] {
  const diagnostics: XlsFormDiagnostic[] = [];
  for (const list of form.choiceLists) {
    const firstRow = new Map<string, number>();
    for (const choice of list.choices) {
      const place = choicesPlace(form, choice.row, "name");
      if (choice.name === "")
        diagnostics.push(xlsFormFinding("xlsform/missing-name", "this choice has no name", place));
      else if (/\s/.test(choice.name))
        diagnostics.push(
          xlsFormFinding(
            "xlsform/invalid-name",
            `the choice name ${JSON.stringify(choice.name)} has a space; a select_multiple answer separates its choices' names by spaces`,
            place,
          ),
        );
      else if (firstRow.has(choice.name))
        diagnostics.push(
          xlsFormFinding(
            "xlsform/duplicate-choice-name",
            `the list ${JSON.stringify(list.name)} already has a choice ${JSON.stringify(choice.name)} on row ${firstRow.get(choice.name)}`,
            place,
          ),
        );
      else firstRow.set(choice.name, choice.row);
      if (Object.keys(choice.label).length === 0)
        diagnostics.push(
          xlsFormFinding(
            "xlsform/missing-label",
            "this choice has no label",
            choicesPlace(form, choice.row, "label"),
          ),
        );
    }
  }
  return diagnostics;
}

function checkFormId(form: XlsForm): XlsFormDiagnostic[] {
  const { formId, row } = form.settings;
  if (formId === undefined || xmlNamePattern.test(formId)) return [];
  return [
    xlsFormFinding(
      "xlsform/invalid-name",
      `the form_id ${JSON.stringify(formId)} is no valid name: it must start with a letter or _, followed by letters, digits, -, _ or .`,
      placeOn(form.layout.settings, row, "form_id"),
    ),
  ];
}
