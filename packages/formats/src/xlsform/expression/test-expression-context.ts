/**
 * A context over a plain record of answers, for the tests: arrays are the answers of a question in
 * a repeat seen from outside. Not used by the evaluator itself.
 */

import { evaluateExpression } from "./evaluate-expression.ts";
import type { ExpressionContext } from "./expression-context.ts";
import type { ExpressionValue } from "./expression-value.ts";
import { type ParseExpressionOptions, parseExpression } from "./parse-expression.ts";

export interface TestAnswers {
  readonly answers?: Readonly<Record<string, string | readonly string[]>>;
  readonly current?: string;
  readonly position?: number;
  readonly now?: string;
  readonly choice?: Readonly<Record<string, string>>;
}

/** A context answering from `answers`; an unknown question is a test mistake and throws. */
export function testExpressionContext(answers: TestAnswers = {}): ExpressionContext {
  const choice = answers.choice;
  return {
    value: (name) => {
      const answer = answers.answers?.[name];
      if (answer === undefined) throw new Error(`test context has no answer for ${name}`);
      return typeof answer === "string" ? answer : { nodeset: answer };
    },
    current: () => answers.current ?? "",
    position: () => answers.position ?? 1,
    now: () => answers.now ?? "2024-05-06T09:30:00.000+05:00",
    ...(choice === undefined
      ? {}
      : {
          choiceColumn: (name: string) => {
            const value = choice[name];
            if (value === undefined) throw new Error(`test choice has no column ${name}`);
            return value;
          },
        }),
  };
}

/** Parses and evaluates `text`; a parse problem is a test mistake and throws. */
export function evaluateText(
  text: string,
  answers: TestAnswers = {},
  options: ParseExpressionOptions = {},
): ExpressionValue {
  const parsed = parseExpression(text, options);
  if (!parsed.ok) throw new Error(`test expression ${text} does not parse: ${parsed.error.message}`);
  return evaluateExpression(parsed.node, testExpressionContext(answers));
}
