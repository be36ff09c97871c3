/**
 * The engine on the starter questionnaire (data/questionnaires/eco-ce-mapping.xlsx) read by the
 * repository's reader: skip logic of the strategy questions, the policy repeat and its count,
 * the year constraint with its Russian message, repeat_count and the cascading barrier select.
 * Expected values come from the questionnaire's source (data/questionnaires/eco-ce-mapping/).
 */
// biome-ignore lint/correctness/noNodejsModules: the test reads the committed workbook; the engine does no IO.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readXlsForm } from "../read-xlsform.ts";
import { cleanAnswers } from "./clean-answers.ts";
import { evaluateForm } from "./evaluate-form.ts";
import type { FormAnswers } from "./form-answers.ts";
import { formProblemCodes } from "./form-state.ts";
import { validateSubmission } from "./validate-submission.ts";

const read = readXlsForm(new Uint8Array(readFileSync("data/questionnaires/eco-ce-mapping.xlsx")));
const form = read.form;
if (form === undefined) throw new Error("the starter questionnaire does not read");
const now = "2026-05-06T09:30:00+05:00";

const policy = (title: string, year: string) => ({
  policy_title: title,
  policy_kind: "law",
  policy_status: "in-force",
  policy_year: year,
});

const filled: FormAnswers = {
  country: "KAZ",
  institution: "Ministry of Ecology",
  respondent_name: "A. Focal",
  respondent_email: "focal@example.org",
  answer_language: "ru",
  completion_date: "2026-05-06",
  has_ce_strategy: "adopted",
  ce_strategy_name: "Concept for the transition to a green economy",
  ce_strategy_year: "2013",
  has_policies: "yes",
  policy: [policy("Environmental Code", "2021"), policy("Waste programme", "2024")],
  priority_count: "2",
  priority: [{ priority_title: "Separate collection" }, { priority_title: "E-waste" }],
  barrier: [{ barrier_category: "financing" }],
};

describe("the starter questionnaire", () => {
  it("asks the strategy's name and year when it is adopted", () => {
    const state = evaluateForm(form, filled, { now, language: "ru" });
    for (const name of ["ce_strategy_name", "ce_strategy_year", "ce_strategy_link"]) {
      expect(state.elements[name]?.relevant, name).toBe(true);
    }
    expect(state.elements["ce_strategy_year"]?.required).toBe(true);
    expect(state.cleared.filter((problem) => problem.code === formProblemCodes.nonRelevantAnswer)).toEqual(
      [],
    );
  });

  it("hides them when there is none, and clears the answers the draft still holds", () => {
    const state = evaluateForm(form, { ...filled, has_ce_strategy: "no" }, { now });
    for (const name of ["ce_strategy_name", "ce_strategy_year", "ce_strategy_link", "ce_strategy_body"]) {
      expect(state.elements[name]?.relevant, name).toBe(false);
    }
    expect(state.cleared.map((problem) => [problem.path, problem.code])).toEqual([
      ["ce_strategy_name", formProblemCodes.nonRelevantAnswer],
      ["ce_strategy_year", formProblemCodes.nonRelevantAnswer],
    ]);
    const cleaned = cleanAnswers(form, { ...filled, has_ce_strategy: "no" }, { now });
    expect(Object.keys(cleaned)).not.toContain("ce_strategy_name");
  });

  it("counts the two policies and addresses each instance", () => {
    const state = evaluateForm(form, filled, { now });
    expect(state.elements["policy"]?.instanceCount).toBe(2);
    expect(state.elements["policy[2]/policy_title"]?.value).toBe("Waste programme");
    expect(state.elements["policy_count"]?.value).toBe("2");
    expect(state.elements["policy_count_note"]?.relevant).toBe(true);
  });

  it("refuses the year 1989 with the Russian message", () => {
    const answers = {
      ...filled,
      ce_strategy_year: "1989",
      policy: [policy("Code", "1989"), policy("B", "2024")],
    };
    const state = evaluateForm(form, answers, { now, language: "ru" });
    const constraints = state.problems.filter((problem) => problem.code === formProblemCodes.constraint);
    expect(constraints.map((problem) => [problem.path, problem.message])).toEqual([
      ["ce_strategy_year", "Укажите год в диапазоне от 1990 до 2030."],
      ["policy[1]/policy_year", "Укажите год в диапазоне от 1990 до 2030."],
    ]);
    expect(validateSubmission(form, answers, { now, language: "ru" }).ok).toBe(false);
  });

  it("makes as many priority instances as priority_count asks", () => {
    const state = evaluateForm(form, { ...filled, priority_count: "4" }, { now });
    expect(state.elements["priority"]).toMatchObject({ instanceCount: 4, expectedCount: 4 });
    expect(state.elements["priority[4]/priority_title"]?.problems.map((problem) => problem.code)).toEqual([
      formProblemCodes.required,
    ]);
  });

  it("offers the barrier types of the chosen category only", () => {
    const state = evaluateForm(form, filled, { now });
    const types = form.choiceLists.find((list) => list.name === "barrier_type")?.choices ?? [];
    // A plain second filter over the sheet's category column.
    const financing = types
      .filter((choice) => choice.extra["category"] === "financing")
      .map((choice) => choice.name);
    expect(financing.length).toBeGreaterThan(0);
    expect(financing.length).toBeLessThan(types.length);
    expect(state.elements["barrier[1]/barrier_type"]?.choices?.map((choice) => choice.name)).toEqual(
      financing,
    );
  });

  it("evaluates every expression of the questionnaire without an expression problem", () => {
    const state = evaluateForm(form, filled, { now, applyDefaults: true });
    const broken = state.problems.filter(
      (problem) =>
        problem.code === formProblemCodes.expressionError ||
        problem.code === formProblemCodes.evaluationCycle ||
        problem.code === formProblemCodes.calculationCycle,
    );
    expect(broken).toEqual([]);
  });
});
