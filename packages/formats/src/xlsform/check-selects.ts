/**
 * Selects and their lists: a form with selects needs a choices sheet (reported once, at the
 * first select), and each select's list must be on it.
 */
import { editDistance } from "../search-text/typo-tolerance.ts";
import { xlsFormFinding } from "./xlsform-finding.ts";
import type { XlsForm, XlsFormDiagnostic, XlsFormQuestion } from "./xlsform-model.ts";
import { surveyPlace, walkElements } from "./xlsform-places.ts";

export function checkSelects(form: XlsForm): XlsFormDiagnostic[] {
  const selects: XlsFormQuestion[] = [];
  for (const { element } of walkElements(form.survey))
    if (element.kind === "question" && element.listName !== undefined) selects.push(element);
  const [first] = selects;
  if (first === undefined) return [];
  if (form.layout.choices === undefined)
    return [
      xlsFormFinding(
        "xlsform/missing-choices-sheet",
        `the form has ${selects.length} select question(s) but no choices sheet for their lists`,
        surveyPlace(form, first.row, "type"),
      ),
    ];
  const lists = form.choiceLists.map((list) => list.name);
  return selects
    .filter((select) => !lists.includes(select.listName as string))
    .map((select) => {
      const near = lists.find((list) => editDistance(list, select.listName as string) <= 2);
      return xlsFormFinding(
        "xlsform/unknown-list",
        `the choices sheet has no list ${JSON.stringify(select.listName)}${near === undefined ? "" : `; did you mean ${JSON.stringify(near)}?`}`,
        surveyPlace(form, select.row, "type"),
      );
    });
}
