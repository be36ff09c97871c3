/**
 * The round trip: any valid answers written to a workbook read back as the same answers, in
 * every language, for a form with every type and a nested repeat and for the starter questionnaire.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { FormAnswers, FormAnswerValue } from "../form-engine/form-answers.ts";
import type { XlsForm, XlsFormChoiceList, XlsFormElement, XlsFormQuestion } from "../xlsform-model.ts";
import { isAnswerable } from "./answer-workbook-layout.ts";
import { sitesForm, starterForm } from "./answer-workbook-test-forms.ts";
import { readAnswerWorkbook } from "./read-answer-workbook.ts";
import { writeAnswerWorkbook } from "./write-answer-workbook.ts";

const digits = (min: number, max: number) =>
  fc.array(fc.constantFrom(..."0123456789"), { minLength: min, maxLength: max }).map((list) => list.join(""));

const decimal = fc.oneof(
  fc.integer().map(String),
  fc
    .tuple(fc.integer({ min: -99_999, max: 99_999 }), digits(1, 6))
    .map(([whole, fraction]) => `${whole}.${fraction}`),
  // Longer than a spreadsheet's 15 digits: kept as text, not rounded.
  fc.tuple(digits(10, 12), digits(6, 10)).map(([whole, fraction]) => `${whole}.${fraction}`),
  fc.constantFrom("1.", ".5", "-.25", "007.10", "0"),
);

// Whole days from 1000-01-01 to 9999-12-31, before and after 1900-03-01 (text and date cells).
const date = fc
  .integer({ min: -354_285, max: 2_932_896 })
  .map((days) => new Date(days * 86_400_000).toISOString().slice(0, 10));

const coordinate = (limit: number) =>
  fc
    .tuple(fc.integer({ min: -limit, max: limit }), digits(1, 6))
    .map(([whole, fraction]) => `${whole}.${fraction}`);

function answerFor(
  question: XlsFormQuestion,
  lists: ReadonlyMap<string, XlsFormChoiceList>,
): fc.Arbitrary<string> {
  const names = lists.get(question.listName ?? "")?.choices.map((choice) => choice.name) ?? [];
  switch (question.type) {
    case "integer":
      return fc.oneof(
        fc.integer({ min: -2_147_483_647, max: 2_147_483_647 }).map(String),
        fc.constantFrom("007", "-0"),
      );
    case "decimal":
      return decimal;
    case "date":
      return date;
    case "geopoint":
      return fc
        .tuple(coordinate(89), coordinate(179), fc.array(coordinate(9000), { maxLength: 2 }))
        .map(([latitude, longitude, rest]) => [latitude, longitude, ...rest].join(" "));
    case "select_one":
      return fc.constantFrom(...names);
    case "select_multiple":
      return fc.uniqueArray(fc.constantFrom(...names), { minLength: 1 }).map((chosen) => chosen.join(" "));
    default:
      // Any text a person types, spaces around it and line breaks included, but not blank.
      return fc.string({ unit: "grapheme", minLength: 1 }).filter((text) => text.trim() !== "");
  }
}

function answersAt(elements: readonly XlsFormElement[], lists: ReadonlyMap<string, XlsFormChoiceList>) {
  const entries: Record<string, fc.Arbitrary<FormAnswerValue>> = {};
  const visit = (level: readonly XlsFormElement[]) => {
    for (const element of level) {
      if (element.kind === "group") visit(element.children);
      if (element.kind === "question" && isAnswerable(element))
        entries[element.name] = answerFor(element, lists);
      if (element.kind === "repeat")
        entries[element.name] = fc.array(answersAt(element.children, lists), { minLength: 1, maxLength: 3 });
    }
  };
  visit(elements);
  return fc.record(entries, { requiredKeys: [] }) as fc.Arbitrary<FormAnswers>;
}

const forms: [string, XlsForm, number][] = [
  ["a form with every type and a nested repeat", sitesForm, 150],
  ["the starter questionnaire", starterForm, 40],
];

describe.each(forms)("%s", (_, form, numRuns) => {
  const lists = new Map(form.choiceLists.map((list) => [list.name, list]));
  test.prop([answersAt(form.survey, lists), fc.constantFrom("en", "ru", "fa", "de")], { numRuns })(
    "reads back the answers it was written with",
    (answers, language) => {
      const reading = readAnswerWorkbook(form, writeAnswerWorkbook(form, answers, { language }));
      expect(reading.problems).toEqual([]);
      expect(reading.answers).toEqual(answers);
    },
  );
});
