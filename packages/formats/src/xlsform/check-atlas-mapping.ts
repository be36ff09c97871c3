/**
 * The `bind::atlas:*` columns that tie answers to the observatory (README "Mapping to the
 * observatory"): a number question or a repeat feeds an indicator series, a repeat becomes draft
 * knowledge-base records, and questions fill their fields and breakdowns. Checked here is what
 * the form alone (and the record vocabulary, when given) can tell; whether a series code exists
 * is the catalogue's to say, on import.
 */
import { checkRecordField, checkRecordType, type FieldsFilled, noteFilled } from "./check-atlas-records.ts";
import { checkDimension, checkPeriod, checkUnit } from "./check-atlas-series.ts";
import { xlsFormFinding } from "./xlsform-finding.ts";
import type { XlsFormLintOptions } from "./xlsform-lint-options.ts";
import type { XlsForm, XlsFormDiagnostic, XlsFormElement, XlsFormRepeat } from "./xlsform-model.ts";
import { surveyPlace, walkElements } from "./xlsform-places.ts";

/** What a question inside a series repeat may give, as the long template names its columns. */
export const atlasSeriesFields = ["value", "year", "unit", "obs_status", "comment"] as const;

// Series codes as the catalogue writes them: EN_MAT_DOMCMPC, SP.POP.TOTL, CDIAC_CO2.
const seriesCodePattern = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

export function checkAtlasMapping(form: XlsForm, options: XlsFormLintOptions = {}): XlsFormDiagnostic[] {
  const diagnostics: XlsFormDiagnostic[] = [];
  const filled: FieldsFilled = new Map();
  const recordTypesOfForm = [...walkElements(form.survey)]
    .map(({ element }) => (element.kind === "repeat" ? element.bind["atlas:record"] : undefined))
    .filter((type) => type !== undefined);
  for (const { element, ancestors } of walkElements(form.survey)) {
    if (element.kind === "metadata") continue;
    const at = (key: string) => surveyPlace(form, element.row, `bind::atlas:${key}`);
    const series = element.bind["atlas:series"];
    const record = element.bind["atlas:record"];
    if (series !== undefined && !seriesCodePattern.test(series))
      diagnostics.push(
        xlsFormFinding(
          "xlsform/atlas-series-code",
          `${JSON.stringify(series)} is no series code (letters, digits, _, . and -, e.g. EN_MAT_DOMCMPC)`,
          at("series"),
        ),
      );
    if (record !== undefined) diagnostics.push(...checkRecordType(record, series, options, at("record")));
    const seriesRepeat = ancestors.find((ancestor) => ancestor.kind === "repeat" && isSeriesRepeat(ancestor));
    if (series !== undefined && seriesRepeat !== undefined)
      diagnostics.push(
        xlsFormFinding(
          "xlsform/atlas-field",
          `inside the series repeat ${seriesRepeat.name}, a question gives a field of its observation (bind::atlas:field), not a series of its own`,
          at("series"),
        ),
      );
    const mapped = mappedRepeatOf(ancestors);
    const field = element.bind["atlas:field"];
    if (field !== undefined)
      diagnostics.push(
        ...(mapped?.bind["atlas:series"] !== undefined
          ? checkSeriesField(field, mapped, filled, element, at("field"))
          : checkRecordField(
              field,
              { element, ancestors, mapped, recordTypesOfForm, filled, options },
              at("field"),
            )),
      );
    const feedsSeries = series !== undefined || mapped?.bind["atlas:series"] !== undefined;
    const dimension = element.bind["atlas:dimension"];
    if (dimension !== undefined)
      diagnostics.push(
        ...checkDimension(
          dimension,
          {
            element,
            inSeries: mapped?.bind["atlas:series"] !== undefined || givesSeriesValues(ancestors),
            feedsSeries,
          },
          at("dimension"),
        ),
      );
    const unit = element.bind["atlas:unit"];
    if (unit !== undefined) diagnostics.push(...checkUnit(unit, series !== undefined, at("unit")));
    const period = element.bind["atlas:period"];
    if (period !== undefined)
      diagnostics.push(
        ...checkPeriod(
          period,
          {
            onSeries: series !== undefined,
            repeats: [...ancestors, element].filter((it) => it.kind === "repeat"),
          },
          form,
          at("period"),
        ),
      );
  }
  for (const { element } of walkElements(form.survey)) {
    if (element.kind !== "repeat" || element.bind["atlas:series"] === undefined) continue;
    if (filled.get(element)?.has("value") === true) continue;
    diagnostics.push(
      xlsFormFinding(
        "xlsform/atlas-field",
        `the repeat feeds the series ${element.bind["atlas:series"]} but no question in it has bind::atlas:field value`,
        surveyPlace(form, element.row, "bind::atlas:series"),
      ),
    );
  }
  return diagnostics;
}

function isSeriesRepeat(element: XlsFormElement): boolean {
  return element.kind === "repeat" && element.bind["atlas:series"] !== undefined;
}

/** Whether the nearest enclosing repeat holds, at its own level, questions with `bind::atlas:series`. */
function givesSeriesValues(ancestors: readonly XlsFormElement[]): boolean {
  const repeat = ancestors.findLast((ancestor) => ancestor.kind === "repeat");
  if (repeat === undefined || repeat.kind !== "repeat") return false;
  const level = (elements: readonly XlsFormElement[]): XlsFormElement[] =>
    elements.flatMap((element) =>
      element.kind === "group" ? [element, ...level(element.children)] : [element],
    );
  return level(repeat.children).some(
    (element) => element.kind === "question" && element.bind["atlas:series"] !== undefined,
  );
}

/** The nearest enclosing repeat that feeds a series or becomes records. */
function mappedRepeatOf(ancestors: readonly XlsFormElement[]): XlsFormRepeat | undefined {
  return ancestors.findLast(
    (ancestor): ancestor is XlsFormRepeat =>
      ancestor.kind === "repeat" &&
      (ancestor.bind["atlas:series"] !== undefined || ancestor.bind["atlas:record"] !== undefined),
  );
}

function checkSeriesField(
  field: string,
  repeat: XlsFormRepeat,
  filled: FieldsFilled,
  element: XlsFormElement,
  place: ReturnType<typeof surveyPlace>,
): XlsFormDiagnostic[] {
  if (!(atlasSeriesFields as readonly string[]).includes(field))
    return [
      xlsFormFinding(
        "xlsform/atlas-field",
        `${JSON.stringify(field)} is no field of a series' observation (${atlasSeriesFields.join(", ")})`,
        place,
      ),
    ];
  return noteFilled(filled, repeat, field, element.row, place);
}
