/**
 * Chooses how the profile shows one indicator of one country, from the shape of its data alone:
 * a line for a series of totals, stacked bars for a breakdown over time, horizontal bars for a
 * breakdown published for one year, a table for two breakdown dimensions, or a gap.
 */
import type { DimensionCode, Indicator, Observation } from "@circular-atlas/contracts";
import { isTotal, magnitudeOf } from "./scale-decimal.ts";

export interface YearValue {
  year: number;
  value: number;
}

export interface PartValue {
  year: number;
  code: string;
  value: number;
}

export type ProfileChart =
  | { kind: "none" }
  | { kind: "single" }
  | { kind: "line"; points: YearValue[] }
  | { kind: "stacked"; dimension: string; codes: string[]; parts: PartValue[] }
  | { kind: "bars"; dimension: string; year: number; parts: PartValue[] }
  | { kind: "table"; dimensions: string[]; rows: BreakdownRow[] };

/** One observation of a multi-dimension breakdown; a dimension the source left out is null. */
export interface BreakdownRow {
  year: number;
  codes: Record<string, string | null>;
  value: number;
}

export function chooseProfileChart(
  indicator: Pick<Indicator, "dimensions">,
  observations: readonly Observation[],
  dimensionCodes: readonly DimensionCode[],
): ProfileChart {
  const [first, second] = indicator.dimensions;
  const byFirst = first ? observations.filter((item) => onlyDimensions(item, [first])) : [];
  if (first && second) {
    const table = toTable(observations, indicator.dimensions, dimensionCodes);
    if (table) return table;
  }
  if (first && byFirst.length > 0) {
    const codes = partitionCodes(first, byFirst, dimensionCodes);
    const parts = byFirst
      .filter((item) => codes.includes(item.dimensions[first] ?? ""))
      .map((item) => ({ year: item.year, code: item.dimensions[first] ?? "", value: magnitudeOf(item) }));
    const years = [...new Set(parts.map((part) => part.year))].sort((a, b) => a - b);
    const latest = years.at(-1);
    if (years.length >= 2) return { kind: "stacked", dimension: first, codes, parts: sortByYear(parts) };
    if (latest !== undefined) return { kind: "bars", dimension: first, year: latest, parts };
  }
  const totals = observations.filter(isTotal);
  if (totals.length === 0) return { kind: "none" };
  if (totals.length === 1) return { kind: "single" };
  return {
    kind: "line",
    points: sortByYear(totals.map((item) => ({ year: item.year, value: magnitudeOf(item) }))),
  };
}

function onlyDimensions(observation: Observation, dimensions: readonly string[]): boolean {
  const keys = Object.keys(observation.dimensions);
  return (
    keys.length === dimensions.length && dimensions.every((dimension) => dimension in observation.dimensions)
  );
}

function sortByYear<T extends { year: number }>(items: T[]): T[] {
  return items.sort((a, b) => a.year - b.year);
}

/**
 * The codes to stack: one level of the code hierarchy, so no part is counted twice (DMC's
 * "crops" sit inside "biomass"). Codes whose parent is also published are left out; codes are
 * ordered as the code list orders them.
 */
export function partitionCodes(
  dimension: string,
  observations: readonly Observation[],
  dimensionCodes: readonly DimensionCode[],
): string[] {
  const present = new Set(observations.map((item) => item.dimensions[dimension] ?? ""));
  const entries = new Map(
    dimensionCodes.filter((entry) => entry.dimension === dimension).map((entry) => [entry.code, entry]),
  );
  const topLevel = [...present].filter((code) => {
    const parent = entries.get(code)?.parentCode;
    return code !== "_T" && !(parent && present.has(parent));
  });
  return topLevel.sort(
    (a, b) =>
      (entries.get(a)?.sortOrder ?? Number.MAX_SAFE_INTEGER) -
        (entries.get(b)?.sortOrder ?? Number.MAX_SAFE_INTEGER) || a.localeCompare(b),
  );
}

/**
 * Every breakdown observation as a row, latest year first. Sparse multi-dimension data (What a
 * Waste's collection coverage by basis and by urban or rural, some years with only one of them)
 * read more honestly as a list than as a grid with holes.
 */
function toTable(
  observations: readonly Observation[],
  dimensions: readonly string[],
  dimensionCodes: readonly DimensionCode[],
): ProfileChart | null {
  const broken = observations.filter((item) => !isTotal(item));
  if (broken.length === 0) return null;
  const order = new Map(dimensionCodes.map((entry) => [`${entry.dimension}|${entry.code}`, entry.sortOrder]));
  const rank = (dimension: string, code: string | null) =>
    code === null ? -1 : (order.get(`${dimension}|${code}`) ?? Number.MAX_SAFE_INTEGER);
  const rows = broken.map((item) => ({
    year: item.year,
    codes: Object.fromEntries(dimensions.map((dimension) => [dimension, item.dimensions[dimension] ?? null])),
    value: magnitudeOf(item),
  }));
  rows.sort((a, b) => {
    if (a.year !== b.year) return b.year - a.year;
    for (const dimension of dimensions) {
      const difference =
        rank(dimension, a.codes[dimension] ?? null) - rank(dimension, b.codes[dimension] ?? null);
      if (difference !== 0) return difference;
    }
    return 0;
  });
  return { kind: "table", dimensions: [...dimensions], rows };
}
