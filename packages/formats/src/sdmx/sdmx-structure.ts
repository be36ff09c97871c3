/**
 * What an SDMX reader needs to know of a data structure definition (DSD): which columns are
 * dimensions (in key order), which the time dimension, which measures and attributes, which
 * components are coded, and — when known — their codelists. SDMX-CSV 2.0 allows components in
 * any order, so without this a reader cannot tell a dimension from an attribute.
 *
 * `unSdgStructure` is the UN SDG global structure (agency IAEG-SDGs, DSD "SDG") as read from the
 * Kyrgyz national copy SDG_DSD.KG_1.8.xml (../shared/specs/observatory.md §2.5); its codelists
 * come from a DSD file when one is given, and are left out here rather than guessed.
 */

export interface SdmxStructureRef {
  /** `dataflow`, `datastructure` or `dataprovision` (SDMX-CSV 2.0); `dataflow` in SDMX-CSV 1.0. */
  readonly kind: "dataflow" | "datastructure" | "dataprovision";
  readonly agency: string;
  readonly id: string;
  /** Absent for non-versioned artefacts (SDMX 3.0 allows `AGENCY:ID`). */
  readonly version: string | null;
}

export interface SdmxAttributeDefinition {
  readonly id: string;
  /** Where the attribute attaches: each observation, a series (all dimensions but time), the data set. */
  readonly attachment: "observation" | "series" | "dataset";
  readonly mandatory: boolean;
  /** Coded attributes take codes (`labels=both` cells are cut at ": "); others take free text. */
  readonly coded: boolean;
}

export interface SdmxStructure {
  readonly ref?: Omit<SdmxStructureRef, "kind">;
  /** Key dimensions in DSD order, without the time dimension. */
  readonly dimensions: readonly string[];
  readonly timeDimension: string;
  readonly measures: readonly string[];
  readonly attributes: readonly SdmxAttributeDefinition[];
  /** Allowed codes per coded component, when a DSD with codelists was read. Case-sensitive. */
  readonly codelists?: Readonly<Record<string, ReadonlySet<string>>>;
  /** Code given to a breakdown dimension when a source leaves it blank (the UN SDG total, `_T`). */
  readonly totalCode?: string;
  /** Dimensions that say what is measured where, which a total code never stands in for. */
  readonly identifyingDimensions?: readonly string[];
}

const observationAttribute = (id: string, mandatory: boolean, coded: boolean): SdmxAttributeDefinition => ({
  id,
  attachment: "observation",
  mandatory,
  coded,
});
const seriesAttribute = (id: string, mandatory: boolean, coded: boolean): SdmxAttributeDefinition => ({
  id,
  attachment: "series",
  mandatory,
  coded,
});

/**
 * The UN SDG data structure's components: 15 key dimensions, TIME_PERIOD, OBS_VALUE and the
 * attributes. No `ref`: the global DSD's version moves (the Kyrgyz copy is KG_NSC:SDG(1.8), the
 * global dataflow IAEG-SDGs:DF_SDG_GLH(1.24)); writers are told which dataflow they write for.
 */
export const unSdgStructure: SdmxStructure = {
  dimensions: [
    "FREQ",
    "REPORTING_TYPE",
    "SERIES",
    "REF_AREA",
    "SEX",
    "AGE",
    "URBANISATION",
    "INCOME_WEALTH_QUANTILE",
    "EDUCATION_LEV",
    "OCCUPATION",
    "CUST_BREAKDOWN",
    "COMPOSITE_BREAKDOWN",
    "DISABILITY_STATUS",
    "ACTIVITY",
    "PRODUCT",
  ],
  timeDimension: "TIME_PERIOD",
  measures: ["OBS_VALUE"],
  attributes: [
    observationAttribute("OBS_STATUS", true, true),
    observationAttribute("UNIT_MULT", true, true),
    seriesAttribute("UNIT_MEASURE", true, true),
    observationAttribute("BASE_PER", false, false),
    observationAttribute("NATURE", false, true),
    observationAttribute("TIME_DETAIL", false, false),
    observationAttribute("COMMENT_OBS", false, false),
    observationAttribute("TIME_COVERAGE", false, false),
    observationAttribute("UPPER_BOUND", false, false),
    observationAttribute("LOWER_BOUND", false, false),
    observationAttribute("SOURCE_DETAIL", false, false),
    seriesAttribute("COMMENT_TS", false, false),
    seriesAttribute("GEO_INFO_URL", false, false),
    // Coded by CL_GEO_INFO_TYPE in SDG_DSD.KG_1.8.xml (read by parseSdmxStructure).
    seriesAttribute("GEO_INFO_TYPE", false, true),
    seriesAttribute("CUST_BREAKDOWN_LB", false, false),
    seriesAttribute("DATA_LAST_UPDATE", false, false),
  ],
  totalCode: "_T",
  identifyingDimensions: ["FREQ", "REPORTING_TYPE", "SERIES", "REF_AREA"],
};

const structureRefPattern = /^([A-Za-z0-9_@$-]+(?:\.[A-Za-z0-9_@$-]+)*):([A-Za-z0-9_@$-]+)(?:\(([^()]+)\))?$/;

/** `AGENCY:ID(VERSION)` or `AGENCY:ID` as an artefact reference; undefined when it is not one. */
export function parseStructureRef(
  text: string,
  kind: SdmxStructureRef["kind"] = "dataflow",
): SdmxStructureRef | undefined {
  const match = structureRefPattern.exec(text);
  if (match === null) return undefined;
  return { kind, agency: match[1] as string, id: match[2] as string, version: match[3] ?? null };
}

/** The reference as SDMX writes it: `AGENCY:ID(VERSION)`, or `AGENCY:ID` without a version. */
export function formatStructureRef(ref: Omit<SdmxStructureRef, "kind">): string {
  return `${ref.agency}:${ref.id}${ref.version === null ? "" : `(${ref.version})`}`;
}
