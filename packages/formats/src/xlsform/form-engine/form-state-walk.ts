/**
 * Walks the survey tree over the evaluator, instance by instance, and records each element's
 * state and the problems of its answer: shape, required, type, then constraint (ODK checks a
 * constraint only on a non-empty relevant answer). Non-relevant answers are listed as cleared.
 */
import type {
  XlsFormElement,
  XlsFormGroup,
  XlsFormMetadata,
  XlsFormQuestion,
  XlsFormRepeat,
} from "../xlsform-model.ts";
import { answerTypeFault } from "./answer-types.ts";
import type { FormEvaluator } from "./form-evaluator.ts";
import type { DefaultMessageName, FormTexts } from "./form-messages.ts";
import { elementPath, instancePath } from "./form-paths.ts";
import type { FormScope } from "./form-scope.ts";
import {
  type FormChoiceState,
  type FormElementState,
  type FormProblem,
  type FormProblemCode,
  formProblemCodes,
} from "./form-state.ts";
import { homeNames } from "./home-names.ts";

export class FormStateWalk {
  readonly entries = new Map<string, FormElementState>();
  readonly cleared: FormProblem[] = [];
  private readonly home: ReadonlyMap<XlsFormRepeat | undefined, ReadonlySet<string>>;

  private readonly evaluator: FormEvaluator;
  private readonly texts: FormTexts;

  constructor(evaluator: FormEvaluator, texts: FormTexts) {
    this.evaluator = evaluator;
    this.texts = texts;
    this.home = homeNames(evaluator.compiled);
  }

  /** Records `elements` and, first, the answers of `scope` the form has no place for. */
  walkScope(elements: readonly XlsFormElement[], scope: FormScope): void {
    const known = this.home.get(scope.repeat) ?? new Set<string>();
    for (const name of Object.keys(scope.answers)) {
      if (known.has(name)) continue;
      this.cleared.push({
        path: elementPath(scope.path, name),
        code: formProblemCodes.unknownAnswer,
        severity: "warning",
        message: `the form has no question ${name} here; the answer is not submitted`,
      });
    }
    this.walk(elements, scope);
  }

  private walk(elements: readonly XlsFormElement[], scope: FormScope): void {
    for (const element of elements) {
      if (element.kind === "question") this.question(element, scope);
      else if (element.kind === "group") this.group(element, scope);
      else if (element.kind === "repeat") this.repeat(element, scope);
      else this.metadata(element, scope);
    }
  }

  private question(question: XlsFormQuestion, scope: FormScope): void {
    const evaluator = this.evaluator;
    const path = elementPath(scope.path, question.name);
    const relevant = evaluator.isRelevant(question, scope);
    const raw = evaluator.rawAnswer(question, scope);
    const base = {
      path,
      name: question.name,
      kind: "question",
      type: question.type,
      row: question.row,
    } as const;
    const label = this.texts.pick(question.label);
    const labelled = label === undefined ? base : { ...base, label };
    if (!relevant) {
      if (raw !== undefined && raw !== "") this.clear(path, question, formProblemCodes.nonRelevantAnswer);
      this.entries.set(path, {
        ...labelled,
        relevant,
        required: false,
        readOnly: false,
        value: "",
        problems: [],
      });
      return;
    }
    const value = evaluator.value(question, scope);
    const calculated = evaluator.compiled.expression(question, "calculation") !== undefined;
    const required = evaluator.condition(question, "required", scope, value) === true;
    const readOnly =
      question.type === "note" ||
      calculated ||
      evaluator.condition(question, "read_only", scope, value) === true;
    const isSelect = question.type === "select_one" || question.type === "select_multiple";
    const choices = isSelect
      ? evaluator.choices(question, scope).map((choice) => this.choiceState(choice))
      : undefined;
    const problems: FormProblem[] = [];
    const add = (code: FormProblemCode, message: string) =>
      problems.push({ path, code, severity: "error", message, row: question.row });
    if (raw !== undefined && typeof raw !== "string") {
      add(
        formProblemCodes.answerShape,
        `the answer to ${question.name} must be a string, not ${describe(raw)}`,
      );
    }
    if (question.type !== "calculate" && question.type !== "note") {
      if (value === "") {
        if (required) add(formProblemCodes.required, this.message(question.requiredMessage, "required"));
      } else {
        const names = new Set((choices ?? []).map((choice) => choice.name));
        const fault = answerTypeFault(question.type, value, names);
        if (fault !== undefined) add(fault.code, this.texts.fallback(fault.message));
        else if (evaluator.condition(question, "constraint", scope, value) === false) {
          add(formProblemCodes.constraint, this.message(question.constraintMessage, "constraint"));
        }
      }
    }
    this.entries.set(path, {
      ...labelled,
      relevant,
      required,
      readOnly,
      value,
      ...(choices === undefined ? {} : { choices }),
      problems,
    });
  }

  private group(group: XlsFormGroup, scope: FormScope): void {
    const path = elementPath(scope.path, group.name);
    const relevant = this.evaluator.isRelevant(group, scope);
    const readOnly = relevant && this.evaluator.condition(group, "read_only", scope, "") === true;
    this.entries.set(path, { ...this.structure(group, path, relevant), readOnly });
    this.walk(group.children, scope);
  }

  private repeat(repeat: XlsFormRepeat, scope: FormScope): void {
    const evaluator = this.evaluator;
    const path = elementPath(scope.path, repeat.name);
    const relevant = evaluator.isRelevant(repeat, scope);
    const raw = evaluator.rawAnswer(repeat, scope);
    const instances = evaluator.instances(repeat, scope);
    const problems: FormProblem[] = [];
    const misshapen = raw !== undefined && !Array.isArray(raw);
    if (misshapen && relevant) {
      problems.push({
        path,
        code: formProblemCodes.answerShape,
        severity: "error",
        message: `the answers to repeat ${repeat.name} must be an array of objects, not ${describe(raw)}`,
        row: repeat.row,
      });
    } else if (misshapen) this.clear(path, repeat, formProblemCodes.nonRelevantAnswer);
    this.entries.set(path, {
      ...this.structure(repeat, path, relevant),
      instanceCount: instances.scopes.length,
      ...(instances.expected === undefined ? {} : { expectedCount: instances.expected }),
      problems,
    });
    const given: readonly unknown[] = Array.isArray(raw) ? raw : [];
    for (const instance of instances.scopes) this.instance(repeat, instance, given[instance.index - 1]);
    for (let index = instances.scopes.length + 1; index <= given.length; index += 1) {
      this.clear(instancePath(scope.path, repeat.name, index), repeat, formProblemCodes.extraRepeatInstance);
    }
  }

  private instance(repeat: XlsFormRepeat, instance: FormScope, raw: unknown): void {
    const relevant = this.evaluator.isInstanceRelevant(instance);
    const problems: FormProblem[] = [];
    if (raw !== undefined && (typeof raw !== "object" || raw === null || Array.isArray(raw))) {
      const problem = {
        path: instance.path,
        code: formProblemCodes.answerShape,
        severity: "error",
        message: `instance ${instance.index} of repeat ${repeat.name} must be an object, not ${describe(raw)}`,
        row: repeat.row,
      } as const;
      if (relevant) problems.push(problem);
      else this.clear(instance.path, repeat, formProblemCodes.nonRelevantAnswer);
    }
    this.entries.set(instance.path, {
      ...this.structure(repeat, instance.path, relevant),
      kind: "repeat-instance",
      index: instance.index,
      problems,
    });
    this.walkScope(repeat.children, instance);
  }

  private metadata(metadata: XlsFormMetadata, scope: FormScope): void {
    const path = elementPath(scope.path, metadata.name);
    const raw = this.evaluator.rawAnswer(metadata, scope);
    const problems: FormProblem[] =
      raw === undefined || typeof raw === "string"
        ? []
        : [
            {
              path,
              code: formProblemCodes.answerShape,
              severity: "error",
              message: `the value of ${metadata.name} must be a string, not ${describe(raw)}`,
              row: metadata.row,
            },
          ];
    const value = this.evaluator.value(metadata, scope);
    const base = {
      path,
      name: metadata.name,
      kind: "metadata",
      type: metadata.type,
      row: metadata.row,
    } as const;
    this.entries.set(path, { ...base, relevant: true, required: false, readOnly: true, value, problems });
  }

  private structure(element: XlsFormGroup | XlsFormRepeat, path: string, relevant: boolean) {
    const label = this.texts.pick(element.label);
    return {
      path,
      name: element.name,
      kind: element.kind,
      row: element.row,
      relevant,
      required: false,
      readOnly: false,
      ...(label === undefined ? {} : { label }),
      problems: [] as readonly FormProblem[],
    };
  }

  private choiceState(choice: {
    name: string;
    label: Readonly<Record<string, string>>;
    extra: Readonly<Record<string, string>>;
  }): FormChoiceState {
    return {
      name: choice.name,
      label: this.texts.pick(choice.label) ?? choice.name,
      labels: choice.label,
      extra: choice.extra,
    };
  }

  private message(text: Readonly<Record<string, string>>, fallback: DefaultMessageName): string {
    return this.texts.pick(text) ?? this.texts.fallback(fallback);
  }

  private clear(path: string, element: XlsFormElement, code: FormProblemCode): void {
    const message =
      code === formProblemCodes.extraRepeatInstance
        ? `instance beyond the repeat_count of ${element.name}; it is not submitted`
        : `${element.name} is not relevant; its answer is kept in the draft and not submitted`;
    this.cleared.push({ path, code, severity: "warning", message, row: element.row });
  }
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}
