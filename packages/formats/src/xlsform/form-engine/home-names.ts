/**
 * Which answer names belong at which level of the answers: the questions, metadata and repeats
 * whose innermost enclosing repeat is that repeat (undefined for the top of the form). Groups
 * hold no answer of their own.
 */
import type { XlsFormRepeat } from "../xlsform-model.ts";
import type { CompiledForm } from "./compile-form.ts";

export function homeNames(
  compiled: CompiledForm,
): ReadonlyMap<XlsFormRepeat | undefined, ReadonlySet<string>> {
  const home = new Map<XlsFormRepeat | undefined, Set<string>>();
  for (const declaration of compiled.placements.values()) {
    if (declaration.element.kind === "group") continue;
    const { repeats } = declaration;
    const level =
      declaration.element.kind === "repeat" ? repeats[repeats.length - 2] : repeats[repeats.length - 1];
    const names = home.get(level) ?? new Set<string>();
    names.add(declaration.element.name);
    home.set(level, names);
  }
  return home;
}
