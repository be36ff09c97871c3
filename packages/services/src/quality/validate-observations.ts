/**
 * Validation on demand (`atlas validate`): the data-quality rules run over the observations
 * the observatory shows, every breakdown included, and the findings come back as flags. Every
 * stored value is a candidate here, so a jump is laid at the later year's door. The stored value
 * is PostgreSQL's `numeric`, which no longer knows how a file wrote it: leading zeros are caught
 * on import only, and ×10 shifts need an earlier version to compare with.
 */
import { type AtlasDatabase, findObservations } from "@circular-atlas/database";
import {
  checkObservations,
  type QualityFinding,
  type QualityObservation,
  type QualityRule,
} from "@circular-atlas/engines";
import { referenceCatalogue } from "../reference/reference-catalogue.ts";
import { knownAreaCodes, knownIndicatorCodes } from "../reference/reference-queries.ts";
import { loadQualityRules } from "./quality-rules.ts";

export interface ValidationReport {
  /** Observations the rules looked at. */
  readonly checked: number;
  readonly rules: readonly string[];
  readonly findings: readonly QualityFinding[];
}

export async function validateObservations(options: {
  db: AtlasDatabase;
  indicators?: readonly string[] | undefined;
  areas?: readonly string[] | undefined;
  rules?: readonly QualityRule[];
}): Promise<ValidationReport> {
  const { db } = options;
  const catalogue = await referenceCatalogue(db);
  const indicators =
    options.indicators === undefined
      ? [...catalogue.indicatorsByCode.keys()]
      : knownIndicatorCodes(catalogue, options.indicators);
  const areas = options.areas === undefined ? undefined : knownAreaCodes(catalogue, options.areas);
  const rows = await findObservations(db, { indicators, areas, totalsOnly: false });
  const candidates = rows.map(
    (row): QualityObservation => ({
      indicator: row.indicatorCode,
      area: row.areaCode,
      timePeriod: row.timePeriod,
      year: row.year,
      dimensionKey: row.dimensionKey,
      dimensions: row.dimensions,
      value: row.value,
      unit: row.unit,
      source: row.sourceId,
    }),
  );
  const rules = options.rules ?? (await loadQualityRules(db)).rules;
  const findings = checkObservations({ candidates, accepted: [], rules });
  return {
    checked: candidates.length,
    rules: rules.filter((rule) => rule.enabled).map((rule) => rule.id),
    findings,
  };
}
