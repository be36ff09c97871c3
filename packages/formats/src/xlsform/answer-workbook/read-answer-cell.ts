/**
 * One cell as the answer its question stores (form-engine answers: canonical strings): numbers
 * from number cells exactly as written (an exponent folded in), dates from date cells (told by
 * number format) or typed as `YYYY-MM-DD`, choices by name or by label in any of the form's
 * languages. What does not fit is a problem naming what the cell holds.
 */
import { canonicalDecimal } from "../../decimal.ts";
import type { XlsxCell, XlsxRow } from "../../xlsx/xlsx-cell.ts";
import { answerTypeFault } from "../form-engine/answer-types.ts";
import type { XlsFormChoiceList, XlsFormQuestion } from "../xlsform-model.ts";
import {
  type AnswerWorkbookProblemCode,
  answerWorkbookProblemCodes as codes,
} from "./answer-workbook-problem.ts";

export type CellReading =
  | { readonly value: string }
  | { readonly code: AnswerWorkbookProblemCode; readonly message: string }
  | undefined;

const typeCodes = {
  integer: codes.invalidInteger,
  decimal: codes.invalidDecimal,
  date: codes.invalidDate,
  geopoint: codes.invalidGeopoint,
} as const;

/** The cells of a row by 1-based column. */
export function cellsOf(row: XlsxRow | undefined): Map<number, XlsxCell> {
  return new Map((row?.cells ?? []).map((cell) => [cell.column, cell]));
}

/** The answer in `cell` (undefined when it is empty or only spaces). */
export function readAnswerCell(
  question: XlsFormQuestion,
  cell: XlsxCell | undefined,
  lists: ReadonlyMap<string, XlsFormChoiceList>,
): CellReading {
  if (cell === undefined) return undefined;
  if (cell.type === "error")
    return { code: codes.noValue, message: `the cell holds the error ${cell.raw}, not an answer` };
  if (cell.type === "blank")
    return {
      code: codes.noValue,
      message: "the formula has no calculated value (open and save the workbook in Excel or LibreOffice)",
    };
  if (cell.text.trim() === "") return undefined;
  switch (question.type) {
    case "integer":
    case "decimal":
      return number(question.type, cell);
    case "date":
      return date(cell);
    case "geopoint":
      return checked("geopoint", cell.text.trim().replace(/\s+/g, " "));
    case "select_one":
    case "select_multiple":
      return choice(question, cell.text.trim(), lists.get(question.listName ?? "")?.choices ?? []);
    default:
      return { value: cell.text };
  }
}

function number(type: "integer" | "decimal", cell: XlsxCell): CellReading {
  if (cell.type === "date")
    return {
      code: typeCodes[type],
      message: `the cell is a date (${cell.date}), not a number: format it as a number`,
    };
  let text = cell.type === "number" ? cell.raw : cell.text.trim();
  if (cell.type === "number" && /[eE]/.test(text)) text = canonicalDecimal(text);
  // 2013.0 is the whole number a spreadsheet may have made of 2013.
  if (type === "integer" && cell.type === "number") text = text.replace(/\.0*$/, "");
  return checked(type, text);
}

function date(cell: XlsxCell): CellReading {
  if (cell.type === "date") {
    const day = /^(\d{4}-\d{2}-\d{2})(?:T00:00:00)?$/.exec(cell.date ?? "")?.[1];
    return day !== undefined
      ? { value: day }
      : {
          code: codes.invalidDate,
          message: `the cell holds ${cell.date ?? cell.raw}, not a day: give the date alone`,
        };
  }
  if (cell.type === "number")
    return {
      code: codes.invalidDate,
      message: `the cell holds the number ${cell.raw}, not a date: format the cell as a date, or type the date as YYYY-MM-DD`,
    };
  return checked("date", cell.text.trim());
}

function checked(type: keyof typeof typeCodes, value: string): CellReading {
  if (answerTypeFault(type, value, new Set()) === undefined) return { value };
  const expected = {
    integer: "a whole number",
    decimal: "a number, with a full stop for decimals",
    date: "an existing date as YYYY-MM-DD",
    geopoint: "latitude and longitude (and optionally altitude and accuracy), separated by spaces",
  }[type];
  return { code: typeCodes[type], message: `${JSON.stringify(value)} is not ${expected}` };
}

function choice(question: XlsFormQuestion, text: string, list: XlsFormChoiceList["choices"]): CellReading {
  const names = new Set(list.map((entry) => entry.name));
  const byLabel = new Map<string, string>();
  for (const entry of list)
    for (const label of Object.values(entry.label)) {
      const folded = fold(label);
      if (folded !== "" && !byLabel.has(folded)) byLabel.set(folded, entry.name);
    }
  const resolve = (part: string) => (names.has(part) ? part : byLabel.get(fold(part)));
  // A long list is cut: the choices column of the answers sheet shows them all.
  const shown = list.slice(0, 20).map((entry) => entry.name);
  const offered = () =>
    `choose among ${shown.join(", ")}${list.length > shown.length ? ", …" : ""} (their names or labels)`;
  if (question.type === "select_one") {
    const name = resolve(text);
    return name !== undefined
      ? { value: name }
      : {
          code: codes.unknownChoice,
          message: `${JSON.stringify(text)} is no choice of ${question.listName}: ${offered()}`,
        };
  }
  // The XLSForm way first, choice names separated by spaces (what the writer writes); then the
  // whole cell as one choice's label; then parts separated by commas, semicolons or lines.
  const words = text.split(/\s+/);
  if (words.every((word) => names.has(word))) return { value: [...new Set(words)].join(" ") };
  const whole = resolve(text);
  if (whole !== undefined) return { value: whole };
  const chosen: string[] = [];
  const unknown: string[] = [];
  for (const part of text.split(/\s*[,;\n]\s*/).filter((entry) => entry !== "")) {
    const name = resolve(part);
    const partWords = part.split(/\s+/);
    if (name !== undefined) chosen.push(name);
    else if (partWords.every((word) => names.has(word))) chosen.push(...partWords);
    else unknown.push(part);
  }
  if (unknown.length > 0)
    return {
      code: codes.unknownChoice,
      message: `${unknown.map((part) => JSON.stringify(part)).join(", ")} ${unknown.length === 1 ? "is no choice" : "are no choices"} of ${question.listName}: ${offered()}`,
    };
  return { value: [...new Set(chosen)].join(" ") };
}

function fold(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}
