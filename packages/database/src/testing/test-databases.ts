/**
 * Databases for tests: in-memory PGlite always, and a throw-away PostgreSQL database whenever
 * `DATABASE_URL` is set (CI sets it), so one suite proves both engines.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { DatabaseHandle, DatabaseKind } from "../atlas-database.ts";
import { migrateDatabase } from "../migrate.ts";
import { openDatabase } from "../open-database.ts";

export interface TestDatabaseTarget {
  readonly kind: DatabaseKind;
  /** Opens a fresh, migrated, empty database; `close` removes it. */
  open(): Promise<DatabaseHandle>;
}

/** PGlite always; PostgreSQL too when DATABASE_URL is set. */
export function testDatabaseTargets(): TestDatabaseTarget[] {
  const targets: TestDatabaseTarget[] = [{ kind: "pglite", open: openPgliteFromTemplate }];
  const url = process.env["DATABASE_URL"];
  if (url !== undefined && url !== "")
    targets.push({ kind: "postgres", open: () => openMigrated(createPostgresDatabase(url)) });
  return targets;
}

let pgliteTemplate: Promise<Blob> | undefined;

/**
 * A migrated in-memory PGlite, cloned from a data-directory image made once per test process:
 * initdb plus migrations take seconds, loading the image a fraction of that.
 */
async function openPgliteFromTemplate(): Promise<DatabaseHandle> {
  pgliteTemplate ??= (async () => {
    const template = await openMigrated(openDatabase({}));
    const image = await (template.dumpDataDir as () => Promise<Blob>)();
    await template.close();
    return image;
  })();
  return openDatabase({ pgliteImage: await pgliteTemplate });
}

async function openMigrated(opening: Promise<DatabaseHandle>): Promise<DatabaseHandle> {
  const handle = await opening;
  await migrateDatabase(handle.db);
  return handle;
}

/** Creates `atlas_test_<random>` on the server of `url`; `drop` removes it (even with open connections). */
export async function createThrowawayPostgresDatabase(
  url: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `atlas_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      try {
        await dropper.query(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

/** Opens a throw-away PostgreSQL database on the server of `url`; `close` drops it. */
export async function createPostgresDatabase(url: string): Promise<DatabaseHandle> {
  const database = await createThrowawayPostgresDatabase(url);
  const handle = await openDatabase({ url: database.url, poolSize: 4 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await database.drop();
    },
  };
}
