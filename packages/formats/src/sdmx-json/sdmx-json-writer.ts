/**
 * SDMX-JSON 2.0 data messages out: `meta`, one structure (the dataflow linked by URN, every key
 * dimension at series level, TIME_PERIOD at observation level, OBS_VALUE as the measure) and one
 * data set per action, time series keyed by value indexes. Values are written as the decimal
 * text they are (a JSON number when the text is one, a string otherwise, never through a
 * float); a missing value is null, or its marker as a string. Coded attributes are indexes into
 * `values`; free-text ones are written in place. An attribute the structure attaches to a series
 * is written on the series when every observation of each series agrees on it, and on the
 * observations otherwise, so nothing is lost. Reading the text back with `parseSdmxJson` gives
 * the observations.
 */
import type { FormatDiagnostic } from "../diagnostic.ts";
import type { SdmxAction, SdmxObservation } from "../sdmx/sdmx-observation.ts";
import type { SdmxStructure, SdmxStructureRef } from "../sdmx/sdmx-structure.ts";
import { JsonLiteral, toJsonText } from "./json-text.ts";

export interface SdmxJsonWriteOptions {
  readonly structure: SdmxStructure;
  /** The dataflow the message carries data for (one per message: an observation's own `structure` is not written). */
  readonly dataflow: Omit<SdmxStructureRef, "kind">;
  /** Message id, sender and preparation time (ISO 8601), for `meta`. */
  readonly header: { readonly id: string; readonly sender: string; readonly prepared: string };
}

export interface SdmxJsonWriteResult {
  readonly text: string;
  readonly written: number;
  readonly diagnostics: FormatDiagnostic[];
}

/** The published JSON schema of SDMX-JSON 2.0.0 data messages. */
export const sdmxJson20Schema =
  "https://raw.githubusercontent.com/sdmx-twg/sdmx-json/v2.0.0/data-message/tools/schemas/2.0.0/sdmx-json-data-schema.json";

const actionNames: Readonly<Record<SdmxAction, string>> = {
  information: "Information",
  append: "Append",
  merge: "Merge",
  replace: "Replace",
  delete: "Delete",
};

const jsonNumber = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

interface Row {
  readonly observation: SdmxObservation;
  readonly key: readonly string[];
  readonly timePeriod: string;
}

interface AttributePlan {
  readonly id: string;
  readonly level: "series" | "observation";
  readonly coded: boolean;
}

/** Codes in first-seen order, with the index of each. */
class ValueIndex {
  readonly codes: string[] = [];
  readonly #index = new Map<string, number>();

  indexOf(code: string): number {
    let index = this.#index.get(code);
    if (index === undefined) {
      index = this.codes.length;
      this.codes.push(code);
      this.#index.set(code, index);
    }
    return index;
  }
}

export function toSdmxJson(
  observations: readonly SdmxObservation[],
  options: SdmxJsonWriteOptions,
): SdmxJsonWriteResult {
  const diagnostics: FormatDiagnostic[] = [];
  const rows = writableRows(observations, options.structure, diagnostics);
  const plans = attributePlans(rows, options.structure);
  const dimensionValues = options.structure.dimensions.map(() => new ValueIndex());
  const timeValues = new ValueIndex();
  const attributeValues = new Map(plans.map((plan) => [plan.id, new ValueIndex()]));
  const attributeItem = (
    plan: AttributePlan,
    observation: SdmxObservation,
  ): JsonLiteral | string | number | null => {
    const text = observation.attributes[plan.id];
    if (text === undefined) return null;
    return plan.coded ? (attributeValues.get(plan.id) as ValueIndex).indexOf(text) : text;
  };
  const seriesPlans = plans.filter((plan) => plan.level === "series");
  const observationPlans = plans.filter((plan) => plan.level === "observation");
  const dataSets = new Map<
    SdmxAction,
    Map<string, { attributes: unknown[]; observations: Record<string, unknown[]> }>
  >();
  let written = 0;
  for (const [position, row] of rows.entries()) {
    const seriesKey = row.key
      .map((code, index) => (dimensionValues[index] as ValueIndex).indexOf(code))
      .join(":");
    const series = dataSets.get(row.observation.action) ?? new Map();
    dataSets.set(row.observation.action, series);
    const entry = series.get(seriesKey) ?? {
      attributes: trimNulls(seriesPlans.map((plan) => attributeItem(plan, row.observation))),
      observations: {},
    };
    series.set(seriesKey, entry);
    const timeKey = String(timeValues.indexOf(row.timePeriod));
    if (entry.observations[timeKey] !== undefined) {
      diagnostics.push({
        code: "sdmx-json/duplicate-key",
        severity: "error",
        message:
          "the same series and TIME_PERIOD as an earlier observation of the same action; it is not written",
        row: position + 1,
      });
      continue;
    }
    // The value always stays: an empty array would read as a value left out, not a written null.
    entry.observations[timeKey] = [
      valueItem(row.observation),
      ...trimNulls(observationPlans.map((plan) => attributeItem(plan, row.observation))),
    ];
    written++;
  }
  const indexes = { dimensions: dimensionValues, time: timeValues, attributes: attributeValues };
  const structure = structureJson(options, indexes, { series: seriesPlans, observation: observationPlans });
  const message = {
    meta: {
      schema: sdmxJson20Schema,
      id: options.header.id,
      test: false,
      prepared: options.header.prepared,
      contentLanguages: ["en"],
      sender: { id: options.header.sender },
    },
    data: {
      structures: [{ ...structure, dataSets: [...dataSets.keys()].map((_, index) => index) }],
      dataSets: [...dataSets.entries()].map(([action, series]) => ({
        structure: 0,
        action: actionNames[action],
        series: Object.fromEntries(
          [...series.entries()].map(([key, entry]) => [
            key,
            entry.attributes.length === 0 ? { observations: entry.observations } : entry,
          ]),
        ),
      })),
    },
  };
  return { text: `${toJsonText(message)}\n`, written, diagnostics };
}

interface ValueIndexes {
  readonly dimensions: readonly ValueIndex[];
  readonly time: ValueIndex;
  readonly attributes: ReadonlyMap<string, ValueIndex>;
}

/** The structure: the dataflow's link and every component with the values the indexes point to. */
function structureJson(
  options: SdmxJsonWriteOptions,
  indexes: ValueIndexes,
  plans: { readonly series: readonly AttributePlan[]; readonly observation: readonly AttributePlan[] },
): object {
  const { dataflow, structure } = options;
  const component = (plan: AttributePlan) =>
    attributeComponent(plan, indexes.attributes, structure.dimensions);
  return {
    links: [
      {
        rel: "dataflow",
        href: `dataflow/${dataflow.agency}/${dataflow.id}/${dataflow.version ?? "latest"}`,
        urn: `urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=${dataflow.agency}:${dataflow.id}(${dataflow.version ?? ""})`,
      },
    ],
    dimensions: {
      dataSet: [],
      series: structure.dimensions.map((id, keyPosition) => ({
        id,
        keyPosition,
        values: (indexes.dimensions[keyPosition] as ValueIndex).codes.map((code) => ({ id: code })),
      })),
      observation: [
        {
          id: structure.timeDimension,
          keyPosition: structure.dimensions.length,
          roles: ["TIME_PERIOD"],
          values: indexes.time.codes.map((code) => ({ id: code })),
        },
      ],
    },
    measures: { observation: [{ id: structure.measures[0] ?? "OBS_VALUE" }] },
    attributes: {
      dataSet: [],
      series: plans.series.map(component),
      observation: plans.observation.map(component),
    },
  };
}

function attributeComponent(
  plan: AttributePlan,
  values: ReadonlyMap<string, ValueIndex>,
  dimensions: readonly string[],
): object {
  const relationship = plan.level === "series" ? { dimensions } : { observation: {} };
  if (!plan.coded) return { id: plan.id, relationship };
  return {
    id: plan.id,
    relationship,
    values: (values.get(plan.id) as ValueIndex).codes.map((code) => ({ id: code })),
  };
}

/** A value as JSON: its own digits when they are a JSON number, else a string; missing is null or its marker. */
function valueItem(observation: SdmxObservation): JsonLiteral | string | null {
  if (observation.value !== null)
    return jsonNumber.test(observation.value) ? new JsonLiteral(observation.value) : observation.value;
  const marker = observation.missingMarker;
  return marker === undefined || marker === "null" || observation.action === "delete" ? null : marker;
}

/** SDMX-JSON lets trailing attributes without a value be left out of an array. */
function trimNulls<T>(items: T[]): T[] {
  let end = items.length;
  while (end > 0 && items[end - 1] === null) end--;
  return items.slice(0, end);
}

/** Observations that can be written, with their keys filled (a blank breakdown becomes the total code). */
function writableRows(
  observations: readonly SdmxObservation[],
  structure: SdmxStructure,
  diagnostics: FormatDiagnostic[],
): Row[] {
  const identifying = new Set(
    structure.totalCode === undefined ? structure.dimensions : (structure.identifyingDimensions ?? []),
  );
  return observations.flatMap((observation, position): Row[] => {
    const place = { row: position + 1 };
    if (observation.kind !== "observation" || observation.timePeriod === null) {
      diagnostics.push({
        code: "sdmx-json/not-writable",
        severity: "error",
        message: "only observations with every dimension and a time period are written; partial keys are not",
        ...place,
      });
      return [];
    }
    const key = structure.dimensions.map(
      (id) => observation.dimensions[id] ?? (identifying.has(id) ? undefined : structure.totalCode),
    );
    const absent = structure.dimensions.filter((_, index) => key[index] === undefined);
    if (absent.length > 0) {
      diagnostics.push({
        code: "sdmx-json/missing-dimension",
        severity: "error",
        message: `the observation has no ${absent.join(", ")}, which the structure needs`,
        ...place,
      });
      return [];
    }
    return [{ observation, key: key as string[], timePeriod: observation.timePeriod }];
  });
}

/**
 * Where each attribute goes: the structure's own, in its order, then any other the observations
 * carry (as free text). A series-attached attribute stays on the series only if no series has
 * two values (or a value and none) for it.
 */
function attributePlans(rows: readonly Row[], structure: SdmxStructure): AttributePlan[] {
  const known = new Set(structure.attributes.map((attribute) => attribute.id));
  const used = new Set(rows.flatMap((row) => Object.keys(row.observation.attributes)));
  const extra = [...used].filter((id) => !known.has(id)).sort();
  const consistent = (id: string) => {
    const seen = new Map<string, string | undefined>();
    for (const row of rows) {
      const series = `${row.observation.action}\u0000${row.key.join("\u0000")}`;
      const value = row.observation.attributes[id];
      if (seen.has(series) && seen.get(series) !== value) return false;
      seen.set(series, value);
    }
    return true;
  };
  return [
    ...structure.attributes
      .filter((attribute) => used.has(attribute.id))
      .map(
        (attribute): AttributePlan => ({
          id: attribute.id,
          level:
            attribute.attachment !== "observation" && consistent(attribute.id) ? "series" : "observation",
          coded: attribute.coded,
        }),
      ),
    ...extra.map((id): AttributePlan => ({ id, level: "observation", coded: false })),
  ];
}
