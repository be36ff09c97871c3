/**
 * Which columns a row of each type can take: `required` on a note, `repeat_count` on a group or
 * `choice_filter` on a text question would be dropped by the form, so they are reported where
 * they are written. Label, hint, type and name columns go anywhere; columns Circular Atlas does
 * not read are left alone.
 */
import type { ParsedType } from "./xlsform-types.ts";

type RowTag = "input" | "number" | "select" | "note" | "calculate" | "group" | "repeat" | "end" | "metadata";

const valueRows: readonly RowTag[] = ["input", "note", "calculate", "group", "repeat", "metadata"];

const allowedTags: Readonly<Record<string, readonly RowTag[]>> = {
  required: ["input"],
  required_message: ["input"],
  constraint: ["input"],
  constraint_message: ["input"],
  default: ["input"],
  relevant: ["input", "note", "calculate", "group", "repeat"],
  calculation: ["input", "note", "calculate"],
  read_only: ["input", "group", "repeat"],
  appearance: ["input", "note", "group", "repeat"],
  choice_filter: ["select"],
  repeat_count: ["repeat"],
  "bind::atlas:series": ["number", "calculate", "repeat"],
  "bind::atlas:record": ["repeat"],
  "bind::atlas:field": ["input", "calculate"],
  "bind::atlas:dimension": ["input", "calculate", "repeat"],
  "bind::atlas:unit": ["number", "calculate", "repeat"],
  "bind::atlas:period": ["number", "calculate", "repeat"],
};

/** Undefined when the column is fine on this row; else what the row is, for the message. */
export function inapplicableOn(key: string, parsed: ParsedType): string | undefined {
  const allowed = allowedTags[key] ?? (key.startsWith("bind::") ? valueRows : undefined);
  if (allowed === undefined) return undefined;
  const { tags, what } = describe(parsed);
  return tags.some((tag) => allowed.includes(tag)) ? undefined : what;
}

function describe(parsed: ParsedType): { tags: readonly RowTag[]; what: string } {
  switch (parsed.kind) {
    case "begin":
      return { tags: [parsed.structure], what: `a begin ${parsed.structure} row` };
    case "end":
      return { tags: ["end"], what: `an end ${parsed.structure} row` };
    case "metadata":
      return { tags: ["metadata"], what: `a ${parsed.type} (metadata) row` };
    case "question": {
      const { type } = parsed;
      if (type === "note" || type === "calculate") return { tags: [type], what: `a ${type} row` };
      const extra: RowTag[] =
        type === "integer" || type === "decimal"
          ? ["number"]
          : type === "select_one" || type === "select_multiple"
            ? ["select"]
            : [];
      return { tags: ["input", ...extra], what: `a ${type} question` };
    }
    default:
      return { tags: [], what: "this row" };
  }
}
