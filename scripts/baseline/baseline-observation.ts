/**
 * One row of `observations.csv` while the build holds it in memory, and its CSV form. Rows are
 * keyed by indicator + area + time period + breakdown, exactly like the database's unique key.
 */
import { baselineObservationColumns } from "@circular-atlas/contracts";
import { toCsv } from "@circular-atlas/formats";

export interface BaselineObservation {
  readonly indicator: string;
  readonly area: string;
  readonly timePeriod: string;
  /** Breakdown dimension id → code; empty for the total. */
  readonly dimensions: Readonly<Record<string, string>>;
  /** Exact decimal text: as published, or written by `toDecimalString` when computed. */
  readonly value: string;
  readonly unit: string;
  readonly obsStatus: string | null;
  readonly nature: string | null;
  readonly source: string;
  readonly sourceDetail: string | null;
  readonly originalCode: string;
  readonly derivation: string | null;
  readonly comment: string | null;
}

/** `DIM=CODE;DIM=CODE`, sorted by dimension id; empty for the total. */
export function toDimensionKey(dimensions: Readonly<Record<string, string>>): string {
  return Object.keys(dimensions)
    .sort(compareCodeUnits)
    .map((dimension) => `${dimension}=${dimensions[dimension]}`)
    .join(";");
}

/** The unique key of an observation. */
export function toObservationKey(observation: BaselineObservation): string {
  return [
    observation.indicator,
    observation.area,
    observation.timePeriod,
    toDimensionKey(observation.dimensions),
  ].join("|");
}

/**
 * Plain code-unit order. `localeCompare` would depend on the ICU data of the machine running the
 * build, and the output must be byte-identical everywhere.
 */
export function compareCodeUnits(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Rows sorted by indicator, area, time period and breakdown key. */
export function sortObservations(observations: readonly BaselineObservation[]): BaselineObservation[] {
  const keyed = observations.map((observation) => ({
    observation,
    sortKey: [
      observation.indicator,
      observation.area,
      observation.timePeriod,
      toDimensionKey(observation.dimensions),
    ],
  }));
  keyed.sort((left, right) => {
    for (let index = 0; index < left.sortKey.length; index++) {
      const order = compareCodeUnits(left.sortKey[index] ?? "", right.sortKey[index] ?? "");
      if (order !== 0) return order;
    }
    return 0;
  });
  return keyed.map((entry) => entry.observation);
}

/** The CSV text of `observations.csv`, columns exactly `baselineObservationColumns`. */
export function toObservationsCsv(observations: readonly BaselineObservation[]): string {
  const rows = observations.map((observation) => {
    const cells: Record<(typeof baselineObservationColumns)[number], string> = {
      indicator: observation.indicator,
      area: observation.area,
      time_period: observation.timePeriod,
      dimensions: toDimensionKey(observation.dimensions),
      value: observation.value,
      unit: observation.unit,
      // Every value is stored in the unit its indicator names (scale included, e.g. MT_CO2).
      unit_mult: "0",
      obs_status: observation.obsStatus ?? "",
      nature: observation.nature ?? "",
      source: observation.source,
      source_detail: observation.sourceDetail ?? "",
      original_code: observation.originalCode,
      derivation: observation.derivation ?? "",
      comment: observation.comment ?? "",
    };
    return baselineObservationColumns.map((column) => cells[column]);
  });
  return toCsv(baselineObservationColumns, rows);
}
