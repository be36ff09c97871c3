/** Reading one record with its relations, and its history of versions and audit events. */
import { errorCodes, type KnowledgeRecord, type RecordHistory } from "@circular-atlas/contracts";
import {
  type AtlasExecutor,
  findRecord,
  findRecords,
  findUserById,
  listAuditEvents,
  listRecordVersions,
  listRelations,
  recordAuthors,
} from "@circular-atlas/database";
import type { Actor } from "../accounts/actor.ts";
import { allowedRecordActions, canSeeRecord } from "../accounts/permissions.ts";
import { ServiceError } from "../service-error.ts";
import { toRecordDto } from "./record-dto.ts";

/** The record, or `not-found` when it does not exist or the viewer may not see it. */
export async function getRecord(options: {
  db: AtlasExecutor;
  viewer: Actor | undefined;
  id: string;
}): Promise<KnowledgeRecord> {
  const row = await findRecord(options.db, options.id);
  // An unpublished record the viewer may not see does not exist, as far as they can tell.
  if (row === undefined || !canSeeRecord(options.viewer, row))
    throw new ServiceError(errorCodes.notFound, `no record "${options.id}"`, { id: options.id });
  const relations = await listRelations(options.db, [row.id]);
  const otherIds = relations.map((relation) =>
    relation.fromId === row.id ? relation.toId : relation.fromId,
  );
  const related = (await findRecords(options.db, otherIds)).filter((other) =>
    canSeeRecord(options.viewer, other),
  );
  const authors = await recordAuthors(options.db, row.id);
  return toRecordDto(row, {
    relations,
    related: new Map(related.map((other) => [other.id, other])),
    allowedActions: allowedRecordActions(options.viewer, row, authors),
  });
}

export async function getRecordHistory(options: {
  db: AtlasExecutor;
  viewer: Actor | undefined;
  id: string;
}): Promise<RecordHistory> {
  const row = await findRecord(options.db, options.id);
  if (row === undefined || !canSeeRecord(options.viewer, row))
    throw new ServiceError(errorCodes.notFound, `no record "${options.id}"`, { id: options.id });
  // One after the other: the writes read the record back inside their transaction, one connection.
  const versions = await listRecordVersions(options.db, row.id);
  const events = await listAuditEvents(options.db, "record", row.id);
  const names = new Map<number, string>();
  for (const userId of new Set(
    versions.flatMap((version) => (version.changedBy === null ? [] : [version.changedBy])),
  )) {
    const user = await findUserById(options.db, userId);
    if (user !== undefined) names.set(userId, user.displayName === "" ? user.email : user.displayName);
  }
  return {
    versions: versions.map((version) => ({
      version: version.version,
      change: version.change,
      changedAt: version.changedAt,
      changedBy:
        version.changedBy === null ? null : (names.get(version.changedBy) ?? `user ${version.changedBy}`),
      changes: changedFields(
        versions.find((previous) => previous.version === version.version - 1)?.snapshot,
        version.snapshot,
      ),
    })),
    events: events.map((event) => ({
      id: event.id,
      occurredAt: event.occurredAt,
      actor: event.actorLabel,
      action: event.action,
      before: event.before,
      after: event.after,
    })),
  };
}

/** Top-level fields whose value differs between two snapshots, old → new. */
function changedFields(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
): { field: string; before: unknown; after: unknown }[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  return [...fields]
    .filter((field) => JSON.stringify(before?.[field] ?? null) !== JSON.stringify(after[field] ?? null))
    .map((field) => ({ field, before: before?.[field] ?? null, after: after[field] ?? null }));
}
