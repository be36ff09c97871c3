/**
 * What an expression may read: the form engine (browser) and the submission validator (server)
 * each implement this, and the evaluator asks nothing else of the world.
 */
import type { ExpressionNodeset } from "./expression-value.ts";

export interface ExpressionContext {
  /**
   * The answer to question `name` for `${name}`: its string ('' when unanswered) when the
   * question is outside any repeat or in the same repeat instance as the expression's question;
   * the node-set of its answers, one per instance, when it sits in a repeat seen from outside.
   */
  value(name: string): string | ExpressionNodeset;
  /** The answer to the expression's own question, for `.`. */
  current(): string;
  /** 1-based number of the repeat instance the expression's question is in, for `position(..)`. */
  position(): number;
  /**
   * The clock, as an ISO 8601 dateTime with the user's offset (`2024-05-06T09:30:00.000+05:00`);
   * `now()` returns it and `today()` its date part.
   */
  now(): string;
  /** A column of the choice being filtered, for bare names in a `choice_filter`. */
  choiceColumn?(name: string): string;
}
