/**
 * Recursive-descent parser for the supported XPath 1.0 subset (§3 of XPath 1.0, with its operator
 * precedence and left associativity). It never throws: any input gives a tree or one located
 * problem, and constructs outside the subset are named ("XPath path", "predicate") rather than
 * reported as stray characters.
 */

import {
  describeArity,
  type FunctionName,
  isSupportedFunction,
  supportedFunctions,
  unsupportedOdkFunctions,
} from "./expression-functions.ts";
import type { BinaryOperator, ExpressionNode, SourceSpan } from "./expression-node.ts";
import {
  type ExpressionProblem,
  type ExpressionProblemCode,
  expressionProblemCodes,
  maxExpressionDepth,
} from "./expression-problem.ts";
import { type Token, tokenizeExpression } from "./tokenize-expression.ts";

export interface ParseExpressionOptions {
  /**
   * The expression is a `choice_filter`: bare names (`country = ${country}`) are columns of the
   * choice being filtered. Elsewhere a bare name is an XPath path and is refused.
   */
  readonly choiceFilter?: boolean;
}

export type ParseExpressionResult =
  | { readonly ok: true; readonly node: ExpressionNode }
  | { readonly ok: false; readonly error: ExpressionProblem };

/** Parses `text`; never throws. */
export function parseExpression(text: string, options: ParseExpressionOptions = {}): ParseExpressionResult {
  const tokenized = tokenizeExpression(text);
  if (!tokenized.ok) return tokenized;
  const first = tokenized.tokens[0];
  if (first === undefined || first.kind === "end") {
    return { ok: false, error: problem(expressionProblemCodes.empty, "empty expression", 0, text.length) };
  }
  try {
    const parser = new Parser(tokenized.tokens, options.choiceFilter === true);
    return { ok: true, node: parser.parseWhole() };
  } catch (error) {
    if (error instanceof ParseFailure) return { ok: false, error: error.problem };
    throw error;
  }
}

/** Operator levels from loosest to tightest (XPath 1.0 [21]–[26]); all are left-associative. */
const operatorLevels: readonly (readonly BinaryOperator[])[] = [
  ["or"],
  ["and"],
  ["=", "!="],
  ["<", "<=", ">", ">="],
  ["+", "-"],
  ["*", "div", "mod"],
];

const namedOperators = new Set<string>(["or", "and", "div", "mod"]);

class ParseFailure extends Error {
  readonly problem: ExpressionProblem;
  constructor(failure: ExpressionProblem) {
    super(failure.message);
    this.problem = failure;
  }
}

class Parser {
  private readonly tokens: readonly Token[];
  private readonly choiceFilter: boolean;
  private index = 0;
  /** Depth of each node built, so chains of operators cannot build a tree too deep to walk. */
  private readonly depths = new WeakMap<ExpressionNode, number>();
  private nesting = 0;

  constructor(tokens: readonly Token[], choiceFilter: boolean) {
    this.tokens = tokens;
    this.choiceFilter = choiceFilter;
  }

  parseWhole(): ExpressionNode {
    const node = this.parseLevel(0);
    const next = this.peek();
    if (next.kind !== "end") throw this.unexpected(next, "expected an operator or the end");
    return node;
  }

  private parseLevel(level: number): ExpressionNode {
    const operators = operatorLevels[level];
    if (operators === undefined) return this.parseUnary();
    let left = this.parseLevel(level + 1);
    for (;;) {
      const operator = this.operatorAt(this.peek(), operators);
      if (operator === undefined) return left;
      this.index += 1;
      const right = this.parseLevel(level + 1);
      left = this.built({ kind: "binary", operator, left, right, ...spanOf(left, right) }, left, right);
    }
  }

  private parseUnary(): ExpressionNode {
    const token = this.peek();
    if (token.kind === "symbol" && token.text === "-") {
      this.index += 1;
      const operand = this.nested(token, () => this.parseUnary());
      return this.built({ kind: "negate", operand, ...spanOf(token, operand) }, operand);
    }
    const primary = this.parsePrimary();
    this.refuseStepAfter();
    return primary;
  }

  private parsePrimary(): ExpressionNode {
    const token = this.take();
    const span = { offset: token.offset, length: token.length };
    switch (token.kind) {
      case "number":
        return this.built({ kind: "number", value: token.value, ...span });
      case "string":
        return this.built({ kind: "string", value: token.value, ...span });
      case "reference":
        return this.built({ kind: "reference", name: token.name, ...span });
      case "name":
        return this.parseName(token);
      case "end":
        throw this.unexpected(token, "expected a value");
      case "symbol":
        return this.parseSymbolPrimary(token);
    }
  }

  private parseSymbolPrimary(token: Token & { kind: "symbol" }): ExpressionNode {
    const at = `at offset ${token.offset}`;
    const unsupported = (message: string) =>
      this.fail(expressionProblemCodes.unsupportedSyntax, message, token);
    switch (token.text) {
      case ".":
        return this.built({ kind: "current", offset: token.offset, length: token.length });
      case "(": {
        const inner = this.nested(token, () => this.parseLevel(0));
        const close = this.take();
        if (close.kind !== "symbol" || close.text !== ")")
          throw this.unexpected(close, `expected ")" to close "(" ${at}`);
        // The parentheses belong to the span, so a problem in a grouped operand points at all of it.
        const grouped = {
          ...inner,
          offset: token.offset,
          length: close.offset + close.length - token.offset,
        };
        this.depths.set(grouped, this.depths.get(inner) ?? 1);
        return grouped;
      }
      case "..":
        throw unsupported(`XPath path .. ${at} is supported only as position(..)`);
      case "/":
      case "//":
        throw unsupported(
          `absolute XPath path ${token.text} ${at} is not supported: refer to a question as \${name}`,
        );
      case "@":
        throw unsupported(`attribute path @ ${at} is not supported`);
      case "$":
        throw unsupported(`XPath variable $ ${at} is not supported: a question is referred to as \${name}`);
      default:
        throw this.unexpected(token, "expected a value");
    }
  }

  private parseName(token: Token & { kind: "name" }): ExpressionNode {
    const next = this.peek();
    if (next.kind === "symbol" && next.text === "(") return this.parseCall(token);
    if (namedOperators.has(token.name)) throw this.unexpected(token, "expected a value");
    if (this.choiceFilter)
      return this.built({ kind: "choice-column", name: token.name, ...spanOf(token, token) });
    throw this.fail(
      expressionProblemCodes.unsupportedSyntax,
      `bare name ${token.name} at offset ${token.offset} is an XPath path, which is not supported: did you mean \${${token.name}}?`,
      token,
    );
  }

  private parseCall(nameToken: Token & { kind: "name" }): ExpressionNode {
    const name = this.functionName(nameToken);
    this.index += 1; // the "(" seen by parseName
    const parsedArguments = this.nested(nameToken, () => this.parseArguments(name));
    const close = this.take();
    if (close.kind !== "symbol" || close.text !== ")") {
      throw this.unexpected(
        close,
        `expected "," or ")" in the arguments of ${name}() at offset ${nameToken.offset}`,
      );
    }
    const span = { offset: nameToken.offset, length: close.offset + close.length - nameToken.offset };
    this.checkArguments(name, parsedArguments, span);
    return this.built({ kind: "call", name, arguments: parsedArguments, ...span }, ...parsedArguments);
  }

  private parseArguments(name: FunctionName): ExpressionNode[] {
    const first = this.peek();
    if (first.kind === "symbol" && first.text === ")") return [];
    const second = this.tokens[this.index + 1];
    if (name === "position" && first.kind === "symbol" && first.text === "..") {
      if (second?.kind === "symbol" && second.text === ")") {
        this.index += 1;
        return [this.built({ kind: "parent", offset: first.offset, length: first.length })];
      }
    }
    const parsed = [this.parseLevel(0)];
    for (;;) {
      const separator = this.peek();
      if (separator.kind !== "symbol" || separator.text !== ",") return parsed;
      this.index += 1;
      parsed.push(this.parseLevel(0));
    }
  }

  private functionName(token: Token & { kind: "name" }): FunctionName {
    if (isSupportedFunction(token.name)) return token.name;
    const at = `at offset ${token.offset}`;
    if (unsupportedOdkFunctions.has(token.name)) {
      throw this.fail(
        expressionProblemCodes.unsupportedFunction,
        `function ${token.name}() ${at} is not supported`,
        token,
      );
    }
    throw this.fail(expressionProblemCodes.unknownFunction, `unknown function ${token.name}() ${at}`, token);
  }

  private checkArguments(name: FunctionName, parsed: readonly ExpressionNode[], span: SourceSpan): void {
    if (name === "position" && (parsed.length !== 1 || parsed[0]?.kind !== "parent")) {
      throw this.fail(
        expressionProblemCodes.unsupportedSyntax,
        `position() at offset ${span.offset} is supported only as position(..), the number of the current repeat instance`,
        span,
      );
    }
    const arity = supportedFunctions[name];
    if (parsed.length < arity.min || parsed.length > arity.max) {
      throw this.fail(
        expressionProblemCodes.argumentCount,
        `${name}() at offset ${span.offset} takes ${describeArity(arity)}, not ${parsed.length}`,
        span,
      );
    }
  }

  /** After a value, `/`, `[` and `|` would continue an XPath path, predicate or union. */
  private refuseStepAfter(): void {
    const token = this.peek();
    if (token.kind !== "symbol") return;
    const at = `at offset ${token.offset}`;
    const message =
      token.text === "/" || token.text === "//"
        ? `XPath path step ${token.text} ${at} is not supported: refer to a question as \${name}`
        : token.text === "["
          ? `predicate [ ${at} is not supported`
          : token.text === "|"
            ? `union operator | ${at} is not supported`
            : token.text === "::"
              ? `XPath axis :: ${at} is not supported`
              : undefined;
    if (message !== undefined) throw this.fail(expressionProblemCodes.unsupportedSyntax, message, token);
  }

  private operatorAt(token: Token, operators: readonly BinaryOperator[]): BinaryOperator | undefined {
    const text = token.kind === "symbol" ? token.text : token.kind === "name" ? token.name : undefined;
    return operators.find((operator) => operator === text);
  }

  /** Runs `parse` one level deeper, refusing input nested beyond `maxExpressionDepth`. */
  private nested<T>(at: Token, parse: () => T): T {
    this.nesting += 1;
    if (this.nesting > maxExpressionDepth) throw this.tooDeep(at);
    const result = parse();
    this.nesting -= 1;
    return result;
  }

  private built<T extends ExpressionNode>(node: T, ...children: readonly ExpressionNode[]): T {
    const depth = 1 + Math.max(0, ...children.map((child) => this.depths.get(child) ?? 1));
    if (depth > maxExpressionDepth) throw this.tooDeep(node);
    this.depths.set(node, depth);
    return node;
  }

  private tooDeep(at: SourceSpan): ParseFailure {
    return this.fail(
      expressionProblemCodes.tooDeep,
      `expression nests deeper than ${maxExpressionDepth} levels at offset ${at.offset}`,
      at,
    );
  }

  private unexpected(token: Token, expected: string): ParseFailure {
    if (token.kind === "end") {
      return this.fail(
        expressionProblemCodes.unexpectedToken,
        `unexpected end of expression at offset ${token.offset}: ${expected}`,
        token,
      );
    }
    return this.fail(
      expressionProblemCodes.unexpectedToken,
      `unexpected ${describeToken(token)} at offset ${token.offset}: ${expected}`,
      token,
    );
  }

  private fail(code: ExpressionProblemCode, message: string, span: SourceSpan): ParseFailure {
    return new ParseFailure(problem(code, message, span.offset, span.length));
  }

  private peek(): Token {
    return this.tokens[this.index] ?? this.endToken();
  }

  private take(): Token {
    const token = this.peek();
    if (token.kind !== "end") this.index += 1;
    return token;
  }

  private endToken(): Token {
    const last = this.tokens[this.tokens.length - 1];
    return { kind: "end", offset: last === undefined ? 0 : last.offset + last.length, length: 0 };
  }
}

function describeToken(token: Token): string {
  switch (token.kind) {
    case "number":
      return `number ${token.value}`;
    case "string":
      return `string ${JSON.stringify(token.value)}`;
    case "reference":
      return `reference \${${token.name}}`;
    case "name":
      return namedOperators.has(token.name) ? `operator ${token.name}` : `name ${token.name}`;
    case "symbol":
      return JSON.stringify(token.text);
    case "end":
      return "end of expression";
  }
}

function spanOf(first: SourceSpan, last: SourceSpan): SourceSpan {
  return { offset: first.offset, length: last.offset + last.length - first.offset };
}

function problem(
  code: ExpressionProblemCode,
  message: string,
  offset: number,
  length: number,
): ExpressionProblem {
  return { code, message, offset, length };
}
