/**
 * The header row of an SDMX-CSV message, understood: the version (1.0 starts with `DATAFLOW`,
 * 2.0 with `STRUCTURE`), the field separator (the character after that first term, so `;`
 * messages need no option), the labels mode, and which column holds which component.
 * Field guides: sdmx-twg/sdmx-csv, v1.0 and v2.0.0 data-message field guides.
 */
import type { FormatDiagnostic } from "../diagnostic.ts";
import { type SdmxStructure, unSdgStructure } from "./sdmx-structure.ts";

export type SdmxCsvVersion = "1.0" | "2.0";

export interface SdmxCsvPreamble {
  readonly version: SdmxCsvVersion;
  readonly delimiter: "," | ";" | "\t";
  /** The sub-field separator declared as `STRUCTURE[;]` (multi-valued and multilingual cells). */
  readonly subFieldSeparator: string | null;
}

export interface ComponentColumn {
  readonly id: string;
  readonly index: number;
  readonly role: "dimension" | "time" | "measure" | "attribute" | "custom";
  /** Coded components have `labels=both` values cut at ": ". */
  readonly coded: boolean;
}

export interface SdmxCsvLayout extends SdmxCsvPreamble {
  readonly labels: "id" | "both" | "name";
  readonly structureIndex: number;
  readonly structureIdIndex: number;
  readonly actionIndex: number | undefined;
  readonly columns: readonly ComponentColumn[];
  /** Key dimensions in key order (the structure's, or the header's when inferred by position). */
  readonly dimensionOrder: readonly string[];
  readonly structure: SdmxStructure | undefined;
  readonly width: number;
}

const delimiters = [",", ";", "\t"] as const;

/**
 * Reads the version and separator from the start of the text (the first line may still be
 * incomplete: undefined asks for more text). A text that is not SDMX-CSV gives a diagnostic.
 */
export function readPreamble(
  start: string,
  complete: boolean,
): SdmxCsvPreamble | FormatDiagnostic | undefined {
  const match = /^(DATAFLOW|STRUCTURE)(\[([^\]]*)\])?/.exec(start);
  if (match === null) {
    if (!complete && ("DATAFLOW".startsWith(start) || "STRUCTURE".startsWith(start))) return undefined;
    const first = start.split(/[\r\n]/, 1)[0]?.slice(0, 40) ?? "";
    return {
      code: "sdmx-csv/not-sdmx-csv",
      severity: "error",
      message: `an SDMX-CSV message starts with the column DATAFLOW (version 1.0) or STRUCTURE (version 2.0); this one starts ${JSON.stringify(first)}`,
      row: 1,
      column: 1,
    };
  }
  const next = start[match[0].length];
  // `STRUCTURE[` whose bracket has not arrived yet, or nothing after the term yet.
  if (next === undefined || next === "[") return complete ? missingSeparator(match[0]) : undefined;
  const delimiter = delimiters.find((candidate) => candidate === next);
  if (delimiter === undefined) return missingSeparator(match[0]);
  return {
    version: match[1] === "DATAFLOW" ? "1.0" : "2.0",
    delimiter,
    subFieldSeparator: match[3] === undefined || match[3] === "" ? null : (match[3][0] as string),
  };
}

function missingSeparator(term: string): FormatDiagnostic {
  return {
    code: "sdmx-csv/no-separator",
    severity: "error",
    message: `the header's first column ${JSON.stringify(term)} must be followed by the field separator ("," or ";" or a tab)`,
    row: 1,
    column: 1,
  };
}

/** `DIM_1: Dimension 1` → `DIM_1`; `ATTR[]` and `ATTR[en;fr]` → `ATTR`. */
function componentId(header: string): { id: string; labelled: boolean } {
  const cut = header.indexOf(": ");
  const bare = cut === -1 ? header : header.slice(0, cut);
  return { id: bare.replace(/\[[^\]]*\]$/, ""), labelled: cut !== -1 };
}

function classify(
  ids: readonly { id: string; index: number }[],
  structure: SdmxStructure,
): ComponentColumn[] {
  const attributes = new Map(structure.attributes.map((attribute) => [attribute.id, attribute]));
  return ids.map(({ id, index }) => {
    if (structure.dimensions.includes(id)) return { id, index, role: "dimension", coded: true };
    if (id === structure.timeDimension) return { id, index, role: "time", coded: false };
    if (structure.measures.includes(id)) return { id, index, role: "measure", coded: false };
    const attribute = attributes.get(id);
    if (attribute !== undefined) return { id, index, role: "attribute", coded: attribute.coded };
    return { id, index, role: "custom", coded: false };
  });
}

/**
 * Without a structure, columns before TIME_PERIOD are dimensions and those after OBS_VALUE are
 * attributes: the order SDMX-CSV 1.0 prescribes and 2.0 services emit. Any other order needs
 * the structure to be told apart.
 */
function byPosition(
  ids: readonly { id: string; index: number }[],
  diagnostics: FormatDiagnostic[],
): ComponentColumn[] | undefined {
  const time = ids.findIndex(({ id }) => id === "TIME_PERIOD");
  const measure = ids.findIndex(({ id }) => id === "OBS_VALUE");
  if (time === -1 || (measure !== -1 && measure < time)) {
    diagnostics.push({
      code: "sdmx-csv/structure-needed",
      severity: "error",
      message:
        "without the data structure, the columns must be dimensions, TIME_PERIOD, OBS_VALUE, then attributes; give the structure (DSD) to read this column order",
      row: 1,
    });
    return undefined;
  }
  return ids.map(({ id, index }, position) => {
    if (position < time) return { id, index, role: "dimension", coded: true };
    if (position === time) return { id, index, role: "time", coded: false };
    if (position === measure) return { id, index, role: "measure", coded: false };
    // Coded or not is unknown; SDMX's usual coded attributes are treated as codes.
    const coded = unSdgStructure.attributes.find((attribute) => attribute.id === id)?.coded ?? false;
    return { id, index, role: "attribute", coded };
  });
}

/** Eurostat's SDMX-CSV 1.0 puts this custom column right after DATAFLOW. */
const knownCustomColumns = new Set(["LAST UPDATE"]);

/** SDMX-CSV 2.0's columns before the components: STRUCTURE_ID, STRUCTURE_NAME, ACTION, keys. */
function leadingColumns(
  preamble: SdmxCsvPreamble,
  cells: readonly string[],
  diagnostics: FormatDiagnostic[],
):
  | {
      structureIdIndex: number;
      actionIndex: number | undefined;
      index: number;
      labels: SdmxCsvLayout["labels"];
    }
  | undefined {
  if (preamble.version === "1.0")
    return { structureIdIndex: 0, actionIndex: undefined, index: 1, labels: "id" };
  if (cells[1] !== "STRUCTURE_ID") {
    diagnostics.push({
      code: "sdmx-csv/missing-column",
      severity: "error",
      message: `SDMX-CSV 2.0 has STRUCTURE_ID as its second column; found ${JSON.stringify(cells[1] ?? "")}`,
      row: 1,
      column: 2,
    });
    return undefined;
  }
  let index = 2;
  let labels: SdmxCsvLayout["labels"] = "id";
  if (cells[index] === "STRUCTURE_NAME") {
    labels = "name";
    index++;
  }
  const actionIndex = cells[index] === "ACTION" ? index++ : undefined;
  while (cells[index] === "SERIES_KEY" || cells[index] === "OBS_KEY") index++;
  return { structureIdIndex: 1, actionIndex, index, labels };
}

export function readLayout(
  preamble: SdmxCsvPreamble,
  header: readonly string[],
  structure: SdmxStructure | undefined,
  diagnostics: FormatDiagnostic[],
): SdmxCsvLayout | undefined {
  const cells = header.map((cell) => cell.trim());
  const seen = new Map<string, number>();
  const leading = leadingColumns(preamble, cells, diagnostics);
  if (leading === undefined) return undefined;
  const { structureIdIndex, actionIndex } = leading;
  let { index, labels } = leading;
  const ids: { id: string; index: number }[] = [];
  const custom: ComponentColumn[] = [];
  for (; index < cells.length; index++) {
    const cell = cells[index] as string;
    if (preamble.version === "1.0" && knownCustomColumns.has(cell)) {
      custom.push({ id: cell, index, role: "custom", coded: false });
      continue;
    }
    const { id, labelled } = componentId(cell);
    if (labelled) labels = "both";
    if (id === "") {
      diagnostics.push({
        code: "sdmx-csv/empty-header",
        severity: "warning",
        message: "a column has no header; its cells are ignored",
        row: 1,
        column: index + 1,
      });
      continue;
    }
    const before = seen.get(id);
    if (before !== undefined) {
      diagnostics.push({
        code: "sdmx-csv/duplicate-column",
        severity: "error",
        message: `column ${JSON.stringify(id)} appears twice (columns ${before + 1} and ${index + 1})`,
        row: 1,
        column: index + 1,
        columnName: id,
      });
      return undefined;
    }
    seen.set(id, index);
    ids.push({ id, index });
    // With labels=name each component column is followed by its localised-name column.
    if (labels === "name") index++;
  }
  const known =
    structure ??
    (ids.every(({ id }) => classify([{ id, index: 0 }], unSdgStructure)[0]?.role !== "custom")
      ? unSdgStructure
      : undefined);
  const columns = known === undefined ? byPosition(ids, diagnostics) : classify(ids, known);
  if (columns === undefined) return undefined;
  const measures = columns.filter((column) => column.role === "measure");
  if (measures.length > 1) {
    diagnostics.push({
      code: "sdmx-csv/several-measures",
      severity: "error",
      message: `rows with several measures (${measures.map((column) => column.id).join(", ")}) are not supported; send one measure per message`,
      row: 1,
    });
    return undefined;
  }
  const unknown = columns.filter((column) => column.role === "custom").map((column) => column.id);
  if (unknown.length > 0)
    diagnostics.push({
      code: "sdmx-csv/unknown-columns",
      severity: "warning",
      message: `columns the structure does not define are kept as custom columns: ${unknown.join(", ")}`,
      row: 1,
    });
  if (preamble.version === "1.0" && !columns.some((column) => column.role === "measure")) {
    diagnostics.push({
      code: "sdmx-csv/missing-column",
      severity: "error",
      message: "SDMX-CSV 1.0 needs an OBS_VALUE column",
      row: 1,
    });
    return undefined;
  }
  const dimensionIds = columns.filter((column) => column.role === "dimension").map((column) => column.id);
  const dimensionOrder =
    known === undefined ? dimensionIds : known.dimensions.filter((id) => dimensionIds.includes(id));
  return {
    ...preamble,
    labels,
    structureIndex: 0,
    structureIdIndex,
    actionIndex,
    columns: [...columns, ...custom],
    dimensionOrder,
    structure: known,
    width: header.length,
  };
}
