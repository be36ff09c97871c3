// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes references as ${name}.
/**
 * Test support: the broken workbooks of expression cells (references, quotes, the XPath syntax
 * check), with the exact findings worked out by hand; positions are counted from 1.
 */
import type { BrokenForm } from "./xlsform-broken-forms.ts";

const text = ["text", "a", "A"];

export const brokenExpressionForms: readonly BrokenForm[] = [
  {
    rule: "xlsform/undefined-reference",
    title: "references to names no question has, in an expression and in a label",
    sheets: {
      survey: [
        ["type", "name", "label", "relevant"],
        ["integer", "age", "Age"],
        ["text", "job", "Job at ${agee}", "${agee} > 16 and ${job_type} = 'x'"],
      ],
    },
    expected: [
      "error xlsform/undefined-reference survey!C3 (label)",
      "error xlsform/undefined-reference survey!D3 (relevant)",
      "error xlsform/undefined-reference survey!D3 (relevant)",
    ],
    message: "${agee} refers to no question of this form; did you mean ${age}?",
  },
  {
    rule: "xlsform/malformed-reference",
    title: "a reference with a space and one never closed",
    sheets: {
      survey: [["type", "name", "label", "relevant"], text, ["text", "b", "B", "${ a} = 1 or ${a = 2"]],
    },
    expected: [
      "error xlsform/malformed-reference survey!D3 (relevant)",
      "error xlsform/malformed-reference survey!D3 (relevant)",
    ],
  },
  {
    rule: "xlsform/typographic-quote",
    title: "curly quotes around a string in a relevant and a constraint",
    sheets: {
      survey: [
        ["type", "name", "label", "relevant", "constraint"],
        text,
        ["text", "b", "B", "${a} = ‘yes’", ". != “none”"],
      ],
    },
    expected: [
      "error xlsform/typographic-quote survey!D3 (relevant)",
      "error xlsform/typographic-quote survey!E3 (constraint)",
    ],
    message: "‘ at character 8, ’ at character 12",
  },
  {
    rule: "xlsform/expression-syntax",
    title:
      "an expression cut short, a ≥ sign, a bare name outside a choice filter (inside one it is a column)",
    sheets: {
      survey: [
        ["type", "name", "label", "relevant", "constraint", "choice_filter"],
        ["integer", "a", "A"],
        ["text", "b", "B", "${a} >"],
        ["text", "c", "C", "${a} ≥ 1"],
        ["text", "d", "D", null, "category = 'x'"],
        ["select_one yn", "s", "S", null, null, "category = 'x' or ${a} > 1"],
      ],
      choices: [
        ["list_name", "name", "label", "category"],
        ["yn", "yes", "Yes", "x"],
        ["yn", "no", "No", "y"],
      ],
    },
    expected: [
      "error xlsform/expression-syntax survey!D3 (relevant)",
      "error xlsform/expression-syntax survey!D4 (relevant)",
      "error xlsform/expression-syntax survey!E5 (constraint)",
    ],
    message: "the expression does not parse: unexpected end of expression at character 7",
  },
  {
    rule: "xlsform/expression-syntax",
    title: "a quote never closed, and a typographic quote reported once, not again by the parser",
    sheets: {
      survey: [
        ["type", "name", "label", "relevant", "constraint"],
        text,
        ["text", "b", "B", "${a} = 'yes", "${a} = ‘yes’"],
      ],
    },
    expected: [
      "error xlsform/expression-syntax survey!D3 (relevant)",
      "error xlsform/typographic-quote survey!E3 (constraint)",
    ],
    message: "the expression does not parse: string starting at character 8 has no closing '",
  },
  {
    rule: "xlsform/unsupported-function",
    title: "pulldata, an ODK function the evaluator does not implement",
    sheets: {
      survey: [
        ["type", "name", "label", "calculation"],
        ["calculate", "price", null, "pulldata('prices', 'price', 'item', 'bread')"],
      ],
    },
    expected: ["error xlsform/unsupported-function survey!D2 (calculation)"],
    message:
      "function pulldata() at character 1 is not supported: Circular Atlas does not implement this ODK function",
  },
];
