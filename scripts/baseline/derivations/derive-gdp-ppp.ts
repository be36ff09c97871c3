/**
 * NY.GDP.MKTP.PP.CD (GDP, PPP, current international $), which the bundled WDI extract lacks:
 * GDP per capita, PPP × population of the same year. Where either input is missing, so is
 * the result. WDI computed the per-capita series with its own population figures; the
 * population file is a slightly older download of the same World Bank series, so the product
 * can differ from WDI's published GDP, PPP by the revisions between the two downloads.
 */
import { toDecimalString, totalFromPerCapita } from "@circular-atlas/engines";
import type { BaselineObservation } from "../baseline-observation.ts";
import { catalogueIndicator } from "../catalogue/indicator-catalogue.ts";
import { findTotal, indexTotals } from "./observation-lookup.ts";

/**
 * Significant digits of the product. `toDecimalString` never rounds the integer part, and
 * every ECO value is in the billions, so the result is a whole number of international dollars.
 */
export const gdpPppSignificantDigits = 6;

export function deriveGdpPpp(observations: readonly BaselineObservation[]): BaselineObservation[] {
  const indicator = catalogueIndicator("NY.GDP.MKTP.PP.CD");
  const populations = indexTotals(observations, "SP.POP.TOTL");
  const derived: BaselineObservation[] = [];
  for (const perCapita of indexTotals(observations, "NY.GDP.PCAP.PP.CD").values()) {
    const population = findTotal(populations, perCapita.area, perCapita.timePeriod);
    const total = totalFromPerCapita(Number(perCapita.value), population && Number(population.value));
    if (population === undefined || total === undefined) continue;
    derived.push({
      indicator: indicator.code,
      area: perCapita.area,
      timePeriod: perCapita.timePeriod,
      dimensions: {},
      value: toDecimalString(total, gdpPppSignificantDigits),
      unit: indicator.unit,
      obsStatus: null,
      nature: null,
      source: perCapita.source,
      sourceDetail: null,
      originalCode: `${perCapita.originalCode} × ${population.originalCode}`,
      derivation: indicator.derivation,
      comment: `${perCapita.value} international $ per person (${perCapita.source}) × ${population.value} persons (${population.source}).`,
    });
  }
  return derived;
}
