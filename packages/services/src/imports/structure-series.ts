/**
 * What a publisher's data structure (DSD) teaches the observatory: national series it did not
 * know (the Kyrgyz `_L_KG_*` codes), named in every language of the series codelist, with the
 * unit of their totals and its names from the unit codelist; and the names of the breakdown
 * codes the data use, so a new breakdown is labelled, never shown as a bare code.
 */
import type { Area, DimensionCode, Indicator } from "@circular-atlas/contracts";
import type { SdmxCodelist, SdmxStructureMessage } from "@circular-atlas/formats";
import type { ImportRow } from "./resolve-import-rows.ts";

/** Profile section of a national series, by SDG goal and target. */
function topicOf(sdgIndicator: string | undefined): string {
  const [goal, target] = (sdgIndicator ?? "").split(".");
  if (goal === "9" && target === "4") return "energy-climate";
  if (goal === "7" || goal === "13") return "energy-climate";
  if (goal === "6" || goal === "11" || goal === "12") return "waste";
  if (goal === "8" || goal === "9") return "industry-employment";
  return "national";
}

/** `12.4.2.xml`, `12-4-2.csv`, `indicator_12-4-2.csv` → the SDG indicator `12.4.2`. */
export function sdgIndicatorOfFile(fileName: string): string | undefined {
  const match = /(\d{1,2})[.-]([0-9a-z]{1,2})[.-]([0-9a-z]{1,2})/i.exec(fileName);
  return match === null ? undefined : `${match[1]}.${match[2]?.toLowerCase()}.${match[3]?.toLowerCase()}`;
}

function codelistOf(message: SdmxStructureMessage, component: string): SdmxCodelist | undefined {
  const id = message.componentCodelist[component];
  return id === undefined ? undefined : message.codelists.get(id);
}

function namesOf(codelist: SdmxCodelist | undefined, code: string): Record<string, string> {
  const names = codelist?.codes.find((entry) => entry.id === code)?.names ?? {};
  return { en: code, ...names };
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

export interface StructureSeries {
  readonly indicators: ReadonlyMap<string, Indicator>;
  readonly dimensionCodes: readonly DimensionCode[];
  /**
   * Sub-national areas by the code the data use (`KG02`): the publisher's code under its
   * country's (`KGZ-KG02`, Issyk-Kul), named from the area codelist. Includes ones registered by
   * an earlier import, so the same file maps to the same areas again.
   */
  readonly areas: ReadonlyMap<string, Area>;
}

/**
 * Areas the structure's REF_AREA codelist defines below a known country: by the code's parent
 * in the codelist, or else by the country's ISO alpha-2 prefix (`KG02` → KGZ).
 */
function subnationalAreas(
  message: SdmxStructureMessage,
  codes: ReadonlySet<string>,
  areas: readonly Area[],
): Map<string, Area> {
  const areaList = codelistOf(message, "REF_AREA");
  const byCode = new Map(areas.map((area) => [area.code, area]));
  const countries = areas.filter((area) => area.level === "country" && area.iso2 !== null);
  const found = new Map<string, Area>();
  for (const code of codes) {
    if (byCode.has(code)) continue;
    const entry = areaList?.codes.find((candidate) => candidate.id === code);
    if (entry === undefined) continue;
    const country =
      countries.find((area) => area.iso2 === entry.parent || area.code === entry.parent) ??
      countries.find((area) => area.iso2 !== null && code.startsWith(area.iso2) && code !== area.iso2);
    if (country === undefined) continue;
    const areaCode = `${country.code}-${code}`;
    found.set(
      code,
      byCode.get(areaCode) ?? {
        code: areaCode,
        m49: null,
        iso2: null,
        level: "subnational",
        parentCode: country.code,
        names: { en: code, ...entry.names },
      },
    );
  }
  return found;
}

/**
 * Indicators for the series codes of `rows` that `known` lacks and the structure's SERIES
 * codelist defines (a code it does not define stays unknown and its rows are rejected), and the
 * names of every breakdown code the rows use.
 */
export function structureSeries(
  message: SdmxStructureMessage,
  rowsByFile: readonly { readonly fileName: string; readonly rows: readonly ImportRow[] }[],
  known: (code: string) => boolean,
  sourceId: string | null,
  areas: readonly Area[],
): StructureSeries {
  const areaCodes = new Set(rowsByFile.flatMap(({ rows }) => rows.map((row) => row.area?.code ?? "")));
  const seriesList = codelistOf(message, "SERIES");
  const unitList = codelistOf(message, "UNIT_MEASURE");
  const fresh = new Map<string, { rows: ImportRow[]; fileName: string }>();
  const usedCodes = new Map<string, Set<string>>();
  for (const { fileName, rows } of rowsByFile) {
    for (const row of rows) {
      for (const [dimension, code] of Object.entries(row.dimensions)) {
        const codes = usedCodes.get(dimension) ?? new Set<string>();
        codes.add(code);
        usedCodes.set(dimension, codes);
      }
      const code = row.indicator?.code;
      if (code === undefined || known(code) || !seriesList?.codes.some((entry) => entry.id === code))
        continue;
      const entry = fresh.get(code) ?? { rows: [], fileName };
      entry.rows.push(row);
      fresh.set(code, entry);
    }
  }
  const indicators = new Map<string, Indicator>();
  for (const [code, { rows, fileName }] of fresh) {
    const totals = rows.filter((row) => Object.keys(row.dimensions).length === 0);
    const unit = mostCommon((totals.length > 0 ? totals : rows).map((row) => row.unit?.text ?? "")) ?? "";
    const breakdowns = [...new Set(rows.flatMap((row) => Object.keys(row.dimensions)))];
    const decimals = Math.min(3, Math.max(0, ...rows.map((row) => row.value.split(".")[1]?.length ?? 0)));
    const sdg = sdgIndicatorOfFile(fileName);
    indicators.set(code, {
      code,
      names: namesOf(seriesList, code),
      descriptions: {},
      topic: topicOf(sdg),
      unit,
      unitLabels: namesOf(unitList, unit),
      decimals,
      dimensions: breakdowns,
      sdgIndicators: sdg === undefined ? [] : [sdg],
      defaultSourceId: sourceId,
      derivation: null,
      coverage: { firstYear: null, lastYear: null, years: [], areaCount: 0 },
    });
  }
  const dimensionCodes: DimensionCode[] = [];
  for (const [dimension, codes] of usedCodes) {
    const codelist = codelistOf(message, dimension);
    if (codelist === undefined) continue;
    codelist.codes.forEach((entry, index) => {
      if (codes.has(entry.id))
        dimensionCodes.push({
          dimension,
          code: entry.id,
          names: { en: entry.id, ...entry.names },
          parentCode: entry.parent ?? null,
          sortOrder: index,
        });
    });
  }
  return { indicators, dimensionCodes, areas: subnationalAreas(message, areaCodes, areas) };
}
