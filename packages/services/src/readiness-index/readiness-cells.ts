/**
 * Picks each index cell from the published observations: for one indicator and member state, the
 * value of the latest year at or after the indicator's `fromYear`, in exactly the breakdown the
 * indicator reads. No value in the window leaves the cell missing; nothing is carried over from
 * an older year or another breakdown.
 *
 * A denominated indicator (an intensity) needs its denominator from the same year as its value:
 * the latest year in the window in which both are published is taken, and when the latest value's
 * year has no denominator that is said in a diagnostic. With no such year at all the latest value
 * is still shown, without a denominator, and the index cell is missing. Years are never mixed.
 */
import type { Diagnostic } from "@circular-atlas/engines";
import type { ReadinessIndicatorDefinition } from "./readiness-framework.ts";

/** The observation fields a cell needs (a database row or an observation DTO both fit). */
export interface CellObservation {
  readonly indicatorCode: string;
  readonly areaCode: string;
  readonly year: number;
  readonly timePeriod: string;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly value: string;
  readonly unit: string;
  readonly unitMult: number;
  readonly sourceId: string;
}

export interface PickedCell {
  /** Exact decimal as published (multiply by 10^unitMult for the magnitude). */
  readonly value: string;
  readonly unitMult: number;
  readonly year: number;
  readonly timePeriod: string;
  readonly sourceId: string;
}

/** By indicator code, then area code; an absent entry is a missing cell. */
export type PickedTable = ReadonlyMap<string, ReadonlyMap<string, PickedCell>>;

export interface PickedCells {
  /** The value each indicator reads (a denominated indicator's numerator). */
  readonly cells: PickedTable;
  /** For denominated indicators only: the denominator, always of the same year as the value. */
  readonly denominators: PickedTable;
  readonly diagnostics: readonly Diagnostic[];
}

/** What one series is read for: an indicator's value, or the denominator of an indicator. */
interface Reading {
  readonly indicator: ReadinessIndicatorDefinition;
  readonly role: "value" | "denominator";
  readonly dimensions: Readonly<Record<string, string>>;
}

/** Per indicator, area and year: the best observation of that year. */
type ByYear = Map<string, Map<string, Map<number, PickedCell>>>;

export function pickReadinessCells(input: {
  readonly indicators: readonly ReadinessIndicatorDefinition[];
  /** The unit each series is published in (the catalogue's); values in another unit are left out. */
  readonly seriesUnits: ReadonlyMap<string, string>;
  readonly areas: readonly string[];
  readonly observations: Iterable<CellObservation>;
}): PickedCells {
  const areas = new Set(input.areas);
  const readings = new Map<string, Reading[]>();
  const read = (series: string, reading: Reading) =>
    readings.set(series, [...(readings.get(series) ?? []), reading]);
  for (const indicator of input.indicators) {
    read(indicator.series, { indicator, role: "value", dimensions: indicator.dimensions });
    const { denominator } = indicator;
    if (denominator !== undefined) {
      read(denominator.series, { indicator, role: "denominator", dimensions: denominator.dimensions });
    }
  }
  const found: Record<Reading["role"], ByYear> = { value: new Map(), denominator: new Map() };
  const diagnostics: Diagnostic[] = [];
  for (const row of input.observations) {
    if (!areas.has(row.areaCode)) continue;
    for (const { indicator, role, dimensions } of readings.get(row.indicatorCode) ?? []) {
      if (row.year < indicator.fromYear || !sameBreakdown(row.dimensions, dimensions)) continue;
      const expectedUnit = input.seriesUnits.get(row.indicatorCode);
      if (row.unit !== expectedUnit) {
        diagnostics.push({
          code: "readiness/other-unit",
          severity: "warning",
          message: `${row.indicatorCode} ${row.areaCode} ${row.timePeriod} is in ${row.unit}, not the series' ${expectedUnit}; left out`,
          where: { indicator: indicator.code, area: row.areaCode, year: row.year },
        });
        continue;
      }
      keepBestOfYear(found[role], indicator.code, row);
    }
  }
  const cells = new Map<string, Map<string, PickedCell>>();
  const denominators = new Map<string, Map<string, PickedCell>>();
  for (const indicator of input.indicators) {
    const values = new Map<string, PickedCell>();
    cells.set(indicator.code, values);
    const { denominator } = indicator;
    if (denominator === undefined) {
      for (const [area, byYear] of found.value.get(indicator.code) ?? []) {
        values.set(area, latest(byYear));
      }
      continue;
    }
    const divisors = new Map<string, PickedCell>();
    denominators.set(indicator.code, divisors);
    for (const [area, byYear] of found.value.get(indicator.code) ?? []) {
      const denominatorByYear = found.denominator.get(indicator.code)?.get(area);
      const years = [...byYear.keys()].sort((a, b) => b - a);
      const year = years.find((candidate) => denominatorByYear?.has(candidate));
      const newest = years[0] as number;
      const where = { indicator: indicator.code, area };
      if (year === undefined) {
        values.set(area, latest(byYear));
        diagnostics.push({
          code: "readiness/no-denominator",
          severity: "warning",
          message: `${indicator.code} ${area}: ${denominator.series} has no value in any year of ${indicator.series} from ${indicator.fromYear} (${[...years].reverse().join(", ")}); the cell is missing`,
          where,
        });
        continue;
      }
      values.set(area, byYear.get(year) as PickedCell);
      divisors.set(area, denominatorByYear?.get(year) as PickedCell);
      if (year !== newest) {
        diagnostics.push({
          code: "readiness/denominator-year",
          severity: "info",
          message: `${indicator.code} ${area}: ${denominator.series} has no value for ${newest}; ${year}, the latest year with both, is used`,
          where: { ...where, year },
        });
      }
    }
  }
  return { cells, denominators, diagnostics };
}

function keepBestOfYear(found: ByYear, indicatorCode: string, row: CellObservation): void {
  const byArea = found.get(indicatorCode) ?? new Map<string, Map<number, PickedCell>>();
  found.set(indicatorCode, byArea);
  const byYear = byArea.get(row.areaCode) ?? new Map<number, PickedCell>();
  byArea.set(row.areaCode, byYear);
  const kept = byYear.get(row.year);
  // Within a year the longer-established period text decides, so the choice does not depend on
  // the order rows arrive in.
  if (kept === undefined || row.timePeriod > kept.timePeriod) {
    byYear.set(row.year, {
      value: row.value,
      unitMult: row.unitMult,
      year: row.year,
      timePeriod: row.timePeriod,
      sourceId: row.sourceId,
    });
  }
}

function latest(byYear: ReadonlyMap<number, PickedCell>): PickedCell {
  return byYear.get(Math.max(...byYear.keys())) as PickedCell;
}

/** A picked value as an iData cell: the published decimal itself unless a unit multiplier scales it. */
export function toDataCell(cell: PickedCell): string | number {
  return cell.unitMult === 0 ? cell.value : Number(cell.value) * 10 ** cell.unitMult;
}

function sameBreakdown(
  dimensions: Readonly<Record<string, string>>,
  wanted: Readonly<Record<string, string>>,
): boolean {
  const given = Object.entries(dimensions).filter(([, code]) => code !== "_T");
  const asked = Object.entries(wanted);
  return given.length === asked.length && asked.every(([dimension, code]) => dimensions[dimension] === code);
}
