/** Reads and writes of knowledge records, their versions, relations, taxonomy and search words. */
import { and, asc, eq, getTableColumns, inArray, or, sql } from "drizzle-orm";
import type { AtlasExecutor } from "../atlas-database.ts";
import { kbRecord, kbRecordVersion, kbRelation, kbSearchTerm, taxonomyTerm } from "../schema.ts";

export type TaxonomyTermRow = typeof taxonomyTerm.$inferSelect;
export type RecordVersionRow = typeof kbRecordVersion.$inferSelect;
export type RelationRow = typeof kbRelation.$inferSelect;

/** The search columns are written by `writeRecord` and never read back as data. */
type SearchColumnNames =
  | "searchStemmed"
  | "searchFolded"
  | "searchFoldVersion"
  | "num"
  | "searchTitleTerms"
  | "searchBodyTerms";
export type RecordRow = Omit<typeof kbRecord.$inferSelect, SearchColumnNames>;
export type RecordContent = Omit<typeof kbRecord.$inferInsert, SearchColumnNames | "createdAt" | "updatedAt">;

/** What the two search vectors are made of (see formats' search-text). */
export interface RecordSearchColumns {
  /** Texts for `to_tsvector(config, text)`, each with its weight. */
  readonly stemmed: readonly {
    readonly config: string;
    readonly weight: "A" | "B" | "C" | "D";
    readonly text: string;
  }[];
  /** A `tsvector` literal of the folded words. */
  readonly folded: string;
  readonly foldVersion: number;
  /** Folded words of the titles, and of summaries and bodies, space-separated (for ranking). */
  readonly titleTerms: string;
  readonly bodyTerms: string;
}

const {
  searchStemmed: _stemmed,
  searchFolded: _folded,
  searchFoldVersion: _version,
  num: _num,
  searchTitleTerms: _titleTerms,
  searchBodyTerms: _bodyTerms,
  ...recordColumns
} = getTableColumns(kbRecord);

function stemmedVector(columns: RecordSearchColumns) {
  if (columns.stemmed.length === 0) return sql`''::tsvector`;
  return sql.join(
    columns.stemmed.map(
      (field) =>
        sql`setweight(to_tsvector(${field.config}::regconfig, ${field.text}), ${field.weight}::"char")`,
    ),
    sql` || `,
  );
}

export async function findRecords(db: AtlasExecutor, ids: readonly string[]): Promise<RecordRow[]> {
  if (ids.length === 0) return [];
  return db
    .select(recordColumns)
    .from(kbRecord)
    .where(inArray(kbRecord.id, [...ids]));
}

export async function findRecord(db: AtlasExecutor, id: string): Promise<RecordRow | undefined> {
  return (await findRecords(db, [id]))[0];
}

/** Locks the record's row for the rest of the transaction (concurrent edits queue up). */
export async function findRecordForUpdate(db: AtlasExecutor, id: string): Promise<RecordRow | undefined> {
  const rows = await db.select(recordColumns).from(kbRecord).where(eq(kbRecord.id, id)).for("update");
  return rows[0];
}

export async function existingRecordIds(db: AtlasExecutor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: kbRecord.id })
    .from(kbRecord)
    .where(inArray(kbRecord.id, [...ids]));
  return new Set(rows.map((row) => row.id));
}

/** Inserts or replaces a record with its search vectors. */
export async function writeRecord(
  db: AtlasExecutor,
  content: RecordContent,
  search: RecordSearchColumns,
): Promise<void> {
  const values = {
    ...content,
    searchStemmed: stemmedVector(search),
    searchFolded: sql`${search.folded}::tsvector`,
    searchFoldVersion: search.foldVersion,
    searchTitleTerms: search.titleTerms,
    searchBodyTerms: search.bodyTerms,
  };
  const { id: _id, createdBy: _createdBy, origin: _origin, ...changes } = values;
  await db
    .insert(kbRecord)
    .values(values)
    .onConflictDoUpdate({ target: kbRecord.id, set: { ...changes, updatedAt: sql`now()` } });
}

export async function insertRecordVersion(
  db: AtlasExecutor,
  row: Omit<typeof kbRecordVersion.$inferInsert, "changedAt">,
): Promise<void> {
  await db.insert(kbRecordVersion).values(row);
}

export function listRecordVersions(db: AtlasExecutor, recordId: string): Promise<RecordVersionRow[]> {
  return db
    .select()
    .from(kbRecordVersion)
    .where(eq(kbRecordVersion.recordId, recordId))
    .orderBy(asc(kbRecordVersion.version));
}

/** Users who wrote any version of the record's content (they may not publish it). */
export async function recordAuthors(db: AtlasExecutor, recordId: string): Promise<number[]> {
  const rows = await db
    .select({ userId: kbRecordVersion.changedBy })
    .from(kbRecordVersion)
    .where(
      and(eq(kbRecordVersion.recordId, recordId), inArray(kbRecordVersion.change, ["create", "update"])),
    );
  return [...new Set(rows.flatMap((row) => (row.userId === null ? [] : [row.userId])))];
}

/** Replaces the relations that start at `fromId`. */
export async function replaceRelations(
  db: AtlasExecutor,
  fromId: string,
  relations: readonly { kind: string; toId: string }[],
): Promise<void> {
  await db.delete(kbRelation).where(eq(kbRelation.fromId, fromId));
  if (relations.length === 0) return;
  await db
    .insert(kbRelation)
    .values(relations.map((relation) => ({ fromId, ...relation })))
    .onConflictDoNothing();
}

/** Relations that start or end at any of the records. */
export function listRelations(db: AtlasExecutor, ids: readonly string[]): Promise<RelationRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(kbRelation)
    .where(or(inArray(kbRelation.fromId, [...ids]), inArray(kbRelation.toId, [...ids])))
    .orderBy(asc(kbRelation.fromId), asc(kbRelation.kind), asc(kbRelation.toId));
}

export async function upsertTaxonomyTerms(
  db: AtlasExecutor,
  rows: readonly (typeof taxonomyTerm.$inferInsert)[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(taxonomyTerm)
    .values([...rows])
    .onConflictDoUpdate({
      target: [taxonomyTerm.scheme, taxonomyTerm.code],
      set: {
        labels: sql`excluded.labels`,
        parentCode: sql`excluded.parent_code`,
        sortOrder: sql`excluded.sort_order`,
      },
    });
}

export function listTaxonomyTerms(db: AtlasExecutor): Promise<TaxonomyTermRow[]> {
  return db
    .select()
    .from(taxonomyTerm)
    .orderBy(asc(taxonomyTerm.scheme), asc(taxonomyTerm.sortOrder), asc(taxonomyTerm.code));
}

/** Adds words to the dictionary that misspelt query words are corrected against. */
export async function addSearchTerms(db: AtlasExecutor, terms: readonly string[]): Promise<void> {
  const unique = [...new Set(terms)].filter((term) => term.length >= 3 && term.length <= 60);
  for (let start = 0; start < unique.length; start += 1_000) {
    await db
      .insert(kbSearchTerm)
      .values(unique.slice(start, start + 1_000).map((term) => ({ term })))
      .onConflictDoNothing();
  }
}

/** Every record, in id order (exports; callers filter by what the viewer may see). */
export function listAllRecords(db: AtlasExecutor): Promise<RecordRow[]> {
  return db.select(recordColumns).from(kbRecord).orderBy(asc(kbRecord.id));
}

/** Records whose search columns were made under other folding rules than `foldVersion`. */
export function findStaleSearchRecords(
  db: AtlasExecutor,
  foldVersion: number,
  limit: number,
): Promise<RecordRow[]> {
  return db
    .select(recordColumns)
    .from(kbRecord)
    .where(sql`${kbRecord.searchFoldVersion} <> ${foldVersion}`)
    .orderBy(asc(kbRecord.id))
    .limit(limit);
}

/** Rewrites a record's search columns only (re-indexing; the record's content and version stay). */
export async function updateRecordSearchColumns(
  db: AtlasExecutor,
  id: string,
  search: RecordSearchColumns,
): Promise<void> {
  await db
    .update(kbRecord)
    .set({
      searchStemmed: stemmedVector(search),
      searchFolded: sql`${search.folded}::tsvector`,
      searchFoldVersion: search.foldVersion,
      searchTitleTerms: search.titleTerms,
      searchBodyTerms: search.bodyTerms,
    })
    .where(eq(kbRecord.id, id));
}
