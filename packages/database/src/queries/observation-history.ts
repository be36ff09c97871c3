/**
 * Reads and writes of the observation history: versions of a key, values as published on a
 * date, flagged values held back as pending with their flags, and the reviewer's decision on
 * them. Published versions are written by the triggers on `observation` (migration 0005); only
 * pending ones, which must not reach `observation`, are written here.
 */
import { and, asc, desc, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { AtlasDatabase, AtlasExecutor } from "../atlas-database.ts";
import { importBatch, observationVersion, qualityFlag, qualityRule } from "../schema.ts";
import type { NewObservation, ObservationFilter } from "./observations.ts";

export type ObservationVersionRow = typeof observationVersion.$inferSelect;
export type QualityFlagRow = typeof qualityFlag.$inferSelect;

export interface ObservationKey {
  readonly indicatorCode: string;
  readonly areaCode: string;
  readonly timePeriod: string;
  readonly dimensionKey: string;
}

export interface NewQualityFlag {
  readonly ruleId: string;
  readonly kind: string;
  readonly severity: "error" | "warning";
  readonly message: string;
  readonly details: Record<string, number | string>;
}

/** One text per observation key (indicator, area, period, breakdown), for maps keyed by it. */
export const observationKeyOf = (
  key: Omit<ObservationKey, "dimensionKey"> & { readonly dimensionKey?: string | undefined },
) => `${key.indicatorCode}\u0000${key.areaCode}\u0000${key.timePeriod}\u0000${key.dimensionKey ?? ""}`;

const keyOf = observationKeyOf;

/** The published and pending versions of the given series (indicator × area pairs). */
export async function findCurrentVersions(
  db: AtlasExecutor,
  series: { readonly indicators: readonly string[]; readonly areas: readonly string[] },
): Promise<ObservationVersionRow[]> {
  if (series.indicators.length === 0 || series.areas.length === 0) return [];
  return db
    .select()
    .from(observationVersion)
    .where(
      and(
        inArray(observationVersion.indicatorCode, [...series.indicators]),
        inArray(observationVersion.areaCode, [...series.areas]),
        inArray(observationVersion.state, ["published", "pending"]),
      ),
    );
}

/** Same figures, attributes and source: a re-import of it is not a new version. */
export function sameContent(
  version: Pick<NewObservation, "value" | "unit" | "obsStatus" | "sourceId" | "originalCode"> &
    Partial<NewObservation>,
  row: NewObservation,
): boolean {
  return (
    version.value === row.value &&
    version.unit === row.unit &&
    (version.unitMult ?? 0) === (row.unitMult ?? 0) &&
    (version.obsStatus ?? "A") === (row.obsStatus ?? "A") &&
    (version.nature ?? null) === (row.nature ?? null) &&
    version.sourceId === row.sourceId &&
    (version.sourceDetail ?? null) === (row.sourceDetail ?? null) &&
    version.originalCode === row.originalCode &&
    (version.derivation ?? null) === (row.derivation ?? null) &&
    (version.comment ?? null) === (row.comment ?? null)
  );
}

export interface PendingWrite {
  readonly observation: NewObservation;
  readonly flags: readonly NewQualityFlag[];
}

/**
 * Stores flagged values as pending versions, each with its flags, and retires the pending
 * version (and open flags) it replaces. A value equal to the key's published or pending version
 * is left alone and counted as unchanged.
 */
export async function writePendingVersions(
  db: AtlasExecutor,
  writes: readonly PendingWrite[],
  importId: number,
): Promise<{ pending: number; unchanged: number }> {
  if (writes.length === 0) return { pending: 0, unchanged: 0 };
  const current = await findCurrentVersions(db, {
    indicators: [...new Set(writes.map((write) => write.observation.indicatorCode))],
    areas: [...new Set(writes.map((write) => write.observation.areaCode))],
  });
  const byKey = new Map<string, ObservationVersionRow[]>();
  for (const version of current) byKey.set(keyOf(version), [...(byKey.get(keyOf(version)) ?? []), version]);
  let unchanged = 0;
  let pending = 0;
  for (const write of writes) {
    const versions = byKey.get(keyOf(write.observation)) ?? [];
    if (versions.some((version) => sameContent(version, write.observation))) {
      unchanged++;
      continue;
    }
    const retired = versions.filter((version) => version.state === "pending").map((version) => version.id);
    if (retired.length > 0) {
      await db
        .update(observationVersion)
        .set({ state: "superseded", supersededAt: sql`now()` })
        .where(inArray(observationVersion.id, retired));
      await db
        .update(qualityFlag)
        .set({ state: "superseded" })
        .where(and(inArray(qualityFlag.versionId, retired), eq(qualityFlag.state, "open")));
    }
    const [inserted] = await db
      .insert(observationVersion)
      .values({
        ...write.observation,
        importId,
        state: "pending",
        version: sql`coalesce((select max(v.version) from observation_version v where v.indicator_code = ${write.observation.indicatorCode} and v.area_code = ${write.observation.areaCode} and v.time_period = ${write.observation.timePeriod} and v.dimension_key = ${write.observation.dimensionKey ?? ""}), 0) + 1`,
      })
      .returning({ id: observationVersion.id });
    if (inserted === undefined) throw new Error("pending version insert returned no row");
    if (write.flags.length > 0)
      await db.insert(qualityFlag).values(write.flags.map((flag) => ({ ...flag, versionId: inserted.id })));
    pending++;
  }
  return { pending, unchanged };
}

/** Versions an import made published (a new key or a changed value); 0 for unchanged re-imports. */
export async function countPublishedVersionsOfImport(db: AtlasExecutor, importId: number): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(observationVersion)
    .where(and(eq(observationVersion.importId, importId), eq(observationVersion.state, "published")));
  return row?.count ?? 0;
}

export interface QualityFlagFilter {
  readonly states?: readonly QualityFlagRow["state"][];
  readonly indicators?: readonly string[] | undefined;
  readonly areas?: readonly string[] | undefined;
  readonly versionId?: number;
}

export interface FlaggedVersion {
  readonly flag: QualityFlagRow;
  readonly version: ObservationVersionRow;
}

export async function listQualityFlags(
  db: AtlasExecutor,
  filter: QualityFlagFilter = {},
): Promise<FlaggedVersion[]> {
  const conditions = [];
  if (filter.states !== undefined) conditions.push(inArray(qualityFlag.state, [...filter.states]));
  if (filter.indicators !== undefined)
    conditions.push(inArray(observationVersion.indicatorCode, [...filter.indicators]));
  if (filter.areas !== undefined) conditions.push(inArray(observationVersion.areaCode, [...filter.areas]));
  if (filter.versionId !== undefined) conditions.push(eq(qualityFlag.versionId, filter.versionId));
  return db
    .select({ flag: qualityFlag, version: observationVersion })
    .from(qualityFlag)
    .innerJoin(observationVersion, eq(observationVersion.id, qualityFlag.versionId))
    .where(and(...conditions))
    .orderBy(
      asc(observationVersion.areaCode),
      asc(observationVersion.indicatorCode),
      asc(observationVersion.dimensionKey),
      asc(observationVersion.year),
      asc(observationVersion.timePeriod),
      asc(qualityFlag.ruleId),
    );
}

export async function findVersion(db: AtlasExecutor, id: number): Promise<ObservationVersionRow | undefined> {
  const [row] = await db.select().from(observationVersion).where(eq(observationVersion.id, id));
  return row;
}

/** Closes a pending version's open flags with the reviewer's decision. */
export async function closeQualityFlags(
  db: AtlasExecutor,
  versionId: number,
  decision: { state: "confirmed" | "rejected"; reviewedBy: string; comment: string },
): Promise<number> {
  const closed = await db
    .update(qualityFlag)
    .set({
      state: decision.state,
      reviewedBy: decision.reviewedBy,
      reviewedAt: sql`now()`,
      reviewComment: decision.comment,
    })
    .where(and(eq(qualityFlag.versionId, versionId), eq(qualityFlag.state, "open")))
    .returning({ id: qualityFlag.id });
  return closed.length;
}

export async function markVersionRejected(db: AtlasExecutor, versionId: number): Promise<void> {
  await db
    .update(observationVersion)
    .set({ state: "rejected", supersededAt: sql`now()` })
    .where(and(eq(observationVersion.id, versionId), eq(observationVersion.state, "pending")));
}

/** Every version of one key, newest first, with the flags raised on each. */
export async function findKeyHistory(
  db: AtlasExecutor,
  key: ObservationKey,
): Promise<{ version: ObservationVersionRow; flags: QualityFlagRow[] }[]> {
  const versions = await db
    .select()
    .from(observationVersion)
    .where(
      and(
        eq(observationVersion.indicatorCode, key.indicatorCode),
        eq(observationVersion.areaCode, key.areaCode),
        eq(observationVersion.timePeriod, key.timePeriod),
        eq(observationVersion.dimensionKey, key.dimensionKey),
      ),
    )
    .orderBy(desc(observationVersion.version));
  if (versions.length === 0) return [];
  const flags = await db
    .select()
    .from(qualityFlag)
    .where(
      inArray(
        qualityFlag.versionId,
        versions.map((version) => version.id),
      ),
    )
    .orderBy(asc(qualityFlag.ruleId));
  return versions.map((version) => ({
    version,
    flags: flags.filter((flag) => flag.versionId === version.id),
  }));
}

/**
 * The values as published at a moment: versions published by then and not yet superseded or
 * withdrawn. Pending and rejected versions were never published, so they never appear.
 */
export function findObservationsAsOf(
  db: AtlasDatabase,
  filter: ObservationFilter,
  at: string,
): Promise<ObservationVersionRow[]> {
  const conditions = [
    inArray(observationVersion.indicatorCode, [...filter.indicators]),
    lte(observationVersion.publishedAt, at),
    or(isNull(observationVersion.supersededAt), sql`${observationVersion.supersededAt} > ${at}`),
  ];
  if (filter.areas !== undefined) conditions.push(inArray(observationVersion.areaCode, [...filter.areas]));
  if (filter.from !== undefined) conditions.push(sql`${observationVersion.year} >= ${filter.from}`);
  if (filter.to !== undefined) conditions.push(sql`${observationVersion.year} <= ${filter.to}`);
  if (filter.totalsOnly) conditions.push(eq(observationVersion.dimensionKey, ""));
  return db
    .select()
    .from(observationVersion)
    .where(and(...conditions))
    .orderBy(
      asc(observationVersion.indicatorCode),
      asc(observationVersion.areaCode),
      asc(observationVersion.year),
      asc(observationVersion.timePeriod),
      asc(observationVersion.dimensionKey),
    );
}

export type QualityRuleRow = typeof qualityRule.$inferSelect;

/** The stored rule definitions in their order; empty until the Secretariat saves a set. */
export function listQualityRules(db: AtlasExecutor): Promise<QualityRuleRow[]> {
  return db.select().from(qualityRule).orderBy(asc(qualityRule.sortOrder), asc(qualityRule.id));
}

/** Replaces the whole rule set, so a saved file is exactly what runs. */
export async function replaceQualityRules(
  db: AtlasExecutor,
  rules: readonly { readonly id: string; readonly definition: Record<string, unknown> }[],
): Promise<void> {
  await db.delete(qualityRule);
  if (rules.length === 0) return;
  await db.insert(qualityRule).values(rules.map((rule, index) => ({ ...rule, sortOrder: index })));
}

export interface SeriesHistoryFilter {
  readonly indicatorCode: string;
  readonly areaCode: string;
  /** One period only; every period of the series when absent. */
  readonly timePeriod?: string | undefined;
  /** One breakdown only (`""` for the total); every breakdown when absent. */
  readonly dimensionKey?: string | undefined;
  readonly states: readonly ObservationVersionRow["state"][];
}

export interface VersionWithImport {
  readonly version: ObservationVersionRow;
  readonly importBatch: {
    readonly kind: string;
    readonly fileName: string | null;
    readonly format: string;
    readonly importedAt: string;
  };
}

/**
 * The versions of one series in one area (or of one key), in the given states, with the import
 * that brought each: by period, breakdown, then newest version first.
 */
export function findSeriesHistory(
  db: AtlasExecutor,
  filter: SeriesHistoryFilter,
): Promise<VersionWithImport[]> {
  const conditions = [
    eq(observationVersion.indicatorCode, filter.indicatorCode),
    eq(observationVersion.areaCode, filter.areaCode),
    inArray(observationVersion.state, [...filter.states]),
  ];
  if (filter.timePeriod !== undefined) conditions.push(eq(observationVersion.timePeriod, filter.timePeriod));
  if (filter.dimensionKey !== undefined)
    conditions.push(eq(observationVersion.dimensionKey, filter.dimensionKey));
  return db
    .select({
      version: observationVersion,
      importBatch: {
        kind: importBatch.kind,
        fileName: importBatch.fileName,
        format: importBatch.format,
        importedAt: importBatch.importedAt,
      },
    })
    .from(observationVersion)
    .innerJoin(importBatch, eq(importBatch.id, observationVersion.importId))
    .where(and(...conditions))
    .orderBy(
      asc(observationVersion.year),
      asc(observationVersion.timePeriod),
      asc(observationVersion.dimensionKey),
      desc(observationVersion.version),
    );
}

/** How many values wait for review per area (versions with an open flag), for the given series. */
export async function countHeldValues(
  db: AtlasExecutor,
  indicators: readonly string[],
): Promise<{ areaCode: string; count: number }[]> {
  if (indicators.length === 0) return [];
  return db
    .select({
      areaCode: observationVersion.areaCode,
      count: sql<number>`count(distinct ${observationVersion.id})::int`,
    })
    .from(observationVersion)
    .innerJoin(qualityFlag, eq(qualityFlag.versionId, observationVersion.id))
    .where(
      and(
        inArray(observationVersion.indicatorCode, [...indicators]),
        eq(observationVersion.state, "pending"),
        eq(qualityFlag.state, "open"),
      ),
    )
    .groupBy(observationVersion.areaCode)
    .orderBy(asc(observationVersion.areaCode));
}
