/** Coverage facts for the README, computed from the rows themselves so they cannot drift. */
import type { BaselineObservation } from "../baseline-observation.ts";

export interface IndicatorCoverage {
  readonly rows: number;
  readonly areas: ReadonlySet<string>;
  readonly firstYear: number;
  readonly lastYear: number;
  /** Years with data, per area. */
  readonly yearsByArea: ReadonlyMap<string, readonly number[]>;
}

export function coverageByIndicator(
  observations: readonly BaselineObservation[],
): Map<string, IndicatorCoverage> {
  const years = new Map<string, Map<string, Set<number>>>();
  const rows = new Map<string, number>();
  for (const observation of observations) {
    const byArea = years.get(observation.indicator) ?? new Map<string, Set<number>>();
    years.set(observation.indicator, byArea);
    const areaYears = byArea.get(observation.area) ?? new Set<number>();
    byArea.set(observation.area, areaYears);
    areaYears.add(Number(observation.timePeriod));
    rows.set(observation.indicator, (rows.get(observation.indicator) ?? 0) + 1);
  }
  return new Map(
    [...years].map(([indicator, byArea]) => {
      const yearsByArea = new Map([...byArea].map(([area, set]) => [area, [...set].sort((a, b) => a - b)]));
      const allYears = [...yearsByArea.values()].flat();
      return [
        indicator,
        {
          rows: rows.get(indicator) ?? 0,
          areas: new Set(byArea.keys()),
          firstYear: Math.min(...allYears),
          lastYear: Math.max(...allYears),
          yearsByArea,
        },
      ];
    }),
  );
}

/** `2000–2017`, or `2004–2016 (12 yrs)` when some years inside the span are missing. */
export function formatYears(years: readonly number[] | undefined): string {
  const first = years?.[0];
  const last = years?.at(-1);
  if (years === undefined || first === undefined || last === undefined) return "—";
  if (first === last) return String(first);
  const span = `${first}–${last}`;
  return years.length === last - first + 1 ? span : `${span} (${years.length} yrs)`;
}

/** Areas whose breakdown shares of one indicator do not add up to 100 ± 0.5. */
export function shareSumsOffHundred(
  observations: readonly BaselineObservation[],
  indicator: string,
): { area: string; sum: number; parts: number }[] {
  const sums = new Map<string, { sum: number; parts: number }>();
  for (const observation of observations) {
    if (observation.indicator !== indicator) continue;
    const entry = sums.get(observation.area) ?? { sum: 0, parts: 0 };
    sums.set(observation.area, { sum: entry.sum + Number(observation.value), parts: entry.parts + 1 });
  }
  return [...sums]
    .filter(([, entry]) => Math.abs(entry.sum - 100) > 0.5)
    .map(([area, entry]) => ({ area, sum: Math.round(entry.sum * 100) / 100, parts: entry.parts }));
}

/** A Markdown table; pipes inside cells are escaped. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) =>
    `| ${cells.map((text) => text.replaceAll("|", "\\|")).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
