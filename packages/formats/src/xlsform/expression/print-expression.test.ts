// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes references as ${name} inside ordinary strings.
/**
 * Printing and the tree's other readers: parse(print(tree)) gives the tree back for generated
 * trees of every node kind and supported function; evaluation is deterministic; references are
 * listed once each. Spans are compared separately, since printed text has its own offsets.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { evaluateExpression } from "./evaluate-expression.ts";
import { type FunctionName, supportedFunctions } from "./expression-functions.ts";
import type { BinaryOperator, ExpressionNode } from "./expression-node.ts";
import { ExpressionError } from "./expression-problem.ts";
import { expressionReferences } from "./expression-references.ts";
import { parseExpression } from "./parse-expression.ts";
import { printExpression } from "./print-expression.ts";
import { evaluateText, testExpressionContext } from "./test-expression-context.ts";

/** The tree without spans (and with the one -0/0 distinction no literal keeps dropped). */
function shape(node: ExpressionNode): unknown {
  const { offset: _offset, length: _length, ...rest } = node;
  switch (rest.kind) {
    case "negate":
      return { ...rest, operand: shape(rest.operand) };
    case "binary":
      return { ...rest, left: shape(rest.left), right: shape(rest.right) };
    case "call":
      return { ...rest, arguments: rest.arguments.map(shape) };
    default:
      return rest;
  }
}

function reparsed(text: string, choiceFilter = false): ExpressionNode {
  const result = parseExpression(text, { choiceFilter });
  if (!result.ok) throw new Error(`printed ${text} does not parse: ${result.error.message}`);
  return result.node;
}

const at = { offset: 0, length: 0 };
const names = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,6}$/);
const operators: readonly BinaryOperator[] = [
  "or",
  "and",
  "=",
  "!=",
  "<",
  "<=",
  ">",
  ">=",
  "+",
  "-",
  "*",
  "div",
  "mod",
];
const callable = (Object.keys(supportedFunctions) as FunctionName[]).filter((name) => name !== "position");

const leaf: fc.Arbitrary<ExpressionNode> = fc.oneof(
  fc
    .oneof(fc.nat(), fc.double({ min: 0, max: 1e12, noNaN: true }))
    .filter((value) => !Object.is(value, -0))
    .map((value) => ({ kind: "number" as const, value, ...at })),
  // XPath literals cannot hold both quote characters; that case has its own test below.
  fc
    .string({ unit: "grapheme", maxLength: 8 })
    .filter((value) => !(value.includes("'") && value.includes('"')))
    .map((value) => ({ kind: "string" as const, value, ...at })),
  names.map((name) => ({ kind: "reference" as const, name, ...at })),
  fc.constant({ kind: "current" as const, ...at }),
  fc.constant({
    kind: "call" as const,
    name: "position" as const,
    arguments: [{ kind: "parent" as const, ...at }],
    ...at,
  }),
);

const tree: fc.Arbitrary<ExpressionNode> = fc.letrec<{ node: ExpressionNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    tie("node").map((operand) => ({ kind: "negate" as const, operand, ...at })),
    fc
      .tuple(tie("node"), fc.constantFrom(...operators), tie("node"))
      .map(([left, operator, right]) => ({ kind: "binary" as const, operator, left, right, ...at })),
    fc
      .tuple(fc.constantFrom(...callable), fc.array(tie("node"), { maxLength: 3 }))
      .map(([name, candidates]) => {
        const arity = supportedFunctions[name];
        const count = Math.min(Math.max(candidates.length, arity.min), arity.max);
        const padded = [
          ...candidates,
          ...Array.from({ length: 3 }, () => ({ kind: "current" as const, ...at })),
        ];
        return { kind: "call" as const, name, arguments: padded.slice(0, count), ...at };
      }),
  ),
})).node;

describe("printExpression", () => {
  test.prop([tree])("prints text that parses back to the same tree", (node) => {
    expect(shape(reparsed(printExpression(node)))).toEqual(shape(node));
  });

  test.prop([tree])("prints parsed trees as a fixed point, spans included", (node) => {
    const once = reparsed(printExpression(node));
    expect(reparsed(printExpression(once))).toEqual(once);
  });

  it.each([
    ["1+2*3", "1 + 2 * 3"],
    ["(1+2)*3", "(1 + 2) * 3"],
    ["1-(2-3)", "1 - (2 - 3)"],
    ["(1-2)-3", "1 - 2 - 3"],
    ["-(1+2)", "-(1 + 2)"],
    ["- -1", "--1"],
    ["${a} or (${b} and ${c})", "${a} or ${b} and ${c}"],
    ["(${a} or ${b}) and ${c}", "(${a} or ${b}) and ${c}"],
    ["concat( \"it's\" ,'x' )", `concat("it's", 'x')`],
    ["position( .. )", "position(..)"],
    ["01.50", "1.5"],
  ])("prints %s canonically as %s", (text, canonical) => {
    expect(printExpression(reparsed(text))).toBe(canonical);
  });

  it("prints choice columns as bare names", () => {
    expect(printExpression(reparsed("country = ${c}", true))).toBe("country = ${c}");
  });

  it("spells values no literal can hold as equivalent expressions", () => {
    const both: ExpressionNode = { kind: "string", value: `it's "x"`, ...at };
    expect(printExpression(both)).toBe(`concat('it', "'", 's "x"')`);
    expect(evaluateText(printExpression(both))).toBe(`it's "x"`);
    const numbers = [-2, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0];
    for (const value of numbers) {
      const printed = printExpression({ kind: "number", value, ...at });
      expect(evaluateText(printed)).toBe(value);
    }
  });
});

describe("expressionReferences", () => {
  it("lists each ${name} once, in order of first appearance, and no choice columns", () => {
    const node = reparsed("if(${b} > 0, ${a}, ${b} + count(${rep})) + name", true);
    expect(expressionReferences(node)).toEqual(["b", "a", "rep"]);
  });

  test.prop([tree])("finds exactly the names the printed text spells as ${name}", (node) => {
    const spelled = [...printExpression(node).matchAll(/\$\{([^}]*)\}/g)].map((match) => match[1]);
    // A string literal may itself contain "${x}", so the spelled names are a superset.
    const found = expressionReferences(node);
    expect(new Set(found).size).toBe(found.length);
    for (const name of found) expect(spelled).toContain(name);
  });
});

describe("evaluateExpression determinism", () => {
  const answers = { answers: {} as Record<string, string | readonly string[]>, current: "7", position: 2 };
  /** The value, or the problem (its code only when `spans` is false: printed text moves offsets). */
  const outcome = (node: ExpressionNode, spans = true): unknown => {
    const names = expressionReferences(node);
    const context = testExpressionContext({
      ...answers,
      answers: Object.fromEntries(
        names.map((name, index) => [name, index % 2 === 0 ? ["3", ""] : "2024-01-01"]),
      ),
    });
    try {
      return { value: evaluateExpression(node, context) };
    } catch (error) {
      if (error instanceof ExpressionError) return { problem: spans ? error.toProblem() : error.code };
      throw error;
    }
  };

  test.prop([tree])(
    "gives the same value or the same problem every time, and never another exception",
    (node) => {
      expect(outcome(node)).toEqual(outcome(node));
      expect(outcome(reparsed(printExpression(node)), false)).toEqual(outcome(node, false));
    },
  );
});
