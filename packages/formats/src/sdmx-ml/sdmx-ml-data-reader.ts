/**
 * SDMX-ML data messages in, `SdmxObservation`s out: SDMX-ML 2.1 StructureSpecificData and
 * GenericData (time series and flat), and SDMX-ML 2.0 GenericData, from text, bytes or a stream
 * of byte chunks. Memory stays bounded: no document tree is built, each observation is returned
 * when its `Obs` closes, and only the open elements and the keys seen (for duplicates) are kept.
 * Bad data never throws; it is reported with line and column, as the SDMX-CSV reader does.
 */
import type { FormatDiagnostic } from "../diagnostic.ts";
import type { SdmxObservation } from "../sdmx/sdmx-observation.ts";
import { decodeUtf8 } from "../text-bytes.ts";
import { describeUtf8Failure, Utf8ChunkDecoder } from "../utf8-chunk-decoder.ts";
import {
  dataSetComponents,
  type OpenDataSet,
  openDataSet,
  type SdmxMlDataSet,
  withKeyFamily,
} from "./sdmx-ml-data-set.ts";
import { type SdmxMlHeader, SdmxMlHeaderReader } from "./sdmx-ml-header.ts";
import {
  type SdmxMlDataMessageKind,
  sdmxMl20,
  sdmxMl21,
  sdmxMlDataMessageKind,
} from "./sdmx-ml-namespaces.ts";
import {
  type ComponentBag,
  emptyBag,
  SdmxMlObservationBuilder,
  type SdmxMlOptions,
} from "./sdmx-ml-observation-builder.ts";
import { type XmlElement, XmlEventReader } from "./xml-event-reader.ts";

export type { SdmxMlDataSet } from "./sdmx-ml-data-set.ts";
export type { SdmxMlOptions } from "./sdmx-ml-observation-builder.ts";

/** A whole message read: what `SdmxMlReader` holds at the end, with every observation. */
export interface SdmxMlResult {
  readonly header: SdmxMlHeader | undefined;
  readonly dataSets: readonly SdmxMlDataSet[];
  readonly observations: SdmxObservation[];
  /** Observations read but left out (each has an error diagnostic with its line). */
  readonly rejectedObservations: number;
  readonly diagnostics: FormatDiagnostic[];
}

type FrameKind =
  | "root"
  | "header"
  | "data-set"
  | "group"
  | "series"
  | "obs"
  | "key"
  | "attributes"
  | "text"
  | "ignored";

interface Frame {
  readonly kind: FrameKind;
  /** Where `Value` children of a key or `Attributes` go; null drops them (a group's key). */
  readonly target?: ComponentBag | null;
  text?: string;
}

/**
 * Incremental reader: `push` text as it arrives, then `end`; each returns the observations whose
 * `Obs` closed meanwhile. An observation that fails a check is left out and counted in
 * `rejectedObservations`, with an error diagnostic at its line (unknown codes are reported once,
 * where the series or observation writes them). The first XML error stops the reading.
 */
export class SdmxMlReader {
  readonly diagnostics: FormatDiagnostic[] = [];
  readonly dataSets: SdmxMlDataSet[] = [];
  header: SdmxMlHeader | undefined;
  readonly #options: SdmxMlOptions;
  readonly #xml: XmlEventReader;
  readonly #builder: SdmxMlObservationBuilder;
  readonly #headerReader = new SdmxMlHeaderReader();
  readonly #frames: Frame[] = [];
  #kind: SdmxMlDataMessageKind | undefined;
  #output: SdmxObservation[] = [];
  #dataSet: OpenDataSet | undefined;
  #group: ComponentBag | undefined;
  #series: ComponentBag | undefined;
  #obs: ComponentBag | undefined;
  #warnedGroups = false;

  constructor(options: SdmxMlOptions = {}) {
    this.#options = options;
    this.#builder = new SdmxMlObservationBuilder(options, this.diagnostics);
    this.#xml = new XmlEventReader(
      {
        open: (element, depth) => this.#open(element, depth),
        close: (element, depth) => this.#close(element, depth),
        text: (text) => this.#text(text),
      },
      this.diagnostics,
    );
  }

  get rejectedObservations(): number {
    return this.#builder.rejected;
  }

  push(text: string): SdmxObservation[] {
    this.#xml.push(text);
    return this.#take();
  }

  end(): SdmxObservation[] {
    this.#xml.end();
    return this.#take();
  }

  #take(): SdmxObservation[] {
    const observations = this.#output;
    this.#output = [];
    return observations;
  }

  #open(element: XmlElement, depth: number): void {
    const parent = this.#frames[depth - 1];
    if (depth === 0) this.#frames.push({ kind: this.#openRoot(element) ? "root" : "ignored" });
    else if (parent === undefined || parent.kind === "ignored") this.#frames.push({ kind: "ignored" });
    else if (parent.kind === "header") {
      this.#headerReader.open(element, depth - 1);
      this.#frames.push({ kind: "header" });
    } else if (parent.kind === "root") this.#frames.push({ kind: this.#openMessagePart(element) });
    else if (this.#kind?.syntax === "structure-specific")
      this.#frames.push(this.#openStructureSpecific(element, parent));
    else this.#frames.push(this.#openGeneric(element, parent));
  }

  #openRoot(element: XmlElement): boolean {
    this.#kind = sdmxMlDataMessageKind(element.uri, element.local);
    if (this.#kind !== undefined) return true;
    const hint =
      element.uri === sdmxMl21.message && element.local === "Structure"
        ? "this is a structure message (a DSD); read it with parseSdmxStructure"
        : element.uri === sdmxMl20.message
          ? `SDMX-ML 2.0 ${element.local} is not read; only 2.0 GenericData is`
          : "an SDMX-ML data message starts with StructureSpecificData or GenericData (SDMX-ML 2.1) or GenericData (SDMX-ML 2.0)";
    this.#xml.stop({
      code: "sdmx-ml/unknown-root",
      severity: "error",
      message: `the root element is <${element.name}>${element.uri === "" ? "" : ` in namespace ${element.uri}`}; ${hint}`,
      row: element.line,
      column: element.column,
    });
    return false;
  }

  #openMessagePart(element: XmlElement): FrameKind {
    if (element.local === "Header") return "header";
    if (element.local !== "DataSet") return "ignored";
    if (this.header === undefined) this.#finishHeader();
    this.#openDataSet(element);
    return "data-set";
  }

  #finishHeader(): void {
    const kind = this.#kind as SdmxMlDataMessageKind;
    this.header = this.#headerReader.header(kind.version, kind.root);
    const given = this.#options.structure?.ref;
    const declared = this.header.structure;
    if (given === undefined || declared === undefined || declared.kind !== "datastructure") return;
    if (given.agency !== declared.agency || given.id !== declared.id || given.version !== declared.version)
      this.diagnostics.push({
        code: "sdmx-ml/structure-mismatch",
        severity: "warning",
        message: `the message uses ${declared.agency}:${declared.id}(${declared.version ?? ""}) but the structure given is ${given.agency}:${given.id}(${given.version ?? ""})`,
      });
  }

  #openDataSet(element: XmlElement): void {
    const header = this.header as SdmxMlHeader;
    const opened = openDataSet(element, header, this.#headerReader.badAction, this.diagnostics);
    this.#dataSet = opened.dataSet;
    this.dataSets.push(opened.info);
    if (this.#kind?.syntax === "structure-specific")
      for (const [id, value] of dataSetComponents(element))
        this.#builder.add(opened.dataSet.bag, this.#builder.roleOf(id), id, value, element);
  }

  /** Components as XML attributes of `Series` and `Obs` (SDMX 2.1 Section 3A, Part IV). */
  #openStructureSpecific(element: XmlElement, parent: Frame): Frame {
    const inDataSet = parent.kind === "data-set";
    if (inDataSet && element.local === "Group") return this.#ignoreGroup(element);
    const isSeries = inDataSet && element.local === "Series";
    const isObs = element.local === "Obs" && (inDataSet || parent.kind === "series");
    if (!isSeries && !isObs) return { kind: "ignored" };
    const bag = emptyBag();
    // xsi:type and other prefixed attributes are XML machinery, not components.
    for (const [id, value] of Object.entries(element.attributes))
      this.#builder.add(bag, this.#builder.roleOf(id), id, value, element);
    if (isSeries) this.#series = bag;
    else this.#obs = bag;
    return { kind: isSeries ? "series" : "obs" };
  }

  #ignoreGroup(element: XmlElement): Frame {
    if (!this.#warnedGroups) {
      this.#warnedGroups = true;
      this.diagnostics.push({
        code: "sdmx-ml/group-ignored",
        severity: "warning",
        message: "Group elements are not read: their attribute values do not reach the observations",
        row: element.line,
        column: element.column,
      });
    }
    return { kind: "ignored" };
  }

  /** Components as `Value` elements (SDMX 2.1 generic data; SDMX-ML 2.0 GenericData). */
  #openGeneric(element: XmlElement, parent: Frame): Frame {
    const local = element.local;
    const owner = this.#ownerBag(parent.kind);
    if (parent.kind === "key" || parent.kind === "attributes") {
      if (local === "Value") this.#addValue(element, parent);
      return { kind: "ignored" };
    }
    if (owner === undefined) return { kind: "ignored" };
    if (local === "Attributes") return { kind: "attributes", target: owner };
    if (parent.kind === "data-set" && local === "KeyFamilyRef") return { kind: "text", text: "" };
    if (parent.kind === "data-set" && local === "Group") {
      if (this.#kind?.version === "2.1") return this.#ignoreGroup(element);
      this.#group = emptyBag();
      return { kind: "group" };
    }
    if ((parent.kind === "data-set" || parent.kind === "group") && local === "Series") {
      this.#series = emptyBag();
      return { kind: "series" };
    }
    if ((parent.kind === "data-set" || parent.kind === "series") && local === "Obs") {
      this.#obs = emptyBag();
      return { kind: "obs" };
    }
    if (local === "GroupKey") return { kind: "key", target: null };
    if (local === "SeriesKey" || local === "ObsKey") return { kind: "key", target: owner };
    if (parent.kind === "obs") this.#openObsPart(element, owner);
    return local === "Time" && parent.kind === "obs" ? { kind: "text", text: "" } : { kind: "ignored" };
  }

  #ownerBag(kind: FrameKind): ComponentBag | undefined {
    if (kind === "data-set") return this.#dataSet?.bag;
    if (kind === "group") return this.#group;
    if (kind === "series") return this.#series;
    if (kind === "obs") return this.#obs;
    return undefined;
  }

  #openObsPart(element: XmlElement, obs: ComponentBag): void {
    const value = element.attributes["value"];
    if (element.local === "ObsValue" && value !== undefined)
      this.#builder.add(obs, "measure", "OBS_VALUE", value, element);
    if (element.local !== "ObsDimension" || value === undefined) return;
    const atObservation = this.#dataSet?.dimensionAtObservation;
    const id =
      element.attributes["id"] ??
      (atObservation === undefined || atObservation === "AllDimensions"
        ? this.#builder.timeDimension
        : atObservation);
    this.#builder.add(obs, this.#builder.keyRole(id), id, value, element);
  }

  #addValue(element: XmlElement, parent: Frame): void {
    const target = parent.target;
    if (target === null || target === undefined) return;
    // SDMX-ML 2.1 names the component with `id`, 2.0 with `concept`.
    const id = element.attributes["id"] ?? element.attributes["concept"];
    const value = element.attributes["value"];
    if (id === undefined || value === undefined) {
      target.invalid = true;
      this.diagnostics.push({
        code: "sdmx-ml/bad-value-element",
        severity: "error",
        message: `a <${element.name}> needs ${id === undefined ? "an id (or concept)" : "a value"} attribute`,
        row: element.line,
        column: element.column,
      });
      return;
    }
    const role = parent.kind === "key" ? this.#builder.keyRole(id) : this.#builder.attributeRole(id);
    this.#builder.add(target, role, id, value, element);
  }

  #text(text: string): void {
    const frame = this.#frames.at(-1);
    if (frame?.kind === "header") this.#headerReader.text(text);
    else if (frame?.kind === "text") frame.text += text;
  }

  #close(element: XmlElement, depth: number): void {
    const frame = this.#frames.pop();
    if (frame === undefined) return;
    if (frame.kind === "header") {
      this.#headerReader.close(element, depth - 1);
      if (depth === 1) this.#finishHeader();
    } else if (frame.kind === "text") this.#closeText(element, frame.text?.trim() ?? "");
    else if (frame.kind === "obs") this.#closeObs(element);
    else if (frame.kind === "series") this.#series = undefined;
    else if (frame.kind === "group") this.#group = undefined;
    else if (frame.kind === "data-set") this.#dataSet = undefined;
  }

  #closeText(element: XmlElement, text: string): void {
    if (element.local === "Time" && this.#obs !== undefined)
      this.#builder.add(this.#obs, "time", this.#builder.timeDimension, text, element);
    if (element.local === "KeyFamilyRef" && this.#dataSet !== undefined) this.#setKeyFamily(text);
  }

  #setKeyFamily(keyFamily: string): void {
    const info = this.dataSets.pop();
    if (this.#dataSet === undefined || info === undefined) return;
    const named = withKeyFamily(this.#dataSet, info, keyFamily, this.#options.structure?.ref);
    this.#dataSet = named.dataSet;
    this.dataSets.push(named.info);
  }

  #closeObs(element: XmlElement): void {
    const dataSet = this.#dataSet;
    const obs = this.#obs;
    this.#obs = undefined;
    if (dataSet === undefined || obs === undefined) return;
    const levels = [dataSet.bag, this.#group, this.#series, obs].filter((level) => level !== undefined);
    const observation = this.#builder.build(dataSet, levels, element);
    if (observation !== undefined) this.#output.push(observation);
  }
}

function result(reader: SdmxMlReader, observations: SdmxObservation[]): SdmxMlResult {
  return {
    header: reader.header,
    dataSets: reader.dataSets,
    observations,
    rejectedObservations: reader.rejectedObservations,
    diagnostics: reader.diagnostics,
  };
}

/** Reads a whole SDMX-ML data message from text or UTF-8 bytes. */
export function parseSdmxMl(input: string | Uint8Array, options: SdmxMlOptions = {}): SdmxMlResult {
  const reader = new SdmxMlReader(options);
  if (typeof input !== "string") {
    const decoded = decodeUtf8(input, "sdmx-ml/encoding");
    if ("diagnostic" in decoded)
      return {
        header: undefined,
        dataSets: [],
        observations: [],
        rejectedObservations: 0,
        diagnostics: [decoded.diagnostic],
      };
    input = decoded.text;
  }
  const observations = [...reader.push(input), ...reader.end()];
  return result(reader, observations);
}

/**
 * Reads SDMX-ML from a stream of UTF-8 byte chunks, yielding observations in batches as their
 * `Obs` close; `reader` holds the header, data sets and diagnostics when the stream ends.
 */
export async function* readSdmxMlStream(
  chunks: AsyncIterable<Uint8Array>,
  reader: SdmxMlReader = new SdmxMlReader(),
): AsyncGenerator<SdmxObservation[]> {
  const decoder = new Utf8ChunkDecoder();
  for await (const chunk of chunks) {
    const decoded = decoder.decode(chunk);
    if (!("text" in decoded)) {
      reader.diagnostics.push(describeUtf8Failure(decoded, "sdmx-ml/encoding"));
      return;
    }
    const observations = reader.push(decoded.text);
    if (observations.length > 0) yield observations;
  }
  const rest = decoder.end();
  if (!("text" in rest)) {
    reader.diagnostics.push(describeUtf8Failure(rest, "sdmx-ml/encoding"));
    return;
  }
  const observations = [...reader.push(rest.text), ...reader.end()];
  if (observations.length > 0) yield observations;
}
