/**
 * evaluateForm on small forms built in code. Expected values are derived by hand from the XLSForm
 * and ODK XForms rules cited per group: relevance inherits (ODK XForms "Bind attributes",
 * relevant), constraints apply only to non-empty relevant answers, calculations run in
 * dependency order.
 */
import { describe, expect, it } from "vitest";
import { evaluateForm } from "./evaluate-form.ts";
import type { FormAnswers } from "./form-answers.ts";
import { choices, group, question, testForm } from "./form-engine-test-form.ts";
import { defaultFormMessages } from "./form-messages.ts";
import { formProblemCodes } from "./form-state.ts";

const yesNo = choices("yes_no", [["yes"], ["no"]]);

describe("relevance", () => {
  const form = testForm(
    [
      question("select_one", "a", { listName: "yes_no" }),
      question("text", "b", { relevant: "${a} = 'yes'" }),
      group("g", [question("text", "c"), group("inner", [question("integer", "d")])], {
        relevant: "${b} != ''",
      }),
    ],
    { choiceLists: [yesNo] },
  );
  const cases: { answers: FormAnswers; relevant: Record<string, boolean>; cleared: string[] }[] = [
    {
      answers: { a: "yes", b: "x", c: "1", d: "2" },
      relevant: { a: true, b: true, g: true, c: true, inner: true, d: true },
      cleared: [],
    },
    // b is hidden, so ${b} reads '' and the group hides too, with everything inside it.
    {
      answers: { a: "no", b: "x", c: "1", d: "2" },
      relevant: { a: true, b: false, g: false, c: false, inner: false, d: false },
      cleared: ["b", "c", "d"],
    },
    { answers: {}, relevant: { a: true, b: false, g: false, c: false, inner: false, d: false }, cleared: [] },
  ];
  it.each(cases)("follows the chain for $answers", ({ answers, relevant, cleared }) => {
    const state = evaluateForm(form, answers);
    const seen = Object.fromEntries(
      Object.values(state.elements).map((entry) => [entry.path, entry.relevant]),
    );
    expect(seen).toEqual(relevant);
    expect(state.cleared.map((problem) => [problem.path, problem.code])).toEqual(
      cleared.map((path) => [path, formProblemCodes.nonRelevantAnswer]),
    );
    expect(state.problems).toEqual([]);
  });

  it("gives a non-relevant question the value '' although the draft keeps its answer", () => {
    const state = evaluateForm(form, { a: "no", b: "kept" });
    expect(state.elements["b"]?.value).toBe("");
  });
});

describe("required and constraint messages", () => {
  const form = testForm(
    [
      question("integer", "year", {
        required: "true()",
        requiredMessage: { en: "Give the year.", ru: "Укажите год." },
        constraint: ". >= 1990 and . <= 2030",
        constraintMessage: { en: "Between 1990 and 2030.", ru: "От 1990 до 2030." },
      }),
      question("text", "plain", { required: "true()", constraint: "string-length(.) > 2" }),
      question("text", "conditional", { required: "${year} > 2000" }),
    ],
    { languages: ["en", "ru", "fa"], defaultLanguage: "en" },
  );
  const cases = [
    // Russian given: the form's Russian text; Persian missing: the default language's (English) text.
    {
      language: "ru",
      answers: {},
      expected: [
        ["year", "form/required", "Укажите год."],
        ["plain", "form/required", defaultFormMessages.ru.required],
      ],
    },
    {
      language: "fa",
      answers: {},
      expected: [
        ["year", "form/required", "Give the year."],
        ["plain", "form/required", defaultFormMessages.fa.required],
      ],
    },
    {
      language: "ru",
      answers: { year: "1989", plain: "ab" },
      expected: [
        ["year", "form/constraint", "От 1990 до 2030."],
        ["plain", "form/constraint", defaultFormMessages.ru.constraint],
      ],
    },
    {
      language: "fa",
      answers: { year: "2031", plain: "abc" },
      expected: [
        ["year", "form/constraint", "Between 1990 and 2030."],
        ["conditional", "form/required", defaultFormMessages.fa.required],
      ],
    },
    { language: "en", answers: { year: "1990", plain: "abc" }, expected: [] },
    // 2000 > 2000 is false, so conditional is optional.
    { language: "en", answers: { year: "2000", plain: "abc" }, expected: [] },
    // An unknown language gets the default language's texts and the English defaults.
    { language: "de", answers: { plain: "abc" }, expected: [["year", "form/required", "Give the year."]] },
  ] as const;
  it.each(cases)("reports $expected in $language for $answers", ({ language, answers, expected }) => {
    const state = evaluateForm(form, answers, { language });
    expect(state.problems.map((problem) => [problem.path, problem.code, problem.message])).toEqual(expected);
    expect(state.elements["conditional"]?.required).toBe(expected.some(([path]) => path === "conditional"));
  });

  it("does not evaluate the constraint of an empty or non-relevant answer", () => {
    const hidden = testForm([
      question("integer", "n", { constraint: ". > 5" }),
      question("integer", "m", { relevant: "false()", constraint: ". > 5" }),
    ]);
    expect(evaluateForm(hidden, { m: "1" }).problems).toEqual([]);
  });
});

describe("types", () => {
  const list = choices("colours", [["red"], ["green"], ["blue"]]);
  const form = testForm(
    [
      question("integer", "integer"),
      question("decimal", "decimal"),
      question("date", "date"),
      question("geopoint", "point"),
      question("select_one", "one", { listName: "colours" }),
      question("select_multiple", "many", { listName: "colours" }),
    ],
    { choiceLists: [list] },
  );
  const cases: [string, string, string | undefined][] = [
    ["integer", "12", undefined],
    ["integer", "-7", undefined],
    ["integer", "1.5", formProblemCodes.invalidInteger],
    ["integer", " 1", formProblemCodes.invalidInteger],
    ["integer", "2147483648", formProblemCodes.invalidInteger],
    ["decimal", "1.5", undefined],
    ["decimal", ".5", undefined],
    ["decimal", "abc", formProblemCodes.invalidDecimal],
    ["decimal", "1,5", formProblemCodes.invalidDecimal],
    ["decimal", "1e3", formProblemCodes.invalidDecimal],
    ["date", "2024-02-29", undefined],
    ["date", "2026-02-30", formProblemCodes.invalidDate],
    ["date", "2023-02-29", formProblemCodes.invalidDate],
    ["date", "2026-5-06", formProblemCodes.invalidDate],
    ["point", "41.3 69.2 440 5", undefined],
    ["point", "41.3 69.2", undefined],
    ["point", "91 69.2", formProblemCodes.invalidGeopoint],
    ["point", "41.3", formProblemCodes.invalidGeopoint],
    ["one", "green", undefined],
    ["one", "purple", formProblemCodes.unknownChoice],
    ["one", "red blue", formProblemCodes.unknownChoice],
    ["many", "red blue", undefined],
    ["many", "red purple", formProblemCodes.unknownChoice],
    ["many", "red  blue", formProblemCodes.unknownChoice],
    ["many", "red red", formProblemCodes.unknownChoice],
  ];
  it.each(cases)("checks %s = %j", (name, value, code) => {
    const problems = evaluateForm(form, { [name]: value }, { language: "ru" }).problems;
    expect(problems.map((problem) => problem.code)).toEqual(code === undefined ? [] : [code]);
  });

  it("reports an answer of the wrong JSON shape instead of throwing", () => {
    const answers = { integer: 5, one: ["red"] } as unknown as FormAnswers;
    const problems = evaluateForm(form, answers).problems;
    expect(problems.map((problem) => [problem.path, problem.code])).toEqual([
      ["integer", formProblemCodes.answerShape],
      ["one", formProblemCodes.answerShape],
    ]);
  });
});

describe("calculations", () => {
  it("runs calculations after those they depend on, whatever their order in the form", () => {
    const form = testForm([
      question("calculate", "c", { calculation: "${b} * 2" }),
      question("calculate", "b", { calculation: "${a} + 1" }),
      question("integer", "a"),
      question("text", "shown", { relevant: "${c} = 8" }),
    ]);
    const state = evaluateForm(form, { a: "3", c: "stale" });
    // b = 3 + 1 = 4, c = 4 × 2 = 8.
    expect([
      state.elements["b"]?.value,
      state.elements["c"]?.value,
      state.elements["shown"]?.relevant,
    ]).toEqual(["4", "8", true]);
  });

  it("reports a cycle once as a form problem and computes none of it", () => {
    const form = testForm([
      question("calculate", "x", { calculation: "${y} + 1" }),
      question("calculate", "y", { calculation: "${x} + 1" }),
      question("calculate", "z", { calculation: "${y} + 1" }),
      question("calculate", "free", { calculation: "2 + 2" }),
    ]);
    const state = evaluateForm(form, {});
    expect(state.problems.map((problem) => [problem.path, problem.code, problem.message])).toEqual([
      [
        "x",
        formProblemCodes.calculationCycle,
        "calculations form a cycle (x → y → x); none of them is computed",
      ],
    ]);
    expect(["x", "y", "z", "free"].map((name) => state.elements[name]?.value)).toEqual(["", "", "", "4"]);
  });

  it("applies defaults to empty answers only when asked", () => {
    const form = testForm([
      question("integer", "count", { default: "3" }),
      question("text", "code", { default: "ECO-CE-2026" }),
      question("date", "day", { default: "today()" }),
    ]);
    const now = "2026-05-06T23:30:00+05:00";
    expect(Object.values(evaluateForm(form, {}, { now }).elements).map((entry) => entry.value)).toEqual([
      "",
      "",
      "",
    ]);
    const drafted = evaluateForm(form, { code: "mine" }, { now, applyDefaults: true });
    expect(Object.values(drafted.elements).map((entry) => entry.value)).toEqual(["3", "mine", "2026-05-06"]);
  });

  it("turns a bad regex and a missing clock into problems on the element", () => {
    const form = testForm([
      question("text", "site", { constraint: "regex(., '[')" }),
      question("calculate", "stamp", { calculation: "today()" }),
    ]);
    const state = evaluateForm(form, { site: "x" });
    expect(state.problems.map((problem) => [problem.path, problem.code, problem.column])).toEqual([
      ["site", formProblemCodes.expressionError, "constraint"],
      ["stamp", formProblemCodes.expressionError, "calculation"],
    ]);
    expect(state.elements["site"]?.problems).toHaveLength(1);
  });
});

describe("choice_filter", () => {
  const countries = choices("country", [["kaz"], ["uzb"]]);
  const cities = choices("city", [
    ["almaty", { en: "Almaty", ru: "Алматы" }, { country: "kaz" }],
    ["astana", { en: "Astana", ru: "Астана" }, { country: "kaz" }],
    ["tashkent", { en: "Tashkent", ru: "Ташкент" }, { country: "uzb" }],
  ]);
  const form = testForm(
    [
      question("select_one", "country", { listName: "country" }),
      question("select_one", "city", { listName: "city", choiceFilter: "country = ${country}" }),
    ],
    { choiceLists: [countries, cities], languages: ["en", "ru"], defaultLanguage: "en" },
  );
  it.each([
    ["kaz", ["almaty", "astana"]],
    ["uzb", ["tashkent"]],
    ["", []],
  ])("offers the cities of %j", (country, expected) => {
    const city = evaluateForm(form, { country }).elements["city"];
    expect(city?.choices?.map((choice) => choice.name)).toEqual(expected);
  });

  it("keeps the extra columns and labels in the language, and refuses a filtered-out city", () => {
    const state = evaluateForm(form, { country: "uzb", city: "almaty" }, { language: "ru" });
    expect(state.elements["city"]?.choices).toEqual([
      {
        name: "tashkent",
        label: "Ташкент",
        labels: { en: "Tashkent", ru: "Ташкент" },
        extra: { country: "uzb" },
      },
    ]);
    expect(state.problems.map((problem) => [problem.path, problem.code, problem.message])).toEqual([
      ["city", formProblemCodes.unknownChoice, defaultFormMessages.ru.choice],
    ]);
  });
});
