/**
 * The functions the evaluator implements, with how many arguments each takes, and the ODK
 * functions it knowingly leaves out (so a form that uses one is told "not supported" rather than
 * "unknown"). The parser and the evaluator both read this table, so they cannot disagree.
 */

/** Arity of a supported function: at least `min`, at most `max` arguments. */
export interface FunctionArity {
  readonly min: number;
  readonly max: number;
}

const many = Number.POSITIVE_INFINITY;

/**
 * Supported functions, by name. Semantics follow the ODK XForms specification, "XPath Functions"
 * (getodk.github.io/xforms-spec/#xpath-functions), which defers to XPath 1.0 §4 for most.
 */
export const supportedFunctions = {
  abs: { min: 1, max: 1 },
  boolean: { min: 1, max: 1 },
  "boolean-from-string": { min: 1, max: 1 },
  coalesce: { min: 2, max: 2 },
  concat: { min: 1, max: many },
  contains: { min: 2, max: 2 },
  count: { min: 1, max: 1 },
  "count-non-empty": { min: 1, max: 1 },
  "count-selected": { min: 1, max: 1 },
  "ends-with": { min: 2, max: 2 },
  false: { min: 0, max: 0 },
  if: { min: 3, max: 3 },
  int: { min: 1, max: 1 },
  join: { min: 1, max: many },
  max: { min: 1, max: many },
  min: { min: 1, max: many },
  "normalize-space": { min: 0, max: 1 },
  not: { min: 1, max: 1 },
  now: { min: 0, max: 0 },
  number: { min: 0, max: 1 },
  position: { min: 1, max: 1 },
  pow: { min: 2, max: 2 },
  regex: { min: 2, max: 2 },
  round: { min: 1, max: 2 },
  selected: { min: 2, max: 2 },
  "selected-at": { min: 2, max: 2 },
  "starts-with": { min: 2, max: 2 },
  string: { min: 0, max: 1 },
  "string-length": { min: 1, max: 1 },
  substr: { min: 2, max: 3 },
  "substring-after": { min: 2, max: 2 },
  "substring-before": { min: 2, max: 2 },
  sum: { min: 1, max: 1 },
  today: { min: 0, max: 0 },
  translate: { min: 3, max: 3 },
  true: { min: 0, max: 0 },
} as const satisfies Record<string, FunctionArity>;

export type FunctionName = keyof typeof supportedFunctions;

/**
 * Functions of the ODK XForms specification (and XPath 1.0 core functions ODK lists) that this
 * evaluator does not implement: they need secondary instances, itext, randomness, the device,
 * a locale, or transcendental maths whose last digit may differ between JavaScript engines.
 */
export const unsupportedOdkFunctions: ReadonlySet<string> = new Set([
  "acos",
  "area",
  "asin",
  "atan",
  "atan2",
  "base64-decode",
  "ceiling",
  "checklist",
  "cos",
  "current",
  "date",
  "date-time",
  "decimal-date-time",
  "decimal-time",
  "digest",
  "distance",
  "exp",
  "exp10",
  "floor",
  "format-date",
  "format-date-time",
  "indexed-repeat",
  "instance",
  "jr:choice-name",
  "jr:itext",
  "last",
  "local-name",
  "log",
  "log10",
  "name",
  "once",
  "pi",
  "property",
  "pulldata",
  "random",
  "randomize",
  "sin",
  "sqrt",
  "substring",
  "tan",
  "uuid",
  "version",
  "weighted-checklist",
]);

/** True when `name` is a function this evaluator implements. */
export function isSupportedFunction(name: string): name is FunctionName {
  return Object.hasOwn(supportedFunctions, name);
}

/** "1 argument", "1 or 2 arguments", "at least 1 argument": for arity messages. */
export function describeArity(arity: FunctionArity): string {
  const noun = (count: number) => (count === 1 ? "argument" : "arguments");
  if (arity.max === many) return `at least ${arity.min} ${noun(arity.min)}`;
  if (arity.min === arity.max) return `${arity.min} ${noun(arity.min)}`;
  if (arity.max === arity.min + 1) return `${arity.min} or ${arity.max} ${noun(arity.max)}`;
  return `${arity.min} to ${arity.max} ${noun(arity.max)}`;
}
