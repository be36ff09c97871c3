/**
 * One SDMX data row as every SDMX reader returns it, whatever the syntax (CSV, ML, JSON), and
 * the rules for an observation value shared by those readers: a decimal kept as text, SDMX's
 * missing markers kept as missing (never zero), a decimal comma only when declared.
 */
import { explainBadDecimal, isDecimal } from "../decimal.ts";
import type { SdmxStructureRef } from "./sdmx-structure.ts";

/**
 * SDMX actions: SDMX 2.1's Information/Append/Replace/Delete and SDMX 3.0's Merge. An importer
 * treats information, append and merge as upserts, replace as a replacement of the observation,
 * delete as a deletion at the level the row's filled dimensions give.
 */
export type SdmxAction = "information" | "append" | "merge" | "replace" | "delete";

export const sdmxActionLetters: Readonly<Record<string, SdmxAction>> = {
  I: "information",
  A: "append",
  M: "merge",
  R: "replace",
  D: "delete",
};

export interface SdmxObservation {
  /** 1-based line (CSV) or position of the row in the message. */
  readonly line: number;
  readonly action: SdmxAction;
  readonly structure: SdmxStructureRef | null;
  /**
   * `observation`: a full key and a time period. `partial`: a row with some dimensions and
   * attribute values for them (SDMX-CSV 2.0 "attributes attached to partial keys"), or a
   * delete row with wildcarded (left out) dimensions.
   */
  readonly kind: "observation" | "partial";
  /** Dimension id → code, in structure order; a wildcarded dimension is left out. */
  readonly dimensions: Readonly<Record<string, string>>;
  readonly timePeriod: string | null;
  /** The decimal as written (`7.40` stays `7.40`); null when intentionally missing or absent. */
  readonly value: string | null;
  /** The marker a missing value was written with (`NaN`, `#N/A`, `:`, empty), for the report. */
  readonly missingMarker?: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Columns the structure does not know (e.g. `UPDATED`, Eurostat's `LAST UPDATE`). */
  readonly custom?: Readonly<Record<string, string>>;
}

/** What SDMX and its publishers write for "no value" (SDMX `NaN`, `#N/A`; Eurostat `:`). */
export const sdmxMissingMarkers: readonly string[] = ["", "NaN", "#N/A", ":"];

export type ObservationValue =
  | { readonly kind: "value"; readonly value: string; readonly warning?: string }
  | { readonly kind: "missing"; readonly marker: string }
  | { readonly kind: "invalid"; readonly reason: string };

/**
 * Reads an OBS_VALUE cell. With `decimalComma` (declared by the caller, never guessed) `12,4`
 * is 12.4; a value like `01` is read but warned about, since it usually marks a code or a
 * spreadsheet slip rather than a measurement.
 */
export function readObservationValue(
  cell: string,
  /** `declarable`: the caller can be told the file has decimal commas (CSV and XML; JSON cannot). */
  options: { decimalComma?: boolean; declarable?: boolean } = {},
): ObservationValue {
  if (sdmxMissingMarkers.includes(cell)) return { kind: "missing", marker: cell };
  const text = options.decimalComma === true && /^[+-]?\d*,\d+$/.test(cell) ? cell.replace(",", ".") : cell;
  if (!isDecimal(text)) {
    const explained = explainBadDecimal(cell);
    // A comma decimal is refused unless declared; say how to declare it.
    const reason =
      explained === undefined
        ? `value ${JSON.stringify(cell)} is not a number`
        : options.declarable !== false && /^[+-]?\d*,\d+$/.test(cell)
          ? `${explained}, or declare the file's decimal comma (atlas import --decimal-comma)`
          : explained;
    return { kind: "invalid", reason };
  }
  if (/^[+-]?0\d/.test(text))
    return {
      kind: "value",
      value: text,
      warning: `value ${JSON.stringify(cell)} has a leading zero; check it is a measurement and not a code`,
    };
  return { kind: "value", value: text };
}

/** The key of an observation for duplicate detection: structure, dimensions and time. */
export function observationKey(observation: SdmxObservation, dimensionOrder: readonly string[]): string {
  const structure =
    observation.structure === null
      ? ""
      : `${observation.structure.agency}:${observation.structure.id}(${observation.structure.version ?? ""})`;
  const parts = dimensionOrder.map((id) => observation.dimensions[id] ?? "");
  return `${structure}\u0000${parts.join("\u0000")}\u0000${observation.timePeriod ?? ""}`;
}

/**
 * The keys a message has given so far, each with its line, to report a key given twice. Every
 * component (structure, dimension codes, period) is interned to a small number and a key is kept
 * as those numbers joined: a flat string of a few bytes, where the concatenation of its cells took
 * hundreds (a large SDMX-CSV file holds one key per row until its end).
 */
export class ObservationKeys {
  readonly #components = new Map<string, number>();
  readonly #lines = new Map<string, number>();

  /** The line that first gave the observation's key, or undefined (and the key is remembered). */
  firstLine(
    observation: SdmxObservation,
    dimensionOrder: readonly string[],
    line: number,
  ): number | undefined {
    const structure =
      observation.structure === null
        ? ""
        : `${observation.structure.agency}:${observation.structure.id}(${observation.structure.version ?? ""})`;
    const ids = [this.#id(structure)];
    for (const id of dimensionOrder) ids.push(this.#id(observation.dimensions[id] ?? ""));
    ids.push(this.#id(observation.timePeriod ?? ""));
    const key = ids.join(",");
    const first = this.#lines.get(key);
    if (first === undefined) this.#lines.set(key, line);
    return first;
  }

  #id(component: string): number {
    const known = this.#components.get(component);
    if (known !== undefined) return known;
    const id = this.#components.size;
    this.#components.set(component, id);
    return id;
  }
}
