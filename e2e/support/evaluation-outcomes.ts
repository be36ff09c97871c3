/**
 * What expression-agreement.test.ts runs on both sides: Node imports this module, and the page
 * runs the same module bundled (`atlasEvaluation`). Each case's outcome is plain data, every
 * number as its float64 bits, so that the two sides compare exactly, errors and problems included.
 */
import {
  ExpressionError,
  type ExpressionValue,
  evaluateExpression,
  evaluateForm,
  type FormAnswers,
  isNodeset,
  parseExpression,
  toBooleanValue,
  toNumberValue,
  toStringValue,
  type XlsForm,
} from "@circular-atlas/formats";
import {
  type TestAnswers,
  testExpressionContext,
} from "../../packages/formats/src/xlsform/expression/test-expression-context.ts";

/** An expression as a cell holds it, and the answers, `.`, position and clock it is evaluated with. */
export interface ExpressionCase extends TestAnswers {
  readonly text: string;
}

/** The value with its string, number and boolean conversions; or the problem, error or crash. */
export type ExpressionOutcome =
  | {
      readonly value: unknown;
      readonly asString: string;
      readonly asNumber: string;
      readonly asBoolean: boolean;
    }
  | { readonly problem: unknown }
  | { readonly error: unknown }
  | { readonly crash: string };

export function evaluateCases(cases: readonly ExpressionCase[]): ExpressionOutcome[] {
  return cases.map((expressionCase) => {
    const parsed = parseExpression(expressionCase.text);
    if (!parsed.ok) return { problem: parsed.error };
    try {
      const value = evaluateExpression(parsed.node, testExpressionContext(expressionCase));
      return {
        value: plainValue(value),
        asString: toStringValue(value),
        asNumber: numberBits(toNumberValue(value)),
        asBoolean: toBooleanValue(value),
      };
    } catch (error) {
      if (error instanceof ExpressionError) return { error: error.toProblem() };
      return { crash: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
  });
}

/** Answers to a form, with the clock and the language of the messages. */
export interface FormRun {
  readonly answers: FormAnswers;
  readonly now: string;
  readonly language: string;
}

/** The form's state per run, as JSON text with every number's bits. */
export function evaluateForms(form: XlsForm, runs: readonly FormRun[]): string[] {
  return runs.map(({ answers, ...options }) => {
    try {
      return JSON.stringify(evaluateForm(form, answers, options), (_key, value: unknown) =>
        typeof value === "number" ? numberBits(value) : value,
      );
    } catch (error) {
      return `crash: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
    }
  });
}

function plainValue(value: ExpressionValue): unknown {
  if (isNodeset(value)) return { nodeset: value.nodeset };
  if (typeof value === "number") return { number: numberBits(value) };
  return value;
}

/** `0x…` of the float64 (NaN as `NaN`: its payload is no part of the language), so -0 ≠ 0. */
function numberBits(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  return `0x${view.getBigUint64(0).toString(16).padStart(16, "0")}`;
}
