/**
 * An SDMX-ML 2.1 structure message in (`message:Structure` with `str:Codelists`,
 * `str:DataStructures`, `str:Dataflows`; SDMX 2.1 Section 3A, Part III), what the data readers
 * need out: the DSD as an `SdmxStructure` whose codelists validate codes, and the codelists
 * themselves with their names per language for labels. Bad input never throws.
 */
import type { FormatDiagnostic } from "../diagnostic.ts";
import type { SdmxAttributeDefinition, SdmxStructure, SdmxStructureRef } from "../sdmx/sdmx-structure.ts";
import { decodeUtf8 } from "../text-bytes.ts";
import { sdmxMl20, sdmxMl21, xmlNamespace } from "./sdmx-ml-namespaces.ts";
import { qualifiedAttribute, type XmlElement } from "./xml-event-reader.ts";
import { buildXmlTree, childNamed, childrenNamed, descendant, type XmlNode } from "./xml-tree.ts";

/** Text per language (`xml:lang` → text); SDMX's default language is `en`. */
export type SdmxNames = Readonly<Record<string, string>>;

/** A code of a codelist; `parent` is the code above it in a hierarchy (e.g. an oblast's country). */
export interface SdmxCode {
  readonly id: string;
  readonly names: SdmxNames;
  readonly parent?: string;
}

/** A codelist as the structure message lists it (`str:Codelist`). */
export interface SdmxCodelist {
  readonly id: string;
  readonly agency: string;
  readonly version: string;
  readonly names: SdmxNames;
  readonly codes: readonly SdmxCode[];
  /** The message only points to the codelist (`isExternalReference`) and lists none of its codes. */
  readonly external?: true;
}

/** A dataflow (`str:Dataflow`): the published name of data of one structure. */
export interface SdmxDataflow {
  readonly id: string;
  readonly agency: string;
  readonly version: string;
  readonly names: SdmxNames;
  /** The DSD the dataflow uses. */
  readonly structure?: Omit<SdmxStructureRef, "kind">;
}

/** What `parseSdmxStructure` reads out of a structure message. */
export interface SdmxStructureMessage {
  /** The message's (first) data structure definition; undefined when it holds none. */
  readonly structure: SdmxStructure | undefined;
  /** Codelists by id. */
  readonly codelists: ReadonlyMap<string, SdmxCodelist>;
  /** Component id → id of the codelist that enumerates it. */
  readonly componentCodelist: Readonly<Record<string, string>>;
  readonly dataflows: readonly SdmxDataflow[];
  readonly diagnostics: FormatDiagnostic[];
}

/**
 * Reads an SDMX-ML 2.1 structure message from text or UTF-8 bytes. `structure.totalCode` is `_T`
 * only when every breakdown dimension's codelist holds `_T` (breakdowns are the dimensions
 * other than FREQ, REPORTING_TYPE, SERIES and REF_AREA when SERIES and REF_AREA are present,
 * as in the UN SDG structure, else all). A component whose codelist the message does not hold
 * gets no entry in `structure.codelists`, so its codes are not checked (a warning says so).
 */
export function parseSdmxStructure(input: string | Uint8Array): SdmxStructureMessage {
  const diagnostics: FormatDiagnostic[] = [];
  const empty = {
    structure: undefined,
    codelists: new Map(),
    componentCodelist: {},
    dataflows: [],
    diagnostics,
  };
  if (typeof input !== "string") {
    const decoded = decodeUtf8(input, "sdmx-ml/encoding");
    if ("diagnostic" in decoded) return { ...empty, diagnostics: [decoded.diagnostic] };
    input = decoded.text;
  }
  const root = buildXmlTree(input, diagnostics, refuseRoot);
  const structures = childNamed(root, "Structures");
  if (root === undefined || structures === undefined) {
    if (root !== undefined && !diagnostics.some((diagnostic) => diagnostic.severity === "error"))
      diagnostics.push({
        code: "sdmx-structure/empty",
        severity: "error",
        message: "the message has no Structures",
      });
    return empty;
  }
  const codelists = readCodelists(childNamed(structures, "Codelists"), diagnostics);
  const dataflows = childrenNamed(childNamed(structures, "Dataflows"), "Dataflow").map(readDataflow);
  const definitions = childrenNamed(childNamed(structures, "DataStructures"), "DataStructure");
  const [first, ...others] = definitions;
  if (first === undefined) {
    diagnostics.push({
      code: "sdmx-structure/no-data-structure",
      severity: "error",
      message: "the message holds no DataStructure, so there is nothing to read data against",
      row: structures.line,
      column: structures.column,
    });
    return { ...empty, codelists, dataflows };
  }
  if (others.length > 0)
    diagnostics.push({
      code: "sdmx-structure/several-structures",
      severity: "warning",
      message: `the message holds ${definitions.length} DataStructures; ${first.attributes["id"] ?? "the first"} is read`,
      row: first.line,
      column: first.column,
    });
  const { structure, componentCodelist } = readDataStructure(first, codelists, diagnostics);
  return { structure, codelists, componentCodelist, dataflows, diagnostics };
}

function refuseRoot(root: XmlElement): FormatDiagnostic | undefined {
  if (root.uri === sdmxMl21.message && root.local === "Structure") return undefined;
  const hint =
    root.uri === sdmxMl20.message && root.local === "Structure"
      ? "SDMX-ML 2.0 structure messages (KeyFamilies) are not read; export the DSD as SDMX-ML 2.1"
      : "an SDMX-ML 2.1 structure message starts with <message:Structure>";
  return {
    code: "sdmx-ml/unknown-root",
    severity: "error",
    message: `the root element is <${root.name}>${root.uri === "" ? "" : ` in namespace ${root.uri}`}; ${hint}`,
    row: root.line,
    column: root.column,
  };
}

function namesOf(node: XmlNode): SdmxNames {
  const names: Record<string, string> = {};
  for (const name of childrenNamed(node, "Name"))
    names[qualifiedAttribute(name, xmlNamespace, "lang") ?? "en"] = name.text.trim();
  return names;
}

function readCodelists(
  node: XmlNode | undefined,
  diagnostics: FormatDiagnostic[],
): Map<string, SdmxCodelist> {
  const codelists = new Map<string, SdmxCodelist>();
  for (const codelist of childrenNamed(node, "Codelist")) {
    const id = codelist.attributes["id"];
    if (id === undefined) continue;
    if (codelists.has(id)) {
      diagnostics.push({
        code: "sdmx-structure/duplicate-codelist",
        severity: "warning",
        message: `codelist ${id} appears more than once; the first is kept`,
        row: codelist.line,
        column: codelist.column,
      });
      continue;
    }
    const codes = childrenNamed(codelist, "Code").flatMap((code): SdmxCode[] => {
      const codeId = code.attributes["id"];
      if (codeId === undefined) return [];
      // SDMX-ML 2.1 writes the parent as <Parent><Ref id=…/></Parent>.
      const parent = descendant(code, ["Parent", "Ref"])?.attributes["id"];
      return [{ id: codeId, names: namesOf(code), ...(parent === undefined ? {} : { parent }) }];
    });
    const external = codelist.attributes["isExternalReference"] === "true" && codes.length === 0;
    codelists.set(id, {
      id,
      agency: codelist.attributes["agencyID"] ?? "",
      version: codelist.attributes["version"] ?? "1.0",
      names: namesOf(codelist),
      codes,
      ...(external ? { external } : {}),
    });
  }
  return codelists;
}

interface Reference {
  readonly id: string;
  readonly agency?: string;
  readonly version?: string;
  /** Where the reference is written, for diagnostics. */
  readonly node: XmlNode;
}

// `…Codelist=ISO:CL_CURRENCY(1.0)` or `…Concept=SDMX:CROSS_DOMAIN_CONCEPTS(1.0).FREQ`.
const urnPattern = /=([^:=]+):([^(]+)\(([^()]+)\)(?:\.(.+))?$/;

/**
 * A reference written either way SDMX-ML 2.1 allows: `<Ref agencyID id version/>` or `<URN>`.
 * For an item (a concept), `id` is the item's id and agency/version are its scheme's.
 */
function readReference(node: XmlNode | undefined): Reference | undefined {
  const ref = childNamed(node, "Ref");
  const id = ref?.attributes["id"];
  if (ref !== undefined && id !== undefined) {
    const agency = ref.attributes["agencyID"];
    const version = ref.attributes["version"] ?? ref.attributes["maintainableParentVersion"];
    return {
      id,
      node: ref,
      ...(agency === undefined ? {} : { agency }),
      ...(version === undefined ? {} : { version }),
    };
  }
  const urn = childNamed(node, "URN");
  const match = urn === undefined ? null : urnPattern.exec(urn.text.trim());
  if (urn === undefined || match === null) return undefined;
  return {
    id: match[4] ?? (match[2] as string),
    agency: match[1] as string,
    version: match[3] as string,
    node: urn,
  };
}

function readDataflow(node: XmlNode): SdmxDataflow {
  const ref = readReference(childNamed(node, "Structure"));
  return {
    id: node.attributes["id"] ?? "",
    agency: node.attributes["agencyID"] ?? "",
    version: node.attributes["version"] ?? "1.0",
    names: namesOf(node),
    ...(ref?.agency === undefined
      ? {}
      : { structure: { agency: ref.agency, id: ref.id, version: ref.version ?? null } }),
  };
}

interface Component {
  readonly id: string;
  readonly node: XmlNode;
  readonly codelist?: Reference;
}

function readComponent(node: XmlNode): Component | undefined {
  // A component's id defaults to its concept's id (SDMX 2.1 Section 3A, Part III, ComponentType).
  const id = node.attributes["id"] ?? readReference(childNamed(node, "ConceptIdentity"))?.id;
  if (id === undefined) return undefined;
  const codelist = readReference(descendant(node, ["LocalRepresentation", "Enumeration"]));
  return { id, node, ...(codelist === undefined ? {} : { codelist }) };
}

/** Where an attribute attaches, from its AttributeRelationship. */
function attachmentOf(node: XmlNode): SdmxAttributeDefinition["attachment"] {
  const relationship = childNamed(node, "AttributeRelationship");
  const kinds = new Set(relationship?.children.map((child) => child.local) ?? []);
  if (kinds.has("PrimaryMeasure")) return "observation";
  // A relationship to some or all dimensions, or to a group, is held by each series.
  if (kinds.has("Dimension") || kinds.has("Group") || kinds.has("AttachmentGroup")) return "series";
  return "dataset";
}

function readDataStructure(
  node: XmlNode,
  codelists: ReadonlyMap<string, SdmxCodelist>,
  diagnostics: FormatDiagnostic[],
): { structure: SdmxStructure; componentCodelist: Record<string, string> } {
  const components = childNamed(node, "DataStructureComponents");
  const dimensionList = childNamed(components, "DimensionList");
  const dimensionNodes = [
    ...childrenNamed(dimensionList, "Dimension"),
    ...childrenNamed(dimensionList, "MeasureDimension"),
  ];
  const dimensions = dimensionNodes
    .map((child, index) => ({
      component: readComponent(child),
      position: Number(child.attributes["position"] ?? index + 1),
    }))
    .sort((a, b) => a.position - b.position)
    .flatMap(({ component }) => (component === undefined ? [] : [component]));
  const timeNode = childNamed(dimensionList, "TimeDimension");
  const time = timeNode === undefined ? undefined : readComponent(timeNode);
  const attributes = childrenNamed(childNamed(components, "AttributeList"), "Attribute").flatMap((child) => {
    const component = readComponent(child);
    return component === undefined ? [] : [component];
  });
  const measures = childrenNamed(childNamed(components, "MeasureList"), "PrimaryMeasure").flatMap((child) => {
    const component = readComponent(child);
    return component === undefined ? [] : [component.id];
  });
  const componentCodelist: Record<string, string> = {};
  const allowed: Record<string, ReadonlySet<string>> = {};
  for (const component of [...dimensions, ...attributes]) {
    if (component.codelist === undefined) continue;
    componentCodelist[component.id] = component.codelist.id;
    const codelist = resolveCodelist(component, codelists, diagnostics);
    if (codelist !== undefined) allowed[component.id] = new Set(codelist.codes.map((code) => code.id));
  }
  const dimensionIds = dimensions.map((dimension) => dimension.id);
  const identifying = ["FREQ", "REPORTING_TYPE", "SERIES", "REF_AREA"].filter((id) =>
    dimensionIds.includes(id),
  );
  const isSdgLike = dimensionIds.includes("SERIES") && dimensionIds.includes("REF_AREA");
  const breakdowns = dimensionIds.filter((id) => !isSdgLike || !identifying.includes(id));
  // A total code stands in for a blank breakdown only if every breakdown codelist has one.
  const hasTotals = breakdowns.length > 0 && breakdowns.every((id) => allowed[id]?.has("_T") === true);
  const structure: SdmxStructure = {
    ref: {
      agency: node.attributes["agencyID"] ?? "",
      id: node.attributes["id"] ?? "",
      version: node.attributes["version"] ?? "1.0",
    },
    dimensions: dimensionIds,
    timeDimension: time?.id ?? "TIME_PERIOD",
    measures: measures.length > 0 ? measures : ["OBS_VALUE"],
    attributes: attributes.map((attribute) => ({
      id: attribute.id,
      attachment: attachmentOf(attribute.node),
      mandatory: attribute.node.attributes["assignmentStatus"] === "Mandatory",
      coded: attribute.codelist !== undefined,
    })),
    codelists: allowed,
    ...(hasTotals ? { totalCode: "_T" } : {}),
    ...(isSdgLike ? { identifyingDimensions: identifying } : {}),
  };
  return { structure, componentCodelist };
}

function resolveCodelist(
  component: Component,
  codelists: ReadonlyMap<string, SdmxCodelist>,
  diagnostics: FormatDiagnostic[],
): SdmxCodelist | undefined {
  const ref = component.codelist as Reference;
  const codelist = codelists.get(ref.id);
  const place = { row: ref.node.line, column: ref.node.column };
  if (codelist === undefined || codelist.external === true) {
    diagnostics.push({
      code: "sdmx-structure/missing-codelist",
      severity: "warning",
      message: `${component.id} is coded by ${ref.id}, whose codes the message does not hold; its codes are not checked`,
      ...place,
    });
    return undefined;
  }
  const { agency, version } = ref;
  if (
    (agency !== undefined && agency !== codelist.agency) ||
    (version !== undefined && version !== codelist.version)
  )
    diagnostics.push({
      code: "sdmx-structure/codelist-version",
      severity: "warning",
      message: `${component.id} refers to ${agency ?? codelist.agency}:${codelist.id}(${version ?? codelist.version}) but the message holds ${codelist.agency}:${codelist.id}(${codelist.version}); its codes are checked against that`,
      ...place,
    });
  return codelist;
}
