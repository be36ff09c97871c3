/**
 * The public history of a series in one area: every version that was ever published, as it
 * was, with the import that brought it. Values held for review (pending) and rejected ones were
 * never published, so they are never part of it.
 */
import { errorCodes, type ObservationHistory, publicVersionStates } from "@circular-atlas/contracts";
import { type AtlasDatabase, countHeldValues, findSeriesHistory } from "@circular-atlas/database";
import { referenceCatalogue } from "../reference/reference-catalogue.ts";
import { knownAreaCodes, knownIndicatorCodes } from "../reference/reference-queries.ts";
import { ServiceError } from "../service-error.ts";
import { dimensionKeyOf, parseDimensionKey } from "./dimension-key.ts";

export interface ObservationHistoryOptions {
  readonly db: AtlasDatabase;
  readonly indicator: string;
  readonly area: string;
  readonly timePeriod?: string | undefined;
  /** `DIM=CODE;DIM=CODE` in any order, or empty for the total; every breakdown when absent. */
  readonly breakdown?: string | undefined;
}

export async function getObservationHistory(options: ObservationHistoryOptions): Promise<ObservationHistory> {
  const catalogue = await referenceCatalogue(options.db);
  const [indicator = ""] = knownIndicatorCodes(catalogue, [options.indicator]);
  const [area = ""] = knownAreaCodes(catalogue, [options.area]);
  const rows = await findSeriesHistory(options.db, {
    indicatorCode: indicator,
    areaCode: area,
    timePeriod: options.timePeriod,
    // Canonical order, so `SEX=F;AGE=Y15T24` finds the key stored as `AGE=Y15T24;SEX=F`.
    dimensionKey: options.breakdown === undefined ? undefined : canonicalBreakdown(options.breakdown),
    states: publicVersionStates,
  });
  return {
    indicator,
    area,
    data: rows.map(({ version, importBatch }) => ({
      version: version.version,
      timePeriod: version.timePeriod,
      year: version.year,
      dimensions: version.dimensions,
      value: version.value,
      unit: version.unit,
      unitMult: version.unitMult,
      obsStatus: version.obsStatus,
      nature: version.nature,
      comment: version.comment,
      source: version.sourceId,
      sourceDetail: version.sourceDetail,
      // findSeriesHistory was asked for public states only.
      state: version.state as (typeof publicVersionStates)[number],
      publishedAt: toIsoTimestamp(version.publishedAt),
      supersededAt: toIsoTimestamp(version.supersededAt),
      import: {
        id: version.importId,
        kind: importBatch.kind,
        // The name only: the server's own directories are nobody's business.
        fileName: importBatch.fileName === null ? null : (importBatch.fileName.split(/[\\/]/).pop() ?? null),
        format: importBatch.format,
        importedAt: toIsoTimestamp(importBatch.importedAt),
      },
    })),
  };
}

/**
 * How many values of a series wait for a reviewer, per area: a count only, safe to show anyone,
 * since the held figures themselves are for signed-in users in scope.
 */
export async function countValuesAwaitingReview(options: {
  readonly db: AtlasDatabase;
  readonly indicator: string;
}): Promise<{ indicator: string; total: number; data: { area: string; count: number }[] }> {
  const catalogue = await referenceCatalogue(options.db);
  const [indicator = ""] = knownIndicatorCodes(catalogue, [options.indicator]);
  const counts = await countHeldValues(options.db, [indicator]);
  return {
    indicator,
    total: counts.reduce((sum, entry) => sum + entry.count, 0),
    data: counts.map((entry) => ({ area: entry.areaCode, count: entry.count })),
  };
}

/**
 * PostgreSQL's `2026-12-03 12:45:01.123456+00` as ISO 8601 (`2026-12-03T12:45:01.123456+00:00`),
 * microseconds kept, so the moment can be handed back as `asOf` and every browser parses it.
 */
function toIsoTimestamp<T extends string | null>(text: T): T {
  if (text === null) return text;
  return text.replace(" ", "T").replace(/([+-]\d{2})$/, "$1:00") as T;
}

function canonicalBreakdown(breakdown: string): string {
  try {
    return dimensionKeyOf(parseDimensionKey(breakdown));
  } catch (error) {
    throw new ServiceError(
      errorCodes.validationFailed,
      `breakdown: ${error instanceof Error ? error.message : String(error)}`,
      { issues: [{ path: "breakdown", message: "expected DIM=CODE pairs separated by ;" }] },
      { cause: error },
    );
  }
}
