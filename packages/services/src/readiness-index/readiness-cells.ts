/**
 * Picks each index cell from the published observations: for one indicator and member state, the
 * value of the latest year at or after the indicator's `fromYear`, in exactly the breakdown the
 * indicator reads. No value in the window leaves the cell missing; nothing is carried over from
 * an older year or another breakdown.
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

export interface PickedCells {
  /** By indicator code, then area code; an absent entry is a missing cell. */
  readonly cells: ReadonlyMap<string, ReadonlyMap<string, PickedCell>>;
  readonly diagnostics: readonly Diagnostic[];
}

export function pickReadinessCells(input: {
  readonly indicators: readonly ReadinessIndicatorDefinition[];
  /** The unit each series is published in (the catalogue's); values in another unit are left out. */
  readonly seriesUnits: ReadonlyMap<string, string>;
  readonly areas: readonly string[];
  readonly observations: Iterable<CellObservation>;
}): PickedCells {
  const areas = new Set(input.areas);
  const bySeries = new Map<string, ReadinessIndicatorDefinition[]>();
  for (const indicator of input.indicators) {
    bySeries.set(indicator.series, [...(bySeries.get(indicator.series) ?? []), indicator]);
  }
  const cells = new Map(input.indicators.map((indicator) => [indicator.code, new Map<string, PickedCell>()]));
  const diagnostics: Diagnostic[] = [];
  for (const row of input.observations) {
    if (!areas.has(row.areaCode)) continue;
    for (const indicator of bySeries.get(row.indicatorCode) ?? []) {
      if (row.year < indicator.fromYear || !sameBreakdown(row.dimensions, indicator.dimensions)) continue;
      const expectedUnit = input.seriesUnits.get(indicator.series);
      if (row.unit !== expectedUnit) {
        diagnostics.push({
          code: "readiness/other-unit",
          severity: "warning",
          message: `${indicator.series} ${row.areaCode} ${row.timePeriod} is in ${row.unit}, not the series' ${expectedUnit}; left out`,
          where: { indicator: indicator.code, area: row.areaCode, year: row.year },
        });
        continue;
      }
      const byArea = cells.get(indicator.code);
      const kept = byArea?.get(row.areaCode);
      // The latest year wins; within a year the longer-established period text decides, so the
      // choice does not depend on the order rows arrive in.
      if (
        kept === undefined ||
        row.year > kept.year ||
        (row.year === kept.year && row.timePeriod > kept.timePeriod)
      ) {
        byArea?.set(row.areaCode, {
          value: row.value,
          unitMult: row.unitMult,
          year: row.year,
          timePeriod: row.timePeriod,
          sourceId: row.sourceId,
        });
      }
    }
  }
  return { cells, diagnostics };
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
