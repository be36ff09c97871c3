/**
 * A bulk load writes exactly the rows that importing the same records one by one writes
 * (`importRecords` → `persistRecord`), table by table and row by row, in batches that split the
 * input; it refuses what an import refuses and then writes nothing; a load that rebuilds the
 * GIN indexes leaves them as the migrations made them.
 */
import type { RecordInput } from "@circular-atlas/contracts";
import { type DatabaseHandle, executeRows, upsertTaxonomyTerms } from "@circular-atlas/database";
import { seedReferenceData, testDatabaseTargets } from "@circular-atlas/database/testing";
import { type SQL, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliActor } from "../accounts/actor.ts";
import { ServiceError } from "../service-error.ts";
import { bundledKnowledgeDir } from "../testing/baseline-fixture.ts";
import { fixtureRecords } from "../testing/knowledge-fixture.ts";
import { bulkLoadRecords } from "./bulk-load-records.ts";
import { importRecords } from "./import-records.ts";
import { readSeedTaxonomy } from "./load-knowledge-seed.ts";
import { searchKnowledge } from "./search-knowledge.ts";

/** The fixture's records, after one that points ahead to a later record and fills every field. */
const records: readonly RecordInput[] = [
  {
    id: "uzb-textile-reuse",
    type: "initiative",
    status: "under-review",
    originalLanguage: "uz",
    texts: {
      uz: { title: "Toʻqimachilik chiqindilarini qayta ishlash", summary: "Oʻzbekistonda paxta." },
      ru: { title: "Переработка текстиля", summary: "Хлопок и ткани.", translated: true },
    },
    countries: ["UZB", "KAZ"],
    subnationalArea: "Fergana",
    sectors: ["C", "E"],
    strategies: ["R3"],
    themes: ["textiles"],
    sdgTargets: ["12.5"],
    year: 2024,
    details: { stage: "planned", budgetUsd: "1250000.50", partners: ["Cotton cluster"] },
    location: { latitude: 40.38, longitude: 71.78 },
    justTransition: { informalSector: "Home-based seamstresses", gender: "Mostly women" },
    sources: [{ title: "Test source", publisher: "Test publisher", accessedOn: "2026-12-01" }],
    relations: [
      { kind: "related-to", to: "kaz-recycling-plant" },
      { kind: "addresses", to: "kaz-landfill-draft" },
    ],
  },
  ...fixtureRecords,
];

const now = () => new Date("2026-12-02T10:00:00.000Z");

/**
 * Each table's rows in key order, without the columns the database fills with the transaction's
 * time (`now()`): two loads never share it.
 */
const tables: Record<string, SQL> = {
  kb_record: sql`select to_jsonb(t) - 'created_at' - 'updated_at' as row from kb_record t order by id`,
  kb_record_version: sql`select to_jsonb(t) - 'changed_at' as row from kb_record_version t order by record_id, version`,
  kb_relation: sql`select to_jsonb(t) as row from kb_relation t order by from_id, kind, to_id`,
  kb_search_term: sql`select to_jsonb(t) as row from kb_search_term t order by term`,
  // A JSON null and an SQL null read alike in to_jsonb: say which one `before` holds.
  audit_event: sql`select to_jsonb(t) - 'occurred_at' || jsonb_build_object('before is null', t.before is null) as row
    from audit_event t order by id`,
  app_state: sql`select to_jsonb(t) - 'updated_at' as row from app_state t order by key`,
};

async function readTables(handle: DatabaseHandle): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const [name, query] of Object.entries(tables))
    result[name] = (await executeRows<{ row: unknown }>(handle.db, query)).map((item) => item.row);
  return result;
}

const recordIndexes = sql`select indexname, indexdef from pg_indexes where tablename = 'kb_record' order by indexname`;

async function prepare(handle: DatabaseHandle): Promise<void> {
  await seedReferenceData(handle.db);
  await upsertTaxonomyTerms(handle.db, (await readSeedTaxonomy(bundledKnowledgeDir)).terms);
}

for (const target of testDatabaseTargets()) {
  describe(`bulkLoadRecords on ${target.kind}`, () => {
    const handles: DatabaseHandle[] = [];
    const open = async () => {
      const handle = await target.open();
      handles.push(handle);
      await prepare(handle);
      return handle;
    };
    let imported: DatabaseHandle;
    beforeAll(async () => {
      imported = await open();
      await importRecords({
        db: imported.db,
        actor: cliActor,
        text: JSON.stringify(records),
        format: "json",
        fileName: "records.json",
        now,
      });
    });
    afterAll(async () => {
      for (const handle of handles) await handle.close();
    });

    it("writes the rows an import of the same records writes, in batches", async () => {
      const loaded = await open();
      const progress: number[] = [];
      const report = await bulkLoadRecords({
        db: loaded.db,
        actor: cliActor,
        inputs: records,
        now,
        batchSize: 2,
        onProgress: (done) => progress.push(done),
      });
      expect(report).toMatchObject({ records: records.length, relations: 3 });
      expect(progress).toEqual([2, 4, 6]);
      const expected = await readTables(imported);
      const actual = await readTables(loaded);
      expect(expected["kb_record"]).toHaveLength(records.length);
      expect(expected["audit_event"]).toHaveLength(records.length);
      for (const name of Object.keys(tables)) expect(actual[name], name).toEqual(expected[name]);
    });

    it("rebuilds the GIN indexes when asked, leaving them as they were, and search finds the records", async () => {
      const loaded = await open();
      const before = await executeRows(loaded.db, recordIndexes);
      await bulkLoadRecords({ db: loaded.db, actor: cliActor, inputs: records, now, indexes: "rebuild" });
      expect(await executeRows(loaded.db, recordIndexes)).toEqual(before);
      expect((await readTables(loaded))["kb_record"]).toEqual((await readTables(imported))["kb_record"]);
      const found = await searchKnowledge({
        db: loaded.db,
        viewer: undefined,
        query: { q: "переработки", page: 1, size: 20, sort: "relevance", prefix: false },
      });
      expect(found.hits.map((hit) => hit.id)).toContain("kaz-waste-law");
    });

    it("refuses what an import refuses, names each problem's place, and writes nothing", async () => {
      const loaded = await open();
      const before = await readTables(loaded);
      const bad: unknown[] = [
        { ...records[1], countries: ["FRA"] },
        { ...records[2], sectors: ["ZZ"] },
        records[3],
        records[3],
        { ...records[4], relations: [{ kind: "related-to", to: "no-such-record" }] },
        { type: "policy" },
      ];
      const error = await bulkLoadRecords({ db: loaded.db, actor: cliActor, inputs: bad }).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(ServiceError);
      expect((error as ServiceError).code).toBe("import-invalid");
      expect((error as ServiceError).details["problems"]).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ where: "record 1 (kaz-recycling-plant)", path: "countries.0" }),
          expect.objectContaining({ where: "record 2 (kaz-waste-law)", path: "sectors.0" }),
          expect.objectContaining({ where: "input", path: "id" }),
          expect.objectContaining({ where: "record 5 (uzb-zero-waste)", path: "relations.0.to" }),
          expect.objectContaining({ where: "record 6", path: "originalLanguage" }),
        ]),
      );
      expect(await readTables(loaded)).toEqual(before);
      const again = await bulkLoadRecords({ db: imported.db, actor: cliActor, inputs: [records[1]] }).then(
        () => undefined,
        (caught: unknown) => caught as ServiceError,
      );
      expect(again?.details["problems"]).toEqual([
        expect.objectContaining({ path: "id", message: expect.stringContaining("exists already") }),
      ]);
    });
  });
}
