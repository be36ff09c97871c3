/**
 * Loading many new records at once (benchmark corpora, a first migration of another
 * database): the checks of `importRecords`, then the rows `persistRecord` would write for each
 * record, written with multi-row inserts in one transaction. All or nothing, as every write.
 * Only the system actor loads in bulk, so there are no rights to check; and it only creates,
 * so every record gets version 1 and a `record.create` audit event.
 */
import {
  errorCodes,
  type ParsedRecordInput,
  type RecordStatusName,
  recordInputSchema,
} from "@circular-atlas/contracts";
import {
  type AtlasDatabase,
  addSearchTerms,
  type BulkRecordRow,
  bulkWriteRecords,
  bulkWriteRelations,
  bumpDataVersion,
  countAllRecords,
  findExistingRecordIds,
  withRecordIndexesRebuilt,
} from "@circular-atlas/database";
import type { SystemActor } from "../accounts/actor.ts";
import type { ProgressCallback } from "../progress.ts";
import { ServiceError } from "../service-error.ts";
import { toInputIssues } from "../validate-input.ts";
import { checkRecordInput } from "./check-record-input.ts";
import { createRecordId, recordSnapshot } from "./persist-record.ts";
import { toRecordContent } from "./record-dto.ts";
import { buildRecordSearchDocument } from "./record-search-document.ts";
import type { TaxonomyIndex } from "./taxonomy.ts";
import { readWriteContext } from "./write-record.ts";

export interface BulkLoadProblem {
  /** `record 3`, with the record's id when it has one. */
  readonly where: string;
  readonly path: string;
  readonly message: string;
}

export interface BulkLoadReport {
  readonly records: number;
  readonly relations: number;
  /** Distinct words offered to the typo dictionary. */
  readonly searchTerms: number;
}

export interface BulkLoadOptions {
  readonly db: AtlasDatabase;
  readonly actor: SystemActor;
  /** Record inputs as a file would hold them (checked with `recordInputSchema`). */
  readonly inputs: readonly unknown[];
  /** The records' origin (default `import`, as `importRecords` writes). */
  readonly origin?: string;
  readonly now?: () => Date;
  /** Records per statement (default 250). */
  readonly batchSize?: number;
  /**
   * `rebuild` drops kb_record's GIN indexes for the load and builds them again after it;
   * `keep` maintains them row by row. By default a load rebuilds them when it brings at least
   * `rebuildFrom` records and at least as many as the table holds: then one build is cheaper.
   */
  readonly indexes?: "keep" | "rebuild";
  readonly onProgress?: ProgressCallback;
}

interface Checked {
  readonly where: string;
  readonly input: ParsedRecordInput & { id: string };
}

function fail(problems: readonly BulkLoadProblem[]): never {
  const lines = problems
    .slice(0, 50)
    .map(
      (problem) => `${problem.where}${problem.path === "" ? "" : `, ${problem.path}`}: ${problem.message}`,
    );
  const more = problems.length > 50 ? `\n… and ${problems.length - 50} more` : "";
  throw new ServiceError(
    errorCodes.importInvalid,
    `${problems.length} problem(s); nothing was loaded\n${lines.join("\n")}${more}`,
    { problems },
  );
}

/** Every check `importRecords` makes, but rights: shape, duplicate ids, codes, relation targets. */
async function checkInputs(
  db: AtlasDatabase,
  inputs: readonly unknown[],
): Promise<{ checked: Checked[]; taxonomy: TaxonomyIndex }> {
  const problems: BulkLoadProblem[] = [];
  const checked: Checked[] = [];
  inputs.forEach((raw, index) => {
    const result = recordInputSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of toInputIssues(result.error))
        problems.push({ where: `record ${index + 1}`, ...issue });
      return;
    }
    const input = { ...result.data, id: result.data.id ?? createRecordId(result.data) };
    checked.push({ where: `record ${index + 1} (${input.id})`, input });
  });
  const ids = new Set<string>();
  const duplicates = new Set<string>();
  for (const { input } of checked) (ids.has(input.id) ? duplicates : ids).add(input.id);
  for (const id of duplicates)
    problems.push({ where: "input", path: "id", message: `"${id}" appears more than once` });
  const existing = await findExistingRecordIds(db, [...ids]);
  const outside = checked.flatMap(({ input }) =>
    input.relations.map((relation) => relation.to).filter((to) => !ids.has(to)),
  );
  // The system actor sees every record, so any existing record is a relation target.
  const knownRecordIds = new Set([...ids, ...(await findExistingRecordIds(db, outside))]);
  const context = await readWriteContext(db);
  for (const { where, input } of checked) {
    if (existing.has(input.id))
      problems.push({
        where,
        path: "id",
        message: `a record "${input.id}" exists already; a bulk load only creates`,
      });
    for (const issue of checkRecordInput(input, { ...context, knownRecordIds }))
      problems.push({ where, ...issue });
  }
  if (problems.length > 0) fail(problems);
  return { checked, taxonomy: context.taxonomy };
}

/** The rows `persistRecord` writes for a new record, with the words for the typo dictionary. */
function toBulkRow(
  input: Checked["input"],
  options: { actor: SystemActor; origin: string; now: Date; taxonomy: TaxonomyIndex; terms: Set<string> },
): BulkRecordRow {
  const status = (input.status ?? "draft") as RecordStatusName;
  const document = buildRecordSearchDocument(input, options.taxonomy);
  for (const term of document.terms) options.terms.add(term);
  return {
    content: toRecordContent(input, {
      id: input.id,
      status,
      version: 1,
      origin: options.origin,
      createdBy: null,
      updatedBy: null,
      publishedAt: status === "published" ? options.now.toISOString() : null,
    }),
    search: document.columns,
    version: {
      recordId: input.id,
      version: 1,
      snapshot: recordSnapshot(input, status),
      changedBy: null,
      change: "create",
    },
    audit: {
      actorId: null,
      actorLabel: options.actor.label,
      action: "record.create",
      entityType: "record",
      entityId: input.id,
      before: null,
      after: { version: 1, status },
      ip: null,
    },
  };
}

/** Loads smaller than this keep the indexes: a rebuild costs the whole table's size. */
const rebuildFrom = 5_000;

async function worthRebuilding(db: AtlasDatabase, loading: number): Promise<boolean> {
  return loading >= rebuildFrom && loading >= (await countAllRecords(db));
}

/** Checks every input, then writes them all in one transaction; throws `import-invalid` naming each problem. */
export async function bulkLoadRecords(options: BulkLoadOptions): Promise<BulkLoadReport> {
  const { db, actor } = options;
  const { checked, taxonomy } = await checkInputs(db, options.inputs);
  const batchSize = options.batchSize ?? 250;
  const relations = checked.flatMap(({ input }) =>
    input.relations.map((relation) => ({ fromId: input.id, kind: relation.kind, toId: relation.to })),
  );
  const terms = new Set<string>();
  const rebuild =
    options.indexes === undefined ? await worthRebuilding(db, checked.length) : options.indexes === "rebuild";
  await db.transaction(async (tx) => {
    const now = options.now?.() ?? new Date();
    const origin = options.origin ?? "import";
    const writeAll = async () => {
      for (let start = 0; start < checked.length; start += batchSize) {
        // Search documents batch by batch: 100,000 of them at once would hold every text twice.
        const rows = checked
          .slice(start, start + batchSize)
          .map(({ input }) => toBulkRow(input, { actor, origin, now, taxonomy, terms }));
        await bulkWriteRecords(tx, rows, { batchSize });
        options.onProgress?.(start + rows.length, checked.length, "records");
      }
    };
    if (rebuild) await withRecordIndexesRebuilt(tx, writeAll);
    else await writeAll();
    // Relations once every record exists: a record may point to one later in the input.
    await bulkWriteRelations(tx, relations, { batchSize });
    await addSearchTerms(tx, [...terms]);
    await bumpDataVersion(tx);
  });
  return { records: checked.length, relations: relations.length, searchTerms: terms.size };
}
