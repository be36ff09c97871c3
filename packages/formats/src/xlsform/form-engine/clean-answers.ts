/**
 * `cleanAnswers`: the answers a submission holds. Non-relevant answers, answers the form has no
 * place for, answers of the wrong shape and repeat instances beyond `repeat_count` are dropped;
 * calculations are recomputed and stored, as ODK stores a calculate's value in the instance.
 */
import type { XlsForm, XlsFormElement } from "../xlsform-model.ts";
import { compileForm } from "./compile-form.ts";
import { type FormAnswers, isAnswerRecord, type MutableFormAnswers } from "./form-answers.ts";
import { FormEvaluator, type FormEvaluatorOptions } from "./form-evaluator.ts";
import type { FormScope } from "./form-scope.ts";

/**
 * The submitted form of `answers`. Empty answers are left out. A non-relevant repeat instance
 * becomes an empty object rather than disappearing, so later instances keep their number (their
 * paths and `position(..)`); instances `repeat_count` asks for and the draft lacks are added empty.
 * Evaluating the result gives the same state for every relevant element as evaluating `answers`.
 */
export function cleanAnswers(
  form: XlsForm,
  answers: FormAnswers,
  options: FormEvaluatorOptions = {},
): FormAnswers {
  const evaluator = new FormEvaluator(compileForm(form), isAnswerRecord(answers) ? answers : {}, options);
  evaluator.runCalculations();
  return cleanScope(evaluator, form.survey, evaluator.root);
}

function cleanScope(
  evaluator: FormEvaluator,
  elements: readonly XlsFormElement[],
  scope: FormScope,
): FormAnswers {
  const cleaned: MutableFormAnswers = {};
  const visit = (children: readonly XlsFormElement[]): void => {
    for (const element of children) {
      if (element.kind === "group") {
        visit(element.children);
      } else if (element.kind === "repeat") {
        if (!evaluator.isRelevant(element, scope)) continue;
        const { scopes } = evaluator.instances(element, scope);
        if (scopes.length === 0) continue;
        cleaned[element.name] = scopes.map((instance) =>
          evaluator.isInstanceRelevant(instance) ? cleanScope(evaluator, element.children, instance) : {},
        );
      } else {
        const value = evaluator.value(element, scope);
        if (value !== "") cleaned[element.name] = value;
      }
    }
  };
  visit(elements);
  return cleaned;
}
