/**
 * Turns the component values an SDMX-ML reader collected for an observation (at data set, group,
 * series and observation level) into one `SdmxObservation`, with the checks the SDMX-CSV reader
 * makes and the same diagnostics: codes against the structure's codelists (case-sensitive),
 * TIME_PERIOD formats, OBS_VALUE as a decimal kept as text or a missing marker, full keys, and
 * duplicate keys. An observation that fails a check is reported and left out, as a CSV row is.
 */
import type { FormatDiagnostic } from "../diagnostic.ts";
import {
  observationKey,
  readObservationValue,
  type SdmxAction,
  type SdmxObservation,
} from "../sdmx/sdmx-observation.ts";
import {
  type SdmxAttributeDefinition,
  type SdmxStructure,
  type SdmxStructureRef,
  unSdgStructure,
} from "../sdmx/sdmx-structure.ts";
import { isSdmxTimePeriod } from "../sdmx/sdmx-time-period.ts";

export interface SdmxMlOptions {
  /**
   * The data structure: tells dimensions from attributes and gives the codelists codes are
   * checked against. Without it, components named like the UN SDG attributes are attributes
   * and every other component is a dimension.
   */
  readonly structure?: SdmxStructure;
  /** Read `12,4` as 12.4; SDMX-ML itself always writes a decimal point. */
  readonly decimalComma?: boolean;
}

export type ComponentRole = "dimension" | "time" | "measure" | "attribute" | "custom";

/** Where a value was written: the element that carries it. */
export interface XmlPlace {
  readonly line: number;
  readonly column: number;
}

/** The component values of one level (data set, group, series, observation). */
export interface ComponentBag {
  readonly dimensions: Record<string, string>;
  readonly attributes: Record<string, string>;
  readonly custom: Record<string, string>;
  timePeriod?: string;
  value?: { readonly text: string; readonly place: XmlPlace };
  /** A code or period of this level was reported as wrong; its observations are left out. */
  invalid: boolean;
}

/** What a data set gives each of its observations. */
export interface DataSetContext {
  /** Undefined when the data set's action is not one SDMX knows (reported once). */
  readonly action: SdmxAction | undefined;
  readonly structure: SdmxStructureRef | null;
  /** Key → line of the first observation with it; duplicates count within a data set. */
  readonly keys: Map<string, number>;
}

export function emptyBag(): ComponentBag {
  return { dimensions: {}, attributes: {}, custom: {}, invalid: false };
}

const unSdgAttributeIds = new Set(unSdgStructure.attributes.map((attribute) => attribute.id));

export class SdmxMlObservationBuilder {
  rejected = 0;
  readonly timeDimension: string;
  readonly #options: SdmxMlOptions;
  readonly #diagnostics: FormatDiagnostic[];
  readonly #dimensions: ReadonlySet<string> | undefined;
  readonly #measures: ReadonlySet<string>;
  readonly #attributes: ReadonlyMap<string, SdmxAttributeDefinition> | undefined;
  readonly #codelists: Readonly<Record<string, ReadonlySet<string>>>;
  readonly #reportedUnknown = new Set<string>();

  constructor(options: SdmxMlOptions, diagnostics: FormatDiagnostic[]) {
    const structure = options.structure;
    this.#options = options;
    this.#diagnostics = diagnostics;
    this.timeDimension = structure?.timeDimension ?? "TIME_PERIOD";
    this.#dimensions = structure === undefined ? undefined : new Set(structure.dimensions);
    this.#measures = new Set(structure?.measures ?? ["OBS_VALUE"]);
    this.#attributes =
      structure === undefined ? undefined : new Map(structure.attributes.map((item) => [item.id, item]));
    this.#codelists = structure?.codelists ?? {};
  }

  /** The role of a component named by an XML attribute (structure-specific messages). */
  roleOf(id: string): ComponentRole {
    if (id === this.timeDimension) return "time";
    if (this.#measures.has(id)) return "measure";
    if (this.#attributes === undefined) return unSdgAttributeIds.has(id) ? "attribute" : "dimension";
    if (this.#attributes.has(id)) return "attribute";
    return this.#dimensions?.has(id) === true ? "dimension" : "custom";
  }

  /** The role of a `Value` under a series or observation key (generic messages). */
  keyRole(id: string): ComponentRole {
    if (id === this.timeDimension) return "time";
    return this.#dimensions === undefined || this.#dimensions.has(id) ? "dimension" : "custom";
  }

  /** The role of a `Value` under `Attributes` (generic messages). */
  attributeRole(id: string): ComponentRole {
    return this.#attributes === undefined || this.#attributes.has(id) ? "attribute" : "custom";
  }

  /** Puts one component value in `bag`, reporting a code or period that the checks refuse. */
  add(bag: ComponentBag, role: ComponentRole, id: string, value: string, place: XmlPlace): void {
    if (role === "measure") {
      bag.value = { text: value, place };
      return;
    }
    if (role === "time") {
      bag.timePeriod = value;
      if (!isSdmxTimePeriod(value)) {
        bag.invalid = true;
        this.#error(
          "sdmx/bad-time-period",
          `${id} ${JSON.stringify(value)} is not an SDMX period (2023, 2023-Q1, 2023-M01, 2023-01-31, 2020-01-01/P1Y …)`,
          place,
          id,
        );
      }
      return;
    }
    if (role === "custom") {
      bag.custom[id] = value;
      if (!this.#reportedUnknown.has(id)) {
        this.#reportedUnknown.add(id);
        this.#diagnostics.push({
          code: "sdmx-ml/unknown-component",
          severity: "warning",
          message: `${id} is not a component of the structure; its values are kept as custom values`,
          row: place.line,
          column: place.column,
          columnName: id,
        });
      }
      return;
    }
    const coded = role === "dimension" || this.#attributes?.get(id)?.coded === true;
    const codelist = this.#codelists[id];
    if (coded && codelist !== undefined && !codelist.has(value)) {
      bag.invalid = true;
      this.#error(
        "sdmx/unknown-code",
        `${id} code ${JSON.stringify(value)} is not in the structure's codelist (codes are case-sensitive)`,
        place,
        id,
      );
    }
    if (role === "dimension") bag.dimensions[id] = value;
    else bag.attributes[id] = value;
  }

  /** The observation the levels make (outermost first), or undefined when it is left out. */
  build(
    dataSet: DataSetContext,
    levels: readonly ComponentBag[],
    place: XmlPlace,
  ): SdmxObservation | undefined {
    if (dataSet.action === undefined || levels.some((level) => level.invalid)) return this.#reject();
    const merged = emptyBag();
    for (const level of levels) {
      Object.assign(merged.dimensions, level.dimensions);
      Object.assign(merged.attributes, level.attributes);
      Object.assign(merged.custom, level.custom);
      if (level.timePeriod !== undefined) merged.timePeriod = level.timePeriod;
      if (level.value !== undefined) merged.value = level.value;
    }
    // Without a structure, dimensions stay in document order (writers follow the DSD's) and the
    // key sorts them, so the same key written in another order is still the same key.
    const structureOrder = this.#options.structure?.dimensions;
    const dimensionOrder = structureOrder ?? Object.keys(merged.dimensions);
    const keyOrder = structureOrder ?? [...dimensionOrder].sort();
    const absent = dimensionOrder.filter((id) => merged.dimensions[id] === undefined);
    if (merged.timePeriod === undefined) absent.push(this.timeDimension);
    const fullKey = absent.length === 0;
    const deleting = dataSet.action === "delete";
    if (!fullKey && !deleting) {
      this.#error(
        "sdmx-ml/incomplete-key",
        `an observation needs every dimension; ${absent.join(", ")} ${absent.length === 1 ? "is" : "are"} missing`,
        place,
      );
      return this.#reject();
    }
    const value = this.#value(merged.value, fullKey && !deleting);
    if (value === undefined) return this.#reject();
    const dimensions: Record<string, string> = {};
    for (const id of dimensionOrder)
      if (merged.dimensions[id] !== undefined) dimensions[id] = merged.dimensions[id];
    const observation: SdmxObservation = {
      line: place.line,
      action: dataSet.action,
      structure: dataSet.structure,
      kind: fullKey ? "observation" : "partial",
      dimensions,
      timePeriod: merged.timePeriod ?? null,
      value: value.value,
      ...(value.missingMarker === undefined ? {} : { missingMarker: value.missingMarker }),
      attributes: merged.attributes,
      ...(Object.keys(merged.custom).length === 0 ? {} : { custom: merged.custom }),
    };
    if (fullKey && !deleting && this.#isDuplicate(dataSet, observation, keyOrder, place))
      return this.#reject();
    return observation;
  }

  #isDuplicate(
    dataSet: DataSetContext,
    observation: SdmxObservation,
    dimensionOrder: readonly string[],
    place: XmlPlace,
  ): boolean {
    // Without a structure the key's dimension ids are part of it, or {A: x} and {B: x} would clash.
    const ids = this.#options.structure === undefined ? `${dimensionOrder.join(",")}\u0000` : "";
    const key = ids + observationKey(observation, dimensionOrder);
    const first = dataSet.keys.get(key);
    if (first === undefined) {
      dataSet.keys.set(key, place.line);
      return false;
    }
    this.#error(
      "sdmx/duplicate-key",
      `the same observation (dimensions and ${this.timeDimension}) as the Obs on line ${first}; a data set may hold each key once`,
      place,
    );
    return true;
  }

  /** OBS_VALUE read; undefined (reported) when it is not a number. */
  #value(
    cell: ComponentBag["value"],
    isObservation: boolean,
  ): { value: string | null; missingMarker?: string } | undefined {
    // A delete or partial-key row carries no observation, so no value there is not a missing value.
    if (cell === undefined) return isObservation ? { value: null, missingMarker: "" } : { value: null };
    const read = readObservationValue(cell.text, { decimalComma: this.#options.decimalComma === true });
    if (read.kind === "invalid") {
      this.#error("sdmx/bad-value", read.reason, cell.place, "OBS_VALUE");
      return undefined;
    }
    if (read.kind === "missing")
      return isObservation ? { value: null, missingMarker: read.marker } : { value: null };
    if (read.warning !== undefined)
      this.#diagnostics.push({
        code: "sdmx/leading-zero",
        severity: "warning",
        message: read.warning,
        row: cell.place.line,
        column: cell.place.column,
        columnName: "OBS_VALUE",
      });
    return { value: read.value };
  }

  #reject(): undefined {
    this.rejected++;
    return undefined;
  }

  #error(code: string, message: string, place: XmlPlace, columnName?: string): void {
    this.#diagnostics.push({
      code,
      severity: "error",
      message,
      row: place.line,
      column: place.column,
      ...(columnName === undefined ? {} : { columnName }),
    });
  }
}
