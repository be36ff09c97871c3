/**
 * Whether an answer has the shape its question type stores (ODK XForms, "Data types"): `int`
 * (xsd:int, 32-bit), `decimal`, `date` (`YYYY-MM-DD`, a day that exists), `geopoint`
 * (`lat lon alt acc`), and select values among the choices offered.
 */
import { daysSinceEpoch } from "../expression/expression-dates.ts";
import type { XlsFormQuestionType } from "../xlsform-model.ts";
import type { DefaultMessageName } from "./form-messages.ts";
import { type FormProblemCode, formProblemCodes } from "./form-state.ts";

/** What is wrong with a value's type: the problem code and the default message's name. */
export interface AnswerTypeFault {
  readonly code: FormProblemCode;
  readonly message: DefaultMessageName;
}

const integerPattern = /^-?\d+$/;
const decimalPattern = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const maxInt = 2_147_483_647;

/**
 * The fault of a non-empty `value` for `type`, or undefined when it fits. `choiceNames` are the
 * names a select may take (after `choice_filter`). The patterns are strict, as stored answers
 * are canonical: no surrounding spaces, no `+`, no exponent, a full stop for decimals.
 */
export function answerTypeFault(
  type: XlsFormQuestionType,
  value: string,
  choiceNames: ReadonlySet<string>,
): AnswerTypeFault | undefined {
  switch (type) {
    case "integer":
      return isInteger(value) ? undefined : { code: formProblemCodes.invalidInteger, message: "integer" };
    case "decimal":
      return decimalPattern.test(value)
        ? undefined
        : { code: formProblemCodes.invalidDecimal, message: "decimal" };
    case "date":
      return isDate(value) ? undefined : { code: formProblemCodes.invalidDate, message: "date" };
    case "geopoint":
      return isGeopoint(value) ? undefined : { code: formProblemCodes.invalidGeopoint, message: "geopoint" };
    case "select_one":
      return choiceNames.has(value) ? undefined : { code: formProblemCodes.unknownChoice, message: "choice" };
    case "select_multiple":
      return isMultipleSelection(value, choiceNames)
        ? undefined
        : { code: formProblemCodes.unknownChoice, message: "choice" };
    default:
      return undefined;
  }
}

function isInteger(value: string): boolean {
  return integerPattern.test(value) && Math.abs(Number(value)) <= maxInt;
}

function isDate(value: string): boolean {
  // daysSinceEpoch refuses days that do not exist (2026-02-30), with calendar arithmetic, not Date.
  return datePattern.test(value) && daysSinceEpoch(value) !== undefined;
}

function isGeopoint(value: string): boolean {
  const parts = value.split(" ");
  if (parts.length < 2 || parts.length > 4 || !parts.every((part) => decimalPattern.test(part))) return false;
  const [latitude, longitude] = parts.map(Number);
  return (
    latitude !== undefined &&
    longitude !== undefined &&
    Math.abs(latitude) <= 90 &&
    Math.abs(longitude) <= 180
  );
}

// ODK stores a selection as names separated by single spaces; anything else would not read back.
function isMultipleSelection(value: string, choiceNames: ReadonlySet<string>): boolean {
  const names = value.split(" ");
  return names.every((name) => choiceNames.has(name)) && new Set(names).size === names.length;
}
