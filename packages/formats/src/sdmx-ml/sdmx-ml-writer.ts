/**
 * SDMX-ML 2.1 StructureSpecificData out, time series (dimension at observation TIME_PERIOD), the
 * shape national SDMX converters write (the Kyrgyz NSC's files): a Header naming the structure,
 * one DataSet, a Series per key with the series-level attributes, an Obs per period with the
 * observation-level ones. Every dimension is filled (a blank breakdown becomes the structure's
 * total code); an observation lacking an identifying dimension is reported, not written. Reading
 * the text back with `parseSdmxMl` gives the observations.
 */
import type { FormatDiagnostic } from "../diagnostic.ts";
import type { SdmxObservation } from "../sdmx/sdmx-observation.ts";
import type { SdmxStructure, SdmxStructureRef } from "../sdmx/sdmx-structure.ts";
import { sdmxMl21 } from "./sdmx-ml-namespaces.ts";

export interface SdmxMlWriteOptions {
  readonly structure: SdmxStructure;
  /** The data structure definition the message uses. */
  readonly dsd: Omit<SdmxStructureRef, "kind">;
  /** Message id, sender and preparation time (ISO 8601), for the Header. */
  readonly header: { readonly id: string; readonly sender: string; readonly prepared: string };
}

export interface SdmxMlWriteResult {
  readonly text: string;
  readonly written: number;
  readonly diagnostics: FormatDiagnostic[];
}

const xmlEscapes: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\n": "&#10;",
  "\r": "&#13;",
  "\t": "&#9;",
};

/** An attribute value as XML writes it: markup and the whitespace attribute normalisation would fold, escaped. */
function escapeAttribute(value: string): string {
  return value.replace(/[&<>"'\n\r\t]/g, (character) => xmlEscapes[character] as string);
}

function attributes(pairs: readonly (readonly [string, string | undefined])[]): string {
  return pairs
    .filter((pair): pair is readonly [string, string] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join("");
}

export function toSdmxMl(
  observations: readonly SdmxObservation[],
  options: SdmxMlWriteOptions,
): SdmxMlWriteResult {
  const { structure } = options;
  const seriesAttributes = structure.attributes.filter((attribute) => attribute.attachment !== "observation");
  const obsAttributes = structure.attributes.filter((attribute) => attribute.attachment === "observation");
  const identifying = new Set(
    structure.totalCode === undefined ? structure.dimensions : (structure.identifyingDimensions ?? []),
  );
  const measure = structure.measures[0] ?? "OBS_VALUE";
  const diagnostics: FormatDiagnostic[] = [];
  const series = new Map<string, { open: string; observations: string[] }>();
  let written = 0;
  observations.forEach((observation, position) => {
    const place = { row: position + 1 };
    if (
      observation.kind !== "observation" ||
      observation.action === "delete" ||
      observation.timePeriod === null
    ) {
      diagnostics.push({
        code: "sdmx-ml/not-writable",
        severity: "error",
        message: "only observations with a time period are written; deletions and partial keys are not",
        ...place,
      });
      return;
    }
    const key = structure.dimensions.map(
      (id) =>
        [id, observation.dimensions[id] ?? (identifying.has(id) ? undefined : structure.totalCode)] as const,
    );
    const absent = key.filter(([, code]) => code === undefined).map(([id]) => id);
    if (absent.length > 0) {
      diagnostics.push({
        code: "sdmx-ml/missing-dimension",
        severity: "error",
        message: `the observation has no ${absent.join(", ")}, which the structure needs`,
        ...place,
      });
      return;
    }
    const open = `<Series${attributes([...key, ...seriesAttributes.map((attribute) => [attribute.id, observation.attributes[attribute.id]] as const)])}>`;
    const entry = series.get(open) ?? { open, observations: [] };
    entry.observations.push(
      `<Obs${attributes([
        [structure.timeDimension, observation.timePeriod],
        [measure, observation.value ?? "NaN"],
        ...obsAttributes.map((attribute) => [attribute.id, observation.attributes[attribute.id]] as const),
      ])}/>`,
    );
    series.set(open, entry);
    written++;
  });
  const lines = messageOpening(options);
  for (const entry of series.values()) {
    lines.push(`    ${entry.open}`);
    for (const obs of entry.observations) lines.push(`      ${obs}`);
    lines.push("    </Series>");
  }
  lines.push("  </message:DataSet>", "</message:StructureSpecificData>", "");
  return { text: lines.join("\n"), written, diagnostics };
}

/** The XML declaration, the root with its namespaces, the Header and the DataSet's opening tag. */
function messageOpening(options: SdmxMlWriteOptions): string[] {
  const { structure, dsd } = options;
  const version = dsd.version ?? "1.0";
  const structureId = `${dsd.agency}_${dsd.id}_${version.replace(/\W/g, "_")}`;
  const urn = `urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=${dsd.agency}:${dsd.id}(${version}):ObsLevelDim:${structure.timeDimension}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<message:StructureSpecificData${attributes([
      ["xmlns:message", sdmxMl21.message],
      ["xmlns:common", sdmxMl21.common],
      ["xmlns:ss", sdmxMl21.structureSpecific],
      ["xmlns:ns1", urn],
      ["xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"],
    ])}>`,
    "  <message:Header>",
    `    <message:ID>${escapeAttribute(options.header.id)}</message:ID>`,
    "    <message:Test>false</message:Test>",
    `    <message:Prepared>${escapeAttribute(options.header.prepared)}</message:Prepared>`,
    `    <message:Sender${attributes([["id", options.header.sender]])}/>`,
    `    <message:Structure${attributes([
      ["structureID", structureId],
      ["namespace", urn],
      ["dimensionAtObservation", structure.timeDimension],
    ])}>`,
    `      <common:Structure><Ref${attributes([
      ["agencyID", dsd.agency],
      ["id", dsd.id],
      ["version", version],
    ])}/></common:Structure>`,
    "    </message:Structure>",
    "  </message:Header>",
    `  <message:DataSet${attributes([
      ["ss:dataScope", "DataStructure"],
      ["xsi:type", "ns1:DataSetType"],
      ["ss:structureRef", structureId],
      ["ss:action", "Information"],
    ])}>`,
  ];
}
