/**
 * The reviewer's side of validation: flagged values waiting as pending versions, listed per
 * country and series with the figures that raised each flag, and the decision on one of them.
 * Confirming publishes the pending version itself (the history trigger promotes it, so its
 * version number and import stay); rejecting keeps it in the history as rejected. Either way the
 * comment is required and lands in the flag and in the audit log.
 */
import { errorCodes, type FlaggedValueDto } from "@circular-atlas/contracts";
import {
  type AtlasDatabase,
  bumpDataVersion,
  closeQualityFlags,
  findCurrentVersions,
  findKeyHistory,
  findVersion,
  insertAuditEvents,
  listQualityFlags,
  markVersionRejected,
  type ObservationVersionRow,
  observationKeyOf,
  type QualityFlagRow,
  writeObservations,
} from "@circular-atlas/database";
import type { Actor } from "../accounts/actor.ts";
import { actorIp, actorUserId } from "../accounts/actor.ts";
import { canReviewObservations, heldValueCountries } from "../accounts/permissions.ts";
import { ServiceError } from "../service-error.ts";

/** A held value with its flags, as the API and the CLI show it. */
export type FlaggedValue = FlaggedValueDto;

/** Values with flags in the given states (open by default), by country, series, breakdown, period. */
export async function listFlaggedValues(options: {
  db: AtlasDatabase;
  indicators?: readonly string[] | undefined;
  areas?: readonly string[] | undefined;
  states?: readonly QualityFlagRow["state"][];
  /** One version, whatever the state of its flags. */
  versionId?: number;
  /** Who asks: country-scoped roles see their countries' values (and their regions') only. */
  viewer?: Actor;
}): Promise<FlaggedValue[]> {
  const rows = await listQualityFlags(options.db, {
    ...(options.versionId === undefined
      ? { states: options.states ?? ["open"] }
      : { versionId: options.versionId }),
    indicators: options.indicators,
    areas: options.areas,
  });
  const published = await publishedValuesOf(
    options.db,
    rows.map((row) => row.version),
  );
  const byVersion = new Map<number, FlaggedValue>();
  for (const { flag, version } of rows) {
    let entry = byVersion.get(version.id);
    if (entry === undefined) {
      entry = {
        versionId: version.id,
        version: version.version,
        indicator: version.indicatorCode,
        area: version.areaCode,
        timePeriod: version.timePeriod,
        dimensionKey: version.dimensionKey,
        value: version.value,
        publishedValue: published.get(observationKeyOf(version)) ?? null,
        unit: version.unit,
        unitMult: version.unitMult,
        state: version.state,
        sourceId: version.sourceId,
        importId: version.importId,
        recordedAt: version.recordedAt,
        flags: [],
      };
      byVersion.set(version.id, entry);
    }
    entry.flags.push({
      ruleId: flag.ruleId,
      severity: flag.severity,
      message: flag.message,
      details: { ...flag.details },
      state: flag.state,
      reviewedBy: flag.reviewedBy,
      reviewComment: flag.reviewComment,
    });
  }
  const countries = options.viewer === undefined ? "all" : heldValueCountries(options.viewer);
  const values = [...byVersion.values()];
  return countries === "all"
    ? values
    : values.filter((value) =>
        countries.some((country) => value.area === country || value.area.startsWith(`${country}-`)),
      );
}

/** The value published now for each key of the given versions, so a reviewer sees what would change. */
async function publishedValuesOf(
  db: AtlasDatabase,
  versions: readonly ObservationVersionRow[],
): Promise<Map<string, string>> {
  const current = await findCurrentVersions(db, {
    indicators: [...new Set(versions.map((version) => version.indicatorCode))],
    areas: [...new Set(versions.map((version) => version.areaCode))],
  });
  return new Map(
    current
      .filter((version) => version.state === "published")
      .map((version) => [observationKeyOf(version), version.value]),
  );
}

export interface ReviewDecision {
  readonly db: AtlasDatabase;
  readonly actor: Actor;
  readonly versionId: number;
  readonly decision: "confirm" | "reject";
  readonly comment: string;
}

export async function reviewFlaggedValue(options: ReviewDecision): Promise<FlaggedValue> {
  const { db, actor } = options;
  if (!canReviewObservations(actor))
    throw new ServiceError(
      errorCodes.forbidden,
      "only reviewers and administrators may confirm or reject flagged values",
    );
  const comment = options.comment.trim();
  if (comment === "")
    throw new ServiceError(
      errorCodes.validationFailed,
      "comment: say why the value is confirmed or rejected",
      {
        issues: [{ path: "comment", message: "required" }],
      },
    );
  await db.transaction(async (tx) => {
    const version = await findVersion(tx, options.versionId);
    if (version === undefined)
      throw new ServiceError(errorCodes.notFound, `no observation version ${options.versionId}`);
    if (version.state !== "pending")
      throw new ServiceError(
        errorCodes.conflict,
        `version ${version.id} of ${describeKey(version)} is ${version.state}, not waiting for review`,
      );
    if (options.decision === "confirm") {
      const history = await findKeyHistory(tx, version);
      const published = history.find((entry) => entry.version.state === "published")?.version;
      if (published !== undefined && published.version > version.version)
        throw new ServiceError(
          errorCodes.conflict,
          `${describeKey(version)}: version ${published.version} (${published.value}) was published after this one (${version.value}); reject this one, or import the value again`,
        );
    }
    await closeQualityFlags(tx, version.id, {
      state: options.decision === "confirm" ? "confirmed" : "rejected",
      reviewedBy: actor.label,
      comment,
    });
    if (options.decision === "confirm") {
      // Writing the same content makes the history trigger promote this pending version.
      await writeObservations(
        tx,
        [
          {
            indicatorCode: version.indicatorCode,
            areaCode: version.areaCode,
            timePeriod: version.timePeriod,
            year: version.year,
            dimensionKey: version.dimensionKey,
            dimensions: version.dimensions,
            value: version.value,
            unit: version.unit,
            unitMult: version.unitMult,
            obsStatus: version.obsStatus,
            nature: version.nature,
            sourceId: version.sourceId,
            sourceDetail: version.sourceDetail,
            originalCode: version.originalCode,
            derivation: version.derivation,
            comment: version.comment,
          },
        ],
        version.importId,
        { keepImported: false },
      );
    } else {
      await markVersionRejected(tx, version.id);
    }
    await insertAuditEvents(tx, [
      {
        actorId: actorUserId(actor),
        actorLabel: actor.label,
        action: `observation.${options.decision}`,
        entityType: "observation-version",
        entityId: String(version.id),
        before: { state: "pending", value: version.value },
        after: { state: options.decision === "confirm" ? "published" : "rejected", comment },
        ip: actorIp(actor),
      },
    ]);
    // A rejection publishes nothing, but the public count of values awaiting review changes.
    await bumpDataVersion(tx);
  });
  const [reviewed] = await listFlaggedValues({ db, versionId: options.versionId });
  if (reviewed === undefined) throw new Error(`version ${options.versionId} has no reviewed flags`);
  return reviewed;
}

function describeKey(version: ObservationVersionRow): string {
  return `${version.indicatorCode} ${version.areaCode} ${version.timePeriod}${version.dimensionKey === "" ? "" : ` [${version.dimensionKey}]`}`;
}
