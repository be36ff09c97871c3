/**
 * The questions an expression reads, for the linter's undefined-reference check and for ordering
 * calculations so each runs after what it depends on.
 */
import type { ExpressionNode } from "./expression-node.ts";

/** The `${name}` names in `node`, each once, in order of first appearance. */
export function expressionReferences(node: ExpressionNode): string[] {
  const names = new Set<string>();
  const visit = (current: ExpressionNode): void => {
    switch (current.kind) {
      case "reference":
        names.add(current.name);
        return;
      case "negate":
        visit(current.operand);
        return;
      case "binary":
        visit(current.left);
        visit(current.right);
        return;
      case "call":
        for (const argument of current.arguments) visit(argument);
        return;
      default:
        return;
    }
  };
  visit(node);
  return [...names];
}
