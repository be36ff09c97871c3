/**
 * What a `DataSet` element tells its observations: the action (its own `action` attribute, else
 * the header's `DataSetAction`, else Information), the structure (the header's `Structure` its
 * `structureRef` names; in SDMX-ML 2.0 its `KeyFamilyRef`) and the dimension at observation.
 */
import type { FormatDiagnostic } from "../diagnostic.ts";
import type { SdmxAction } from "../sdmx/sdmx-observation.ts";
import type { SdmxStructure, SdmxStructureRef } from "../sdmx/sdmx-structure.ts";
import { readSdmxMlAction, type SdmxMlHeader } from "./sdmx-ml-header.ts";
import { sdmxMl21 } from "./sdmx-ml-namespaces.ts";
import { type ComponentBag, type DataSetContext, emptyBag } from "./sdmx-ml-observation-builder.ts";
import { qualifiedAttribute, type XmlElement } from "./xml-event-reader.ts";

/** A data set of the message, as its `DataSet` element declares it. */
export interface SdmxMlDataSet {
  readonly line: number;
  /** Undefined when the action named is not an SDMX action (an error says which). */
  readonly action: SdmxAction | undefined;
  readonly structure: SdmxStructureRef | null;
  /** A dimension id, or `AllDimensions` for a flat data set. */
  readonly dimensionAtObservation?: string;
  /** SDMX-ML 2.0: the `KeyFamilyRef` (DSD id) the data set names. */
  readonly keyFamily?: string;
}

/** The data set being read. */
export interface OpenDataSet extends DataSetContext {
  /** Components given at data set level (structure-specific attributes, generic `Attributes`). */
  readonly bag: ComponentBag;
  readonly dimensionAtObservation?: string;
}

// Standard attributes of a structure-specific `DataSet` are qualified with the `ss` namespace;
// some writers leave them unqualified, so these names are never taken for components.
const dataSetAttributeNames = new Set([
  "structureRef",
  "setID",
  "action",
  "reportingBeginDate",
  "reportingEndDate",
  "validFromDate",
  "validToDate",
  "publicationYear",
  "publicationPeriod",
  "dataScope",
]);

/** Unprefixed attributes of a structure-specific `DataSet` that are components (data set level). */
export function dataSetComponents(element: XmlElement): [string, string][] {
  return Object.entries(element.attributes).filter(([id]) => !dataSetAttributeNames.has(id));
}

export function openDataSet(
  element: XmlElement,
  header: SdmxMlHeader,
  headerBadAction: string | undefined,
  diagnostics: FormatDiagnostic[],
): { dataSet: OpenDataSet; info: SdmxMlDataSet } {
  const ss = sdmxMl21.structureSpecific;
  const structureRef = element.attributes["structureRef"] ?? qualifiedAttribute(element, ss, "structureRef");
  const usage =
    header.structures.find((item) => item.structureId !== undefined && item.structureId === structureRef) ??
    header.structures[0];
  const text = element.attributes["action"] ?? qualifiedAttribute(element, ss, "action") ?? headerBadAction;
  const action = text === undefined ? (header.action ?? "information") : readSdmxMlAction(text);
  if (action === undefined)
    diagnostics.push({
      code: "sdmx-ml/bad-action",
      severity: "error",
      message: `the data set's action ${JSON.stringify(text)} is none of Information, Append, Replace, Delete, Merge; its observations are left out`,
      row: element.line,
      column: element.column,
    });
  const dimensionAtObservation = usage?.dimensionAtObservation;
  const atObservation = dimensionAtObservation === undefined ? {} : { dimensionAtObservation };
  const structure = usage?.ref ?? null;
  return {
    dataSet: { action, structure, keys: new Map(), bag: emptyBag(), ...atObservation },
    info: { line: element.line, action, structure, ...atObservation },
  };
}

/**
 * The data set once its SDMX-ML 2.0 `KeyFamilyRef` is read. 2.0 names the DSD by id only, so
 * the agency and version are taken from the header or the structure given when the id matches.
 */
export function withKeyFamily(
  dataSet: OpenDataSet,
  info: SdmxMlDataSet,
  keyFamily: string,
  given: SdmxStructure["ref"],
): { dataSet: OpenDataSet; info: SdmxMlDataSet } {
  const structure: SdmxStructureRef | null =
    dataSet.structure?.id === keyFamily
      ? dataSet.structure
      : given?.id === keyFamily
        ? { kind: "datastructure", ...given }
        : null;
  return { dataSet: { ...dataSet, structure }, info: { ...info, structure, keyFamily } };
}
