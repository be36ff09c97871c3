/**
 * SDMX-CSV out. Version 1.0 in the UN SDG global-database shape: `DATAFLOW`, every dimension of
 * the structure in DSD order and filled (a breakdown left blank becomes the structure's total
 * code, `_T`), TIME_PERIOD, OBS_VALUE, every attribute column; a row lacking an identifying
 * dimension or a mandatory attribute is reported, not written half-empty. Version 2.0 for
 * general use: STRUCTURE, STRUCTURE_ID, ACTION, then the same components; observations are
 * filled the same way, partial-key and delete rows leave what they do not concern empty. Codes only (labels=id),
 * `,` separated, `\n` line ends, RFC 4180 quoting; reading the text back gives the observations.
 */
import { toCsvLine } from "../csv/csv-writer.ts";
import type { FormatDiagnostic } from "../diagnostic.ts";
import type { SdmxAction, SdmxObservation } from "./sdmx-observation.ts";
import { formatStructureRef, type SdmxStructure, type SdmxStructureRef } from "./sdmx-structure.ts";

export interface SdmxCsvWriteOptions {
  readonly version: "1.0" | "2.0";
  readonly structure: SdmxStructure;
  /** The artefact rows are written for, when an observation does not name its own. */
  readonly dataflow: SdmxStructureRef;
  /** 1.0 only: leave out rows lacking a mandatory attribute (the UN SDG upload requires them). */
  readonly requireMandatoryAttributes?: boolean;
}

export interface SdmxCsvWriteResult {
  readonly text: string;
  readonly written: number;
  readonly diagnostics: FormatDiagnostic[];
}

const actionLetters: Readonly<Record<SdmxAction, string>> = {
  information: "I",
  append: "A",
  merge: "M",
  replace: "R",
  delete: "D",
};

function valueCell(observation: SdmxObservation): string {
  if (observation.value !== null) return observation.value;
  if (observation.action === "delete" || observation.kind === "partial") return "";
  return observation.missingMarker ?? "NaN";
}

export function toSdmxCsv(
  observations: readonly SdmxObservation[],
  options: SdmxCsvWriteOptions,
): SdmxCsvWriteResult {
  const { structure, version } = options;
  const attributeIds = structure.attributes.map((attribute) => attribute.id);
  const measure = structure.measures[0] ?? "OBS_VALUE";
  const components = [...structure.dimensions, structure.timeDimension, measure, ...attributeIds];
  const header =
    version === "1.0" ? ["DATAFLOW", ...components] : ["STRUCTURE", "STRUCTURE_ID", "ACTION", ...components];
  // Without a total code every dimension must be given; with one, all but the identifying ones may be blank.
  const identifying = new Set(
    structure.totalCode === undefined ? structure.dimensions : (structure.identifyingDimensions ?? []),
  );
  const mandatory = structure.attributes
    .filter((attribute) => attribute.mandatory)
    .map((attribute) => attribute.id);
  const diagnostics: FormatDiagnostic[] = [];
  const lines = [toCsvLine(header)];
  observations.forEach((observation, position) => {
    const place = { row: position + 1 };
    if (version === "1.0" && (observation.kind !== "observation" || observation.action === "delete")) {
      diagnostics.push({
        code: "sdmx-csv/not-writable",
        severity: "error",
        message: "SDMX-CSV 1.0 carries observations only; deletions and partial-key rows need 2.0",
        ...place,
      });
      return;
    }
    const dimensions = structure.dimensions.map((id) => {
      const code = observation.dimensions[id];
      if (code !== undefined) return code;
      // Partial-key rows leave the dimensions they do not concern empty; observations never do.
      if (observation.kind === "partial" || identifying.has(id)) return undefined;
      return structure.totalCode;
    });
    const absent = structure.dimensions.filter((_, index) => dimensions[index] === undefined);
    if (observation.kind === "observation" && absent.length > 0) {
      diagnostics.push({
        code: "sdmx-csv/missing-dimension",
        severity: "error",
        message: `the observation has no ${absent.join(", ")}, which the structure needs`,
        ...place,
      });
      return;
    }
    if (version === "1.0" && options.requireMandatoryAttributes === true) {
      const lacking = mandatory.filter((id) => observation.attributes[id] === undefined);
      if (lacking.length > 0) {
        diagnostics.push({
          code: "sdmx-csv/missing-attribute",
          severity: "error",
          message: `the observation has no ${lacking.join(", ")}, mandatory in the structure`,
          ...place,
        });
        return;
      }
    }
    const ref = observation.structure ?? options.dataflow;
    const prefix =
      version === "1.0"
        ? [formatStructureRef(ref)]
        : [ref.kind, formatStructureRef(ref), actionLetters[observation.action]];
    lines.push(
      toCsvLine([
        ...prefix,
        ...dimensions,
        observation.timePeriod,
        valueCell(observation),
        ...attributeIds.map((id) => observation.attributes[id]),
      ]),
    );
  });
  return { text: `${lines.join("\n")}\n`, written: lines.length - 1, diagnostics };
}
