/**
 * The `Header` of an SDMX-ML data message: who sent it when, which structure its data sets use
 * and how (dimension at observation, action). SDMX-ML 2.1 names the structure in
 * `message:Structure` (SDMX 2.1 Section 3A, Part I, `StructureSpecificDataHeaderType`); 2.0 in
 * `KeyFamilyRef`/`KeyFamilyAgency`, or only in each data set's `KeyFamilyRef`.
 */
import type { SdmxAction } from "../sdmx/sdmx-observation.ts";
import type { SdmxStructureRef } from "../sdmx/sdmx-structure.ts";
import type { SdmxMlVersion } from "./sdmx-ml-namespaces.ts";
import type { XmlElement } from "./xml-event-reader.ts";

/** One structure the header declares for the message's data sets. */
export interface SdmxMlStructureUsage {
  /** The header's local name for it, which `DataSet@structureRef` points to. */
  readonly structureId?: string;
  readonly ref?: SdmxStructureRef;
  /** A dimension id, or `AllDimensions` for flat data sets. */
  readonly dimensionAtObservation?: string;
}

/** The message header as read; fields the message leaves out are absent. */
export interface SdmxMlHeader {
  readonly version: SdmxMlVersion;
  /** The root element's local name, e.g. `StructureSpecificData`. */
  readonly message: string;
  readonly id?: string;
  readonly test?: boolean;
  readonly prepared?: string;
  readonly sender?: string;
  /** The first declared structure (most messages declare one). */
  readonly structure?: SdmxStructureRef;
  readonly dimensionAtObservation?: string;
  readonly structures: readonly SdmxMlStructureUsage[];
  /** `DataSetAction` of the header; a data set's own `action` attribute overrides it. */
  readonly action?: SdmxAction;
  readonly dataSetId?: string;
}

const sdmxMlActions: Readonly<Record<string, SdmxAction>> = {
  Information: "information",
  Append: "append",
  Replace: "replace",
  Delete: "delete",
  Merge: "merge",
};

/** SDMX-ML's action names (case as the schemas spell them); undefined for anything else. */
export function readSdmxMlAction(text: string): SdmxAction | undefined {
  return sdmxMlActions[text.trim()];
}

const referenceKinds: Readonly<Record<string, SdmxStructureRef["kind"]>> = {
  Structure: "datastructure",
  StructureUsage: "dataflow",
  ProvisionAgrement: "dataprovision",
  ProvisionAgreement: "dataprovision",
};

const urnPattern = /=([A-Za-z0-9_@$.-]+):([A-Za-z0-9_@$-]+)\(([^()]+)\)/;

interface MutableUsage {
  structureId?: string;
  ref?: SdmxStructureRef;
  dimensionAtObservation?: string;
  kind: SdmxStructureRef["kind"];
}

/** Collects the header from the events under `Header` (depth 0 is `Header` itself). */
export class SdmxMlHeaderReader {
  readonly #fields: Record<string, string> = {};
  readonly #usages: MutableUsage[] = [];
  #sender: string | undefined;
  #text: string | undefined;

  open(element: XmlElement, depth: number): void {
    const usage = this.#usages.at(-1);
    if (depth === 1) {
      this.#text = "";
      if (element.local === "Sender") this.#sender = element.attributes["id"];
      if (element.local === "Structure") {
        const structureId = element.attributes["structureID"];
        const dimension = element.attributes["dimensionAtObservation"];
        this.#usages.push({
          kind: "datastructure",
          ...(structureId === undefined ? {} : { structureId }),
          ...(dimension === undefined ? {} : { dimensionAtObservation: dimension }),
        });
      }
    } else if (usage !== undefined && depth === 2) {
      usage.kind = referenceKinds[element.local] ?? usage.kind;
    } else if (usage !== undefined && depth === 3) {
      if (element.local === "URN") this.#text = "";
      const id = element.attributes["id"];
      const agency = element.attributes["agencyID"];
      if (element.local === "Ref" && id !== undefined && agency !== undefined)
        usage.ref = { kind: usage.kind, agency, id, version: element.attributes["version"] ?? null };
    }
  }

  text(text: string): void {
    if (this.#text !== undefined) this.#text += text;
  }

  close(element: XmlElement, depth: number): void {
    const text = this.#text?.trim();
    const usage = this.#usages.at(-1);
    if (depth === 1 && text !== undefined) this.#fields[element.local] = text;
    if (depth === 3 && element.local === "URN" && usage !== undefined && text !== undefined) {
      const match = urnPattern.exec(text);
      if (match !== null)
        usage.ref = {
          kind: usage.kind,
          agency: match[1] as string,
          id: match[2] as string,
          version: match[3] ?? null,
        };
    }
    if (depth === 1 || (depth === 3 && element.local === "URN")) this.#text = undefined;
  }

  /** The header read; `version` and `message` come from the root element. */
  header(version: SdmxMlVersion, message: string): SdmxMlHeader {
    const fields = this.#fields;
    const structures = this.#usages.map(({ kind: _kind, ...usage }) => usage);
    const keyFamily = fields["KeyFamilyRef"];
    const keyFamilyAgency = fields["KeyFamilyAgency"];
    // SDMX-ML 2.0 headers may name the key family by id and agency, never with a version.
    if (structures.length === 0 && keyFamily && keyFamilyAgency)
      structures.push({
        ref: { kind: "datastructure", agency: keyFamilyAgency, id: keyFamily, version: null },
      });
    const first = structures[0];
    const action =
      fields["DataSetAction"] === undefined ? undefined : readSdmxMlAction(fields["DataSetAction"]);
    const test = fields["Test"];
    return {
      version,
      message,
      ...optional("id", fields["ID"]),
      ...(test === "true" || test === "false" ? { test: test === "true" } : {}),
      ...optional("prepared", fields["Prepared"]),
      ...optional("sender", this.#sender),
      ...optional("structure", first?.ref),
      ...optional("dimensionAtObservation", first?.dimensionAtObservation),
      structures,
      ...optional("action", action),
      ...optional("dataSetId", fields["DataSetID"]),
    };
  }

  /** The header's `DataSetAction` text when it names no SDMX action. */
  get badAction(): string | undefined {
    const text = this.#fields["DataSetAction"];
    return text !== undefined && readSdmxMlAction(text) === undefined ? text : undefined;
  }
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
