/**
 * Properties over arbitrary answers (any JSON at any name, the form's names mixed with others):
 * the engine never throws, and cleaning is what a submission holds: nothing of it is reported as
 * to be cleared, and every element keeps its relevance and value.
 */
// biome-ignore lint/correctness/noNodejsModules: the test reads the committed workbook; the engine does no IO.
import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { readXlsForm } from "../read-xlsform.ts";
import type { XlsForm } from "../xlsform-model.ts";
import { cleanAnswers } from "./clean-answers.ts";
import { evaluateForm } from "./evaluate-form.ts";
import type { FormAnswers } from "./form-answers.ts";
import { choices, group, question, repeat, testForm } from "./form-engine-test-form.ts";
import { formProblemCodes } from "./form-state.ts";
import { validateSubmission } from "./validate-submission.ts";

const small = testForm(
  [
    question("select_one", "kind", { listName: "kind" }),
    question("select_one", "sub", {
      listName: "sub",
      choiceFilter: "kind = ${kind}",
      relevant: "${kind} != ''",
    }),
    question("integer", "n", { constraint: ". >= 0 and . <= 4", required: "${kind} = 'a'" }),
    group("details", [question("text", "site", { constraint: "regex(., '^[a-z]+$')" })], {
      relevant: "${n} > 1",
    }),
    repeat(
      "row",
      [
        question("decimal", "amount", { relevant: "position(..) != 2" }),
        question("calculate", "double", { calculation: "${amount} * 2" }),
        repeat("cell", [question("date", "day", { required: "true()" })], { relevant: "${amount} > 0" }),
      ],
      { repeatCount: "${n}" },
    ),
    repeat("free", [question("text", "word", { relevant: "${kind} = 'b'" })]),
    question("calculate", "total", { calculation: "sum(${double})" }),
    question("calculate", "days", { calculation: "count(${day})" }),
    question("text", "late", { relevant: "${total} > 10" }),
  ],
  {
    choiceLists: [
      choices("kind", [["a"], ["b"]]),
      choices("sub", [
        ["x", { en: "x" }, { kind: "a" }],
        ["y", { en: "y" }, { kind: "b" }],
      ]),
    ],
  },
);

const starter = readXlsForm(new Uint8Array(readFileSync("data/questionnaires/eco-ce-mapping.xlsx"))).form;
const now = "2026-05-06T09:30:00+05:00";
const codes = new Set<string>(Object.values(formProblemCodes));

function names(form: XlsForm): string[] {
  const all: string[] = [];
  const visit = (elements: XlsForm["survey"]) => {
    for (const element of elements) {
      all.push(element.name);
      if (element.kind === "group" || element.kind === "repeat") visit(element.children);
    }
  };
  visit(form.survey);
  return all;
}

/** Answers for `form`: plausible strings, junk JSON, and instances, at its names and others. */
function answersFor(form: XlsForm): fc.Arbitrary<FormAnswers> {
  const key = fc.oneof(fc.constantFrom(...names(form), "constructor", "__proto__", "other"), fc.string());
  const text = fc.oneof(
    fc.constantFrom(
      "",
      "a",
      "b",
      "x",
      "y",
      "yes",
      "no",
      "adopted",
      "0",
      "1",
      "2",
      "3",
      "5",
      "1.5",
      "-1",
      "abc",
    ),
    fc.constantFrom("2024-02-29", "2026-02-30", "41 69", "1989", "2013", "https://x.org", "[", "1e3"),
    fc.string(),
  );
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      text,
      fc.jsonValue({ maxDepth: 1 }),
      fc.array(tie("instance"), { maxLength: 4 }),
    ),
    instance: fc.dictionary(key, tie("value"), { maxKeys: 6 }),
  }));
  return fc.dictionary(key, value, { maxKeys: 12 }) as fc.Arbitrary<FormAnswers>;
}

const forms: [string, XlsForm][] = [["a small form", small]];
if (starter !== undefined) forms.push(["the starter questionnaire", starter]);

describe.each(forms)("%s over arbitrary answers", (_, form) => {
  test.prop([answersFor(form), fc.constantFrom("en", "ru", "fa", "de"), fc.boolean()], { numRuns: 150 })(
    "never throws and reports only the engine's codes",
    (answers, language, applyDefaults) => {
      const state = evaluateForm(form, answers, { now, language, applyDefaults });
      const validation = validateSubmission(form, answers, { now, language, applyDefaults });
      for (const problem of [...state.problems, ...state.cleared, ...validation.problems]) {
        expect(codes.has(problem.code), problem.code).toBe(true);
      }
      expect(validation.ok).toBe(!validation.problems.some((problem) => problem.severity === "error"));
    },
  );

  test.prop([answersFor(form), fc.boolean()], { numRuns: 150 })(
    "cleaned answers report nothing to clear and keep every relevance and value",
    (answers, applyDefaults) => {
      const options = { now, applyDefaults };
      const cleaned = cleanAnswers(form, answers, options);
      const validation = validateSubmission(form, cleaned, options);
      const clearing = new Set<string>([
        formProblemCodes.nonRelevantAnswer,
        formProblemCodes.extraRepeatInstance,
        formProblemCodes.unknownAnswer,
        formProblemCodes.answerShape,
      ]);
      expect(validation.problems.filter((problem) => clearing.has(problem.code))).toEqual([]);
      const before = evaluateForm(form, answers, options).elements;
      const after = evaluateForm(form, cleaned, options).elements;
      const view = (elements: typeof before) =>
        Object.values(elements).map((entry) => [entry.path, entry.relevant, entry.value ?? ""]);
      expect(view(after)).toEqual(view(before));
      // Cleaning is idempotent.
      expect(cleanAnswers(form, cleaned, options)).toEqual(cleaned);
    },
  );
});
