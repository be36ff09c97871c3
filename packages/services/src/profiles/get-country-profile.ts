/**
 * A country profile: every indicator, grouped by topic in the profile's order, with all of the
 * country's observations. Indicators without data stay in the list, so gaps show as gaps.
 */
import type { CountryProfile, Observation } from "@circular-atlas/contracts";
import { type AtlasDatabase, findAreaObservations } from "@circular-atlas/database";
import { referenceCatalogue } from "../reference/reference-catalogue.ts";
import { unknownArea } from "../reference/reference-queries.ts";
import { toObservation } from "../reference/to-dto.ts";

/** Section order of a profile; topics not listed follow in order of first appearance. */
export const profileTopics = [
  "population-economy",
  "industry-employment",
  "materials",
  "waste",
  "energy-climate",
] as const;

export async function getCountryProfile(options: {
  db: AtlasDatabase;
  code: string;
}): Promise<CountryProfile> {
  const catalogue = await referenceCatalogue(options.db);
  const area = catalogue.areasByCode.get(options.code.toUpperCase());
  if (area === undefined || area.level !== "country") throw unknownArea([options.code]);
  const observations = (await findAreaObservations(options.db, area.code)).map(toObservation);
  const byIndicator = new Map<string, Observation[]>();
  for (const observation of observations) {
    const list = byIndicator.get(observation.indicator) ?? [];
    list.push(observation);
    byIndicator.set(observation.indicator, list);
  }
  const topics = [
    ...new Set([...profileTopics, ...catalogue.indicators.map((indicator) => indicator.topic)]),
  ];
  const sections = topics
    .map((topic) => ({
      topic,
      indicators: catalogue.indicators
        .filter((indicator) => indicator.topic === topic)
        .map((indicator) => ({ indicator, observations: byIndicator.get(indicator.code) ?? [] })),
    }))
    .filter((section) => section.indicators.length > 0);
  const sourceIds = new Set(observations.map((observation) => observation.source));
  const dimensions = new Set(catalogue.indicators.flatMap((indicator) => indicator.dimensions));
  return {
    area,
    sections,
    dimensionCodes: catalogue.dimensionCodes.filter((code) => dimensions.has(code.dimension)),
    sources: catalogue.sources.filter((source) => sourceIds.has(source.id)),
  };
}
