/**
 * Databases a test can share with a child process it kills: a PGlite data directory (as
 * `atlas serve` keeps it; one process at a time, so the test opens it only between children) and
 * a throw-away PostgreSQL database, whose server the test can ask what the child is doing.
 */
import { mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import {
  type AtlasDatabase,
  type DatabaseHandle,
  executeRows,
  migrateDatabase,
  openDatabase,
} from "@circular-atlas/database";
import { createThrowawayPostgresDatabase } from "@circular-atlas/database/testing";
import { sql } from "drizzle-orm";

export interface KillableDatabase {
  /** How a child process opens it (`openDatabase` options). */
  readonly childOptions: { readonly url?: string; readonly dataDir?: string };
  /** Runs `work` on the test's own connection (for PGlite, opened for it and closed after). */
  use<T>(work: (db: AtlasDatabase) => Promise<T>): Promise<T>;
  /**
   * Whether the server has a transaction open for the connection named `applicationName`
   * (PostgreSQL's pg_stat_activity); undefined for PGlite, which has no second observer.
   */
  inTransaction(applicationName: string): Promise<boolean | undefined>;
  remove(): Promise<void>;
}

/** A migrated PGlite data directory under `parent`, and PostgreSQL when DATABASE_URL is set. */
export function killableDatabaseKinds(
  parent: string,
): { readonly kind: string; open(): Promise<KillableDatabase> }[] {
  const kinds = [{ kind: "a PGlite data directory", open: () => openPgliteDirectory(parent) }];
  const url = process.env["DATABASE_URL"];
  if (url !== undefined && url !== "") kinds.push({ kind: "PostgreSQL", open: () => openPostgres(url) });
  return kinds;
}

/** `url` with the connection's `application_name`, which pg_stat_activity shows. */
export function withApplicationName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set("application_name", name);
  return parsed.toString();
}

async function openPgliteDirectory(parent: string): Promise<KillableDatabase> {
  const dataDir = mkdtempSync(path.join(parent, "pglite-"));
  const first = await openDatabase({ dataDir });
  await migrateDatabase(first.db);
  await first.close();
  return {
    childOptions: { dataDir },
    async use(work) {
      const handle = await openDatabase({ dataDir });
      try {
        return await work(handle.db);
      } finally {
        await handle.close();
      }
    },
    inTransaction: async () => undefined,
    remove: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function openPostgres(serverUrl: string): Promise<KillableDatabase> {
  const database = await createThrowawayPostgresDatabase(serverUrl);
  let handle: DatabaseHandle | undefined;
  try {
    handle = await openDatabase({ url: database.url, poolSize: 2 });
    await migrateDatabase(handle.db);
  } catch (error) {
    await handle?.close();
    await database.drop();
    throw error;
  }
  const { db } = handle;
  return {
    childOptions: { url: database.url },
    use: (work) => work(db),
    async inTransaction(applicationName) {
      const rows = await executeRows<{ open: string }>(
        db,
        sql`select count(*) as "open" from pg_stat_activity
          where application_name = ${applicationName} and xact_start is not null`,
      );
      return Number(rows[0]?.open) > 0;
    },
    async remove() {
      await handle?.close();
      await database.drop();
    },
  };
}
