/**
 * Number and node-set functions (ODK XForms "XPath Functions", Number and Node-set Functions;
 * XPath 1.0 §4.4). Only operations whose result IEEE 754 fixes exactly are offered, so a browser
 * and the server compute the same digits.
 */

import { toNumberValue } from "./expression-value.ts";
import { type FunctionTable, nodesetArgument, spreadArguments } from "./function-call.ts";
import { roundXPath } from "./xpath-number.ts";

type NumberFunctionName =
  | "abs"
  | "count"
  | "count-non-empty"
  | "int"
  | "max"
  | "min"
  | "number"
  | "pow"
  | "round"
  | "sum";

export const numberFunctions: FunctionTable<NumberFunctionName> = {
  abs: (call) => Math.abs(toNumberValue(call.argument(0))),
  count: (call) => nodesetArgument(call).length,
  "count-non-empty": (call) => nodesetArgument(call).filter((member) => member !== "").length,
  // ODK: "discarding the fractional component", i.e. toward zero.
  int: (call) => Math.trunc(toNumberValue(call.argument(0))),
  // XPath 3.0 fn:max/fn:min over the members; ODK gives NaN for an empty list or any NaN member.
  max: (call) => extreme(spreadArguments(call), Math.max),
  min: (call) => extreme(spreadArguments(call), Math.min),
  number: (call) =>
    call.node.arguments.length === 0
      ? toNumberValue(call.context.current())
      : toNumberValue(call.argument(0)),
  pow: (call) => power(toNumberValue(call.argument(0)), toNumberValue(call.argument(1))),
  round: (call) =>
    roundXPath(
      toNumberValue(call.argument(0)),
      call.node.arguments.length > 1 ? toNumberValue(call.argument(1)) : 0,
    ),
  // XPath 1.0 §4.4: the sum of every member converted to a number, so an empty answer makes NaN.
  sum: (call) => nodesetArgument(call).reduce((total, member) => total + toNumberValue(member), 0),
};

/** The member `pick` prefers, NaN when there is none or any is not a number. */
function extreme(members: readonly string[], pick: (a: number, b: number) => number): number {
  let result = Number.NaN;
  for (const [index, member] of members.entries()) {
    const number = toNumberValue(member);
    if (Number.isNaN(number)) return Number.NaN;
    result = index === 0 ? number : pick(result, number);
  }
  return result;
}

/**
 * `pow` from steps every engine rounds alike: the whole part of the exponent by repeated
 * squaring (each step one IEEE multiplication), the fraction as the product of the base's
 * repeated square roots over the fraction's bits (x^0.625 = √x · ⁸√x), each root the hardware's
 * correctly rounded IEEE 754 square root. `**` with a fractional exponent is only approximated by
 * ECMAScript, and Node and Chromium differ in its last bit (pow(0.5, 2.5)). The special values
 * (NaN, zeros, infinities, a negative base under a fraction) are exactly specified; `**` gives them.
 */
function power(base: number, exponent: number): number {
  if (!Number.isFinite(base) || !Number.isFinite(exponent) || base === 0 || Math.abs(exponent) > 2 ** 31)
    return base ** exponent;
  const magnitude = Math.abs(exponent);
  const whole = Math.trunc(magnitude);
  if (whole !== magnitude && base < 0) return Number.NaN;
  let result = 1;
  let factor = base;
  for (let remaining = whole; remaining > 0; remaining = Math.floor(remaining / 2)) {
    if (remaining % 2 === 1) result *= factor;
    factor *= factor;
  }
  // Exact: subtracting a double's whole part, and doubling, lose no bit.
  let fraction = magnitude - whole;
  let root = base;
  for (let bit = 0; fraction > 0 && bit < 64; bit++) {
    root = Math.sqrt(root);
    fraction *= 2;
    if (fraction >= 1) {
      result *= root;
      fraction -= 1;
    }
  }
  return exponent < 0 ? 1 / result : result;
}
