/**
 * Loads the bundled knowledge base (`data/knowledge`: the taxonomy and the sourced seed records)
 * in one transaction, when its content changed since the last load. Seed records that someone
 * has since edited here are left alone: a seed refresh never overwrites people's work.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { type ParsedRecordInput, type RecordStatusName, recordInputSchema } from "@circular-atlas/contracts";
import {
  type AtlasDatabase,
  appStateKeys,
  bumpDataVersion,
  existingRecordIds,
  findRecords,
  listRelations,
  readAppState,
  replaceRelations,
  upsertTaxonomyTerms,
  writeAppState,
} from "@circular-atlas/database";
import { z } from "zod";
import { seedActor } from "../accounts/actor.ts";
import { issueText, toInputIssues } from "../validate-input.ts";
import { checkRecordInput } from "./check-record-input.ts";
import { persistRecord, recordSnapshot } from "./persist-record.ts";
import { toRecordInput } from "./record-dto.ts";
import { readWriteContext } from "./write-record.ts";

/** JSON with object keys sorted, so that equal content compares equal whatever jsonb did to key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === "object" && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

export interface KnowledgeSeedReport {
  readonly version: string;
  readonly loaded: boolean;
  readonly terms: number;
  readonly records: { readonly written: number; readonly unchanged: number; readonly keptEdited: number };
}

const taxonomyFileSchema = z.object({
  version: z.number().int(),
  terms: z.array(
    z.object({
      scheme: z.string(),
      code: z.string(),
      labels: z.record(z.string(), z.string()),
      parentCode: z.string().nullable(),
      sortOrder: z.number().int(),
    }),
  ),
});

interface SeedFiles {
  readonly version: string;
  readonly taxonomy: z.infer<typeof taxonomyFileSchema>;
  readonly records: readonly { readonly file: string; readonly input: ParsedRecordInput }[];
}

/** The bundled taxonomy file alone. */
export async function readSeedTaxonomy(directory: string): Promise<SeedFiles["taxonomy"]> {
  return taxonomyFileSchema.parse(JSON.parse(await readFile(path.join(directory, "taxonomy.json"), "utf8")));
}

/** Reads and checks the seed's shape; a bad file is a packaging error, reported with its place. */
export async function readKnowledgeSeed(directory: string): Promise<SeedFiles> {
  const hash = createHash("sha256");
  const taxonomyText = await readFile(path.join(directory, "taxonomy.json"), "utf8");
  hash.update(taxonomyText);
  const taxonomy = taxonomyFileSchema.parse(JSON.parse(taxonomyText));
  const recordsDir = path.join(directory, "records");
  const files = (await readdir(recordsDir).catch(() => [] as string[]))
    .filter((name) => name.endsWith(".json"))
    .sort();
  const records: { file: string; input: ParsedRecordInput }[] = [];
  for (const file of files) {
    const text = await readFile(path.join(recordsDir, file), "utf8");
    hash.update(file).update(text);
    const list = JSON.parse(text) as unknown;
    if (!Array.isArray(list)) throw new Error(`${file}: the seed file must hold an array of records`);
    list.forEach((raw, index) => {
      const result = recordInputSchema.safeParse(raw);
      if (!result.success)
        throw new Error(`${file}, record ${index + 1}: ${issueText(toInputIssues(result.error))}`);
      records.push({ file, input: result.data });
    });
  }
  return { version: hash.digest("hex").slice(0, 16), taxonomy, records };
}

export async function loadKnowledgeSeed(options: {
  db: AtlasDatabase;
  directory: string;
  force?: boolean;
  now?: () => Date;
}): Promise<KnowledgeSeedReport> {
  const { db } = options;
  const seed = await readKnowledgeSeed(options.directory);
  const empty = { written: 0, unchanged: 0, keptEdited: 0 };
  if (!options.force && (await readAppState(db, appStateKeys.knowledgeSeedVersion)) === seed.version)
    return { version: seed.version, loaded: false, terms: 0, records: empty };
  return db.transaction(async (tx) => {
    await upsertTaxonomyTerms(tx, seed.taxonomy.terms);
    const context = await readWriteContext(tx);
    const seedIds = seed.records.map(({ input }) => input.id ?? "");
    const knownRecordIds = new Set([...seedIds, ...(await existingRecordIds(tx, seedIds))]);
    for (const { file, input } of seed.records) {
      if (input.id === undefined) throw new Error(`${file}: every seed record needs an id`);
      const issues = checkRecordInput(input, { ...context, knownRecordIds });
      if (issues.length > 0) throw new Error(`${file}, record ${input.id}: ${issueText(issues)}`);
    }
    const existing = new Map((await findRecords(tx, seedIds)).map((row) => [row.id, row]));
    const relations = await listRelations(tx, seedIds);
    const counts = { written: 0, unchanged: 0, keptEdited: 0 };
    const now = options.now?.() ?? new Date();
    const written: ParsedRecordInput[] = [];
    for (const { input } of seed.records) {
      const status: RecordStatusName = input.status ?? "draft";
      const current = existing.get(input.id as string);
      if (current !== undefined && (current.origin !== "seed" || current.updatedBy !== null)) {
        counts.keptEdited++;
        continue;
      }
      if (
        current !== undefined &&
        canonicalJson(
          recordSnapshot(toRecordInput(current, relations), current.status as RecordStatusName),
        ) === canonicalJson(recordSnapshot(input, status))
      ) {
        counts.unchanged++;
        continue;
      }
      await persistRecord(tx, {
        actor: seedActor,
        input,
        existing: current,
        status,
        origin: "seed",
        change: current === undefined ? "create" : "update",
        taxonomy: context.taxonomy,
        now,
        writeRelations: false,
      });
      written.push(input);
      counts.written++;
    }
    // Relations last: a record may point to one that comes later in the files.
    for (const input of written) {
      await replaceRelations(
        tx,
        input.id as string,
        input.relations.map((relation) => ({ kind: relation.kind, toId: relation.to })),
      );
    }
    await writeAppState(tx, appStateKeys.knowledgeSeedVersion, seed.version);
    await bumpDataVersion(tx);
    return { version: seed.version, loaded: true, terms: seed.taxonomy.terms.length, records: counts };
  });
}
