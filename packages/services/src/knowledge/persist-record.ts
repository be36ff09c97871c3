/**
 * The one way a record is written: content and search vectors, relations, a new version in its
 * history, words for the typo dictionary, and an audit event, all in the caller's transaction.
 */
import { randomBytes } from "node:crypto";
import type { ParsedRecordInput, RecordStatusName } from "@circular-atlas/contracts";
import {
  type AtlasExecutor,
  addSearchTerms,
  insertAuditEvents,
  insertRecordVersion,
  type RecordRow,
  replaceRelations,
  writeRecord,
} from "@circular-atlas/database";
import { type Actor, actorIp, actorUserId } from "../accounts/actor.ts";
import { toRecordContent } from "./record-dto.ts";
import { buildRecordSearchDocument } from "./record-search-document.ts";
import type { TaxonomyIndex } from "./taxonomy.ts";

export type RecordChangeName = "create" | "update" | "submit" | "return" | "publish" | "archive" | "restore";

export interface PersistRecordOptions {
  readonly actor: Actor;
  readonly input: ParsedRecordInput;
  readonly existing: RecordRow | undefined;
  readonly status: RecordStatusName;
  readonly origin: string;
  readonly change: RecordChangeName;
  readonly taxonomy: TaxonomyIndex;
  readonly comment?: string | undefined;
  readonly now: Date;
  /** False when a batch writes every record first and their relations after (targets may follow). */
  readonly writeRelations?: boolean;
}

/** A readable, unique id: the title's Latin letters and a random tail (`zero-waste-regulation-3fa2`). */
export function createRecordId(input: Pick<ParsedRecordInput, "texts" | "originalLanguage">): string {
  const title = input.texts["en"]?.title ?? input.texts[input.originalLanguage]?.title ?? "";
  const slug = title
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return `${slug === "" ? "record" : slug}-${randomBytes(3).toString("hex")}`;
}

/** The record as its history keeps it: the input with its status, without the edit's version. */
export function recordSnapshot(input: ParsedRecordInput, status: RecordStatusName): Record<string, unknown> {
  const { version: _version, ...content } = input;
  return { ...content, status };
}

export async function persistRecord(tx: AtlasExecutor, options: PersistRecordOptions): Promise<string> {
  const input = options.input;
  const id = options.existing?.id ?? input.id ?? createRecordId(input);
  const version = (options.existing?.version ?? 0) + 1;
  const userId = actorUserId(options.actor);
  const publishedAt =
    options.status === "published"
      ? ((options.existing?.status === "published" ? options.existing.publishedAt : null) ??
        options.now.toISOString())
      : (options.existing?.publishedAt ?? null);
  const document = buildRecordSearchDocument(input, options.taxonomy);
  await writeRecord(
    tx,
    toRecordContent(input, {
      id,
      status: options.status,
      version,
      origin: options.existing?.origin ?? options.origin,
      createdBy: options.existing?.createdBy ?? userId,
      updatedBy: userId,
      publishedAt,
    }),
    document.columns,
  );
  if (options.writeRelations !== false)
    await replaceRelations(
      tx,
      id,
      input.relations.map((relation) => ({ kind: relation.kind, toId: relation.to })),
    );
  const snapshot = recordSnapshot({ ...input, id }, options.status);
  await insertRecordVersion(tx, {
    recordId: id,
    version,
    snapshot,
    changedBy: userId,
    change: options.change,
  });
  await addSearchTerms(tx, document.terms);
  await insertAuditEvents(tx, [
    {
      actorId: userId,
      actorLabel: options.actor.label,
      action: `record.${options.change}`,
      entityType: "record",
      entityId: id,
      before:
        options.existing === undefined
          ? null
          : { version: options.existing.version, status: options.existing.status },
      after: {
        version,
        status: options.status,
        ...(options.comment === undefined ? {} : { comment: options.comment }),
      },
      ip: actorIp(options.actor),
    },
  ]);
  return id;
}
