/**
 * Backups round-trip every row, within one engine and across PGlite and PostgreSQL (the
 * PostgreSQL cases run when DATABASE_URL is set, as in CI).
 */
import { asc } from "drizzle-orm";
import { getTableConfig } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import type { AtlasDatabase } from "./atlas-database.ts";
import { dumpDatabase, restoreDatabase } from "./backup.ts";
import { DatabaseError } from "./errors.ts";
import { insertSession, insertUser } from "./queries/accounts.ts";
import { bumpDataVersion } from "./queries/app-state.ts";
import { insertAuditEvents } from "./queries/audit.ts";
import {
  addSearchTerms,
  insertRecordVersion,
  replaceRelations,
  upsertTaxonomyTerms,
  writeRecord,
} from "./queries/knowledge-records.ts";
import { createImportBatch, writeObservations } from "./queries/observations.ts";
import { tablesInDependencyOrder } from "./schema.ts";
import { seedReferenceData } from "./testing/fixtures.ts";
import { testDatabaseTargets } from "./testing/test-databases.ts";

async function seed(db: AtlasDatabase): Promise<void> {
  await seedReferenceData(db);
  const importId = await createImportBatch(db, {
    kind: "file",
    format: "long-csv",
    fileName: "a.csv",
    contentHash: "x",
  });
  await writeObservations(
    db,
    ["1.50", "2", "0.000001", "98765432109876543.21"].map((value, index) => ({
      indicatorCode: "EN_MAT_DOMCMPC",
      areaCode: index % 2 === 0 ? "KAZ" : "UZB",
      timePeriod: String(2010 + index),
      year: 2010 + index,
      dimensionKey: index === 3 ? "TYPE_OF_PRODUCT=BIM" : "",
      dimensions: index === 3 ? { TYPE_OF_PRODUCT: "BIM" } : {},
      value,
      unit: "T_PER_CAP",
      sourceId: "test-source",
      originalCode: "en_mat_domcmpc",
      comment: index === 1 ? 'quoted "comment", with comma\nand newline' : null,
    })),
    importId,
    { keepImported: false },
  );
  await seedKnowledge(db);
  await bumpDataVersion(db);
}

/** Accounts and knowledge rows: jsonb arrays, tsvectors, doubles and the append-only audit log. */
async function seedKnowledge(db: AtlasDatabase): Promise<void> {
  const user = await insertUser(db, { email: "fp@example.org", role: "focal-point", countries: ["KAZ"] });
  await insertSession(db, {
    id: "a".repeat(64),
    userId: user.id,
    csrfToken: "c",
    expiresAt: "2030-01-01T00:00:00Z",
  });
  await upsertTaxonomyTerms(db, [
    { scheme: "strategy", code: "R8", labels: { en: "Recycling", ru: "Переработка" } },
  ]);
  for (const id of ["record-one", "record-two"]) {
    await writeRecord(
      db,
      {
        id,
        type: "policy",
        status: "published",
        originalLanguage: "ru",
        texts: { ru: { title: "Закон «Об отходах»", summary: "Раздельный сбор", translated: false } },
        countries: ["KAZ", "UZB"],
        strategies: ["R8"],
        latitude: 43.2389,
        longitude: 76.8897,
        details: { instruments: ["epr"] },
        sources: [{ title: "Source", publisher: "Publisher", accessedOn: "2026-12-01" }],
        version: 1,
        origin: "seed",
        createdBy: user.id,
        updatedBy: null,
        publishedAt: "2026-12-01T00:00:00.000Z",
      },
      {
        stemmed: [{ config: "russian", weight: "A", text: "закон об отходах" }],
        folded: "'закон':1A 'отходах':3A 'حمل':4B 'حملونقل':5B 'ونقل':5B",
        foldVersion: 2,
        titleTerms: "закон об отходах",
        bodyTerms: "раздельный сбор",
      },
    );
    await insertRecordVersion(db, {
      recordId: id,
      version: 1,
      snapshot: { id },
      changedBy: user.id,
      change: "create",
    });
  }
  await replaceRelations(db, "record-one", [{ kind: "related-to", toId: "record-two" }]);
  await addSearchTerms(db, ["закон", "отходах", "حملونقل"]);
  await insertAuditEvents(db, [
    {
      actorId: user.id,
      actorLabel: user.email,
      action: "record.create",
      entityType: "record",
      entityId: "record-one",
      before: null,
      after: { version: 1 },
      ip: "10.0.0.1",
    },
  ]);
}

async function snapshot(db: AtlasDatabase): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const table of tablesInDependencyOrder) {
    const config = getTableConfig(table);
    const order = config.columns.map((column) => asc(column));
    // The typed select maps driver values the same way on both engines.
    const rows = (await db
      .select()
      .from(table)
      .orderBy(...order)) as Record<string, unknown>[];
    tables[config.name] = rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]),
      ),
    );
  }
  return tables;
}

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const all: string[] = [];
  for await (const line of lines) all.push(line);
  return all;
}

async function* replay(lines: readonly string[]): AsyncGenerator<string> {
  yield* lines;
}

const now = () => new Date("2026-11-28T12:00:00Z");
const targets = testDatabaseTargets();

describe("backup and restore", () => {
  for (const from of targets) {
    for (const to of targets) {
      it(`round-trips every row from ${from.kind} into ${to.kind}`, async () => {
        const source = await from.open();
        const target = await to.open();
        try {
          await seed(source.db);
          const lines = await collect(dumpDatabase(source.db, { kind: source.kind, now }));
          const counts = await restoreDatabase(target.db, replay(lines));
          expect(counts.tables["observation"]).toBe(4);
          expect(await snapshot(target.db)).toEqual(await snapshot(source.db));
          // Identity sequences continue after the restored ids.
          const nextId = await createImportBatch(target.db, { kind: "file", format: "test" });
          expect(nextId).toBe(2);
        } finally {
          await source.close();
          await target.close();
        }
      });
    }
  }

  for (const target of targets) {
    it(`leaves ${target.kind} untouched when the backup is malformed`, async () => {
      const handle = await target.open();
      try {
        await seed(handle.db);
        const before = await snapshot(handle.db);
        const lines = await collect(dumpDatabase(handle.db, { kind: handle.kind, now }));
        const truncated = lines.slice(0, -1);
        await expect(restoreDatabase(handle.db, replay(truncated))).rejects.toThrow(
          /the header promises 1 rows, the file holds 0|promises/,
        );
        const broken = [...lines.slice(0, 3), "{not json", ...lines.slice(3)];
        await expect(restoreDatabase(handle.db, replay(broken))).rejects.toThrow(
          new DatabaseError("database/restore-invalid", "line 4 is not valid JSON"),
        );
        await expect(restoreDatabase(handle.db, replay(["{}"]))).rejects.toThrow(
          /does not declare the circular-atlas-backup format/,
        );
        expect(await snapshot(handle.db)).toEqual(before);
      } finally {
        await handle.close();
      }
    });
  }
});
