/**
 * `evaluateForm`: the form's state for a set of answers, the one computation the web form
 * renders and the server validates with. Steps: compile the form (cached), run calculations in
 * dependency order, walk the survey tree instance by instance, then attach problems to paths.
 */
import type { XlsForm } from "../xlsform-model.ts";
import { compileForm } from "./compile-form.ts";
import { type FormAnswers, isAnswerRecord } from "./form-answers.ts";
import { FormEvaluator, type FormEvaluatorOptions } from "./form-evaluator.ts";
import { createFormTexts } from "./form-messages.ts";
import { type FormElementState, type FormProblem, type FormState, formProblemCodes } from "./form-state.ts";
import { FormStateWalk } from "./form-state-walk.ts";

export interface EvaluateFormOptions extends FormEvaluatorOptions {
  /**
   * The language key (`en`, `ru`, `fa`; as `XlsFormLanguage.key`) for messages and labels;
   * defaults to the form's default language.
   */
  readonly language?: string;
}

/**
 * The state of every element instance of `form` for `answers` (see `FormState`): relevance,
 * requiredness, read-only, values with calculations computed, filtered choices, repeat counts,
 * and the problems of relevant answers (required, constraint, type). Never throws on answers of
 * any shape: they are problems too. Throws only for an `options.now` that is no ISO dateTime.
 */
export function evaluateForm(
  form: XlsForm,
  answers: FormAnswers,
  options: EvaluateFormOptions = {},
): FormState {
  const compiled = compileForm(form);
  const texts = createFormTexts(form, options.language);
  const evaluator = new FormEvaluator(compiled, isAnswerRecord(answers) ? answers : {}, options);
  evaluator.runCalculations();
  const walk = new FormStateWalk(evaluator, texts);
  walk.walkScope(form.survey, evaluator.root);
  return attachProblems(
    walk.entries,
    [...cycleProblems(form), ...evaluator.problems],
    walk.cleared,
    texts.language,
  );
}

function cycleProblems(form: XlsForm): FormProblem[] {
  const compiled = compileForm(form);
  return compiled.calculations.cycles.map((cycle) => {
    const first = cycle[0] ?? "";
    const row = compiled.declarations.get(first)?.element.row;
    return {
      path: first,
      code: formProblemCodes.calculationCycle,
      severity: "error",
      message: `calculations form a cycle (${[...cycle, first].join(" → ")}); none of them is computed`,
      ...(row === undefined ? {} : { row }),
      column: "calculation",
    };
  });
}

function attachProblems(
  entries: ReadonlyMap<string, FormElementState>,
  evaluationProblems: readonly FormProblem[],
  cleared: readonly FormProblem[],
  language: string,
): FormState {
  const byPath = new Map<string, FormProblem[]>();
  const unattached: FormProblem[] = [];
  for (const problem of evaluationProblems) {
    const entry = entries.get(problem.path);
    // Form-level problems, and those of elements that are not relevant (a failed calculation
    // inside a hidden group is never evaluated, so this holds only cycles), stay at the top.
    if (entry === undefined || !entry.relevant || problem.code === formProblemCodes.calculationCycle) {
      unattached.push(problem);
      continue;
    }
    const list = byPath.get(problem.path) ?? [];
    list.push(problem);
    byPath.set(problem.path, list);
  }
  const elements: Record<string, FormElementState> = {};
  const problems: FormProblem[] = [...unattached];
  for (const [path, entry] of entries) {
    const extra = byPath.get(path) ?? [];
    const all = [...entry.problems, ...extra];
    elements[path] = extra.length === 0 ? entry : { ...entry, problems: all };
    problems.push(...all);
  }
  return { language, elements, problems, cleared };
}
