/**
 * The index arithmetic of SDMX-JSON: colon-joined keys of indexes into the structure's
 * `values`, attribute arrays of indexes (or values, for components that list none), and the
 * located error every failure becomes. Shared by the data-set and observation readers.
 */
import type { FormatDiagnostic } from "../diagnostic.ts";
import type { JsonNode, JsonPlace } from "./json-tree.ts";
import { type SdmxJsonComponent, valueText } from "./sdmx-json-structure.ts";

/** What the reader shares across data sets: the findings, codelists and keys seen. */
export interface DataSetContext {
  readonly diagnostics: FormatDiagnostic[];
  readonly codelists: Readonly<Record<string, ReadonlySet<string>>>;
  /** Observation key → line of the first observation with it. */
  readonly keys: Map<string, number>;
  /** The measure read as the observation's value (the first when the message lacks it). */
  readonly measure: string;
  rejected: number;
}

export interface Where {
  readonly path: string;
  readonly place: JsonPlace;
}

export interface Components {
  readonly dimensions: Record<string, string>;
  readonly attributes: Record<string, string>;
}

export function report(
  context: DataSetContext,
  where: Where,
  code: string,
  message: string,
  columnName?: string,
): undefined {
  context.diagnostics.push({
    code,
    severity: "error",
    message: `${where.path}: ${message}`,
    row: where.place.line,
    column: where.place.column,
    ...(columnName === undefined ? {} : { columnName }),
  });
  return undefined;
}

/** The codes a colon-joined key of indexes stands for; undefined (reported) when it is not one. */
export function resolveKey(
  key: string,
  components: readonly SdmxJsonComponent[],
  where: Where,
  context: DataSetContext & { readonly wildcards: boolean },
): Record<string, string> | undefined {
  const parts = components.length === 0 && key === "" ? [] : key.split(":");
  if (parts.length !== components.length)
    return report(
      context,
      where,
      "sdmx-json/bad-key",
      `the key ${JSON.stringify(key)} has ${parts.length} index(es) but ${components.length} dimension(s) are presented at this level (${components.map((component) => component.id).join(", ")})`,
    );
  const codes: Record<string, string> = {};
  for (const [position, part] of parts.entries()) {
    const component = components[position] as SdmxJsonComponent;
    // A Delete data set may leave a dimension out of a key: it deletes across that dimension.
    if (part === "" && context.wildcards) continue;
    const code = /^\d+$/.test(part) ? component.values?.[Number(part)] : undefined;
    if (code === undefined)
      return report(
        context,
        where,
        "sdmx-json/bad-key",
        `index ${JSON.stringify(part)} of the key ${JSON.stringify(key)} points to no value of ${component.id} (it has ${component.values?.length ?? 0})`,
        component.id,
      );
    codes[component.id] = code;
  }
  return codes;
}

/**
 * Attribute values from an array of indexes (or, for a component listing no values, the values
 * themselves); null is no value, a value left out takes the default. Undefined when an index is bad.
 */
export function resolveAttributes(
  components: readonly SdmxJsonComponent[],
  items: readonly JsonNode[],
  where: Where,
  context: DataSetContext,
): Record<string, string> | undefined {
  const attributes: Record<string, string> = {};
  let bad = false;
  for (const [position, component] of components.entries()) {
    const item = items[position];
    if (item === undefined) {
      if (component.defaultValue !== undefined) attributes[component.id] = component.defaultValue;
      continue;
    }
    if (item.kind === "null") continue;
    if (component.values === undefined) {
      const text = valueText(item);
      if (text === undefined) {
        bad = true;
        report(
          context,
          where,
          "sdmx-json/bad-attribute",
          `${component.id} has a value that is not text or a number (multi-valued attributes are not read)`,
          component.id,
        );
      } else attributes[component.id] = text;
      continue;
    }
    const index = item.kind === "number" && /^\d+$/.test(item.text) ? Number(item.text) : -1;
    const value = component.values[index];
    if (value === undefined) {
      bad = true;
      report(
        context,
        where,
        "sdmx-json/bad-attribute",
        `${component.id} index ${item.kind === "number" ? item.text : item.kind} points to none of its ${component.values.length} value(s)`,
        component.id,
      );
    } else attributes[component.id] = value;
  }
  return bad ? undefined : attributes;
}
