// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes references as ${name} inside ordinary strings.
/**
 * Operators and coercions. Each expected value is hand-computed from the rule cited beside it:
 * XPath 1.0 §3.4 (booleans and comparisons), §3.5 (numbers), §4.2–4.4 (conversions), and the ODK
 * XForms specification's "XPath Operators" (dates compare and subtract as days). The properties
 * check arithmetic and comparison against a deliberately plain second implementation.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { evaluateExpression } from "./evaluate-expression.ts";
import type { FunctionName } from "./expression-functions.ts";
import type { ExpressionNode } from "./expression-node.ts";
import { ExpressionError, expressionProblemCodes, maxExpressionDepth } from "./expression-problem.ts";
import { toNumberValue } from "./expression-value.ts";
import { evaluateText, type TestAnswers, testExpressionContext } from "./test-expression-context.ts";

const repeat: TestAnswers = {
  answers: { rep: ["1", "2", "3"], none: [], letters: ["a", "b"], more: ["b", "c"], empty: "" },
};

describe("evaluateExpression: arithmetic (XPath 1.0 §3.5)", () => {
  it.each([
    ["1 + 2", 3],
    ["5 - 7", -2],
    ["2 * 3.5", 7],
    ["7 div 2", 3.5],
    ["7 mod 3", 1],
    // §3.5's own examples: 5 mod 2 = 1, 5 mod -2 = 1, -5 mod 2 = -1, -5 mod -2 = -1.
    ["5 mod -2", 1],
    ["-5 mod 2", -1],
    ["-5 mod -2", -1],
    ["1 div 0", Number.POSITIVE_INFINITY],
    ["-1 div 0", Number.NEGATIVE_INFINITY],
    ["0 div 0", Number.NaN],
    ["- ${empty}", Number.NaN],
    // §4.4: number('') is NaN, so an unanswered question makes arithmetic NaN.
    ["${empty} + 1", Number.NaN],
    ["'12' * '2'", 24],
    ["true() + true()", 2],
    // ODK "XPath Operators": dates in numeric context are days since 1970-01-01.
    ["'2024-03-01' - '2024-02-28'", 2],
    ["'2024-03-01T18:00:00Z' - '2024-03-01'", 0.75],
  ])("%s is %s", (text, expected) => {
    expect(evaluateText(text, repeat)).toBe(expected);
  });

  it("reads a node-set in numeric context as its first member (§4.4)", () => {
    expect(evaluateText("${rep} + 1", repeat)).toBe(2);
    expect(evaluateText("${none} + 1", repeat)).toBeNaN();
  });
});

describe("evaluateExpression: comparisons (XPath 1.0 §3.4)", () => {
  it.each([
    // Neither side a node-set: `=` compares as booleans if one is, else numbers if one is, else strings.
    ["'5' = 5", true],
    ["'5.0' = 5", true],
    ["'5.0' = '5'", false],
    ["'abc' = 0", false],
    ["'abc' != 0", true],
    ["${empty} = ''", true],
    ["${empty} = 0", false],
    ["${empty} != 0", true],
    ["true() = 'x'", true],
    ["true() = ''", false],
    ["false() = 0", true],
    ["2 = true()", true],
    // Relational operators always compare numbers; NaN makes them false.
    ["'10' > '9'", true],
    ["'b' > 'a'", false],
    ["${empty} < 1", false],
    ["${empty} >= 1", false],
    ["1 <= 1", true],
    ["true() > false()", true],
    // ODK: date strings compare as days, but `=` between two strings stays a string comparison.
    ["'2024-03-01' > '2024-02-28'", true],
    ["'2024-03-01' < '2024-03-01T12:00Z'", true],
    ["'2024-03-01' = '2024-03-01T00:00:00Z'", false],
    // A node-set compares true when some member does, so = and != can both hold.
    ["${rep} = 2", true],
    ["${rep} != 2", true],
    ["${rep} = 5", false],
    ["${rep} > 2", true],
    ["${rep} < 1", false],
    ["5 > ${rep}", true],
    ["${rep} = '3'", true],
    ["${none} = ''", false],
    ["${none} != ''", false],
    ["${letters} = ${more}", true],
    ["${letters} != ${more}", true],
    ["${letters} = ${none}", false],
    // With a boolean, the node-set converts to a boolean: true unless empty.
    ["${rep} = true()", true],
    ["${none} = false()", true],
  ])("%s is %s", (text, expected) => {
    expect(evaluateText(text, repeat)).toBe(expected);
  });
});

describe("evaluateExpression: and, or, unary minus, and .", () => {
  it.each([
    ["1 and ''", false],
    ["0 or 'x'", true],
    ["${rep} and ${none}", false],
    // §3.4: the right operand is not evaluated when the left decides, so its error never happens.
    ["false() and regex('a', '(')", false],
    ["true() or regex('a', '(')", true],
    [". > 10 and . < 20", true],
    ["-.", -15],
    ["--.", 15],
  ])("%s is %s", (text, expected) => {
    expect(evaluateText(text, { ...repeat, current: "15" })).toBe(expected);
  });
});

describe("evaluateExpression: problems", () => {
  function problemOf(run: () => unknown): unknown {
    try {
      run();
    } catch (error) {
      if (error instanceof ExpressionError) return error.toProblem();
      throw error;
    }
    throw new Error("expected an ExpressionError");
  }

  it("reports a bad regex pattern at the pattern, as an ExpressionError", () => {
    expect(problemOf(() => evaluateText("regex(., '(')"))).toEqual({
      code: expressionProblemCodes.badRegex,
      message: 'regex() at offset 0: pattern "(" is not a valid regular expression',
      offset: 9,
      length: 3,
    });
  });

  it("refuses count and sum of a computed value, as XPath 1.0 refuses a non-node-set", () => {
    expect(problemOf(() => evaluateText("1 + count('a')"))).toMatchObject({
      code: expressionProblemCodes.badArgument,
      offset: 10,
    });
    expect(problemOf(() => evaluateText("sum(1 + 2)"))).toMatchObject({
      code: expressionProblemCodes.badArgument,
    });
  });

  it("refuses a choice column where the context has no choice", () => {
    expect(problemOf(() => evaluateText("name = 'a'", {}, { choiceFilter: true }))).toMatchObject({
      code: expressionProblemCodes.unsupportedSyntax,
      message: "bare name name is a choice column, which only a choice_filter can read at offset 0",
    });
  });

  const at = { offset: 0, length: 1 };
  const one: ExpressionNode = { kind: "number", value: 1, ...at };

  it("refuses hand-built calls the parser would have refused", () => {
    const context = testExpressionContext();
    const unknown: ExpressionNode = { kind: "call", name: "pulldata" as FunctionName, arguments: [], ...at };
    expect(problemOf(() => evaluateExpression(unknown, context))).toMatchObject({
      code: expressionProblemCodes.unknownFunction,
    });
    const wrongCount: ExpressionNode = { kind: "call", name: "not", arguments: [one, one], ...at };
    expect(problemOf(() => evaluateExpression(wrongCount, context))).toMatchObject({
      code: expressionProblemCodes.argumentCount,
      message: "not() takes 1 argument, not 2 at offset 0",
    });
    const position: ExpressionNode = { kind: "call", name: "position", arguments: [one], ...at };
    expect(problemOf(() => evaluateExpression(position, context))).toMatchObject({
      code: expressionProblemCodes.unsupportedSyntax,
    });
  });

  it("refuses a hand-built tree deeper than maxExpressionDepth instead of exhausting the stack", () => {
    let deep: ExpressionNode = one;
    for (let level = 0; level < 50_000; level += 1) deep = { kind: "negate", operand: deep, ...at };
    expect(problemOf(() => evaluateExpression(deep, testExpressionContext()))).toMatchObject({
      code: expressionProblemCodes.tooDeep,
    });
    let shallow: ExpressionNode = one;
    for (let level = 1; level < maxExpressionDepth; level += 1)
      shallow = { kind: "negate", operand: shallow, ...at };
    expect(evaluateExpression(shallow, testExpressionContext())).toBe(-1);
  });
});

/** A random arithmetic tree, with its text written by the test's own printer and its value by plain JavaScript. */
interface Arithmetic {
  readonly text: string;
  readonly value: number;
  /** A bare answer reference is a string, not a number: `=` and `!=` between two compare text. */
  readonly answer?: string;
}

const numberLiteral: fc.Arbitrary<Arithmetic> = fc
  .tuple(fc.nat(100_000), fc.option(fc.nat(999), { nil: undefined }))
  .map(([whole, fraction]) => {
    const text = fraction === undefined ? String(whole) : `${whole}.${fraction}`;
    return { text, value: Number(text) };
  });

// Answers as the form stores them: numeric strings, or '' when unanswered (NaN in numeric context).
const answerNames = ["a", "b", "c"] as const;
const answers = { a: "12.5", b: "", c: "-3" };
const plainNumber = (text: string) => (text === "" ? Number.NaN : Number(text));
const answerLeaf: fc.Arbitrary<Arithmetic> = fc
  .constantFrom(...answerNames)
  .map((name) => ({ text: `\${${name}}`, value: plainNumber(answers[name]), answer: answers[name] }));

const arithmetic: fc.Arbitrary<Arithmetic> = fc.letrec<{ node: Arithmetic }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    numberLiteral,
    answerLeaf,
    tie("node").map((operand) => ({ text: `(-${operand.text})`, value: -operand.value })),
    fc
      .tuple(tie("node"), fc.constantFrom("+", "-", "*", "div", "mod"), tie("node"))
      .map(([left, operator, right]) => ({
        text: `(${left.text} ${operator} ${right.text})`,
        value:
          operator === "+"
            ? left.value + right.value
            : operator === "-"
              ? left.value - right.value
              : operator === "*"
                ? left.value * right.value
                : operator === "div"
                  ? left.value / right.value
                  : left.value % right.value,
      })),
  ),
})).node;

describe("evaluateExpression against a plain implementation", () => {
  test.prop([arithmetic])(
    "computes arithmetic as IEEE doubles, with unanswered questions as NaN",
    (expression) => {
      // A lone ${a} evaluates to its answer's string; number() of it is what arithmetic sees.
      expect(toNumberValue(evaluateText(expression.text, { answers }))).toBe(expression.value);
    },
  );

  const comparisonOperators = ["=", "!=", "<", "<=", ">", ">="] as const;
  const compareNumbers = (operator: (typeof comparisonOperators)[number], a: number, b: number): boolean =>
    operator === "="
      ? a === b
      : operator === "!="
        ? a !== b
        : operator === "<"
          ? a < b
          : operator === "<="
            ? a <= b
            : operator === ">"
              ? a > b
              : a >= b;

  test.prop([arithmetic, fc.constantFrom(...comparisonOperators), arithmetic])(
    "compares numbers as IEEE doubles (NaN: only != holds)",
    (left, operator, right) => {
      // XPath 1.0 §3.4: two strings under = or != compare as strings ('' = '' holds); any other
      // pairing, and every relational operator, compares numbers.
      const asText =
        left.answer !== undefined && right.answer !== undefined && (operator === "=" || operator === "!=");
      expect(evaluateText(`${left.text} ${operator} ${right.text}`, { answers })).toBe(
        asText
          ? (left.answer === right.answer) === (operator === "=")
          : compareNumbers(operator, left.value, right.value),
      );
    },
  );

  test.prop([numberLiteral, fc.constantFrom(...comparisonOperators), numberLiteral, fc.boolean()])(
    "compares a numeric string with a number as numbers, and two strings with = as text",
    (left, operator, right, bothStrings) => {
      const text = bothStrings
        ? `'${left.text}' ${operator} '${right.text}'`
        : `'${left.text}' ${operator} ${right.text}`;
      const expected =
        bothStrings && (operator === "=" || operator === "!=")
          ? (left.text === right.text) === (operator === "=")
          : compareNumbers(operator, left.value, right.value);
      expect(evaluateText(text)).toBe(expected);
    },
  );
});
