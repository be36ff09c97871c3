/** Locating findings about a parsed form: an element's or a choice's cell by column keyword. */
import type { XlsFormPlace } from "./xlsform-finding.ts";
import type { XlsForm, XlsFormElement, XlsFormSheetLayout } from "./xlsform-model.ts";

/** The cell of `key` (in `language`, for translated columns) on `row` of the sheet. */
export function placeOn(
  layout: XlsFormSheetLayout | undefined,
  row: number | undefined,
  key: string,
  language?: string,
): XlsFormPlace {
  const sheet = layout?.sheet ?? "survey";
  const column = layout?.columns.find(
    (candidate) => candidate.key === key && (language === undefined || candidate.language === language),
  );
  return { sheet, ...(row === undefined ? {} : { row }), ...(column === undefined ? {} : { column }) };
}

export function surveyPlace(form: XlsForm, row: number, key: string, language?: string): XlsFormPlace {
  return placeOn(form.layout.survey, row, key, language);
}

export function choicesPlace(form: XlsForm, row: number, key: string, language?: string): XlsFormPlace {
  return placeOn(form.layout.choices, row, key, language);
}

/** Every element of the tree, depth first in sheet order, with its enclosing elements. */
export function* walkElements(
  elements: readonly XlsFormElement[],
  ancestors: readonly XlsFormElement[] = [],
): Generator<{ element: XlsFormElement; ancestors: readonly XlsFormElement[] }> {
  for (const element of elements) {
    yield { element, ancestors };
    if (element.kind === "group" || element.kind === "repeat")
      yield* walkElements(element.children, [...ancestors, element]);
  }
}
