/**
 * The lazy, memoised evaluation of one form over one set of answers: values (calculations and
 * defaults), relevance, repeat instances and filtered choices, each computed once per path on
 * first use. Expressions read the answers as a submission would hold them: a non-relevant
 * element reads as '' and is no member of a node-set. Failures become problems, never throws.
 */

import { evaluateExpression } from "../expression/evaluate-expression.ts";
import type { ExpressionContext } from "../expression/expression-context.ts";
import { dateOfDateTime } from "../expression/expression-dates.ts";
import { ExpressionError } from "../expression/expression-problem.ts";
import {
  type ExpressionNodeset,
  type ExpressionValue,
  toBooleanValue,
  toNumberValue,
  toStringValue,
} from "../expression/expression-value.ts";
import type { XlsFormChoice, XlsFormElement, XlsFormQuestion, XlsFormRepeat } from "../xlsform-model.ts";
import type { CompiledForm } from "./compile-form.ts";
import { isDynamicDefault } from "./compile-form.ts";
import { isAnswerRecord, ownAnswer, type UncheckedAnswers } from "./form-answers.ts";
import { elementPath, instancePath } from "./form-paths.ts";
import { type FormScope, rootScope, scopeChain } from "./form-scope.ts";
import { type FormExpressionColumn, type FormProblem, formProblemCodes } from "./form-state.ts";

/** The most instances a `repeat_count` may ask for; more is reported and capped. */
export const maxRepeatInstances = 1000;

export interface FormEvaluatorOptions {
  /** The clock for `now()` and `today()`: an ISO 8601 dateTime with the user's offset. */
  readonly now?: string;
  /** Give empty answers their `default` (a new draft). Off by default: an emptied answer stays empty. */
  readonly applyDefaults?: boolean;
}

/** The instances of one repeat inside one scope. */
export interface RepeatInstances {
  readonly scopes: readonly FormScope[];
  /** What `repeat_count` asks for, when the repeat has one. */
  readonly expected?: number;
  /** How many instances the answers hold (an array's length, 0 when there is none). */
  readonly given: number;
}

class MissingClockError extends Error {}

export class FormEvaluator {
  readonly root: FormScope;
  readonly problems: FormProblem[] = [];
  private readonly reported = new Set<string>();
  private readonly memo = new Map<string, unknown>();
  private readonly inProgress = new Set<string>();

  readonly compiled: CompiledForm;
  private readonly options: FormEvaluatorOptions;

  constructor(compiled: CompiledForm, answers: UncheckedAnswers, options: FormEvaluatorOptions = {}) {
    this.compiled = compiled;
    this.options = options;
    if (options.now !== undefined && dateOfDateTime(options.now) === undefined) {
      throw new Error(
        `invalid now: ${options.now} (expected an ISO 8601 dateTime such as 2026-05-06T09:30:00+05:00)`,
      );
    }
    this.root = rootScope(answers);
  }

  /** Runs the calculations in dependency order, so lookups later hit the memo, not deep recursion. */
  runCalculations(): void {
    for (const name of this.compiled.calculations.order) {
      const declaration = this.compiled.declarations.get(name);
      if (declaration === undefined) continue;
      let scopes: readonly FormScope[] = [this.root];
      for (const repeat of declaration.repeats)
        scopes = scopes.flatMap((scope) => this.instances(repeat, scope).scopes);
      for (const scope of scopes) this.value(declaration.element, scope);
    }
  }

  /** The raw answer of `element` in `scope`, whatever its JSON shape. */
  rawAnswer(element: XlsFormElement, scope: FormScope): unknown {
    return ownAnswer(scope.answers, element.name);
  }

  /** The value expressions see: '' when not relevant, the calculation, the answer, or its default. */
  value(element: XlsFormElement, scope: FormScope): string {
    const path = elementPath(scope.path, element.name);
    return this.once(`value:${path}`, "", element, path, () => {
      if (element.kind === "group" || element.kind === "repeat" || !this.isRelevant(element, scope))
        return "";
      const raw = this.rawAnswer(element, scope);
      const answer = typeof raw === "string" ? raw : "";
      if (element.kind === "metadata") return answer;
      if (this.compiled.expression(element, "calculation") !== undefined) {
        if (this.compiled.calculations.blocked.has(element.name)) return "";
        const calculated = this.evaluate(element, "calculation", scope, "");
        return calculated === undefined ? "" : toStringValue(calculated);
      }
      if (answer === "" && this.options.applyDefaults === true) return this.defaultValue(element, scope);
      return answer;
    });
  }

  /** Whether `element` (in `scope`; for a repeat, the scope holding its instances) is relevant. */
  isRelevant(element: XlsFormElement, scope: FormScope): boolean {
    const path = elementPath(scope.path, element.name);
    return this.once(`relevant:${path}`, true, element, path, () => {
      const parent = this.compiled.placements.get(element)?.parent;
      if (parent?.kind === "group" && !this.isRelevant(parent, scope)) return false;
      if (parent?.kind === "repeat" && !this.isInstanceRelevant(scope)) return false;
      if (element.kind === "repeat" || element.kind === "metadata") return true;
      // `.` in a relevance reads '': the value exists only once relevance is known, and a
      // submission without the answer must give the same relevance as the draft.
      const relevant = this.evaluate(element, "relevant", scope, "");
      return relevant === undefined || toBooleanValue(relevant);
    });
  }

  /** Whether a repeat instance is relevant: its repeat is, and the repeat's `relevant` holds in it. */
  isInstanceRelevant(instance: FormScope): boolean {
    const repeat = instance.repeat;
    const parent = instance.parent;
    if (repeat === undefined || parent === undefined) return true;
    return this.once(`relevant:${instance.path}`, true, repeat, instance.path, () => {
      if (!this.isRelevant(repeat, parent)) return false;
      const relevant = this.evaluate(repeat, "relevant", instance, "");
      return relevant === undefined || toBooleanValue(relevant);
    });
  }

  /** A boolean column (`required`, `read_only`, `constraint`); undefined when absent or failing. */
  condition(element: XlsFormElement, column: FormExpressionColumn, scope: FormScope, current: string) {
    const result = this.evaluate(element, column, scope, current);
    return result === undefined ? undefined : toBooleanValue(result);
  }

  /** The instances of `repeat` inside `parent`: as `repeat_count` asks, else as many as answered. */
  instances(repeat: XlsFormRepeat, parent: FormScope): RepeatInstances {
    const path = elementPath(parent.path, repeat.name);
    return this.once(`instances:${path}`, { scopes: [], given: 0 }, repeat, path, () => {
      const raw = this.rawAnswer(repeat, parent);
      const given: readonly unknown[] = Array.isArray(raw) ? raw : [];
      const expected = this.expectedCount(repeat, parent, path);
      const scopes = Array.from({ length: expected ?? given.length }, (_, offset): FormScope => {
        const answers = given[offset];
        return {
          path: instancePath(parent.path, repeat.name, offset + 1),
          answers: isAnswerRecord(answers) ? answers : {},
          repeat,
          index: offset + 1,
          parent,
        };
      });
      return { scopes, given: given.length, ...(expected === undefined ? {} : { expected }) };
    });
  }

  /** The relevant instances of `repeat` inside `parent`: those a submission holds. */
  relevantInstances(repeat: XlsFormRepeat, parent: FormScope): FormScope[] {
    return this.instances(repeat, parent).scopes.filter((scope) => this.isInstanceRelevant(scope));
  }

  /** The choices of a select left by its `choice_filter`, evaluated for each choice in `scope`. */
  choices(question: XlsFormQuestion, scope: FormScope): readonly XlsFormChoice[] {
    const path = elementPath(scope.path, question.name);
    return this.once(`choices:${path}`, [], question, path, () => {
      const all = this.compiled.choiceLists.get(question.listName ?? "")?.choices ?? [];
      if (this.compiled.expression(question, "choice_filter") === undefined) return all;
      const kept: XlsFormChoice[] = [];
      for (const choice of all) {
        const result = this.evaluate(question, "choice_filter", scope, "", choice);
        // A filter that fails offers every choice (the problem is reported), rather than none.
        if (result === undefined) return all;
        if (toBooleanValue(result)) kept.push(choice);
      }
      return kept;
    });
  }

  /** `${name}` seen from `from` (ODK XForms, "Relative references": same instance, else node-set). */
  resolve(name: string, from: FormScope): string | ExpressionNodeset {
    const declaration = this.compiled.declarations.get(name);
    if (declaration === undefined || declaration.element.kind === "group") return "";
    const chain = scopeChain(from);
    let scope = this.root;
    let depth = 0;
    for (; depth < declaration.repeats.length; depth += 1) {
      const shared = chain[depth];
      if (shared === undefined || shared.repeat !== declaration.repeats[depth]) break;
      scope = shared;
    }
    const element = declaration.element;
    if (depth === declaration.repeats.length)
      return element.kind === "repeat" ? "" : this.value(element, scope);
    let scopes: readonly FormScope[] = [scope];
    for (const repeat of declaration.repeats.slice(depth)) {
      scopes = scopes.flatMap((outer) => this.relevantInstances(repeat, outer));
    }
    // An instance's string value would be its text content; '' suffices for count(), the only use.
    if (element.kind === "repeat") return { nodeset: scopes.map(() => "") };
    return {
      nodeset: scopes
        .filter((inner) => this.isRelevant(element, inner))
        .map((inner) => this.value(element, inner)),
    };
  }

  /** Records a problem once per path, code and column. */
  report(problem: FormProblem): void {
    const key = `${problem.path}|${problem.code}|${problem.column ?? ""}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.problems.push(problem);
  }

  private expectedCount(repeat: XlsFormRepeat, parent: FormScope, path: string): number | undefined {
    if (this.compiled.expression(repeat, "repeat_count") === undefined) return undefined;
    const result = this.evaluate(repeat, "repeat_count", parent, "");
    const count = result === undefined ? 0 : Math.floor(toNumberValue(result));
    // An unanswered count ('' is NaN) asks for no instance, as in ODK Collect.
    if (!Number.isFinite(count) || count <= 0) return 0;
    if (count > maxRepeatInstances) {
      this.report({
        path,
        code: formProblemCodes.tooManyInstances,
        severity: "error",
        message: `repeat_count of ${repeat.name} asks for ${count} instances; at most ${maxRepeatInstances} are kept`,
        row: repeat.row,
        column: "repeat_count",
      });
      return maxRepeatInstances;
    }
    return count;
  }

  private defaultValue(question: XlsFormQuestion, scope: FormScope): string {
    if (!isDynamicDefault(question.default)) return question.default ?? "";
    const result = this.evaluate(question, "default", scope, "");
    return result === undefined ? "" : toStringValue(result);
  }

  /** Evaluates a column; undefined when the cell is empty or the expression fails (then reported). */
  private evaluate(
    element: XlsFormElement,
    column: FormExpressionColumn,
    scope: FormScope,
    current: string,
    choice?: XlsFormChoice,
  ): ExpressionValue | undefined {
    const parsed = this.compiled.expression(element, column);
    if (parsed === undefined) return undefined;
    const path =
      column === "repeat_count" ? elementPath(scope.path, element.name) : this.pathIn(element, scope);
    if (!parsed.ok) {
      this.reportExpression(element, column, path, parsed.error.message);
      return undefined;
    }
    try {
      return evaluateExpression(parsed.node, this.context(scope, current, choice));
    } catch (error) {
      if (error instanceof ExpressionError) this.reportExpression(element, column, path, error.message);
      else if (error instanceof MissingClockError)
        this.reportExpression(element, column, path, "now() needs a clock (options.now)");
      // A chain of references deeper than the stack: reported, like any other failing expression.
      else if (error instanceof RangeError)
        this.reportExpression(element, column, path, "references nest too deeply");
      else throw error;
      return undefined;
    }
  }

  // A repeat's own columns other than repeat_count are evaluated in its instance.
  private pathIn(element: XlsFormElement, scope: FormScope): string {
    return element.kind === "repeat" && scope.repeat === element
      ? scope.path
      : elementPath(scope.path, element.name);
  }

  private reportExpression(
    element: XlsFormElement,
    column: FormExpressionColumn,
    path: string,
    detail: string,
  ) {
    this.report({
      path,
      code: formProblemCodes.expressionError,
      severity: "error",
      message: `${column} of ${element.name} (survey row ${element.row}) cannot be evaluated: ${detail}`,
      row: element.row,
      column,
    });
  }

  private context(scope: FormScope, current: string, choice: XlsFormChoice | undefined): ExpressionContext {
    const now = this.options.now;
    return {
      value: (name) => this.resolve(name, scope),
      current: () => current,
      position: () => scope.index,
      now: () => {
        if (now === undefined) throw new MissingClockError();
        return now;
      },
      ...(choice === undefined
        ? {}
        : {
            choiceColumn: (column: string) =>
              column === "name" ? choice.name : (choice.extra[column] ?? ""),
          }),
    };
  }

  /** Computes `key` once; a re-entry while it is computed is a cycle, reported, and gets `fallback`. */
  private once<T>(key: string, fallback: T, element: XlsFormElement, path: string, compute: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    if (this.inProgress.has(key)) {
      this.report({
        path,
        code: formProblemCodes.evaluationCycle,
        severity: "error",
        message: `${element.name} (survey row ${element.row}) depends on itself through its expressions`,
        row: element.row,
      });
      return fallback;
    }
    this.inProgress.add(key);
    try {
      const result = compute();
      this.memo.set(key, result);
      return result;
    } finally {
      this.inProgress.delete(key);
    }
  }
}
