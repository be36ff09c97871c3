/**
 * Observations in the exchange formats: SDMX-CSV 1.0 in the UN SDG global-database shape (REF_AREA
 * as M49, every dimension filled, `_T` for totals, the unit and its multiplier on every row),
 * SDMX-CSV 2.0, SDMX-ML 2.1 StructureSpecific, SDMX-JSON 2.0, the Open SDG data CSV and the long template as an
 * XLSX workbook (`observations-xlsx.ts`). Each is written so that
 * importing it back (with the source named) gives the same observations; breakdowns the UN
 * structure lacks (`TYPE_OF_PRODUCT`) are appended as dimensions of their own.
 */
import type { Area, Observation, ObservationList } from "@circular-atlas/contracts";
import {
  type FormatDiagnostic,
  type SdmxObservation,
  type SdmxStructure,
  toCsv,
  toSdmxCsv,
  toSdmxJson,
  toSdmxMl,
  unSdgStructure,
} from "@circular-atlas/formats";
import { toObservationsXlsx } from "./observations-xlsx.ts";

export type ExchangeFormat = "sdmx-csv" | "sdmx-csv2" | "sdmx-ml" | "opensdg" | "sdmx-json" | "xlsx";
export const exchangeFormats: readonly ExchangeFormat[] = [
  "sdmx-csv",
  "sdmx-csv2",
  "sdmx-ml",
  "opensdg",
  "sdmx-json",
  "xlsx",
];

/** An exported file: `text` for the text formats, `bytes` for a workbook. */
export type ExchangeFile = {
  readonly contentType: string;
  readonly extension: string;
  /** Observations the format could not carry, each with its position in the list. */
  readonly diagnostics: readonly FormatDiagnostic[];
} & (
  | { readonly text: string; readonly bytes?: undefined }
  | { readonly bytes: Uint8Array; readonly text?: undefined }
);

/** The UN SDG database's own source: its figures are the global (G) reporting type, others national (N). */
const globalSources = new Set(["un-sdg-indicators-ddf"]);

/** The UN structure with the breakdowns it lacks appended as dimensions, so no breakdown is lost. */
function structureFor(list: ObservationList): SdmxStructure {
  const extra = [...new Set(list.data.flatMap((observation) => Object.keys(observation.dimensions)))].filter(
    (id) => !unSdgStructure.dimensions.includes(id),
  );
  return extra.length === 0
    ? unSdgStructure
    : { ...unSdgStructure, dimensions: [...unSdgStructure.dimensions, ...extra.sort()] };
}

function toSdmxObservation(observation: Observation, areas: ReadonlyMap<string, Area>): SdmxObservation {
  const area = areas.get(observation.area);
  const attributes: Record<string, string> = {
    UNIT_MEASURE: observation.unit,
    UNIT_MULT: String(observation.unitMult),
    OBS_STATUS: observation.obsStatus,
  };
  if (observation.nature !== null) attributes["NATURE"] = observation.nature;
  if (observation.sourceDetail !== null) attributes["SOURCE_DETAIL"] = observation.sourceDetail;
  if (observation.comment !== null) attributes["COMMENT_OBS"] = observation.comment;
  return {
    line: 0,
    action: "information",
    structure: null,
    kind: "observation",
    dimensions: {
      FREQ: "A",
      REPORTING_TYPE: globalSources.has(observation.source) ? "G" : "N",
      SERIES: observation.indicator,
      REF_AREA: area?.m49 === null || area?.m49 === undefined ? observation.area : String(area.m49),
      ...observation.dimensions,
    },
    timePeriod: observation.timePeriod,
    value: observation.value,
    attributes,
  };
}

const dataflow = { kind: "dataflow", agency: "IAEG-SDGs", id: "DF_SDG_GLH", version: "1.24" } as const;

export function exportObservations(
  list: ObservationList,
  format: ExchangeFormat,
  areas: readonly Area[],
  prepared: Date = new Date(),
): ExchangeFile {
  const byCode = new Map(areas.map((area) => [area.code, area]));
  if (format === "opensdg") return { ...toOpenSdgCsv(list), diagnostics: [] };
  if (format === "xlsx") return toObservationsXlsx(list);
  const structure = structureFor(list);
  const observations = list.data.map((observation) => toSdmxObservation(observation, byCode));
  const header = {
    id: `ATLAS-${prepared.getTime()}`,
    sender: "ECO",
    prepared: `${prepared.toISOString().slice(0, 19)}Z`,
  };
  if (format === "sdmx-json") {
    const written = toSdmxJson(observations, { structure, dataflow, header });
    return {
      text: written.text,
      contentType: "application/vnd.sdmx.data+json; charset=utf-8; version=2.0.0",
      extension: "json",
      diagnostics: written.diagnostics,
    };
  }
  if (format === "sdmx-ml") {
    const written = toSdmxMl(observations, {
      structure,
      dsd: { agency: "IAEG-SDGs", id: "SDG", version: "1.24" },
      header,
    });
    return {
      text: written.text,
      contentType: "application/xml",
      extension: "xml",
      diagnostics: written.diagnostics,
    };
  }
  const written = toSdmxCsv(observations, {
    version: format === "sdmx-csv" ? "1.0" : "2.0",
    structure,
    dataflow,
  });
  return {
    text: written.text,
    contentType: "text/csv; charset=utf-8",
    extension: "csv",
    diagnostics: written.diagnostics,
  };
}

/**
 * The Open SDG data CSV: Year, then SERIES (when several indicators), REF_AREA and every breakdown
 * (blank = total), the unit and its attributes, and Value. Open SDG reads one file per indicator;
 * with several, the SERIES column tells them apart.
 */
function toOpenSdgCsv(list: ObservationList): { text: string; contentType: string; extension: string } {
  const breakdowns = [
    ...new Set(list.data.flatMap((observation) => Object.keys(observation.dimensions))),
  ].sort();
  const attributes = [
    [
      "UNIT_MULT",
      (observation: Observation) => (observation.unitMult === 0 ? "" : String(observation.unitMult)),
    ],
    [
      "OBS_STATUS",
      (observation: Observation) => (observation.obsStatus === "A" ? "" : observation.obsStatus),
    ],
    ["NATURE", (observation: Observation) => observation.nature ?? ""],
    ["SOURCE_DETAIL", (observation: Observation) => observation.sourceDetail ?? ""],
    ["COMMENT_OBS", (observation: Observation) => observation.comment ?? ""],
  ] as const;
  const used = attributes.filter(([, cell]) => list.data.some((observation) => cell(observation) !== ""));
  const header = [
    "Year",
    "SERIES",
    "REF_AREA",
    ...breakdowns,
    "UNIT_MEASURE",
    ...used.map(([id]) => id),
    "Value",
  ];
  const rows = list.data.map((observation) => [
    observation.timePeriod,
    observation.indicator,
    observation.area,
    ...breakdowns.map((id) => observation.dimensions[id] ?? ""),
    observation.unit,
    ...used.map(([, cell]) => cell(observation)),
    observation.value,
  ]);
  return { text: toCsv(header, rows), contentType: "text/csv; charset=utf-8", extension: "csv" };
}
