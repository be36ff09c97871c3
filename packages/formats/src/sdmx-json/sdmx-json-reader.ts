/**
 * SDMX-JSON data messages in, `SdmxObservation`s out: 1.0 (`header` + `structure` + `dataSets`
 * at the top, or the final `meta` + `data.structure` + `data.dataSets`) and 2.x (`meta` +
 * `data.structures[]` + `data.dataSets[]`, each naming its structure by index), series or flat
 * (AllDimensions) data sets. Numbers keep their literal text; a message's `errors` are reported;
 * bad data never throws. The whole text is held (the structure may follow the data sets, since
 * SDMX-JSON leaves member order open), so memory grows with the file.
 */
import type { FormatDiagnostic } from "../diagnostic.ts";
import type { SdmxObservation } from "../sdmx/sdmx-observation.ts";
import type { SdmxStructure } from "../sdmx/sdmx-structure.ts";
import { decodeUtf8 } from "../text-bytes.ts";
import { describeUtf8Failure, Utf8ChunkDecoder } from "../utf8-chunk-decoder.ts";
import {
  itemsOf,
  type JsonNode,
  type JsonRepeatedMember,
  memberOf,
  parseJsonTree,
  stringOf,
} from "./json-tree.ts";
import { type DataSetContext, readSdmxJsonDataSet } from "./sdmx-json-data-set.ts";
import { readSdmxJsonStructure, type SdmxJsonStructure, valueText } from "./sdmx-json-structure.ts";

export interface SdmxJsonOptions {
  /** The data structure, for code validation (its codelists) and the measure to read. */
  readonly structure?: SdmxStructure;
}

/** What the message says of itself (`meta` in 2.x and final 1.0, `header` in early 1.0). */
export interface SdmxJsonHeader {
  readonly version: "1.0" | "2.x";
  readonly schema?: string;
  readonly id?: string;
  readonly prepared?: string;
  readonly sender?: string;
  readonly test?: boolean;
}

export interface SdmxJsonResult {
  readonly header: SdmxJsonHeader | undefined;
  readonly observations: SdmxObservation[];
  /** Observations read but left out (each has an error diagnostic with its line). */
  readonly rejectedObservations: number;
  readonly diagnostics: FormatDiagnostic[];
}

function readHeader(root: JsonNode, version: "1.0" | "2.x"): SdmxJsonHeader {
  const meta = memberOf(root, "meta") ?? memberOf(root, "header");
  const text = (name: string) => stringOf(memberOf(meta, name));
  const schema = text("schema") ?? stringOf(memberOf(root, "$schema"));
  const test = memberOf(meta, "test");
  const fields = {
    schema,
    id: text("id"),
    prepared: text("prepared"),
    sender: stringOf(memberOf(memberOf(meta, "sender"), "id")),
    test: test?.kind === "boolean" ? test.value : undefined,
  };
  return {
    version,
    ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
  };
}

/** A message's `errors` (SDMX web-service errors such as 100 "No results found") as diagnostics. */
function messageErrors(root: JsonNode): FormatDiagnostic[] {
  return itemsOf(memberOf(root, "errors")).map((error) => {
    const code = valueText(memberOf(error, "code"));
    const title = stringOf(memberOf(error, "title")) ?? valueText(memberOf(error, "titles"));
    const detail = stringOf(memberOf(error, "detail")) ?? valueText(memberOf(error, "details"));
    const words = [title, detail].filter((part) => part !== undefined).join(": ");
    return {
      code: "sdmx-json/message-error",
      severity: "error",
      message: `the message reports error${code === undefined ? "" : ` ${code}`}${words === "" ? "" : ` (${words})`} instead of data`,
      row: error.line,
      column: error.column,
    };
  });
}

function repeatedWarning(repeated: JsonRepeatedMember): FormatDiagnostic {
  return {
    code: "sdmx-json/repeated-member",
    severity: "warning",
    message: `the member ${JSON.stringify(repeated.name)} appears again (first at line ${repeated.first.line}, column ${repeated.first.column}); series and observations are read from both, any other member from the first`,
    row: repeated.place.line,
    column: repeated.place.column,
  };
}

/** The layout of the message: where its structures and data sets are, and which version it is. */
function layoutOf(root: JsonNode): {
  version: "1.0" | "2.x";
  structures: JsonNode[];
  dataSets: readonly JsonNode[];
} {
  const data = memberOf(root, "data");
  const structures = memberOf(data, "structures");
  if (structures?.kind === "array")
    return {
      version: "2.x",
      structures: [...structures.items],
      dataSets: itemsOf(memberOf(data, "dataSets")),
    };
  const holder = data ?? root;
  const structure = memberOf(holder, "structure");
  return {
    version: "1.0",
    structures: structure === undefined ? [] : [structure],
    dataSets: itemsOf(memberOf(holder, "dataSets")),
  };
}

/** Reads a whole SDMX-JSON data message from text or UTF-8 bytes. */
export function parseSdmxJson(input: string | Uint8Array, options: SdmxJsonOptions = {}): SdmxJsonResult {
  const empty = { header: undefined, observations: [], rejectedObservations: 0 };
  let text: string;
  if (typeof input === "string") text = input;
  else {
    const decoded = decodeUtf8(input, "sdmx-json/encoding");
    if ("diagnostic" in decoded) return { ...empty, diagnostics: [decoded.diagnostic] };
    text = decoded.text;
  }
  if (text.trim() === "")
    return {
      ...empty,
      diagnostics: [{ code: "sdmx-json/empty", severity: "error", message: "the file is empty" }],
    };
  const tree = parseJsonTree(text, "sdmx-json/bad-json");
  if ("diagnostic" in tree) return { ...empty, diagnostics: [tree.diagnostic] };
  const { root } = tree;
  if (root.kind !== "object")
    return {
      ...empty,
      diagnostics: [
        {
          code: "sdmx-json/not-a-message",
          severity: "error",
          message: `an SDMX-JSON message is a JSON object, not a ${root.kind}`,
          row: root.line,
          column: root.column,
        },
      ],
    };
  const layout = layoutOf(root);
  const context: DataSetContext = {
    diagnostics: [...tree.repeated.map(repeatedWarning), ...messageErrors(root)],
    codelists: options.structure?.codelists ?? {},
    keys: new Map(),
    measure: options.structure?.measures[0] ?? "OBS_VALUE",
    rejected: 0,
  };
  if (layout.dataSets.length > 0 && layout.structures.length === 0)
    context.diagnostics.push({
      code: "sdmx-json/no-structure",
      severity: "error",
      message:
        "the message has data sets but no structure, so its indexes cannot be read (1.0: structure or data.structure; 2.x: data.structures)",
    });
  const structures: SdmxJsonStructure[] = layout.structures.map(readSdmxJsonStructure);
  const observations = layout.dataSets.flatMap((dataSet, index) => {
    const path = `dataSets[${index}]`;
    const position = memberOf(dataSet, "structure");
    const structureIndex = position?.kind === "number" ? Number(position.text) : 0;
    const structure = structures[structureIndex];
    if (structure === undefined) {
      if (structures.length > 0)
        context.diagnostics.push({
          code: "sdmx-json/bad-structure",
          severity: "error",
          message: `${path}: structure ${structureIndex} is not among the message's ${structures.length} structure(s)`,
          row: dataSet.line,
          column: dataSet.column,
        });
      return [];
    }
    return readSdmxJsonDataSet(dataSet, path, structure, layout.version, context);
  });
  if (layout.dataSets.length === 0 && memberOf(root, "errors") === undefined)
    context.diagnostics.push({
      code: "sdmx-json/no-data",
      severity: "warning",
      message: "the message has no data sets",
    });
  return {
    header: readHeader(root, layout.version),
    observations,
    rejectedObservations: context.rejected,
    diagnostics: context.diagnostics,
  };
}

/**
 * Reads SDMX-JSON from a stream of UTF-8 byte chunks (a file or an HTTP body). The chunks are
 * decoded as they come, with a bad byte reported at its offset, and read when the stream ends.
 */
export async function readSdmxJsonStream(
  chunks: AsyncIterable<Uint8Array>,
  options: SdmxJsonOptions = {},
): Promise<SdmxJsonResult> {
  const decoder = new Utf8ChunkDecoder();
  const parts: string[] = [];
  for await (const chunk of chunks) {
    const decoded = decoder.decode(chunk);
    if (!("text" in decoded))
      return {
        header: undefined,
        observations: [],
        rejectedObservations: 0,
        diagnostics: [describeUtf8Failure(decoded, "sdmx-json/encoding")],
      };
    parts.push(decoded.text);
  }
  const last = decoder.end();
  if (!("text" in last))
    return {
      header: undefined,
      observations: [],
      rejectedObservations: 0,
      diagnostics: [describeUtf8Failure(last, "sdmx-json/encoding")],
    };
  parts.push(last.text);
  return parseSdmxJson(parts.join(""), options);
}
