import type { CountryProfile, Indicator, Observation } from "@circular-atlas/contracts";
import { compareTopics } from "./topics.ts";

export interface ProfileEntry {
  indicator: Indicator;
  observations: Observation[];
}

/**
 * Every catalogue indicator by topic, with the country's observations from the profile, so that
 * an indicator the country lacks still appears, as a gap.
 */
export function toProfileTopics(
  profile: CountryProfile,
  indicators: readonly Indicator[],
): [string, ProfileEntry[]][] {
  const observed = new Map<string, ProfileEntry>();
  for (const section of profile.sections) {
    for (const entry of section.indicators) observed.set(entry.indicator.code, { ...entry });
  }
  const entries = [
    ...indicators.map((indicator) => observed.get(indicator.code) ?? { indicator, observations: [] }),
  ];
  for (const [code, entry] of observed)
    if (!indicators.some((indicator) => indicator.code === code)) entries.push(entry);
  const topics = [...new Set(entries.map((entry) => entry.indicator.topic))].sort(compareTopics);
  return topics.map((topic) => [topic, entries.filter((entry) => entry.indicator.topic === topic)]);
}
