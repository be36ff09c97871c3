/**
 * Evaluates a parsed expression against a context (XPath 1.0 §3 semantics with ODK's functions).
 * Pure: the same tree and the same context answers give the same value in the browser and on the
 * server. Problems (bad regex, a hand-built tree with a wrong call) throw `ExpressionError`.
 */
import { booleanFunctions } from "./boolean-functions.ts";
import { compareValues } from "./compare-values.ts";
import { contextFunctions } from "./context-functions.ts";
import type { ExpressionContext } from "./expression-context.ts";
import {
  describeArity,
  type FunctionName,
  isSupportedFunction,
  supportedFunctions,
} from "./expression-functions.ts";
import type { BinaryNode, CallNode, ExpressionNode } from "./expression-node.ts";
import {
  ExpressionError,
  type ExpressionProblemCode,
  expressionProblemCodes,
  maxExpressionDepth,
} from "./expression-problem.ts";
import { type ExpressionValue, toBooleanValue, toNumberValue } from "./expression-value.ts";
import type { FunctionImplementation } from "./function-call.ts";
import { numberFunctions } from "./number-functions.ts";
import { selectFunctions } from "./select-functions.ts";
import { stringFunctions } from "./string-functions.ts";

/**
 * The value of `node`. Relevance, constraints and `required` convert it with `toBooleanValue`,
 * calculations with `toStringValue` (ODK stores every result as its string).
 */
export function evaluateExpression(node: ExpressionNode, context: ExpressionContext): ExpressionValue {
  return evaluateNode(node, context, 1);
}

const implementations: { readonly [Name in FunctionName]: FunctionImplementation } = {
  ...booleanFunctions,
  ...contextFunctions,
  ...numberFunctions,
  ...selectFunctions,
  ...stringFunctions,
};

function evaluateNode(node: ExpressionNode, context: ExpressionContext, depth: number): ExpressionValue {
  if (depth > maxExpressionDepth) {
    throw located(
      node,
      expressionProblemCodes.tooDeep,
      `expression nests deeper than ${maxExpressionDepth} levels`,
    );
  }
  switch (node.kind) {
    case "number":
    case "string":
      return node.value;
    case "reference":
      return context.value(node.name);
    case "current":
      return context.current();
    case "parent":
      throw located(
        node,
        expressionProblemCodes.unsupportedSyntax,
        "XPath path .. is supported only as position(..)",
      );
    case "choice-column": {
      if (context.choiceColumn === undefined) {
        throw located(
          node,
          expressionProblemCodes.unsupportedSyntax,
          `bare name ${node.name} is a choice column, which only a choice_filter can read`,
        );
      }
      return context.choiceColumn(node.name);
    }
    case "negate":
      return -toNumberValue(evaluateNode(node.operand, context, depth + 1));
    case "binary":
      return evaluateBinary(node, context, depth);
    case "call":
      return evaluateCall(node, context, depth);
  }
}

function evaluateBinary(node: BinaryNode, context: ExpressionContext, depth: number): ExpressionValue {
  const left = () => evaluateNode(node.left, context, depth + 1);
  const right = () => evaluateNode(node.right, context, depth + 1);
  switch (node.operator) {
    // XPath 1.0 §3.4: the right operand is not evaluated when the left decides.
    case "or":
      return toBooleanValue(left()) || toBooleanValue(right());
    case "and":
      return toBooleanValue(left()) && toBooleanValue(right());
    case "=":
    case "!=":
    case "<":
    case "<=":
    case ">":
    case ">=":
      return compareValues(node.operator, left(), right());
    // XPath 1.0 §3.5: IEEE 754 arithmetic; `mod` is the truncating remainder, as JavaScript's %.
    case "+":
      return toNumberValue(left()) + toNumberValue(right());
    case "-":
      return toNumberValue(left()) - toNumberValue(right());
    case "*":
      return toNumberValue(left()) * toNumberValue(right());
    case "div":
      return toNumberValue(left()) / toNumberValue(right());
    case "mod":
      return toNumberValue(left()) % toNumberValue(right());
  }
}

function evaluateCall(node: CallNode, context: ExpressionContext, depth: number): ExpressionValue {
  // A parsed tree has passed these checks; a tree built by hand may not have.
  const name: string = node.name;
  if (!isSupportedFunction(name)) {
    throw located(node, expressionProblemCodes.unknownFunction, `unknown function ${name}()`);
  }
  if (name === "position" && (node.arguments.length !== 1 || node.arguments[0]?.kind !== "parent")) {
    throw located(
      node,
      expressionProblemCodes.unsupportedSyntax,
      "position() is supported only as position(..)",
    );
  }
  const arity = supportedFunctions[name];
  if (node.arguments.length < arity.min || node.arguments.length > arity.max) {
    throw located(
      node,
      expressionProblemCodes.argumentCount,
      `${name}() takes ${describeArity(arity)}, not ${node.arguments.length}`,
    );
  }
  return implementations[name]({
    node,
    context,
    argument: (index) => {
      const argument = node.arguments[index];
      if (argument === undefined) throw new Error(`${name}() read argument ${index + 1} it does not have`);
      return evaluateNode(argument, context, depth + 1);
    },
  });
}

function located(node: ExpressionNode, code: ExpressionProblemCode, message: string): ExpressionError {
  return new ExpressionError({
    code,
    message: `${message} at offset ${node.offset}`,
    offset: node.offset,
    length: node.length,
  });
}
