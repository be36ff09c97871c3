// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes references as ${name} inside ordinary strings.
/**
 * Parsing: XPath 1.0's precedence and associativity (§3.4–3.5, read off the grammar by hand into
 * fully parenthesised forms), node spans, and a located problem for every kind of bad input. The
 * fully parenthesised printer below is the test's own, independent of printExpression.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { ExpressionNode } from "./expression-node.ts";
import { expressionProblemCodes, maxExpressionDepth } from "./expression-problem.ts";
import { parseExpression } from "./parse-expression.ts";

function bracketed(node: ExpressionNode): string {
  switch (node.kind) {
    case "number":
      return String(node.value);
    case "string":
      return JSON.stringify(node.value);
    case "reference":
      return `$${node.name}`;
    case "current":
      return ".";
    case "parent":
      return "..";
    case "choice-column":
      return `col:${node.name}`;
    case "negate":
      return `(-${bracketed(node.operand)})`;
    case "binary":
      return `(${bracketed(node.left)} ${node.operator} ${bracketed(node.right)})`;
    case "call":
      return `${node.name}(${node.arguments.map(bracketed).join(", ")})`;
  }
}

function parsed(text: string): string {
  const result = parseExpression(text);
  if (!result.ok) throw new Error(`expected ${text} to parse: ${result.error.message}`);
  return bracketed(result.node);
}

describe("parseExpression", () => {
  it.each([
    // XPath 1.0 [21]–[27]: or < and < equality < relational < additive < multiplicative < unary.
    ["1 + 2 * 3", "(1 + (2 * 3))"],
    ["1 - 2 - 3", "((1 - 2) - 3)"],
    ["8 div 4 div 2", "((8 div 4) div 2)"],
    ["7 mod 4 * 2", "((7 mod 4) * 2)"],
    ["1 < 2 = 3 > 4", "((1 < 2) = (3 > 4))"],
    ["1 = 2 != 3", "((1 = 2) != 3)"],
    ["${a} or ${b} and ${c}", "($a or ($b and $c))"],
    ["${a} and ${b} or ${c}", "(($a and $b) or $c)"],
    ["-2 * 3", "((-2) * 3)"],
    ["- - 1", "(-(-1))"],
    ["1 - -1", "(1 - (-1))"],
    ["(1 + 2) * 3", "((1 + 2) * 3)"],
    [". >= 0 and . <= 100", "((. >= 0) and (. <= 100))"],
    [".5 + 1.", "(0.5 + 1)"],
  ])("reads %s as %s", (text, expected) => {
    expect(parsed(text)).toBe(expected);
  });

  it("reads operator names as operators only after an operand (XPath 1.0 §3.7)", () => {
    expect(parsed("${div} div ${mod}")).toBe("($div div $mod)");
    expect(parsed("count-selected(${q}) > 1")).toBe("(count-selected($q) > 1)");
  });

  it("reads both quote styles, and typographic quotes inside a literal as text", () => {
    expect(parsed(`concat("it's", 'say "hi"', '’')`)).toBe(`concat("it's", "say \\"hi\\"", "’")`);
  });

  it("reads position(..) and nothing else with ..", () => {
    expect(parsed("position(..) = 1")).toBe("(position(..) = 1)");
  });

  it("gives each node the span of its text, parentheses included", () => {
    const result = parseExpression("(${a} + 1) * max(2, .)");
    if (!result.ok) throw new Error(result.error.message);
    const node = result.node;
    expect(node).toMatchObject({ kind: "binary", operator: "*", offset: 0, length: 22 });
    if (node.kind !== "binary") throw new Error("not binary");
    expect(node.left).toMatchObject({ kind: "binary", operator: "+", offset: 0, length: 10 });
    expect(node.right).toMatchObject({ kind: "call", name: "max", offset: 13, length: 9 });
    if (node.left.kind !== "binary" || node.right.kind !== "call") throw new Error("shape");
    expect(node.left.left).toMatchObject({ kind: "reference", name: "a", offset: 1, length: 4 });
    expect(node.right.arguments[1]).toMatchObject({ kind: "current", offset: 20, length: 1 });
  });

  it("reads bare names as choice columns in a choice filter only", () => {
    const filter = parseExpression("country = ${country} and starts-with(name, 'a')", { choiceFilter: true });
    if (!filter.ok) throw new Error(filter.error.message);
    expect(bracketed(filter.node)).toBe('((col:country = $country) and starts-with(col:name, "a"))');
    expect(parseExpression("country = ${country}")).toMatchObject({
      ok: false,
      error: { code: expressionProblemCodes.unsupportedSyntax, offset: 0, length: 7 },
    });
  });

  it.each([
    ["", expressionProblemCodes.empty, "empty expression", 0],
    ["  ", expressionProblemCodes.empty, "empty expression", 0],
    [
      "${a} + (1 * 2))",
      expressionProblemCodes.unexpectedToken,
      'unexpected ")" at offset 14: expected an operator or the end',
      14,
    ],
    [
      "1 +",
      expressionProblemCodes.unexpectedToken,
      "unexpected end of expression at offset 3: expected a value",
      3,
    ],
    [
      "(1",
      expressionProblemCodes.unexpectedToken,
      'unexpected end of expression at offset 2: expected ")" to close "(" at offset 0',
      2,
    ],
    [
      "${a} ${b}",
      expressionProblemCodes.unexpectedToken,
      "unexpected reference ${b} at offset 5: expected an operator or the end",
      5,
    ],
    [
      "and 1",
      expressionProblemCodes.unexpectedToken,
      "unexpected operator and at offset 0: expected a value",
      0,
    ],
    [
      "concat(1 2)",
      expressionProblemCodes.unexpectedToken,
      'unexpected number 2 at offset 9: expected "," or ")" in the arguments of concat() at offset 0',
      9,
    ],
    [
      "sel’ected’",
      expressionProblemCodes.typographicQuote,
      "typographic quote ’ at offset 3: use ' or \"",
      3,
    ],
    [". = ‘yes’", expressionProblemCodes.typographicQuote, "typographic quote ‘ at offset 4: use ' or \"", 4],
    ["'abc", expressionProblemCodes.unterminatedString, "string starting at offset 0 has no closing '", 0],
    ["${a", expressionProblemCodes.badReference, "reference ${ at offset 0 has no closing }", 0],
    ["1 + ${}", expressionProblemCodes.badReference, "empty reference ${} at offset 4", 4],
    [
      "${a b}",
      expressionProblemCodes.badReference,
      "reference ${a b} at offset 0 is not a question name (a letter or _, then letters, digits, _, - or .)",
      0,
    ],
    [
      "${last-saved#a}",
      expressionProblemCodes.unsupportedSyntax,
      "reference ${last-saved#a} at offset 0 reads the last saved form, which is not supported",
      0,
    ],
    [
      "pulldata('f', 'a', 'b', 'c')",
      expressionProblemCodes.unsupportedFunction,
      "function pulldata() at offset 0 is not supported",
      0,
    ],
    [
      "1 + jr:choice-name(${q}, '${q}')",
      expressionProblemCodes.unsupportedFunction,
      "function jr:choice-name() at offset 4 is not supported",
      4,
    ],
    ["frobnicate(1)", expressionProblemCodes.unknownFunction, "unknown function frobnicate() at offset 0", 0],
    [
      "concat()",
      expressionProblemCodes.argumentCount,
      "concat() at offset 0 takes at least 1 argument, not 0",
      0,
    ],
    ["if(1, 2)", expressionProblemCodes.argumentCount, "if() at offset 0 takes 3 arguments, not 2", 0],
    [
      "round(1, 2, 3)",
      expressionProblemCodes.argumentCount,
      "round() at offset 0 takes 1 or 2 arguments, not 3",
      0,
    ],
    [
      "position()",
      expressionProblemCodes.unsupportedSyntax,
      "position() at offset 0 is supported only as position(..), the number of the current repeat instance",
      0,
    ],
    [
      "position(../..)",
      expressionProblemCodes.unsupportedSyntax,
      "XPath path .. at offset 9 is supported only as position(..)",
      9,
    ],
    [
      "/data/a = 1",
      expressionProblemCodes.unsupportedSyntax,
      "absolute XPath path / at offset 0 is not supported: refer to a question as ${name}",
      0,
    ],
    [
      "./a",
      expressionProblemCodes.unsupportedSyntax,
      "XPath path step / at offset 1 is not supported: refer to a question as ${name}",
      1,
    ],
    ["${a}[1]", expressionProblemCodes.unsupportedSyntax, "predicate [ at offset 4 is not supported", 4],
    [
      "${a} | ${b}",
      expressionProblemCodes.unsupportedSyntax,
      "union operator | at offset 5 is not supported",
      5,
    ],
    [
      "$a",
      expressionProblemCodes.unsupportedSyntax,
      "XPath variable $ at offset 0 is not supported: a question is referred to as ${name}",
      0,
    ],
    [
      "age > 18",
      expressionProblemCodes.unsupportedSyntax,
      "bare name age at offset 0 is an XPath path, which is not supported: did you mean ${age}?",
      0,
    ],
    [
      "1E+20",
      expressionProblemCodes.unexpectedToken,
      "number 1E+20 at offset 0 has an exponent, which XPath numbers cannot have: write it out",
      0,
    ],
    [
      ". ≥ 3",
      expressionProblemCodes.unexpectedCharacter,
      'unexpected character "≥" (U+2265) at offset 2: use >=',
      2,
    ],
    [
      ".\u00a0= 3",
      expressionProblemCodes.unexpectedCharacter,
      'unexpected character "\u00a0" (U+00A0, a no-break space) at offset 1: use an ordinary space',
      1,
    ],
    ["1 # 2", expressionProblemCodes.unexpectedCharacter, 'unexpected character "#" (U+0023) at offset 2', 2],
  ])("refuses %j with %s: %s", (text, code, message, offset) => {
    expect(parseExpression(text)).toMatchObject({ ok: false, error: { code, message, offset } });
  });

  it("refuses nesting deeper than maxExpressionDepth instead of exhausting the stack", () => {
    const parentheses = `${"(".repeat(100_000)}1${")".repeat(100_000)}`;
    expect(parseExpression(parentheses)).toMatchObject({
      ok: false,
      error: { code: expressionProblemCodes.tooDeep },
    });
    const chain = Array.from({ length: 100_000 }, () => "${a}").join(" + ");
    expect(parseExpression(chain)).toMatchObject({
      ok: false,
      error: { code: expressionProblemCodes.tooDeep },
    });
    const minus = `${"-".repeat(100_000)}1`;
    expect(parseExpression(minus)).toMatchObject({
      ok: false,
      error: { code: expressionProblemCodes.tooDeep },
    });
    const withinLimit = Array.from({ length: maxExpressionDepth - 1 }, () => "${a}").join(" + ");
    expect(parseExpression(withinLimit).ok).toBe(true);
  });

  const fragments = fc.constantFrom(
    "${a}",
    "${",
    "}",
    "'",
    '"',
    "(",
    ")",
    ",",
    ".",
    "..",
    "/",
    "[",
    "]",
    "|",
    "-",
    "+",
    "*",
    "=",
    "!=",
    "<",
    ">=",
    " and ",
    " or ",
    " div ",
    " mod ",
    "concat(",
    "if(",
    "position(",
    "round(",
    "1",
    "2.5",
    ".5",
    "x",
    "jr:",
    "’",
    "\u00a0",
    " ",
  );

  test.prop([
    fc.oneof(
      fc.string({ unit: "binary", maxLength: 40 }),
      fc.array(fragments, { maxLength: 25 }).map((parts) => parts.join("")),
    ),
  ])("never throws: any text gives a tree or a problem located inside the text", (text) => {
    const result = parseExpression(text);
    if (result.ok) return;
    expect(result.error.offset).toBeGreaterThanOrEqual(0);
    expect(result.error.length).toBeGreaterThanOrEqual(0);
    expect(result.error.offset + result.error.length).toBeLessThanOrEqual(text.length);
    if (result.error.code !== expressionProblemCodes.empty) {
      expect(result.error.message).toContain(`at offset ${result.error.offset}`);
    }
  });
});
