/**
 * The series a World Bank file names itself: a WDI download gives each row's `Indicator Code`
 * with its `Indicator Name`, a datahub.io package its title. The World Bank publishes those codes,
 * so its names are a dictionary like an SDMX DSD's SERIES codelist: a code the observatory lacks
 * is registered under the publisher's name (as `structure-series.ts` does for national series),
 * not refused. A code the file does not name (a datahub.io file imported alone, with
 * `--indicator`) stays unknown and its rows are rejected.
 */
import type { CodeDictionary } from "./code-dictionary.ts";

/**
 * The unit WDI writes at the end of a name, after dropping the estimate note:
 * "Employment in industry, female (% of female employment) (modeled ILO estimate)" → `% of female
 * employment`. A name without one ("Labor force, total") has no unit, and none is invented.
 */
export function wdiUnitOf(name: string): string | undefined {
  const withoutNote = name.replace(/\s*\((?:modeled ILO estimate|national estimate)\)$/, "");
  return /\(([^()]+)\)$/.exec(withoutNote)?.[1];
}

/** WDI codes start with their topic: EG energy, EN/ER environment, SL labour, NV value added by sector. */
function wdiTopicOf(code: string): string {
  const topic = code.split(".")[0] ?? "";
  if (["EG", "EN", "ER"].includes(topic)) return "energy-climate";
  if (["SL", "NV", "TX"].includes(topic)) return "industry-employment";
  return "population-economy";
}

/** A dictionary of WDI series: code → the World Bank's English name. */
export function wdiSeriesDictionary(names: ReadonlyMap<string, string>): CodeDictionary {
  const unitOf = (code: string) => wdiUnitOf(names.get(code) ?? "");
  return {
    agency: "WB",
    names: (component, code) => {
      if (component === "SERIES") {
        const name = names.get(code);
        return name === undefined ? undefined : { en: name };
      }
      return component === "UNIT_MEASURE" && code !== "" ? { en: code } : undefined;
    },
    parent: () => undefined,
    order: () => -1,
    definesSeries: (code) => names.has(code),
    definesDimension: () => false,
    seriesUnit: unitOf,
    seriesTopic: wdiTopicOf,
  };
}

/** The dictionary of the series the files name themselves (WDI downloads), if any do. */
export function fileSeriesDictionary(
  files: readonly { readonly seriesNames?: ReadonlyMap<string, string> }[],
): CodeDictionary | undefined {
  const names = new Map(files.flatMap((file) => [...(file.seriesNames ?? [])]));
  return names.size === 0 ? undefined : wdiSeriesDictionary(names);
}
