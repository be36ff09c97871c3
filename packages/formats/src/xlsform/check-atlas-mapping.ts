/**
 * The `bind::atlas:*` columns that tie answers to the observatory (README "Mapping to the
 * observatory"): a number question or a repeat feeds an indicator series, a repeat becomes draft
 * knowledge-base records, and questions inside such a repeat fill its fields and breakdowns.
 * Checked here is what the form alone can tell; whether a series code exists is the catalogue's
 * to say, on import.
 */
import { xlsFormFinding } from "./xlsform-finding.ts";
import type { XlsForm, XlsFormDiagnostic, XlsFormElement, XlsFormRepeat } from "./xlsform-model.ts";
import { surveyPlace, walkElements } from "./xlsform-places.ts";

/** Record types a repeat may become (a subset of the knowledge base's record types). */
export const atlasRecordTypes = ["policy", "good-practice", "stakeholder", "barrier"] as const;

/** What a question inside a series repeat may give, as the long template names its columns. */
export const atlasSeriesFields = ["value", "year", "unit", "obs_status", "comment"] as const;

/** What a question inside a record repeat may fill: the record input's fields, sources dotted. */
export const atlasRecordFields = [
  "title",
  "summary",
  "body",
  "year",
  "location",
  "sectors",
  "strategies",
  "themes",
  "source.title",
  "source.url",
  "source.publisher",
  "source.publishedOn",
] as const;

// Series codes as the catalogue writes them: EN_MAT_DOMCMPC, SP.POP.TOTL, CDIAC_CO2.
const seriesCodePattern = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
// SDMX dimension ids (TYPE_OF_PRODUCT) and codes (_T, Y15T24, F).
const dimensionIdPattern = /^[A-Z][A-Z0-9_]*$/;
const dimensionCodePattern = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

export function checkAtlasMapping(form: XlsForm): XlsFormDiagnostic[] {
  const diagnostics: XlsFormDiagnostic[] = [];
  const fieldsByRepeat = new Map<XlsFormRepeat, Map<string, number>>();
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
    if (record !== undefined && !(atlasRecordTypes as readonly string[]).includes(record))
      diagnostics.push(
        xlsFormFinding(
          "xlsform/atlas-record-type",
          `${JSON.stringify(record)} is no record type a repeat can become (${atlasRecordTypes.join(", ")})`,
          at("record"),
        ),
      );
    else if (record !== undefined && series !== undefined)
      diagnostics.push(
        xlsFormFinding(
          "xlsform/atlas-record-type",
          "a repeat becomes either a series' observations or records, not both",
          at("record"),
        ),
      );
    const mapped = mappedRepeatOf(ancestors);
    const field = element.bind["atlas:field"];
    if (field !== undefined)
      diagnostics.push(...checkField(field, mapped, fieldsByRepeat, element, at("field")));
    const dimension = element.bind["atlas:dimension"];
    if (dimension !== undefined)
      diagnostics.push(...checkDimension(dimension, element, mapped, at("dimension")));
  }
  for (const { element } of walkElements(form.survey)) {
    if (element.kind !== "repeat" || element.bind["atlas:series"] === undefined) continue;
    if (fieldsByRepeat.get(element)?.has("value") === true) continue;
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

/** The nearest enclosing repeat that feeds a series or becomes records. */
function mappedRepeatOf(ancestors: readonly XlsFormElement[]): XlsFormRepeat | undefined {
  return ancestors.findLast(
    (ancestor): ancestor is XlsFormRepeat =>
      ancestor.kind === "repeat" &&
      (ancestor.bind["atlas:series"] !== undefined || ancestor.bind["atlas:record"] !== undefined),
  );
}

function checkField(
  field: string,
  mapped: XlsFormRepeat | undefined,
  fieldsByRepeat: Map<XlsFormRepeat, Map<string, number>>,
  element: XlsFormElement,
  place: ReturnType<typeof surveyPlace>,
): XlsFormDiagnostic[] {
  if (mapped === undefined)
    return [
      xlsFormFinding(
        "xlsform/atlas-field",
        "bind::atlas:field belongs on a question inside a repeat with bind::atlas:series or bind::atlas:record",
        place,
      ),
    ];
  const isSeries = mapped.bind["atlas:series"] !== undefined;
  const allowed: readonly string[] = isSeries ? atlasSeriesFields : atlasRecordFields;
  if (!allowed.includes(field))
    return [
      xlsFormFinding(
        "xlsform/atlas-field",
        `${JSON.stringify(field)} is no field of ${isSeries ? "a series' observation" : "a record"} (${allowed.join(", ")})`,
        place,
      ),
    ];
  const fields = fieldsByRepeat.get(mapped) ?? new Map<string, number>();
  fieldsByRepeat.set(mapped, fields);
  const earlier = fields.get(field);
  if (earlier === undefined) {
    fields.set(field, element.row);
    return [];
  }
  return [
    xlsFormFinding(
      "xlsform/atlas-field",
      `the repeat ${JSON.stringify(mapped.name)} already fills ${field} from row ${earlier}`,
      place,
    ),
  ];
}

/**
 * `ID` (the answer is the code of breakdown dimension ID) inside a series repeat, or
 * `ID=CODE …` (fixed breakdowns) on or inside what feeds a series.
 */
function checkDimension(
  dimension: string,
  element: XlsFormElement,
  mapped: XlsFormRepeat | undefined,
  place: ReturnType<typeof surveyPlace>,
): XlsFormDiagnostic[] {
  const problem = (message: string) => [xlsFormFinding("xlsform/atlas-dimension", message, place)];
  const inSeries = mapped?.bind["atlas:series"] !== undefined;
  const feedsSeries = inSeries || (element.kind !== "metadata" && element.bind["atlas:series"] !== undefined);
  const parts = dimension.split(/\s+/);
  if (parts.length === 1 && !dimension.includes("=")) {
    if (!dimensionIdPattern.test(dimension))
      return problem(`${JSON.stringify(dimension)} is no dimension id (upper case, e.g. TYPE_OF_PRODUCT)`);
    if (!inSeries || element.kind !== "question")
      return problem(
        `a question whose answer is the ${dimension} code belongs inside a repeat with bind::atlas:series`,
      );
    return [];
  }
  const bad = parts.find((part) => {
    const [id, code, ...rest] = part.split("=");
    return rest.length > 0 || !dimensionIdPattern.test(id ?? "") || !dimensionCodePattern.test(code ?? "");
  });
  if (bad !== undefined)
    return problem(
      `${JSON.stringify(bad)} is no fixed breakdown: write DIMENSION=CODE, e.g. SEX=F, separated by spaces`,
    );
  if (!feedsSeries)
    return problem("fixed breakdowns belong on what feeds a series (bind::atlas:series) or inside it");
  return [];
}
