/**
 * Where each valid row of an import goes: unchanged (the published value already), held for
 * review (a data-quality rule flagged it; stored as a pending version), or published as new or
 * updated. The rules in force run over the rows against the published values of the same series.
 */
import type { Indicator } from "@circular-atlas/contracts";
import {
  type AtlasDatabase,
  findObservations,
  type NewQualityFlag,
  type ObservationRow,
  observationKeyOf,
  type PendingWrite,
  sameContent,
} from "@circular-atlas/database";
import { checkObservations, type QualityFinding, type QualityObservation } from "@circular-atlas/engines";
import { loadQualityRules } from "../quality/quality-rules.ts";
import type { ImportFlag } from "./import-report.ts";
import type { ResolvedRow } from "./resolve-import-rows.ts";

export { observationKeyOf };

const keyOf = observationKeyOf;

export interface ClassifiedRows {
  readonly toPublish: ResolvedRow[];
  readonly toHold: PendingWrite[];
  readonly flags: ImportFlag[];
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
}

export async function classifyImportRows(
  db: AtlasDatabase,
  valid: readonly (ResolvedRow & { readonly fileName: string })[],
  indicators: ReadonlyMap<string, Indicator>,
): Promise<ClassifiedRows> {
  const published = await publishedValues(
    db,
    valid.map((row) => row.observation),
  );
  const findings = await runQualityRules(db, valid, published, indicators);
  const flagsByKey = new Map<string, QualityFinding[]>();
  for (const finding of findings) {
    const key = keyOf({
      indicatorCode: finding.indicator,
      areaCode: finding.area,
      timePeriod: finding.timePeriod,
      dimensionKey: finding.dimensionKey,
    });
    flagsByKey.set(key, [...(flagsByKey.get(key) ?? []), finding]);
  }
  const toPublish: ResolvedRow[] = [];
  const toHold: PendingWrite[] = [];
  const flags: ImportFlag[] = [];
  let inserted = 0;
  let updated = 0;
  let unchanged = 0;
  for (const row of valid) {
    const key = keyOf(row.observation);
    const current = published.get(key);
    if (current !== undefined && sameContent(current, row.observation)) {
      unchanged++;
      continue;
    }
    const raised = flagsByKey.get(key);
    if (raised !== undefined) {
      toHold.push({ observation: row.observation, flags: flagsOf(raised) });
      for (const finding of raised)
        flags.push({ file: row.fileName, row: row.line, ...importFlagOf(finding) });
      continue;
    }
    toPublish.push(row);
    if (current === undefined) inserted++;
    else updated++;
  }

  return { toPublish, toHold, flags, inserted, updated, unchanged };
}

/** The published value of every key the import touches, by key. */
async function publishedValues(
  db: AtlasDatabase,
  observations: readonly { indicatorCode: string; areaCode: string }[],
): Promise<Map<string, ObservationRow>> {
  const indicators = [...new Set(observations.map((observation) => observation.indicatorCode))];
  const areas = [...new Set(observations.map((observation) => observation.areaCode))];
  if (indicators.length === 0) return new Map();
  const rows = await findObservations(db, { indicators, areas, totalsOnly: false });
  return new Map(rows.map((row) => [keyOf(row), row]));
}

/** The rules in force over the valid rows, against the published values of the same series. */
async function runQualityRules(
  db: AtlasDatabase,
  rows: readonly ResolvedRow[],
  published: ReadonlyMap<string, ObservationRow>,
  indicators: ReadonlyMap<string, Indicator>,
): Promise<QualityFinding[]> {
  if (rows.length === 0) return [];
  const { rules } = await loadQualityRules(db);
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
  // A series this import registers has no published unit yet: its own rows define it.
  const publishedUnits = new Map(
    [...indicators.values()].map((indicator) => [indicator.code, { unit: indicator.unit, unitMult: 0 }]),
  );
  return checkObservations({
    candidates: rows.map((row) => asQuality(row.observation, row.rawValue)),
    accepted: [...published.values()].map((row) => asQuality(row)),
    rules,
    publishedUnits,
  });
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
