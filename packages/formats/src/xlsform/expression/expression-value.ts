/**
 * The values an expression produces and XPath 1.0's conversions between them (§4.2 `string`,
 * §4.3 `boolean`, §4.4 `number`), with ODK's one extension: dates count as days in numeric context.
 */
import { daysSinceEpoch } from "./expression-dates.ts";
import { formatXPathNumber, parseXPathNumber } from "./xpath-number.ts";

/**
 * The answers to a question inside a repeat, seen from outside it: one string per instance, in
 * order. It stands for an XPath node-set (only string values matter to the subset).
 */
export interface ExpressionNodeset {
  readonly nodeset: readonly string[];
}

/** An XPath 1.0 value: string, number, boolean, or node-set. */
export type ExpressionValue = string | number | boolean | ExpressionNodeset;

/** True for a node-set. */
export function isNodeset(value: ExpressionValue): value is ExpressionNodeset {
  return typeof value === "object";
}

/**
 * XPath 1.0 `string()` (§4.2): a node-set gives its first member ('' when empty), booleans give
 * `true`/`false`, numbers their XPath text (`formatXPathNumber`: no exponent, `NaN`, `Infinity`).
 */
export function toStringValue(value: ExpressionValue): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return formatXPathNumber(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  return value.nodeset[0] ?? "";
}

/**
 * XPath 1.0 `number()` (§4.4) with ODK's extension: a string that is an XPath number gives it
 * (surrounding white space allowed, no sign but `-`, no exponent); a date or dateTime gives days
 * since 1970-01-01 UTC; anything else, including the empty answer, is NaN. true is 1, false 0; a
 * node-set converts its first member.
 */
export function toNumberValue(value: ExpressionValue): number {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  const text = toStringValue(value);
  const number = parseXPathNumber(text);
  if (!Number.isNaN(number)) return number;
  return daysSinceEpoch(text) ?? Number.NaN;
}

/**
 * XPath 1.0 `boolean()` (§4.3): a number is true unless it is ±0 or NaN, a string unless it is
 * empty, a node-set unless it has no members. So the string "false" is true (ODK XForms warns of
 * this under "XPath Functions"): compare stored answers as strings instead.
 */
export function toBooleanValue(value: ExpressionValue): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0 && !Number.isNaN(value);
  if (typeof value === "string") return value !== "";
  return value.nodeset.length > 0;
}
