/**
 * The syntax tree of an XLSForm expression: the XPath 1.0 subset that `parseExpression` accepts.
 * Every node carries the span of source text it was read from (UTF-16 offsets, as JavaScript
 * indexes strings), so a linter or a form can point at the part of a cell that is wrong.
 */
import type { FunctionName } from "./expression-functions.ts";

/** Where a node was read from: `offset` is the index of its first character, `length` its extent. */
export interface SourceSpan {
  readonly offset: number;
  readonly length: number;
}

/** XPath 1.0 binary operators (§3.4, §3.5), from loosest to tightest binding. */
export type BinaryOperator =
  | "or"
  | "and"
  | "="
  | "!="
  | "<"
  | "<="
  | ">"
  | ">="
  | "+"
  | "-"
  | "*"
  | "div"
  | "mod";

/** A number literal (`12`, `0.5`, `.5`); XPath 1.0 numbers have no sign, exponent or hex form. */
export interface NumberLiteralNode extends SourceSpan {
  readonly kind: "number";
  readonly value: number;
}

/** A string literal in single or double quotes; XPath 1.0 literals have no escapes. */
export interface StringLiteralNode extends SourceSpan {
  readonly kind: "string";
  readonly value: string;
}

/** `${name}`: the answer to another question (XLSForm's shorthand for its XPath path). */
export interface ReferenceNode extends SourceSpan {
  readonly kind: "reference";
  readonly name: string;
}

/** `.`: the value of the question the expression belongs to. */
export interface CurrentNode extends SourceSpan {
  readonly kind: "current";
}

/** `..`: accepted only as the argument of `position(..)`, the current repeat instance. */
export interface ParentNode extends SourceSpan {
  readonly kind: "parent";
}

/**
 * A bare name in a `choice_filter` (`country = ${country}`): a column of the choice being
 * filtered. Parsed only when `ParseExpressionOptions.choiceFilter` is set.
 */
export interface ChoiceColumnNode extends SourceSpan {
  readonly kind: "choice-column";
  readonly name: string;
}

/** Unary minus (XPath 1.0 §3.5 `UnaryExpr`). */
export interface NegateNode extends SourceSpan {
  readonly kind: "negate";
  readonly operand: ExpressionNode;
}

export interface BinaryNode extends SourceSpan {
  readonly kind: "binary";
  readonly operator: BinaryOperator;
  readonly left: ExpressionNode;
  readonly right: ExpressionNode;
}

/** A call of one of the supported functions (`expression-functions.ts`). */
export interface CallNode extends SourceSpan {
  readonly kind: "call";
  readonly name: FunctionName;
  readonly arguments: readonly ExpressionNode[];
}

export type ExpressionNode =
  | NumberLiteralNode
  | StringLiteralNode
  | ReferenceNode
  | CurrentNode
  | ParentNode
  | ChoiceColumnNode
  | NegateNode
  | BinaryNode
  | CallNode;
