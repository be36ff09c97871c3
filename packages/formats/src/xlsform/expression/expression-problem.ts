/**
 * What goes wrong with an expression, located in its text. Parsing returns a problem (it never
 * throws); evaluation throws an `ExpressionError` carrying one, because a bad regex or a hand-built
 * tree with a wrong argument count has no value to return.
 */

/** Stable ids for problems, so faces can word them from their own catalogue. */
export const expressionProblemCodes = {
  /** Nothing but white space. */
  empty: "expression/empty",
  /** A character that starts no token (`#`, `@`, a no-break space…). */
  unexpectedCharacter: "expression/unexpected-character",
  /** ‘ ’ “ ” and similar outside a string literal: word processors put them in for ' and ". */
  typographicQuote: "expression/typographic-quote",
  unterminatedString: "expression/unterminated-string",
  /** `${name` without `}`, `${}` or a name that is not an XML name. */
  badReference: "expression/bad-reference",
  /** A token where the grammar expects another (`1 +`, `)`, `a b`). */
  unexpectedToken: "expression/unexpected-token",
  /** Valid XPath outside the subset: paths, `|`, predicates, bare names outside choice filters. */
  unsupportedSyntax: "expression/unsupported-syntax",
  /** An ODK function this evaluator does not implement (`pulldata`, `jr:choice-name`…). */
  unsupportedFunction: "expression/unsupported-function",
  /** A function neither ODK nor XPath 1.0 defines. */
  unknownFunction: "expression/unknown-function",
  argumentCount: "expression/argument-count",
  /** Nested deeper than `maxExpressionDepth`. */
  tooDeep: "expression/too-deep",
  /** `regex()` given a pattern JavaScript's RegExp rejects. */
  badRegex: "expression/bad-regex",
  /** A function given a value it cannot use (`count('a')`, `sum(3)`). */
  badArgument: "expression/bad-argument",
} as const;

export type ExpressionProblemCode = (typeof expressionProblemCodes)[keyof typeof expressionProblemCodes];

/** A problem and the span of text it is about; `message` ends with "at offset N". */
export interface ExpressionProblem {
  readonly code: ExpressionProblemCode;
  readonly message: string;
  /** UTF-16 index into the expression text. */
  readonly offset: number;
  readonly length: number;
}

/**
 * How deeply nodes may nest (parentheses, operands of operand chains, arguments). Deeper trees are
 * refused when parsed and when evaluated, so that neither recursion can exhaust the stack. Real
 * forms stay far below: a sum of 100 answers nests 100 deep.
 */
export const maxExpressionDepth = 400;

/** Thrown by `evaluateExpression` for a problem found while evaluating. */
export class ExpressionError extends Error {
  readonly code: ExpressionProblemCode;
  readonly offset: number;
  readonly length: number;

  constructor(problem: ExpressionProblem) {
    super(problem.message);
    this.name = "ExpressionError";
    this.code = problem.code;
    this.offset = problem.offset;
    this.length = problem.length;
  }

  /** The problem as plain data, for diagnostics. */
  toProblem(): ExpressionProblem {
    return { code: this.code, message: this.message, offset: this.offset, length: this.length };
  }
}
