/**
 * XPath 1.0 §3.4 comparisons. A node-set compares true when some member does (so `!=` and `=` can
 * both be true of one node-set); otherwise `=`/`!=` compare as booleans if either side is one, as
 * numbers if either is one, else as strings; `<`, `<=`, `>`, `>=` always compare numbers. NaN
 * (an empty answer in numeric context) makes every comparison false except `!=`.
 */
import { type ExpressionValue, isNodeset, toBooleanValue, toNumberValue } from "./expression-value.ts";

export type ComparisonOperator = "=" | "!=" | "<" | "<=" | ">" | ">=";

type Atom = string | number | boolean;

/** `left operator right` under XPath 1.0's rules. */
export function compareValues(
  operator: ComparisonOperator,
  left: ExpressionValue,
  right: ExpressionValue,
): boolean {
  if (isNodeset(left)) {
    if (isNodeset(right)) {
      return left.nodeset.some((leftMember) =>
        right.nodeset.some((rightMember) => compareAtoms(operator, leftMember, rightMember)),
      );
    }
    if (typeof right === "boolean") return compareAtoms(operator, toBooleanValue(left), right);
    return left.nodeset.some((member) => compareAtoms(operator, member, right));
  }
  if (isNodeset(right)) {
    if (typeof left === "boolean") return compareAtoms(operator, left, toBooleanValue(right));
    return right.nodeset.some((member) => compareAtoms(operator, left, member));
  }
  return compareAtoms(operator, left, right);
}

function compareAtoms(operator: ComparisonOperator, left: Atom, right: Atom): boolean {
  if (operator === "=" || operator === "!=") {
    const equal =
      typeof left === "boolean" || typeof right === "boolean"
        ? toBooleanValue(left) === toBooleanValue(right)
        : typeof left === "number" || typeof right === "number"
          ? toNumberValue(left) === toNumberValue(right)
          : left === right;
    return operator === "=" ? equal : !equal;
  }
  const a = toNumberValue(left);
  const b = toNumberValue(right);
  switch (operator) {
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    case ">":
      return a > b;
    case ">=":
      return a >= b;
  }
}
