/**
 * Boolean and choice functions (ODK XForms "XPath Functions", Boolean Functions; XPath 1.0 §4.3).
 * `if` and `coalesce` evaluate only the arguments their result needs, as JavaRosa does, so an
 * error in the branch not taken (a bad `regex`) does not surface.
 */

import { toBooleanValue, toStringValue } from "./expression-value.ts";
import type { FunctionTable } from "./function-call.ts";

type BooleanFunctionName = "boolean" | "boolean-from-string" | "coalesce" | "false" | "if" | "not" | "true";

export const booleanFunctions: FunctionTable<BooleanFunctionName> = {
  boolean: (call) => toBooleanValue(call.argument(0)),
  // XForms 1.0 §7.4.2 reads "true" in any case and "1" as true; ODK: anything else is false.
  "boolean-from-string": (call) => {
    const text = toStringValue(call.argument(0));
    return text.toLowerCase() === "true" || text === "1";
  },
  // ODK: "first non-empty value of arg1 and arg2", as strings.
  coalesce: (call) => {
    const first = toStringValue(call.argument(0));
    return first !== "" ? first : toStringValue(call.argument(1));
  },
  false: () => false,
  // ODK types the result as a string (XForms 1.0 §7.4.1); JavaRosa returns the branch's own value,
  // and so does this, so `if(c, 1 > 2, false())` is false rather than the true string "false".
  if: (call) => (toBooleanValue(call.argument(0)) ? call.argument(1) : call.argument(2)),
  not: (call) => !toBooleanValue(call.argument(0)),
  true: () => true,
};
