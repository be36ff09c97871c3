/**
 * The shape every function implementation has: it receives the call and evaluates the arguments
 * it needs, when it needs them (so `if`, `coalesce`, and the boolean operators skip the rest).
 */
import type { ExpressionContext } from "./expression-context.ts";
import type { FunctionName } from "./expression-functions.ts";
import type { CallNode } from "./expression-node.ts";
import { ExpressionError, type ExpressionProblemCode, expressionProblemCodes } from "./expression-problem.ts";
import { type ExpressionValue, toStringValue } from "./expression-value.ts";

export interface FunctionCall {
  readonly node: CallNode;
  readonly context: ExpressionContext;
  /** Evaluates argument `index`; every call evaluates it again. */
  argument(index: number): ExpressionValue;
}

export type FunctionImplementation = (call: FunctionCall) => ExpressionValue;

export type FunctionTable<Name extends FunctionName> = { readonly [N in Name]: FunctionImplementation };

/** An `ExpressionError` about call `node` (or one of its arguments, when `at` is given). */
export function callError(
  call: FunctionCall,
  message: string,
  code: ExpressionProblemCode = expressionProblemCodes.badArgument,
  at: { readonly offset: number; readonly length: number } = call.node,
): ExpressionError {
  return new ExpressionError({
    code,
    message: `${call.node.name}() at offset ${call.node.offset}: ${message}`,
    offset: at.offset,
    length: at.length,
  });
}

/** Every argument from `from` on, with node-sets spread into their members. */
export function spreadArguments(call: FunctionCall, from = 0): string[] {
  const values: string[] = [];
  for (let index = from; index < call.node.arguments.length; index += 1) {
    const value = call.argument(index);
    if (typeof value === "object") values.push(...value.nodeset);
    else values.push(toStringValue(value));
  }
  return values;
}

/**
 * For functions XPath 1.0 defines on node-sets (`count`, `sum`): the members of argument 0. A
 * `${name}` or `.` that the context answered with one string is a node-set of that one node;
 * any other value is refused, as XPath 1.0 refuses it.
 */
export function nodesetArgument(call: FunctionCall): readonly string[] {
  const value = call.argument(0);
  if (typeof value === "object") return value.nodeset;
  const node = call.node.arguments[0];
  if (typeof value === "string" && (node?.kind === "reference" || node?.kind === "current")) return [value];
  throw callError(
    call,
    "needs a reference to a question (in a repeat, all its answers), not a computed value",
    undefined,
    node,
  );
}
