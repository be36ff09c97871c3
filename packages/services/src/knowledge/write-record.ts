/**
 * Creating, editing and moving records through review, with every check in order: the input's
 * shape, then its codes against the database, then the actor's rights, then the write.
 */
import {
  errorCodes,
  type KnowledgeRecord,
  type ParsedRecordInput,
  type RecordActionName,
  type RecordStatusName,
  recordActionRequestSchema,
  recordInputSchema,
} from "@circular-atlas/contracts";
import {
  type AtlasDatabase,
  type AtlasExecutor,
  bumpDataVersion,
  findRecordForUpdate,
  findRecords,
  listAreas,
  listRelations,
  type RecordRow,
  recordAuthors,
} from "@circular-atlas/database";
import type { Actor } from "../accounts/actor.ts";
import {
  allowedRecordActions,
  canCreateRecord,
  canSeeRecord,
  statusTransitions,
} from "../accounts/permissions.ts";
import { ServiceError } from "../service-error.ts";
import { issueText, validateInput } from "../validate-input.ts";
import { checkRecordInput } from "./check-record-input.ts";
import { getRecord } from "./get-record.ts";
import { persistRecord } from "./persist-record.ts";
import { toRecordInput } from "./record-dto.ts";
import { readTaxonomy, type TaxonomyIndex } from "./taxonomy.ts";

interface WriteContext {
  readonly taxonomy: TaxonomyIndex;
  readonly memberStates: ReadonlySet<string>;
}

export async function readWriteContext(db: AtlasExecutor): Promise<WriteContext> {
  // One after the other: `db` is often a transaction, one connection, which takes one query at a time.
  const taxonomy = await readTaxonomy(db);
  const areas = await listAreas(db as AtlasDatabase);
  return {
    taxonomy,
    memberStates: new Set(areas.filter((area) => area.level === "country").map((area) => area.code)),
  };
}

/** Relation targets the actor may see, so that a relation never reveals a hidden draft. */
async function visibleTargets(
  db: AtlasExecutor,
  actor: Actor,
  input: ParsedRecordInput,
): Promise<Set<string>> {
  const rows = await findRecords(
    db,
    input.relations.map((relation) => relation.to),
  );
  return new Set(rows.filter((row) => canSeeRecord(actor, row)).map((row) => row.id));
}

async function checkOrThrow(
  db: AtlasExecutor,
  actor: Actor,
  input: ParsedRecordInput,
  context: WriteContext,
) {
  const issues = checkRecordInput(input, {
    ...context,
    knownRecordIds: await visibleTargets(db, actor, input),
  });
  if (issues.length > 0) throw new ServiceError(errorCodes.recordInvalid, issueText(issues), { issues });
}

function parseEdit(actor: Actor, raw: unknown): ParsedRecordInput {
  const input = validateInput(recordInputSchema, raw);
  if (input.status !== undefined && actor.kind !== "system")
    throw new ServiceError(
      errorCodes.validationFailed,
      "status: is changed by review actions, not by edits",
      {
        issues: [{ path: "status", message: "is changed by review actions, not by edits" }],
      },
    );
  return input;
}

function forbidden(message: string): ServiceError {
  return new ServiceError(errorCodes.forbidden, message);
}

export async function createRecord(options: {
  db: AtlasDatabase;
  actor: Actor;
  input: unknown;
  now?: () => Date;
}): Promise<KnowledgeRecord> {
  const { db, actor } = options;
  const input = parseEdit(actor, options.input);
  const context = await readWriteContext(db);
  await checkOrThrow(db, actor, input, context);
  if (!canCreateRecord(actor, input.countries))
    throw forbidden(
      input.countries.length === 0
        ? "your role may not create records, or not without a country"
        : `you may not create records for ${input.countries.join(", ")}`,
    );
  const id = await db.transaction(async (tx) => {
    if (input.id !== undefined && (await findRecordForUpdate(tx, input.id)) !== undefined)
      throw new ServiceError(errorCodes.conflict, `a record "${input.id}" exists already`, { id: input.id });
    const written = await persistRecord(tx, {
      actor,
      input,
      existing: undefined,
      status: input.status ?? "draft",
      origin: actor.kind === "system" ? actor.label : "user",
      change: "create",
      taxonomy: context.taxonomy,
      now: options.now?.() ?? new Date(),
    });
    await bumpDataVersion(tx);
    return written;
  });
  return getRecord({ db, viewer: actor, id });
}

async function lockVisibleRecord(tx: AtlasExecutor, actor: Actor, id: string): Promise<RecordRow> {
  const existing = await findRecordForUpdate(tx, id);
  if (existing === undefined || !canSeeRecord(actor, existing))
    throw new ServiceError(errorCodes.notFound, `no record "${id}"`, { id });
  return existing;
}

export async function updateRecord(options: {
  db: AtlasDatabase;
  actor: Actor;
  id: string;
  input: unknown;
  now?: () => Date;
}): Promise<KnowledgeRecord> {
  const { db, actor } = options;
  const input = { ...parseEdit(actor, options.input), id: options.id };
  const context = await readWriteContext(db);
  await checkOrThrow(db, actor, input, context);
  await db.transaction(async (tx) => {
    const existing = await lockVisibleRecord(tx, actor, options.id);
    if (input.version !== undefined && input.version !== existing.version)
      throw new ServiceError(
        errorCodes.conflict,
        `the record changed since version ${input.version} (it is at version ${existing.version}); reload it and edit again`,
        { version: existing.version },
      );
    const authors = await recordAuthors(tx, existing.id);
    if (!allowedRecordActions(actor, existing, authors).includes("edit"))
      throw forbidden(`you may not edit this ${existing.status} record`);
    if (!canCreateRecord(actor, input.countries))
      throw forbidden(`you may not move the record to ${input.countries.join(", ") || "no country"}`);
    await persistRecord(tx, {
      actor,
      input,
      existing,
      status: (input.status ?? existing.status) as RecordStatusName,
      origin: existing.origin,
      change: "update",
      taxonomy: context.taxonomy,
      now: options.now?.() ?? new Date(),
    });
    await bumpDataVersion(tx);
  });
  return getRecord({ db, viewer: actor, id: options.id });
}

/** Submit, return, publish, archive or restore a record. */
export async function changeRecordStatus(options: {
  db: AtlasDatabase;
  actor: Actor;
  id: string;
  input: unknown;
  now?: () => Date;
}): Promise<KnowledgeRecord> {
  const { db, actor } = options;
  const request = validateInput(recordActionRequestSchema, options.input);
  const action: RecordActionName = request.action;
  const taxonomy = await readTaxonomy(db);
  await db.transaction(async (tx) => {
    const existing = await lockVisibleRecord(tx, actor, options.id);
    const transition = statusTransitions[action];
    if (!transition.from.includes(existing.status as RecordStatusName))
      throw new ServiceError(errorCodes.conflict, `a ${existing.status} record cannot be sent to ${action}`, {
        status: existing.status,
      });
    const authors = await recordAuthors(tx, existing.id);
    if (!allowedRecordActions(actor, existing, authors).includes(action))
      throw forbidden(
        action === "publish" && actor.kind === "user" && authors.includes(actor.userId)
          ? "you wrote this record, so someone else must publish it"
          : `your role may not ${action} this record`,
      );
    const input = toRecordInput(existing, await listRelations(tx, [existing.id]));
    await persistRecord(tx, {
      actor,
      input,
      existing,
      status: transition.to,
      origin: existing.origin,
      change: action,
      taxonomy,
      comment: request.comment,
      now: options.now?.() ?? new Date(),
    });
    await bumpDataVersion(tx);
  });
  return getRecord({ db, viewer: actor, id: options.id });
}
