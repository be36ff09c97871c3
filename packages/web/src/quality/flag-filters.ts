/**
 * The data-quality page's list as data: held values filtered by country, series, rule and
 * severity (each filter from the address, so a link can open the page narrowed), and grouped
 * per country and series in the order the server sends them.
 */
import type { FlaggedValueDto } from "@circular-atlas/contracts";

export interface FlagFilter {
  readonly area?: string | undefined;
  readonly indicator?: string | undefined;
  readonly rule?: string | undefined;
  readonly severity?: string | undefined;
}

export const flagFilterKeys = ["area", "indicator", "rule", "severity"] as const;
export type FlagFilterKey = (typeof flagFilterKeys)[number];

export interface FlagGroup {
  readonly area: string;
  readonly indicator: string;
  readonly values: readonly FlaggedValueDto[];
}

/** The values with at least one open flag matching the rule and severity filters. */
export function filterFlaggedValues(
  values: readonly FlaggedValueDto[],
  filter: FlagFilter,
): FlaggedValueDto[] {
  return values.filter(
    (value) =>
      (filter.area === undefined || value.area === filter.area) &&
      (filter.indicator === undefined || value.indicator === filter.indicator) &&
      value.flags.some(
        (flag) =>
          (filter.rule === undefined || flag.ruleId === filter.rule) &&
          (filter.severity === undefined || flag.severity === filter.severity),
      ),
  );
}

export function groupFlaggedValues(values: readonly FlaggedValueDto[]): FlagGroup[] {
  const groups = new Map<string, { area: string; indicator: string; values: FlaggedValueDto[] }>();
  for (const value of values) {
    const key = `${value.area}\u0000${value.indicator}`;
    const group = groups.get(key) ?? { area: value.area, indicator: value.indicator, values: [] };
    group.values.push(value);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The choices each filter offers: the values present in the list, sorted. */
export function filterChoices(values: readonly FlaggedValueDto[]): Record<FlagFilterKey, string[]> {
  const sorted = (items: Iterable<string>) => [...new Set(items)].sort();
  return {
    area: sorted(values.map((value) => value.area)),
    indicator: sorted(values.map((value) => value.indicator)),
    rule: sorted(values.flatMap((value) => value.flags.map((flag) => flag.ruleId))),
    severity: sorted(values.flatMap((value) => value.flags.map((flag) => flag.severity))),
  };
}
