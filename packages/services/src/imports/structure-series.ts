/**
 * What a publisher's dictionary (an SDMX DSD, or an Open SDG site's translations) teaches the
 * observatory: national series it did not know (the Kyrgyz `_L_KG_*` codes, Kazakhstan's
 * indicators), named in every language the publisher gives, with the unit of their totals and its
 * names; the names of the breakdown codes the data use, so a new breakdown is labelled, never a
 * bare code; and sub-national areas under their country.
 */
import type { Area, DimensionCode, Indicator } from "@circular-atlas/contracts";
import type { CodeDictionary, Names } from "./code-dictionary.ts";
import { entryOf } from "./map-entry.ts";
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
  const match = /(\d{1,2})[.-]([0-9a-z]{1,2})[.-]([0-9a-z]{1,2})/i.exec(path(fileName));
  return match === null ? undefined : `${match[1]}.${match[2]?.toLowerCase()}.${match[3]?.toLowerCase()}`;
}

const path = (fileName: string) => fileName.slice(fileName.lastIndexOf("/") + 1);

/** The most frequent text of a tally; ties go to the first in code order. */
function mostCommon(counts: ReadonlyMap<string, number>): string | undefined {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/** What the rows of one series code show: enough to describe it as a new indicator. */
interface SeriesTally {
  readonly fileName: string;
  /** Unit texts of the totals, and of every row. */
  readonly totalUnits: Map<string, number>;
  readonly units: Map<string, number>;
  decimals: number;
  readonly dimensions: Set<string>;
}

/**
 * The codes an import's rows use, gathered row by row as a file is read, so the series, breakdown
 * codes and areas its dictionary defines are known before any row is checked, without holding
 * the rows.
 */
export class RowCodeSummary {
  readonly areaCodes = new Set<string>();
  readonly usedCodes = new Map<string, Set<string>>();
  readonly series = new Map<string, SeriesTally>();

  add(row: ImportRow, fileName: string): void {
    if (row.area !== undefined) this.areaCodes.add(row.area.code);
    if (row.mapArea !== undefined) this.areaCodes.add(row.mapArea.code);
    const dimensions = Object.entries(row.dimensions);
    for (const [dimension, code] of dimensions) entryOf(this.usedCodes, dimension, () => new Set()).add(code);
    const code = row.indicator?.code;
    if (code === undefined) return;
    const tally = entryOf(this.series, code, () => ({
      fileName,
      totalUnits: new Map(),
      units: new Map(),
      decimals: 0,
      dimensions: new Set(),
    }));
    const unit = row.unit?.text ?? "";
    tally.units.set(unit, (tally.units.get(unit) ?? 0) + 1);
    if (dimensions.length === 0) tally.totalUnits.set(unit, (tally.totalUnits.get(unit) ?? 0) + 1);
    tally.decimals = Math.max(tally.decimals, row.value.split(".")[1]?.length ?? 0);
    for (const [dimension] of dimensions) tally.dimensions.add(dimension);
  }
}

export interface StructureSeries {
  readonly indicators: ReadonlyMap<string, Indicator>;
  readonly dimensionCodes: readonly DimensionCode[];
  /**
   * Sub-national areas by the code the data use (`KG02`): the publisher's code under its
   * country's (`KGZ-KG02`, Issyk-Kul), named by the publisher. Includes ones registered by an
   * earlier import, so the same file maps to the same areas again.
   */
  readonly areas: ReadonlyMap<string, Area>;
}

export const noStructureSeries: StructureSeries = {
  indicators: new Map(),
  dimensionCodes: [],
  areas: new Map(),
};

/**
 * Areas the dictionary names below a known country: by the code's parent, or else by the
 * country's ISO alpha-2 prefix (`KG02` → KGZ, `KZAKM` → KAZ).
 */
function subnationalAreas(
  dictionary: CodeDictionary,
  codes: ReadonlySet<string>,
  areas: readonly Area[],
): Map<string, Area> {
  const byCode = new Map(areas.map((area) => [area.code, area]));
  const countries = areas.filter((area) => area.level === "country" && area.iso2 !== null);
  const byNationalCode = nationalCodeIndex(areas);
  const found = new Map<string, Area>();
  for (const code of codes) {
    if (byCode.has(code)) continue;
    const parent = dictionary.parent("REF_AREA", code);
    const country =
      countries.find((area) => area.iso2 === parent || area.code === parent) ??
      countries.find((area) => area.iso2 !== null && code.startsWith(area.iso2) && code !== area.iso2);
    if (country === undefined) continue;
    // A code the observatory already holds for one of the country's regions (Kazakh GeoCodes).
    const known = byNationalCode.get(`${country.code}\u0000${code}`);
    if (known !== undefined) {
      found.set(code, known);
      continue;
    }
    const names = dictionary.names("REF_AREA", code);
    if (names === undefined) continue;
    const areaCode = `${country.code}-${code}`;
    found.set(
      code,
      byCode.get(areaCode) ?? {
        code: areaCode,
        m49: null,
        iso2: null,
        level: "subnational",
        parentCode: country.code,
        names: { en: code, ...names },
      },
    );
  }
  return found;
}

/**
 * Sub-national areas by each national code they hold (`KZAKM`, `KZ03`), under their country.
 * A code two areas of one country claim is left out, so it stays unknown rather than guessed.
 */
function nationalCodeIndex(areas: readonly Area[]): Map<string, Area> {
  const index = new Map<string, Area>();
  const claimedTwice = new Set<string>();
  for (const area of areas) {
    if (area.level !== "subnational" || area.parentCode === null) continue;
    for (const code of new Set(Object.values(area.nationalCodes ?? {}))) {
      const key = `${area.parentCode}\u0000${code}`;
      if (index.has(key) && index.get(key)?.code !== area.code) claimedTwice.add(key);
      index.set(key, area);
    }
  }
  for (const key of claimedTwice) index.delete(key);
  return index;
}

const withCode = (code: string, names: Names | undefined): Names => ({ en: code, ...names });

function indicatorOf(
  dictionary: CodeDictionary,
  code: string,
  tally: SeriesTally,
  sourceId: string | null,
): Indicator {
  const unit =
    mostCommon(tally.totalUnits.size > 0 ? tally.totalUnits : tally.units) ||
    (dictionary.seriesUnit?.(code) ?? "");
  const sdg = sdgIndicatorOfFile(tally.fileName);
  return {
    code,
    names: withCode(code, dictionary.names("SERIES", code)),
    descriptions: {},
    topic: dictionary.seriesTopic?.(code) ?? topicOf(sdg),
    unit,
    unitLabels: withCode(unit, dictionary.names("UNIT_MEASURE", unit)),
    decimals: Math.min(3, tally.decimals),
    dimensions: [...tally.dimensions],
    sdgIndicators: sdg === undefined ? [] : [sdg],
    defaultSourceId: sourceId,
    derivation: null,
    coverage: { firstYear: null, lastYear: null, years: [], areaCount: 0 },
  };
}

/**
 * Indicators for the series codes the summarised rows use that `known` lacks and the dictionary defines (a code
 * it does not define stays unknown and its rows are rejected), the names of every breakdown code
 * the rows use, and the sub-national areas they use.
 */
export function structureSeries(
  dictionary: CodeDictionary,
  summary: RowCodeSummary,
  known: (code: string) => boolean,
  sourceId: string | null,
  areas: readonly Area[],
): StructureSeries {
  const indicators = new Map<string, Indicator>();
  for (const [code, tally] of summary.series)
    if (!known(code) && dictionary.definesSeries(code))
      indicators.set(code, indicatorOf(dictionary, code, tally, sourceId));
  const dimensionCodes: DimensionCode[] = [];
  for (const [dimension, codes] of summary.usedCodes)
    for (const code of codes) {
      const names = dictionary.names(dimension, code);
      if (names !== undefined)
        dimensionCodes.push({
          dimension,
          code,
          names: withCode(code, names),
          parentCode: dictionary.parent(dimension, code) ?? null,
          sortOrder: Math.max(0, dictionary.order(dimension, code)),
        });
    }
  return { indicators, dimensionCodes, areas: subnationalAreas(dictionary, summary.areaCodes, areas) };
}
