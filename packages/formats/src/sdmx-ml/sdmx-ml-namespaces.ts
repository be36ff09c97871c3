/**
 * The XML namespaces of SDMX-ML 2.0 and 2.1 and the message kinds the readers accept. SDMX-ML
 * 2.0 spells its namespaces with capitals (`www.SDMX.org/resources/SDMXML`), 2.1 in lower case;
 * XML compares namespace names exactly, so both spellings are listed.
 */

export const sdmxMl21 = {
  message: "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message",
  common: "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common",
  structure: "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure",
  generic: "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic",
  structureSpecific: "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific",
} as const;

export const sdmxMl20 = {
  message: "http://www.SDMX.org/resources/SDMXML/schemas/v2_0/message",
  generic: "http://www.SDMX.org/resources/SDMXML/schemas/v2_0/generic",
} as const;

/** `xml:lang` and friends live here (XML Namespaces 1.0, §3). */
export const xmlNamespace = "http://www.w3.org/XML/1998/namespace";

export type SdmxMlVersion = "2.0" | "2.1";

/** How a data message writes its observations: components as XML attributes, or as Value elements. */
export type SdmxMlDataSyntax = "structure-specific" | "generic";

export interface SdmxMlDataMessageKind {
  readonly version: SdmxMlVersion;
  readonly syntax: SdmxMlDataSyntax;
  /** The root element's local name, e.g. `StructureSpecificData`. */
  readonly root: string;
}

// The time-series variants restrict the general messages to dimensionAtObservation=TIME_PERIOD
// (SDMX 2.1 Section 3A, Part I, "Message Namespace"); they read the same way.
const sdmxMl21DataRoots: Readonly<Record<string, SdmxMlDataSyntax>> = {
  StructureSpecificData: "structure-specific",
  StructureSpecificTimeSeriesData: "structure-specific",
  GenericData: "generic",
  GenericTimeSeriesData: "generic",
};

/** The data message a root element opens, or undefined when it is none the readers know. */
export function sdmxMlDataMessageKind(uri: string, local: string): SdmxMlDataMessageKind | undefined {
  if (uri === sdmxMl21.message) {
    const syntax = sdmxMl21DataRoots[local];
    return syntax === undefined ? undefined : { version: "2.1", syntax, root: local };
  }
  if (uri === sdmxMl20.message && local === "GenericData")
    return { version: "2.0", syntax: "generic", root: local };
  return undefined;
}
