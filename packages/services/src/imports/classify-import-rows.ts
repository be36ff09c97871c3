/**
 * Where each valid row of an import goes: unchanged (the published value already), held for
 * review (a data-quality rule flagged it; stored as a pending version), or published as new or
 * updated. The rules in force run over the rows against the published values of the same series.
 * Every rule looks within one indicator and area (a series, its breakdowns, its other sources),
 * so the rows are checked one indicator and area at a time: a large import never has more than
 * one such group's rows and published values as objects at once.
 */
import type { Indicator } from "@circular-atlas/contracts";
import {
  type AtlasExecutor,
  findObservations,
  type NewQualityFlag,
  type ObservationRow,
  observationKeyOf,
  sameContent,
} from "@circular-atlas/database";
import {
  checkObservations,
  type QualityFinding,
  type QualityObservation,
  type QualityRule,
} from "@circular-atlas/engines";
import { loadQualityRules } from "../quality/quality-rules.ts";
import type { ImportFlag } from "./import-report.ts";
import { entryOf } from "./map-entry.ts";
import type { ResolvedRow } from "./resolve-import-rows.ts";
import type { ResolvedRowStore, StoredRow } from "./resolved-row-store.ts";

export { observationKeyOf };

const keyOf = observationKeyOf;

/** What becomes of a valid row, by its index in the store. */
export const RowOutcome = { Unchanged: 0, Insert: 1, Update: 2, Hold: 3 } as const;
export type RowOutcome = (typeof RowOutcome)[keyof typeof RowOutcome];

/**
 * How many flags the report lists, the first in reading order; `flagsByRule` counts them all. A
 * file whose every row is flagged (a unit the series is not published in) must not make a
 * report, and a memory, of one entry per row.
 */
export const flagsListed = 1_000;

export interface ClassifiedRows {
  /** By store index; only the valid rows' entries mean anything. */
  readonly outcomes: Uint8Array;
  /** The first `flagsListed` flags, in reading order. */
  readonly flags: ImportFlag[];
  /** Every flag raised, by rule. */
  readonly flagsByRule: Record<string, number>;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly held: number;
}

/** A valid row with what becomes of it and, when held, the findings that hold it. */
export interface ClassifiedRow {
  readonly index: number;
  readonly row: StoredRow;
  readonly outcome: RowOutcome;
  readonly findings: readonly QualityFinding[];
}

/**
 * The valid rows one indicator and area at a time, each classified against the values `db`
 * holds now. The import runs it to count and report, and again in its transaction to write, so
 * no row's flags are held between the two.
 */
export async function* classifiedGroups(
  db: AtlasExecutor,
  store: ResolvedRowStore,
  valid: readonly number[],
  indicators: ReadonlyMap<string, Indicator>,
): AsyncGenerator<ClassifiedRow[]> {
  if (valid.length === 0) return;
  const { rules } = await loadQualityRules(db);
  // A series this import registers has no published unit yet: its own rows define it.
  const publishedUnits = new Map(
    [...indicators.values()].map((indicator) => [indicator.code, { unit: indicator.unit, unitMult: 0 }]),
  );
  for (const [indicator, byArea] of groupByIndicatorAndArea(store, valid)) {
    const published = await publishedValues(db, indicator, [...byArea.keys()]);
    for (const [area, indexes] of byArea) {
      const rows = indexes.map((index) => store.row(index));
      const accepted = published.get(area) ?? new Map<string, ObservationRow>();
      const findings = runQualityRules(rows, accepted, rules, publishedUnits);
      yield rows.map((row, position) => {
        const index = indexes[position] as number;
        const key = keyOf(row.observation);
        const current = accepted.get(key);
        if (current !== undefined && sameContent(current, row.observation))
          return { index, row, outcome: RowOutcome.Unchanged, findings: [] };
        const raised = findings.get(key);
        if (raised !== undefined) return { index, row, outcome: RowOutcome.Hold, findings: raised };
        return {
          index,
          row,
          outcome: current === undefined ? RowOutcome.Insert : RowOutcome.Update,
          findings: [],
        };
      });
    }
  }
}

export async function classifyImportRows(
  db: AtlasExecutor,
  store: ResolvedRowStore,
  valid: readonly number[],
  indicators: ReadonlyMap<string, Indicator>,
): Promise<ClassifiedRows> {
  const outcomes = new Uint8Array(store.length);
  let listed: { index: number; flag: ImportFlag }[] = [];
  const flagsByRule: Record<string, number> = {};
  const counts = { inserted: 0, updated: 0, unchanged: 0, held: 0 };
  // The groups do not come in reading order: keep the earliest flags seen, trimming as they come.
  const keepEarliest = () => {
    listed.sort((a, b) => a.index - b.index);
    listed = listed.slice(0, flagsListed);
  };
  for await (const group of classifiedGroups(db, store, valid, indicators))
    for (const { index, row, outcome, findings } of group) {
      outcomes[index] = outcome;
      if (outcome === RowOutcome.Unchanged) counts.unchanged++;
      else if (outcome === RowOutcome.Insert) counts.inserted++;
      else if (outcome === RowOutcome.Update) counts.updated++;
      else counts.held++;
      for (const finding of findings) {
        flagsByRule[finding.ruleId] = (flagsByRule[finding.ruleId] ?? 0) + 1;
        listed.push({ index, flag: { file: row.fileName, row: row.line, ...importFlagOf(finding) } });
      }
      if (listed.length > 2 * flagsListed) keepEarliest();
    }
  keepEarliest();
  return { outcomes, flags: listed.map(({ flag }) => flag), flagsByRule, ...counts };
}

/** Store indexes of the valid rows by indicator, then area, in the order they were read. */
function groupByIndicatorAndArea(
  store: ResolvedRowStore,
  valid: readonly number[],
): Map<string, Map<string, number[]>> {
  const groups = new Map<string, Map<string, number[]>>();
  for (const index of valid)
    entryOf(
      entryOf(groups, store.indicator(index), () => new Map<string, number[]>()),
      store.area(index),
      () => [],
    ).push(index);
  return groups;
}

/** The published values of one indicator in the areas the import touches, by area and key. */
async function publishedValues(
  db: AtlasExecutor,
  indicator: string,
  areas: readonly string[],
): Promise<Map<string, Map<string, ObservationRow>>> {
  const rows = await findObservations(db, { indicators: [indicator], areas, totalsOnly: false });
  const byArea = new Map<string, Map<string, ObservationRow>>();
  for (const row of rows) entryOf(byArea, row.areaCode, () => new Map()).set(keyOf(row), row);
  return byArea;
}

/** The rules in force over one group's rows, against its published values: findings by key. */
function runQualityRules(
  rows: readonly ResolvedRow[],
  published: ReadonlyMap<string, ObservationRow>,
  rules: readonly QualityRule[],
  publishedUnits: ReadonlyMap<string, { unit: string; unitMult: number }>,
): Map<string, QualityFinding[]> {
  const asQuality = (
    observation: ResolvedRow["observation"] | ObservationRow,
    rawValue?: string,
  ): QualityObservation => ({
    indicator: observation.indicatorCode,
    area: observation.areaCode,
    timePeriod: observation.timePeriod,
    year: observation.year,
    dimensionKey: observation.dimensionKey ?? "",
    dimensions: observation.dimensions ?? {},
    value: observation.value,
    rawValue,
    unit: observation.unit,
    unitMult: observation.unitMult ?? 0,
    source: observation.sourceId,
  });
  const findings = checkObservations({
    candidates: rows.map((row) => asQuality(row.observation, row.rawValue)),
    accepted: [...published.values()].map((row) => asQuality(row)),
    rules,
    publishedUnits,
  });
  const byKey = new Map<string, QualityFinding[]>();
  for (const finding of findings) {
    const key = keyOf({
      indicatorCode: finding.indicator,
      areaCode: finding.area,
      timePeriod: finding.timePeriod,
      dimensionKey: finding.dimensionKey,
    });
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [finding]);
    else list.push(finding);
  }
  return byKey;
}

/**
 * One stored flag per rule and value: a rule may find a value twice (a jump from the year
 * before and to the year after), and the reviewer decides once, so the messages are joined.
 */
export function flagsOf(findings: readonly QualityFinding[]): NewQualityFlag[] {
  const byRule = new Map<string, NewQualityFlag>();
  for (const finding of findings) {
    const earlier = byRule.get(finding.ruleId);
    byRule.set(
      finding.ruleId,
      earlier === undefined
        ? {
            ruleId: finding.ruleId,
            kind: finding.kind,
            severity: finding.severity,
            message: finding.message,
            details: { ...finding.details },
          }
        : { ...earlier, message: `${earlier.message}; ${finding.message}` },
    );
  }
  return [...byRule.values()];
}

function importFlagOf(finding: QualityFinding): Omit<ImportFlag, "file" | "row"> {
  return {
    indicator: finding.indicator,
    area: finding.area,
    timePeriod: finding.timePeriod,
    dimensionKey: finding.dimensionKey,
    value: finding.value,
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    details: finding.details,
  };
}
