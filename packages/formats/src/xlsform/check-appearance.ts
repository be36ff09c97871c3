/**
 * The appearances Circular Atlas's web form renders (a subset of ODK's; README "Appearances").
 * Any other keyword is reported: the question is shown with its default widget instead.
 */
import { xlsFormFinding } from "./xlsform-finding.ts";
import type { XlsForm, XlsFormDiagnostic, XlsFormElement } from "./xlsform-model.ts";
import { surveyPlace, walkElements } from "./xlsform-places.ts";

const selectAppearances = [
  "minimal",
  "horizontal",
  "horizontal-compact",
  "compact",
  "columns",
  "columns-pack",
  "autocomplete",
  "label",
  "list-nolabel",
];

/** Accepted appearance keywords by element type (`group`/`repeat` for structure rows). */
export const supportedAppearances: Readonly<Record<string, readonly string[]>> = {
  group: ["field-list", "table-list"],
  repeat: ["field-list"],
  text: ["multiline", "numbers"],
  integer: ["thousands-sep"],
  decimal: ["thousands-sep"],
  date: ["no-calendar", "month-year", "year"],
  geopoint: ["maps", "placement-map"],
  select_one: [...selectAppearances, "likert"],
  select_multiple: selectAppearances,
  note: [],
};

export function checkAppearance(form: XlsForm): XlsFormDiagnostic[] {
  const diagnostics: XlsFormDiagnostic[] = [];
  for (const { element } of walkElements(form.survey)) {
    if (element.kind === "metadata" || element.appearance === undefined) continue;
    const type = typeOf(element);
    const accepted = supportedAppearances[type] ?? [];
    for (const keyword of element.appearance.split(" ")) {
      if (accepted.includes(keyword)) continue;
      diagnostics.push(
        xlsFormFinding(
          "xlsform/unsupported-appearance",
          `appearance ${JSON.stringify(keyword)} is not one Circular Atlas renders on a ${type} (${accepted.length === 0 ? "none is" : `${accepted.join(", ")} are`}); the default is shown`,
          surveyPlace(form, element.row, "appearance"),
        ),
      );
    }
  }
  return diagnostics;
}

function typeOf(element: Exclude<XlsFormElement, { kind: "metadata" }>): string {
  return element.kind === "question" ? element.type : element.kind;
}
