/**
 * WAW_MSW_PER_CAPITA (kg per person per day): What a Waste's MSW tonnes per year ÷ the World
 * Bank population of the MSW data year ÷ 365 × 1000. The population column inside What a Waste
 * is not used: it has no stated year.
 */
import { toDecimalString, tonnesPerYearToKgPerCapitaPerDay } from "@circular-atlas/engines";
import type { BaselineObservation } from "../baseline-observation.ts";
import { catalogueIndicator } from "../catalogue/indicator-catalogue.ts";
import { findTotal, indexTotals } from "./observation-lookup.ts";

/**
 * Significant digits of the rate. Several MSW figures are round estimates (500,000 t, 4 Mt),
 * and What a Waste itself quotes kg/person/day to two decimals, so three digits are plenty.
 */
export const mswPerCapitaSignificantDigits = 3;

export function deriveMswPerCapita(observations: readonly BaselineObservation[]): BaselineObservation[] {
  const indicator = catalogueIndicator("WAW_MSW_PER_CAPITA");
  const populations = indexTotals(observations, "SP.POP.TOTL");
  const derived: BaselineObservation[] = [];
  for (const msw of indexTotals(observations, "WAW_MSW_GENERATED").values()) {
    const population = findTotal(populations, msw.area, msw.timePeriod);
    const rate = tonnesPerYearToKgPerCapitaPerDay(Number(msw.value), population && Number(population.value));
    if (population === undefined || rate === undefined) continue;
    derived.push({
      indicator: indicator.code,
      area: msw.area,
      timePeriod: msw.timePeriod,
      dimensions: {},
      value: toDecimalString(rate, mswPerCapitaSignificantDigits),
      unit: indicator.unit,
      obsStatus: null,
      nature: null,
      source: msw.source,
      sourceDetail: msw.sourceDetail,
      originalCode: `${msw.originalCode} ÷ ${population.originalCode}`,
      derivation: indicator.derivation,
      comment: `${msw.value} t/yr (${msw.source}) ÷ ${population.value} persons (${population.source}, ${population.timePeriod}) ÷ 365 × 1000.`,
    });
  }
  return derived;
}
