/**
 * The `structure` of an SDMX-JSON data message (1.0: one, at `structure` or `data.structure`;
 * 2.x: each of `data.structures[]`): which dimensions, measures and attributes are presented at
 * which level, the values their indexes point into, attribute defaults, and the dataflow or
 * DSD the links name. Observations cannot be read without it, since they hold only indexes.
 */
import type { SdmxStructureRef } from "../sdmx/sdmx-structure.ts";
import { itemsOf, type JsonNode, type JsonPlace, memberOf, stringOf } from "./json-tree.ts";

export interface SdmxJsonComponent {
  readonly id: string;
  readonly keyPosition: number | undefined;
  readonly roles: readonly string[];
  /**
   * What each index stands for (a code's `id`, or a 2.x non-coded `value`); undefined when the
   * component lists no values, so that the data carry the values themselves (2.x).
   */
  readonly values: readonly (string | undefined)[] | undefined;
  /** Applies where the data give no value for the attribute. */
  readonly defaultValue: string | undefined;
  readonly place: JsonPlace;
}

export type SdmxJsonLevel = "dataSet" | "dimensionGroup" | "series" | "observation";

export interface SdmxJsonStructure {
  readonly ref: SdmxStructureRef | null;
  readonly dimensions: Readonly<Record<"dataSet" | "series" | "observation", readonly SdmxJsonComponent[]>>;
  readonly attributes: Readonly<Record<SdmxJsonLevel, readonly SdmxJsonComponent[]>>;
  /** 2.x `measures.observation`; empty in 1.0, where an observation has a single value. */
  readonly measures: readonly SdmxJsonComponent[];
  /** Every dimension, time included, by key position: the order of a dimension group's key. */
  readonly keyOrder: readonly SdmxJsonComponent[];
  /** The time dimension's id (role or id TIME_PERIOD), if the structure has one. */
  readonly timeDimension: string | undefined;
}

/**
 * The text of a value as SDMX-JSON writes it: a string, a number's literal, a boolean, or a
 * localised text (`{"en": …}`, the first language given); undefined for null and arrays.
 */
export function valueText(node: JsonNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  switch (node.kind) {
    case "string":
      return node.value;
    case "number":
      return node.text;
    case "boolean":
      return String(node.value);
    case "object":
      return stringOf(node.members[0]?.value);
    default:
      return undefined;
  }
}

function readComponent(node: JsonNode): SdmxJsonComponent | undefined {
  const id = stringOf(memberOf(node, "id"));
  if (id === undefined) return undefined;
  const position = memberOf(node, "keyPosition");
  const values = memberOf(node, "values");
  // 1.0 has `role` (a string, in the early samples) and 2.x `roles` (an array).
  const roles = [
    ...itemsOf(memberOf(node, "roles")).map(stringOf),
    stringOf(memberOf(node, "role")),
    ...itemsOf(memberOf(node, "role")).map(stringOf),
  ].filter((role): role is string => role !== undefined);
  return {
    id,
    keyPosition: position?.kind === "number" ? Number(position.text) : undefined,
    roles,
    values:
      values?.kind === "array"
        ? values.items.map(
            (value) =>
              stringOf(memberOf(value, "id")) ??
              valueText(memberOf(value, "value")) ??
              // SDMX-JSON 1.0 samples give a non-coded attribute's value as its `name` only.
              stringOf(memberOf(value, "name")),
          )
        : undefined,
    defaultValue: valueText(memberOf(node, "default")),
    place: { line: node.line, column: node.column },
  };
}

function componentsAt(node: JsonNode | undefined, level: SdmxJsonLevel): SdmxJsonComponent[] {
  return itemsOf(memberOf(node, level))
    .map(readComponent)
    .filter((component): component is SdmxJsonComponent => component !== undefined);
}

const urnPattern = /\.(Dataflow|DataStructure|ProvisionAgreement)=([^:]+):([^(]+)\(([^)]*)\)/i;
const hrefPattern = /(?:^|\/)(dataflow|datastructure)\/([^/]+)\/([^/]+)(?:\/([^/?#]+))?/i;

/** The dataflow (preferred) or data structure the structure's links name, as an SDMX reference. */
function structureRef(structure: JsonNode): SdmxStructureRef | null {
  const refs = itemsOf(memberOf(structure, "links")).flatMap((link): SdmxStructureRef[] => {
    const urn = urnPattern.exec(stringOf(memberOf(link, "urn")) ?? "");
    const href = hrefPattern.exec(stringOf(memberOf(link, "href")) ?? "");
    const match = urn ?? href;
    if (match === null) return [];
    const kind = (match[1] as string).toLowerCase();
    if (kind !== "dataflow" && kind !== "datastructure") return [];
    const version = match[4] === undefined || match[4] === "" || match[4] === "latest" ? null : match[4];
    return [{ kind, agency: match[2] as string, id: match[3] as string, version }];
  });
  return refs.find((ref) => ref.kind === "dataflow") ?? refs[0] ?? null;
}

export function readSdmxJsonStructure(node: JsonNode): SdmxJsonStructure {
  const dimensionsNode = memberOf(node, "dimensions");
  const attributesNode = memberOf(node, "attributes");
  const dimensions = {
    dataSet: componentsAt(dimensionsNode, "dataSet"),
    series: componentsAt(dimensionsNode, "series"),
    observation: componentsAt(dimensionsNode, "observation"),
  };
  const all = [...dimensions.dataSet, ...dimensions.series, ...dimensions.observation];
  const time = all.find(
    (component) => component.roles.includes("TIME_PERIOD") || component.id === "TIME_PERIOD",
  );
  // Without key positions (early 1.0 messages) the order of presentation is the key order.
  const keyOrder = all
    .map((component, index) => ({ component, order: component.keyPosition ?? all.length + index }))
    .sort((left, right) => left.order - right.order)
    .map((entry) => entry.component);
  return {
    ref: structureRef(node),
    dimensions,
    attributes: {
      dataSet: componentsAt(attributesNode, "dataSet"),
      dimensionGroup: componentsAt(attributesNode, "dimensionGroup"),
      series: componentsAt(attributesNode, "series"),
      observation: componentsAt(attributesNode, "observation"),
    },
    measures: componentsAt(memberOf(node, "measures"), "observation"),
    keyOrder,
    timeDimension: time?.id,
  };
}
