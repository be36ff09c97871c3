/**
 * The observations of a data set, series by series or flat: each key resolved, its attributes
 * gathered from every level (data set, dimension group, series, observation), its value kept
 * as written, and the checks every SDMX reader makes (codelists, TIME_PERIOD, duplicate keys).
 */
import {
  observationKey,
  readObservationValue,
  type SdmxAction,
  type SdmxObservation,
} from "../sdmx/sdmx-observation.ts";
import { isSdmxTimePeriod } from "../sdmx/sdmx-time-period.ts";
import { itemsOf, type JsonMember, type JsonNode, memberOf } from "./json-tree.ts";
import {
  type Components,
  type DataSetContext,
  report,
  resolveAttributes,
  resolveKey,
  type Where,
} from "./sdmx-json-indexes.ts";
import type { SdmxJsonStructure } from "./sdmx-json-structure.ts";

/** Counts the observations of a series (for the rejected count when the series itself is bad). */
export function countObservations(series: JsonNode): number {
  const observations = memberOf(series, "observations");
  return observations?.kind === "object" ? observations.members.length : 0;
}

export class SdmxJsonObservationReader {
  readonly #measureIndex: number;
  readonly #measureCount: number;
  readonly #dimensionOrder: readonly string[];
  /** Attributes whose values are codes (listed in `values`), checked against the codelists. */
  readonly #codedAttributes: ReadonlySet<string>;
  /** The context for keys: a Delete data set may leave dimensions out (wildcards). */
  readonly #keyContext: DataSetContext & { readonly wildcards: boolean };

  readonly structure: SdmxJsonStructure;
  readonly context: DataSetContext;
  readonly action: SdmxAction;
  /** The data set's own dimension values and attributes. */
  readonly base: Components;
  /** Dimension-group attributes, by the partial key they apply to. */
  readonly groups: readonly Components[];

  constructor(setup: {
    readonly structure: SdmxJsonStructure;
    readonly context: DataSetContext;
    readonly action: SdmxAction;
    readonly base: Components;
    readonly groups: readonly Components[];
  }) {
    const { structure, context } = setup;
    this.structure = structure;
    this.context = context;
    this.action = setup.action;
    this.base = setup.base;
    this.groups = setup.groups;
    // resolveKey only reports (into the shared diagnostics), so a copy of the context serves it.
    this.#keyContext = { ...context, wildcards: setup.action === "delete" };
    const index = structure.measures.findIndex((measure) => measure.id === context.measure);
    this.#measureIndex = index === -1 ? 0 : index;
    this.#measureCount = Math.max(1, structure.measures.length);
    const attributeLevels = Object.values(structure.attributes).flat();
    this.#codedAttributes = new Set(
      attributeLevels.filter((component) => component.values !== undefined).map((component) => component.id),
    );
    this.#dimensionOrder = structure.keyOrder
      .map((component) => component.id)
      .filter((id) => id !== structure.timeDimension);
  }

  series(member: JsonMember, path: string): SdmxObservation[] {
    const where = { path: `${path}.series[${JSON.stringify(member.name)}]`, place: member.place };
    const dimensions = resolveKey(member.name, this.structure.dimensions.series, where, this.#keyContext);
    const attributes =
      dimensions === undefined
        ? undefined
        : resolveAttributes(
            this.structure.attributes.series,
            itemsOf(memberOf(member.value, "attributes")),
            where,
            this.context,
          );
    if (dimensions === undefined || attributes === undefined) {
      this.context.rejected += countObservations(member.value);
      return [];
    }
    const parent = {
      dimensions: { ...this.base.dimensions, ...dimensions },
      attributes: { ...this.base.attributes, ...attributes },
    };
    const observations = memberOf(member.value, "observations");
    // A Delete data set's series without observations deletes the whole series.
    if (this.action === "delete" && (observations?.kind !== "object" || observations.members.length === 0))
      return [this.#build(parent, null, { value: null }, where) ?? []].flat();
    if (observations?.kind !== "object") return [];
    return observations.members.flatMap(
      (observation) => this.observation(observation, `${where.path}.observations`, parent) ?? [],
    );
  }

  observation(member: JsonMember, path: string, parent: Components): SdmxObservation | undefined {
    const where = { path: `${path}[${JSON.stringify(member.name)}]`, place: member.place };
    const dimensions = resolveKey(
      member.name,
      this.structure.dimensions.observation,
      where,
      this.#keyContext,
    );
    const items = member.value.kind === "array" ? member.value.items : undefined;
    if (items === undefined)
      report(
        this.context,
        where,
        "sdmx-json/bad-observation",
        `an observation is an array [value, attribute indexes…], not ${member.value.kind === "object" ? "an object" : `a ${member.value.kind}`}`,
      );
    const attributes =
      dimensions === undefined || items === undefined
        ? undefined
        : resolveAttributes(
            this.structure.attributes.observation,
            items.slice(this.#measureCount),
            where,
            this.context,
          );
    const value = attributes === undefined ? undefined : this.#value(items?.[this.#measureIndex], where);
    if (dimensions === undefined || attributes === undefined || value === undefined) {
      this.context.rejected++;
      return undefined;
    }
    const { [this.structure.timeDimension ?? ""]: time, ...keyDimensions } = {
      ...parent.dimensions,
      ...dimensions,
    };
    const observation = this.#build(
      { dimensions: keyDimensions, attributes: { ...parent.attributes, ...attributes } },
      time ?? null,
      value,
      where,
    );
    if (observation === undefined) this.context.rejected++;
    return observation;
  }

  #value(
    node: JsonNode | undefined,
    where: Where,
  ): { value: string | null; missingMarker?: string } | undefined {
    const measure = this.context.measure;
    if (node === undefined) return { value: null, missingMarker: "" };
    if (node.kind === "null") return { value: null, missingMarker: "null" };
    if (node.kind === "number") return { value: node.text };
    if (node.kind !== "string")
      return report(
        this.context,
        where,
        "sdmx/bad-value",
        `${measure} must be a number, a string or null, not ${node.kind === "object" ? "an object" : `a ${node.kind}`}`,
        measure,
      );
    const read = readObservationValue(node.value, { declarable: false });
    if (read.kind === "invalid") return report(this.context, where, "sdmx/bad-value", read.reason, measure);
    if (read.kind === "missing") return { value: null, missingMarker: read.marker };
    if (read.warning !== undefined)
      this.context.diagnostics.push({
        code: "sdmx/leading-zero",
        severity: "warning",
        message: `${where.path}: ${read.warning}`,
        row: where.place.line,
        column: where.place.column,
        columnName: measure,
      });
    return { value: read.value };
  }

  /** The observation with group attributes, codes and key checked; undefined when reported. */
  #build(
    components: Components,
    timePeriod: string | null,
    value: { value: string | null; missingMarker?: string },
    where: Where,
  ): SdmxObservation | undefined {
    const { dimensions } = components;
    const attributes = { ...components.attributes };
    for (const group of this.groups)
      if (
        Object.entries(group.dimensions).every(
          ([id, code]) =>
            dimensions[id] === code || (id === this.structure.timeDimension && code === timePeriod),
        )
      )
        for (const [id, text] of Object.entries(group.attributes)) attributes[id] ??= text;
    if (!this.#codesKnown(dimensions, attributes, where)) return undefined;
    if (timePeriod !== null && !isSdmxTimePeriod(timePeriod))
      return report(
        this.context,
        where,
        "sdmx/bad-time-period",
        `TIME_PERIOD ${JSON.stringify(timePeriod)} is not an SDMX period (2023, 2023-Q1, 2023-M01, 2023-01-31, 2020-01-01/P1Y …)`,
        this.structure.timeDimension,
      );
    const fullKey = timePeriod !== null && this.#dimensionOrder.every((id) => dimensions[id] !== undefined);
    if (!fullKey && this.action !== "delete")
      return report(
        this.context,
        where,
        "sdmx-json/incomplete-key",
        `an observation needs every dimension and ${this.structure.timeDimension ?? "TIME_PERIOD"}; the structure presents ${this.#dimensionOrder
          .filter((id) => dimensions[id] === undefined)
          .concat(timePeriod === null ? ["a time dimension"] : [])
          .join(", ")} nowhere`,
      );
    const observation: SdmxObservation = {
      line: where.place.line,
      action: this.action,
      structure: this.structure.ref,
      kind: fullKey ? "observation" : "partial",
      dimensions: Object.fromEntries(
        this.#dimensionOrder
          .filter((id) => dimensions[id] !== undefined)
          .map((id) => [id, dimensions[id] as string]),
      ),
      timePeriod,
      value: value.value,
      ...(value.missingMarker === undefined ? {} : { missingMarker: value.missingMarker }),
      attributes,
    };
    if (fullKey && this.action !== "delete") {
      const key = observationKey(observation, this.#dimensionOrder);
      const first = this.context.keys.get(key);
      if (first !== undefined)
        return report(
          this.context,
          where,
          "sdmx/duplicate-key",
          `the same observation (dimensions and ${this.structure.timeDimension}) as at line ${first}; a message may hold each key once`,
        );
      this.context.keys.set(key, where.place.line);
    }
    return observation;
  }

  #codesKnown(
    dimensions: Readonly<Record<string, string>>,
    attributes: Readonly<Record<string, string>>,
    where: Where,
  ): boolean {
    const coded = this.#codedAttributes;
    let known = true;
    for (const [id, code] of [
      ...Object.entries(dimensions),
      ...Object.entries(attributes).filter(([id]) => coded.has(id)),
    ]) {
      const codelist = this.context.codelists[id];
      if (codelist === undefined || codelist.has(code)) continue;
      known = false;
      report(
        this.context,
        where,
        "sdmx/unknown-code",
        `${id} code ${JSON.stringify(code)} is not in the structure's codelist (codes are case-sensitive)`,
        id,
      );
    }
    return known;
  }
}
