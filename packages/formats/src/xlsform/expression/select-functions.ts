/**
 * Functions on select_multiple answers (ODK XForms "XPath Functions", Select Functions): an answer
 * is its choices' names separated by white space, `a c d`.
 */

import { toNumberValue, toStringValue } from "./expression-value.ts";
import type { FunctionTable } from "./function-call.ts";

type SelectFunctionName = "count-selected" | "selected" | "selected-at";

export const selectFunctions: FunctionTable<SelectFunctionName> = {
  "count-selected": (call) => choiceNames(toStringValue(call.argument(0))).length,
  selected: (call) => {
    // JavaRosa trims the choice name, so selected(., ' a') finds `a`.
    const name = toStringValue(call.argument(1)).replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, "");
    return choiceNames(toStringValue(call.argument(0))).includes(name);
  },
  // ODK: the 0-based item, or '' when there is none; JavaRosa truncates a fractional index.
  "selected-at": (call) => {
    const index = Math.trunc(toNumberValue(call.argument(1)));
    if (!(index >= 0)) return "";
    return choiceNames(toStringValue(call.argument(0)))[index] ?? "";
  },
};

function choiceNames(answer: string): string[] {
  return answer.split(/[ \t\r\n]+/).filter((name) => name !== "");
}
