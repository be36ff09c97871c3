/**
 * `validateSubmission`: the server's check of submitted answers, with the same engine the web
 * form runs, so a submission the form accepted is accepted on the server and vice versa.
 */
import type { XlsForm } from "../xlsform-model.ts";
import { type EvaluateFormOptions, evaluateForm } from "./evaluate-form.ts";
import type { FormAnswers } from "./form-answers.ts";
import type { FormProblem } from "./form-state.ts";

/** The verdict on a submission: `ok` unless some problem is an error. */
export interface SubmissionValidation {
  readonly ok: boolean;
  /** Every problem (errors block; warnings, such as answers that are not submitted, do not). */
  readonly problems: readonly FormProblem[];
}

/**
 * Checks `answers` against `form`: errors for required answers missing, constraints violated,
 * values of the wrong type or shape, expressions that fail and calculation cycles; warnings for
 * answers to non-relevant elements, unknown names and repeat instances beyond `repeat_count`
 * (`cleanAnswers` removes those).
 */
export function validateSubmission(
  form: XlsForm,
  answers: FormAnswers,
  options: EvaluateFormOptions = {},
): SubmissionValidation {
  const state = evaluateForm(form, answers, options);
  const problems = [...state.problems, ...state.cleared];
  return { ok: !problems.some((problem) => problem.severity === "error"), problems };
}
