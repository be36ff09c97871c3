/**
 * Canonical text of a tree: single spaces around operators, `, ` between arguments, single quotes
 * unless the string holds one, and parentheses only where precedence needs them. For any tree
 * `parseExpression` returns, parsing the printed text gives the same tree (spans aside).
 */
import type { BinaryOperator, ExpressionNode } from "./expression-node.ts";
import { formatXPathNumber } from "./xpath-number.ts";

/**
 * `node` as expression text. Trees built by hand may hold values no literal can spell; they print
 * as an equivalent expression instead (a negative number as `(-2)`, NaN as `(0 div 0)`, a string
 * with both quote characters as a `concat`).
 */
export function printExpression(node: ExpressionNode): string {
  switch (node.kind) {
    case "number":
      return printNumber(node.value);
    case "string":
      return printString(node.value);
    case "reference":
      return `\${${node.name}}`;
    case "current":
      return ".";
    case "parent":
      return "..";
    case "choice-column":
      return node.name;
    case "negate":
      return `-${printOperand(node.operand, unaryPrecedence, false)}`;
    case "binary": {
      const precedence = precedenceOf[node.operator];
      // Left-associative: a right operand of equal precedence needs parentheses, a left one not.
      const left = printOperand(node.left, precedence, false);
      const right = printOperand(node.right, precedence, true);
      return `${left} ${node.operator} ${right}`;
    }
    case "call":
      return `${node.name}(${node.arguments.map(printExpression).join(", ")})`;
  }
}

const precedenceOf: { readonly [Operator in BinaryOperator]: number } = {
  or: 1,
  and: 2,
  "=": 3,
  "!=": 3,
  "<": 4,
  "<=": 4,
  ">": 4,
  ">=": 4,
  "+": 5,
  "-": 5,
  "*": 6,
  div: 6,
  mod: 6,
};
const unaryPrecedence = 7;
const primaryPrecedence = 8;

function printOperand(node: ExpressionNode, parentPrecedence: number, isRightOperand: boolean): string {
  const precedence =
    node.kind === "binary"
      ? precedenceOf[node.operator]
      : node.kind === "negate"
        ? unaryPrecedence
        : primaryPrecedence;
  const needsParentheses =
    precedence < parentPrecedence || (isRightOperand && precedence === parentPrecedence);
  const text = printExpression(node);
  return needsParentheses ? `(${text})` : text;
}

function printNumber(value: number): string {
  if (Number.isNaN(value)) return "(0 div 0)";
  if (value === Number.POSITIVE_INFINITY) return "(1 div 0)";
  if (value === Number.NEGATIVE_INFINITY) return "(-1 div 0)";
  if (value < 0 || Object.is(value, -0)) return `(-${formatXPathNumber(-value)})`;
  return formatXPathNumber(value);
}

function printString(value: string): string {
  if (!value.includes("'")) return `'${value}'`;
  if (!value.includes('"')) return `"${value}"`;
  // XPath 1.0 literals have no escapes: spell the apostrophes as separate literals.
  const pieces = value.split("'").map((piece) => `'${piece}'`);
  return `concat(${pieces.join(`, "'", `)})`;
}
