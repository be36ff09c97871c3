/**
 * One SDMX-JSON `dataSet` to observations: the colon-joined indexes of series and observation
 * keys resolved through the structure's `values`, attributes gathered from the data set, the
 * dimension groups (2.x), the series and the observation (null = no value; a value left out
 * takes the component's default), and each observation checked as the other SDMX readers
 * check theirs: codes against the codelists given, TIME_PERIOD's form, duplicate keys, and a
 * value that stays the decimal text written, missing never becoming zero.
 */ import type { SdmxAction, SdmxObservation } from "../sdmx/sdmx-observation.ts";
import { itemsOf, type JsonNode, memberOf, stringOf } from "./json-tree.ts";
import {
  type Components,
  type DataSetContext,
  report,
  resolveAttributes,
  resolveKey,
  type Where,
} from "./sdmx-json-indexes.ts";
import { countObservations, SdmxJsonObservationReader } from "./sdmx-json-observations.ts";
import type { SdmxJsonStructure } from "./sdmx-json-structure.ts";

export type { DataSetContext } from "./sdmx-json-indexes.ts";

const actions: Readonly<Record<string, SdmxAction>> = {
  information: "information",
  append: "append",
  merge: "merge",
  replace: "replace",
  delete: "delete",
};

/** A data set's action; SDMX-JSON 2.x assumes Merge when absent, 1.0 Information. */
function actionOf(
  node: JsonNode,
  version: "1.0" | "2.x",
  where: Where,
  context: DataSetContext,
): SdmxAction | undefined {
  const text = stringOf(memberOf(node, "action"));
  if (text === undefined) return version === "2.x" ? "merge" : "information";
  const action = actions[text.toLowerCase()];
  if (action === undefined)
    report(
      context,
      where,
      "sdmx-json/bad-action",
      `action must be Information, Append, Merge, Replace or Delete, not ${JSON.stringify(text)}`,
    );
  return action;
}

/** The dimension values and attributes that hold for the whole data set; undefined when unusable. */
function dataSetComponents(
  node: JsonNode,
  structure: SdmxJsonStructure,
  where: Where,
  context: DataSetContext,
): Components | undefined {
  const dimensions: Record<string, string> = {};
  for (const component of structure.dimensions.dataSet) {
    const code = component.values?.[0];
    if (code === undefined)
      return report(
        context,
        where,
        "sdmx-json/bad-structure",
        `the data-set-level dimension ${component.id} has no value`,
        component.id,
      );
    dimensions[component.id] = code;
  }
  const attributes = resolveAttributes(
    structure.attributes.dataSet,
    itemsOf(memberOf(node, "attributes")),
    where,
    context,
  );
  return attributes === undefined ? undefined : { dimensions, attributes };
}

/** 2.x dimension-group attributes: keys hold an index for every dimension in key order, or nothing. */
function dimensionGroups(
  node: JsonNode,
  structure: SdmxJsonStructure,
  path: string,
  context: DataSetContext,
): Components[] {
  const groups = memberOf(node, "dimensionGroupAttributes");
  if (groups?.kind !== "object") return [];
  return groups.members.flatMap((member) => {
    const where = {
      path: `${path}.dimensionGroupAttributes[${JSON.stringify(member.name)}]`,
      place: member.place,
    };
    const dimensions = resolveKey(member.name, structure.keyOrder, where, { ...context, wildcards: true });
    const attributes = resolveAttributes(
      structure.attributes.dimensionGroup,
      itemsOf(member.value),
      where,
      context,
    );
    return dimensions === undefined || attributes === undefined ? [] : [{ dimensions, attributes }];
  });
}

/** Reads one data set; observations that fail a check are reported, counted and left out. */
export function readSdmxJsonDataSet(
  node: JsonNode,
  path: string,
  structure: SdmxJsonStructure,
  version: "1.0" | "2.x",
  context: DataSetContext,
): SdmxObservation[] {
  const where = { path, place: { line: node.line, column: node.column } };
  const action = actionOf(node, version, where, context);
  const base = action === undefined ? undefined : dataSetComponents(node, structure, where, context);
  const series = memberOf(node, "series");
  const flat = memberOf(node, "observations");
  if (action === undefined || base === undefined) {
    context.rejected +=
      series?.kind === "object"
        ? series.members
            .map((member) => countObservations(member.value))
            .reduce((sum, count) => sum + count, 0)
        : 0;
    context.rejected += flat?.kind === "object" ? flat.members.length : 0;
    return [];
  }
  const reader = new SdmxJsonObservationReader({
    structure,
    context,
    action,
    base,
    groups: dimensionGroups(node, structure, path, context),
  });
  if (series?.kind === "object") return series.members.flatMap((member) => reader.series(member, path));
  if (flat?.kind === "object")
    return flat.members.flatMap((member) => reader.observation(member, `${path}.observations`, base) ?? []);
  return [];
}
