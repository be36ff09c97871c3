/**
 * The order calculations run in: each after the calculations it references (`expressionReferences`),
 * by depth-first topological sort. Calculations on a cycle are left out of the order and named,
 * so the engine reports the cycle once instead of recursing forever.
 */
import type { ExpressionNode } from "../expression/expression-node.ts";
import { expressionReferences } from "../expression/expression-references.ts";

export interface CalculationOrder {
  /** Names of the calculations that can run, each after those it depends on. */
  readonly order: readonly string[];
  /** Each cycle found, as the names along it (`["a", "b"]` for a → b → a). */
  readonly cycles: readonly (readonly string[])[];
  /** Every calculation on or depending on a cycle: none of them is computed. */
  readonly blocked: ReadonlySet<string>;
}

/** Orders the calculations (`name → parsed calculation`); references to non-calculations are inputs. */
export function orderCalculations(calculations: ReadonlyMap<string, ExpressionNode>): CalculationOrder {
  const dependencies = new Map<string, string[]>();
  for (const [name, node] of calculations) {
    dependencies.set(
      name,
      expressionReferences(node).filter((reference) => calculations.has(reference)),
    );
  }
  const order: string[] = [];
  const cycles: string[][] = [];
  const blocked = new Set<string>();
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  // Iterative rather than recursive, so a chain of thousands of calculations cannot exhaust the stack.
  for (const start of calculations.keys()) {
    if (state.has(start)) continue;
    const frames: { name: string; next: number }[] = [{ name: start, next: 0 }];
    state.set(start, "visiting");
    stack.push(start);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      if (frame === undefined) break;
      const targets = dependencies.get(frame.name) ?? [];
      const target = targets[frame.next];
      if (target !== undefined) {
        frame.next += 1;
        const seen = state.get(target);
        if (seen === "visiting") {
          const cycle = stack.slice(stack.indexOf(target));
          cycles.push(cycle);
          for (const name of cycle) blocked.add(name);
        } else if (seen === "done") {
          if (blocked.has(target)) blocked.add(frame.name);
        } else {
          state.set(target, "visiting");
          stack.push(target);
          frames.push({ name: target, next: 0 });
        }
        continue;
      }
      frames.pop();
      stack.pop();
      state.set(frame.name, "done");
      if (targets.some((dependency) => blocked.has(dependency))) blocked.add(frame.name);
      if (!blocked.has(frame.name)) order.push(frame.name);
    }
  }
  return { order, cycles, blocked };
}
