/**
 * String functions (ODK XForms "XPath Functions", String Functions; XPath 1.0 §4.2). Lengths and
 * positions count Unicode characters (code points), as XPath 1.0 does, not UTF-16 units: a
 * Persian or emoji answer measures what the user sees.
 */

import { expressionProblemCodes } from "./expression-problem.ts";
import { toNumberValue, toStringValue } from "./expression-value.ts";
import { callError, type FunctionTable, spreadArguments } from "./function-call.ts";

type StringFunctionName =
  | "concat"
  | "contains"
  | "ends-with"
  | "join"
  | "normalize-space"
  | "regex"
  | "starts-with"
  | "string"
  | "string-length"
  | "substr"
  | "substring-after"
  | "substring-before"
  | "translate";

export const stringFunctions: FunctionTable<StringFunctionName> = {
  // ODK: one argument is allowed, and a node-set contributes all its members.
  concat: (call) => spreadArguments(call).join(""),
  contains: (call) => toStringValue(call.argument(0)).includes(toStringValue(call.argument(1))),
  "ends-with": (call) => toStringValue(call.argument(0)).endsWith(toStringValue(call.argument(1))),
  join: (call) => spreadArguments(call, 1).join(toStringValue(call.argument(0))),
  "normalize-space": (call) =>
    (call.node.arguments.length === 0 ? call.context.current() : toStringValue(call.argument(0)))
      .replace(/[ \t\r\n]+/g, " ")
      .replace(/^ | $/g, ""),
  regex: (call) => {
    const pattern = toStringValue(call.argument(1));
    let compiled: RegExp;
    try {
      // ODK: "'[0-9]+' becomes /[0-9]+/": no flags, not anchored.
      compiled = new RegExp(pattern);
    } catch {
      // The engine's own message differs between browsers and Node, so it is not repeated.
      throw callError(
        call,
        `pattern ${JSON.stringify(pattern)} is not a valid regular expression`,
        expressionProblemCodes.badRegex,
        call.node.arguments[1],
      );
    }
    return compiled.test(toStringValue(call.argument(0)));
  },
  "starts-with": (call) => toStringValue(call.argument(0)).startsWith(toStringValue(call.argument(1))),
  string: (call) =>
    call.node.arguments.length === 0 ? call.context.current() : toStringValue(call.argument(0)),
  "string-length": (call) => characters(toStringValue(call.argument(0))).length,
  // ODK: 0-based start, end exclusive; read like JavaScript's slice (negative counts from the end,
  // NaN start is 0, NaN end is 0).
  substr: (call) => {
    const text = characters(toStringValue(call.argument(0)));
    const start = toNumberValue(call.argument(1));
    const end = call.node.arguments.length > 2 ? toNumberValue(call.argument(2)) : text.length;
    return text.slice(start, end).join("");
  },
  "substring-after": (call) => {
    const text = toStringValue(call.argument(0));
    const separator = toStringValue(call.argument(1));
    const at = text.indexOf(separator);
    return at === -1 ? "" : text.slice(at + separator.length);
  },
  "substring-before": (call) => {
    const text = toStringValue(call.argument(0));
    const at = text.indexOf(toStringValue(call.argument(1)));
    return at === -1 ? "" : text.slice(0, at);
  },
  // XPath 1.0: each character of `from` becomes the one at its position in `to`, or is removed.
  translate: (call) => {
    const from = characters(toStringValue(call.argument(1)));
    const to = characters(toStringValue(call.argument(2)));
    return characters(toStringValue(call.argument(0)))
      .map((character) => {
        const at = from.indexOf(character);
        return at === -1 ? character : (to[at] ?? "");
      })
      .join("");
  },
};

function characters(text: string): string[] {
  return Array.from(text);
}
