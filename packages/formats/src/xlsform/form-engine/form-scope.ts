/**
 * A scope is one level of answers the engine evaluates in: the top of the form, or one repeat
 * instance (its object of answers, its 1-based index, its path). `${name}` and `position(..)`
 * resolve through the chain of scopes.
 */
import type { XlsFormRepeat } from "../xlsform-model.ts";
import type { UncheckedAnswers } from "./form-answers.ts";

export interface FormScope {
  /** `""` at the top, `policy[2]` inside an instance. */
  readonly path: string;
  readonly answers: UncheckedAnswers;
  /** The repeat this is an instance of; undefined at the top. */
  readonly repeat?: XlsFormRepeat;
  /** 1-based instance number (1 at the top, which is the one instance of the form). */
  readonly index: number;
  readonly parent?: FormScope;
}

/** The top scope over `answers`. */
export function rootScope(answers: UncheckedAnswers): FormScope {
  return { path: "", answers, index: 1 };
}

/** The repeat instances from the top down to `scope` (the top itself is not included). */
export function scopeChain(scope: FormScope): FormScope[] {
  const chain: FormScope[] = [];
  for (let current: FormScope | undefined = scope; current?.repeat !== undefined; current = current.parent) {
    chain.unshift(current);
  }
  return chain;
}
