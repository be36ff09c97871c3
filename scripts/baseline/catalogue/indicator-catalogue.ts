/**
 * The indicator catalogue in display order: topics as the country profile shows them, and each
 * indicator's unit labels taken from the one shared unit table.
 */
import type { BaselineIndicator } from "@circular-atlas/contracts";
import { energyClimateIndicators } from "./energy-climate.ts";
import { type IndicatorDefinition, unitLabels } from "./indicator-definition.ts";
import { industryEmploymentIndicators } from "./industry-employment.ts";
import { materialsIndicators } from "./materials.ts";
import { populationEconomyIndicators } from "./population-economy.ts";
import { wasteIndicators } from "./waste.ts";

const definitions: readonly IndicatorDefinition[] = [
  ...populationEconomyIndicators,
  ...industryEmploymentIndicators,
  ...materialsIndicators,
  ...wasteIndicators,
  ...energyClimateIndicators,
];

/** `indicators.json` before validation. */
export const indicatorCatalogue: readonly BaselineIndicator[] = definitions.map((definition, index) => ({
  code: definition.code,
  names: definition.names,
  descriptions: definition.descriptions,
  topic: definition.topic,
  unit: definition.unit,
  unitLabels: unitLabels[definition.unit],
  decimals: definition.decimals,
  dimensions: definition.dimensions,
  sdgIndicators: definition.sdgIndicators,
  defaultSourceId: definition.defaultSourceId,
  derivation: definition.derivation,
  sortOrder: index + 1,
}));

const byCode = new Map(indicatorCatalogue.map((indicator) => [indicator.code, indicator]));

/** The catalogue entry of a code; readers use it so that every row carries its indicator's unit. */
export function catalogueIndicator(code: string): BaselineIndicator {
  const indicator = byCode.get(code);
  if (indicator === undefined) throw new Error(`indicator not in the catalogue: ${code}`);
  return indicator;
}
