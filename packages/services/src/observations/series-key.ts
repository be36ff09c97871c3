/**
 * SDMX-style data keys for `/api/observations?key=…`, as in the SDMX REST API: positions
 * separated by `.`, alternatives by `+`, an empty position matching everything. The positions are
 * SERIES, REF_AREA, then the breakdown dimensions in the order the indicator declares them
 * (`SL_TLF_UEM.KAZ+KGZ.F` asks for women's unemployment in two countries). `_T` in a breakdown
 * position asks for the total of that dimension, which the observatory stores as the dimension's
 * absence; a key may stop early, leaving the remaining positions open. An open breakdown position
 * matches every code and the total, as in SDMX.
 */
import { ServiceError } from "../service-error.ts";

export interface SeriesKey {
  /** Upper-cased series codes; empty when the position is open. */
  readonly series: readonly string[];
  /** Upper-cased area codes; empty when the position is open. */
  readonly areas: readonly string[];
  /** Codes per breakdown position (index 0 = the indicator's first dimension); empty = open. */
  readonly breakdowns: readonly (readonly string[])[];
}

const codePattern = /^[A-Za-z0-9_-]+$/;
const seriesPattern = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;

/**
 * The key's positions. Series codes from the World Bank contain dots themselves (`SP.POP.TOTL`),
 * so the SERIES position takes as many dot-separated parts as still form known series codes;
 * `isSeries` says which codes are known.
 */
export function parseSeriesKey(key: string, isSeries: (code: string) => boolean): SeriesKey {
  // In a query string a bare "+" decodes to a space, so a space separates alternatives too.
  const parts = key.replaceAll(" ", "+").split(".");
  let seriesParts = 1;
  for (let count = parts.length; count > 1; count -= 1) {
    const codes = parts.slice(0, count).join(".").split("+");
    if (codes.every((code) => isSeries(code.toUpperCase()))) {
      seriesParts = count;
      break;
    }
  }
  const [series = [], areas = [], ...breakdowns] = [
    parts.slice(0, seriesParts).join("."),
    ...parts.slice(seriesParts),
  ].map((position, index) => {
    if (position === "") return [];
    return position.split("+").map((code) => {
      if (!(index === 0 ? seriesPattern : codePattern).test(code))
        throw new ServiceError(
          "validation-failed",
          `key ${JSON.stringify(key)}: position ${index + 1} holds ${JSON.stringify(code)}, which is not a code (letters, digits, "_" or "-"; alternatives joined by "+")`,
          { key, position: index + 1 },
        );
      return code;
    });
  });
  return {
    series: series.map((code) => code.toUpperCase()),
    areas: areas.map((code) => code.toUpperCase()),
    breakdowns,
  };
}

/**
 * The key's breakdown positions as dimension → codes, given the dimension order every selected
 * indicator shares. Positions beyond the order, or indicators that order their dimensions
 * differently, make the key ambiguous: an error names them.
 */
export function breakdownFilter(
  key: SeriesKey,
  keyText: string,
  dimensionOrders: ReadonlyMap<string, readonly string[]>,
): Record<string, readonly string[]> {
  const filter: Record<string, readonly string[]> = {};
  const lastPosition = key.breakdowns.findLastIndex((codes) => codes.length > 0);
  if (lastPosition < 0) return filter;
  const orders = [...dimensionOrders];
  const [first] = orders;
  if (first === undefined) return filter;
  const differing = orders.filter(([, order]) => order.join(".") !== first[1].join("."));
  if (differing.length > 0)
    throw new ServiceError(
      "validation-failed",
      `key ${JSON.stringify(keyText)}: breakdown positions need indicators with the same dimensions, but ${first[0]} has (${first[1].join(", ") || "none"}) and ${differing[0]?.[0]} has (${differing[0]?.[1].join(", ") || "none"}); ask for them separately`,
      { key: keyText },
    );
  const order = first[1];
  if (lastPosition >= order.length)
    throw new ServiceError(
      "validation-failed",
      `key ${JSON.stringify(keyText)}: position ${lastPosition + 3} is a breakdown the indicator does not have (its positions after SERIES.REF_AREA are ${order.join(".") || "none"})`,
      { key: keyText, position: lastPosition + 3 },
    );
  key.breakdowns.forEach((codes, index) => {
    const dimension = order[index];
    if (codes.length > 0 && dimension !== undefined) filter[dimension] = codes;
  });
  return filter;
}
