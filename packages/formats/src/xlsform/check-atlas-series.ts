/**
 * The breakdown, unit and period of what feeds a series: `bind::atlas:dimension`,
 * `bind::atlas:unit` and `bind::atlas:period`. Codes are checked for their shape only; whether a
 * dimension, code or unit belongs to the series is the catalogue's to say, on import.
 */
import { type XlsFormPlace, xlsFormFinding } from "./xlsform-finding.ts";
import type { XlsForm, XlsFormDiagnostic, XlsFormElement } from "./xlsform-model.ts";
import { walkElements } from "./xlsform-places.ts";

// SDMX dimension ids (TYPE_OF_PRODUCT) and codes (_T, Y15T24, F).
const dimensionIdPattern = /^[A-Z][A-Z0-9_]*$/;
const dimensionCodePattern = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
// Unit codes as the catalogue writes them: T, PT, KG_PER_CAP_PER_DAY, MT_CO2E.
const unitCodePattern = /^[A-Z][A-Z0-9_]*$/;

export interface DimensionContext {
  readonly element: XlsFormElement;
  /** Inside a repeat with `bind::atlas:series`. */
  readonly inSeries: boolean;
  /** On or inside what feeds a series. */
  readonly feedsSeries: boolean;
}

/**
 * `ID` (the answer is the code of breakdown dimension ID) on a question inside a series repeat,
 * or fixed breakdowns `ID=CODE;ID=CODE` (as the `dimensions` column of `observations.csv` writes
 * them) on or inside what feeds a series.
 */
export function checkDimension(
  dimension: string,
  { element, inSeries, feedsSeries }: DimensionContext,
  place: XlsFormPlace,
): XlsFormDiagnostic[] {
  const problem = (message: string) => [xlsFormFinding("xlsform/atlas-dimension", message, place)];
  if (!dimension.includes("=")) {
    if (!dimensionIdPattern.test(dimension))
      return problem(`${JSON.stringify(dimension)} is no dimension id (upper case, e.g. TYPE_OF_PRODUCT)`);
    if (!inSeries || element.kind !== "question")
      return problem(
        `a question whose answer is the ${dimension} code belongs inside a repeat with bind::atlas:series, or in a repeat beside the questions with bind::atlas:series it breaks down`,
      );
    return [];
  }
  const pairs = dimension.split(";").map((pair) => pair.trim().split("="));
  const bad = pairs.find(
    ([id, code, ...rest]) =>
      rest.length > 0 || !dimensionIdPattern.test(id ?? "") || !dimensionCodePattern.test(code ?? ""),
  );
  if (bad !== undefined)
    return problem(
      `${JSON.stringify(bad.join("="))} is no fixed breakdown: write DIMENSION=CODE, e.g. SEX=F, several separated by ; as in observations.csv (SEX=F;AGE=Y15T24)`,
    );
  const ids = pairs.map(([id]) => id);
  const twice = ids.find((id, index) => ids.indexOf(id) !== index);
  if (twice !== undefined) return problem(`the breakdown gives ${twice} twice`);
  if (!feedsSeries)
    return problem("fixed breakdowns belong on what feeds a series (bind::atlas:series) or inside it");
  return [];
}

/** The unit code the answer is given in, beside `bind::atlas:series`. */
export function checkUnit(unit: string, onSeries: boolean, place: XlsFormPlace): XlsFormDiagnostic[] {
  const problem = (message: string) => [xlsFormFinding("xlsform/atlas-unit", message, place)];
  if (!unitCodePattern.test(unit))
    return problem(`${JSON.stringify(unit)} is no unit code (upper case, e.g. T, PT, KG_PER_CAP)`);
  if (!onSeries) return problem("bind::atlas:unit belongs beside bind::atlas:series, on what feeds a series");
  return [];
}

export interface PeriodContext {
  /** Beside `bind::atlas:series`. */
  readonly onSeries: boolean;
  /** The repeats whose instance the value is in (a series repeat among them): where its year may be. */
  readonly repeats: readonly XlsFormElement[];
}

/**
 * The name of the integer question holding the value's year, beside `bind::atlas:series`: a
 * question outside repeats, or in the value's own repeat instance or one around it, so each value
 * has exactly one year.
 */
export function checkPeriod(
  period: string,
  { onSeries, repeats }: PeriodContext,
  form: XlsForm,
  place: XlsFormPlace,
): XlsFormDiagnostic[] {
  const problem = (message: string) => [xlsFormFinding("xlsform/atlas-period", message, place)];
  if (!onSeries)
    return problem("bind::atlas:period belongs beside bind::atlas:series, on what feeds a series");
  const found = [...walkElements(form.survey)].find(({ element }) => element.name === period);
  const named = found?.element;
  if (named === undefined)
    return problem(
      `${JSON.stringify(period)} names no question of this form; give the name of the integer question holding the year`,
    );
  if (named.kind !== "question" || named.type !== "integer")
    return problem(
      `${JSON.stringify(period)} is ${named.kind === "question" ? `a ${named.type} question` : `a ${named.kind}`}; the year comes from an integer question`,
    );
  const apart = found?.ancestors.find(
    (ancestor) => ancestor.kind === "repeat" && !repeats.includes(ancestor),
  );
  if (apart !== undefined)
    return problem(
      `${JSON.stringify(period)} is inside the repeat ${apart.name}, which the value is not in, so it gives no single year; put the year question outside repeats or in the value's own repeat`,
    );
  return [];
}
