/**
 * Referential and format checks on the observation rows before anything is written: every
 * row's indicator, area, source and breakdown codes exist, its unit is its indicator's, its
 * value is exact decimal text, and no key occurs twice. All problems are listed at once.
 */
import type {
  BaselineArea,
  BaselineDimensionCode,
  BaselineIndicator,
  BaselineSource,
} from "@circular-atlas/contracts";
import { isDecimal } from "@circular-atlas/formats";
import { type BaselineObservation, toObservationKey } from "./baseline-observation.ts";

export interface BaselineReferences {
  readonly areas: readonly BaselineArea[];
  readonly sources: readonly BaselineSource[];
  readonly indicators: readonly BaselineIndicator[];
  readonly dimensionCodes: readonly BaselineDimensionCode[];
}

export function checkObservations(
  observations: readonly BaselineObservation[],
  references: BaselineReferences,
): void {
  const indicators = new Map(references.indicators.map((indicator) => [indicator.code, indicator]));
  const countries = new Set(
    references.areas.filter((area) => area.level === "country").map((area) => area.code),
  );
  const sources = new Set(references.sources.map((source) => source.id));
  const codes = new Set(references.dimensionCodes.map((code) => `${code.dimension}=${code.code}`));
  const problems: string[] = [];
  const keys = new Set<string>();
  const indicatorsWithData = new Set<string>();

  for (const observation of observations) {
    const key = toObservationKey(observation);
    const complain = (problem: string) => problems.push(`${key}: ${problem}`);
    const indicator = indicators.get(observation.indicator);
    if (indicator === undefined) complain("unknown indicator");
    else if (indicator.unit !== observation.unit)
      complain(`unit ${observation.unit} is not ${indicator.unit}`);
    if (!countries.has(observation.area)) complain("unknown member state");
    if (!sources.has(observation.source)) complain("unknown source");
    if (!/^\d{4}$/.test(observation.timePeriod)) complain("time period is not a year");
    if (!isDecimal(observation.value))
      complain(`value ${JSON.stringify(observation.value)} is not a decimal`);
    if (observation.originalCode === "") complain("no original code");
    for (const [dimension, code] of Object.entries(observation.dimensions)) {
      if (!indicator?.dimensions.includes(dimension))
        complain(`dimension ${dimension} is not the indicator's`);
      if (!codes.has(`${dimension}=${code}`)) complain(`unknown code ${dimension}=${code}`);
    }
    if (keys.has(key)) complain("duplicate key");
    keys.add(key);
    indicatorsWithData.add(observation.indicator);
  }
  for (const indicator of references.indicators) {
    if (!indicatorsWithData.has(indicator.code)) problems.push(`${indicator.code}: no observations at all`);
  }
  if (problems.length > 0) {
    throw new Error(
      `baseline observations fail ${problems.length} check(s):\n${problems.slice(0, 50).join("\n")}`,
    );
  }
}
