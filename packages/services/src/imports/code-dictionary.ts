/**
 * What a publisher says its codes mean, whichever way it says it: an SDMX structure message's
 * codelists, or an Open SDG site's translation files. The import registers new series, areas and
 * breakdown names from it, so one registration logic serves both.
 */
import type { SdmxCodelist, SdmxStructureMessage } from "@circular-atlas/formats";

export type Names = Record<string, string>;

export interface CodeDictionary {
  /** Whose codes these are (`KG_NSC`, `KAZ`): areas keep their code under this scheme. */
  readonly agency: string;
  /** Names per language of a code of a component (SERIES, UNIT_MEASURE, REF_AREA or a breakdown). */
  names(component: string, code: string): Names | undefined;
  /** The code's parent in the publisher's hierarchy (an oblast's country), where it gives one. */
  parent(component: string, code: string): string | undefined;
  /** The code's position in the publisher's list, for display order. */
  order(component: string, code: string): number;
  /** Whether the publisher defines this series; rows of an undefined series stay unknown. */
  definesSeries(code: string): boolean;
  /** Whether the publisher defines this breakdown dimension. */
  definesDimension(dimension: string): boolean;
  /** The unit of a series whose rows carry none (a WDI name's trailing `(% of GDP)`). */
  seriesUnit?(code: string): string | undefined;
  /** The profile section of a new series, where the publisher's codes tell it. */
  seriesTopic?(code: string): string;
}

/** Components that place an observation rather than break it down. */
export const placingComponents: ReadonlySet<string> = new Set([
  "FREQ",
  "REPORTING_TYPE",
  "SERIES",
  "REF_AREA",
]);

export function sdmxDictionary(message: SdmxStructureMessage): CodeDictionary {
  const codelistOf = (component: string): SdmxCodelist | undefined => {
    const id = message.componentCodelist[component];
    return id === undefined ? undefined : message.codelists.get(id);
  };
  const entry = (component: string, code: string) =>
    codelistOf(component)?.codes.find((item) => item.id === code);
  const dimensions = new Set(message.structure?.dimensions.filter((id) => !placingComponents.has(id)) ?? []);
  return {
    agency: message.structure?.ref?.agency ?? "SDMX",
    names: (component, code) => entry(component, code)?.names,
    parent: (component, code) => entry(component, code)?.parent,
    order: (component, code) => codelistOf(component)?.codes.findIndex((item) => item.id === code) ?? -1,
    definesSeries: (code) => entry("SERIES", code) !== undefined,
    definesDimension: (dimension) => dimensions.has(dimension),
  };
}

/** Labels of an Open SDG site: group (`REF_AREA`, `national_indicators`) → key → text, per language. */
export type OpenSdgLabels = ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, string>>>;

/**
 * An Open SDG site's dictionary. A file without a SERIES column is one national series, coded
 * `<country>_<indicator id>` (`KAZ_12-4-2`, or `KAZ_9-2-1.PT_IN_2010_PRICE` when the file mixes
 * units), and named by its title in `national_indicators` (else `global_indicators`). Open SDG has
 * no structure to say which series or breakdowns exist: every one its files use is its own.
 */
export function openSdgDictionary(country: string, labels: OpenSdgLabels): CodeDictionary {
  const lookup = (group: string, key: string): Names | undefined => {
    const names: Names = {};
    for (const [language, groups] of labels) {
      const label = groups.get(group)?.get(key);
      if (label !== undefined && label !== "") names[language] = label;
    }
    return Object.keys(names).length === 0 ? undefined : names;
  };
  const nationalPrefix = `${country}_`;
  const seriesNames = (code: string): Names | undefined => {
    const national = code.startsWith(nationalPrefix);
    const [id = "", unit] = (national ? code.slice(nationalPrefix.length) : code).split(".");
    const title = national
      ? (lookup("national_indicators", `${id}-title`) ?? lookup("global_indicators", `${id}-title`))
      : lookup("SERIES", id);
    if (title === undefined || unit === undefined) return title;
    const unitNames = lookup("UNIT_MEASURE", unit) ?? {};
    return Object.fromEntries(
      Object.entries(title).map(([language, text]) => [language, `${text} (${unitNames[language] ?? unit})`]),
    );
  };
  const keysOf = (group: string) => [...(labels.get("en")?.get(group)?.keys() ?? [])];
  return {
    agency: country,
    names: (component, code) => (component === "SERIES" ? seriesNames(code) : lookup(component, code)),
    parent: () => undefined,
    order: (component, code) => keysOf(component).indexOf(code),
    definesSeries: () => true,
    definesDimension: (dimension) => !placingComponents.has(dimension),
  };
}
