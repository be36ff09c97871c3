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
  type AtlasDatabase,
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
import type { ResolvedRowStore } from "./resolved-row-store.ts";

export { observationKeyOf };

const keyOf = observationKeyOf;

/** What becomes of a valid row, by its index in the store. */
export const RowOutcome = { Unchanged: 0, Insert: 1, Update: 2, Hold: 3 } as const;

export interface ClassifiedRows {
  /** By store index; only the valid rows' entries mean anything. */
  readonly outcomes: Uint8Array;
  /** The flags each held row is stored with, by store index. */
  readonly heldFlags: ReadonlyMap<number, readonly NewQualityFlag[]>;
  readonly flags: ImportFlag[];
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly held: number;
}

export async function classifyImportRows(
  db: AtlasDatabase,
  store: ResolvedRowStore,
  valid: readonly number[],
  indicators: ReadonlyMap<string, Indicator>,
): Promise<ClassifiedRows> {
  const outcomes = new Uint8Array(store.length);
  const heldFlags = new Map<number, NewQualityFlag[]>();
  const flagged: { index: number; flag: ImportFlag }[] = [];
  const counts = { inserted: 0, updated: 0, unchanged: 0, held: 0 };
  if (valid.length === 0) return { outcomes, heldFlags, flags: [], ...counts };
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
      rows.forEach((row, position) => {
        const index = indexes[position] as number;
        const key = keyOf(row.observation);
        const current = accepted.get(key);
        if (current !== undefined && sameContent(current, row.observation)) {
          outcomes[index] = RowOutcome.Unchanged;
          counts.unchanged++;
          return;
        }
        const raised = findings.get(key);
        if (raised !== undefined) {
          outcomes[index] = RowOutcome.Hold;
          counts.held++;
          heldFlags.set(index, flagsOf(raised));
          for (const finding of raised)
            flagged.push({ index, flag: { file: row.fileName, row: row.line, ...importFlagOf(finding) } });
          return;
        }
        outcomes[index] = current === undefined ? RowOutcome.Insert : RowOutcome.Update;
        if (current === undefined) counts.inserted++;
        else counts.updated++;
      });
    }
  }
  // In the order the rows were read, as the groups were not.
  flagged.sort((a, b) => a.index - b.index);
  return { outcomes, heldFlags, flags: flagged.map(({ flag }) => flag), ...counts };
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
  db: AtlasDatabase,
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
function flagsOf(findings: readonly QualityFinding[]): NewQualityFlag[] {
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
