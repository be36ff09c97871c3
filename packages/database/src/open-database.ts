/**
 * Opens the platform's database: PostgreSQL when a connection URL is given (several server
 * processes may share it), otherwise embedded PGlite in a data directory that one process owns.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import type { AtlasDatabase, DatabaseHandle } from "./atlas-database.ts";
import { acquireDataDirectoryLock } from "./data-directory-lock.ts";
import { DatabaseError } from "./errors.ts";
import * as schema from "./schema.ts";

export interface OpenDatabaseOptions {
  /** PostgreSQL connection string; when set, PGlite is not used. */
  readonly url?: string | undefined;
  /** PGlite data directory; `undefined` with no url means an in-memory database (tests). */
  readonly dataDir?: string | undefined;
  /** Largest number of pooled PostgreSQL connections. */
  readonly poolSize?: number;
  /** An in-memory PGlite starts from this data-directory image (tests clone a migrated one). */
  readonly pgliteImage?: Blob;
  /**
   * Told when an idle pooled PostgreSQL connection fails (server restart, a terminated backend).
   * The pool has already discarded that connection and opens a new one for the next query.
   */
  readonly onIdleConnectionError?: (error: Error) => void;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.url !== undefined && options.url !== "")
    return openPostgres(options.url, options.poolSize ?? 10, options.onIdleConnectionError);
  return openPglite(options.dataDir, options.pgliteImage);
}

async function openPostgres(
  url: string,
  poolSize: number,
  onIdleConnectionError: ((error: Error) => void) | undefined,
): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // Without a listener, an idle connection's error (the server restarting, or a backend
  // terminated while `end()` is still closing its socket) is thrown as an uncaught exception
  // and takes the whole process down. The pool drops that connection by itself.
  pool.on("error", (error) => onIdleConnectionError?.(error));
  // pg returns bigint and numeric as strings already; keep it that way (exact decimals).
  const target = describePostgresUrl(url);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end();
    throw new DatabaseError("database/unreachable", `cannot connect to PostgreSQL at ${target}`, {
      cause: error,
    });
  }
  const db = drizzlePostgres(pool, { schema }) as unknown as AtlasDatabase;
  return { db, kind: "postgres", description: `PostgreSQL at ${target}`, close: () => pool.end() };
}

/** PGlite loads extensions at start; the migrations then `CREATE EXTENSION` them. */
const extensions = { pg_trgm };

async function openPglite(dataDir: string | undefined, image: Blob | undefined): Promise<DatabaseHandle> {
  if (dataDir === undefined) {
    const client = await PGlite.create(
      image === undefined ? { extensions } : { extensions, loadDataDir: image },
    );
    const db = drizzlePglite(client, { schema }) as unknown as AtlasDatabase;
    return {
      db,
      kind: "pglite",
      description: "PGlite in memory",
      close: () => client.close(),
      dumpDataDir: async () => client.dumpDataDir("none"),
    };
  }
  const directory = path.resolve(dataDir);
  mkdirSync(directory, { recursive: true });
  // PGlite is single-process: a second process on the same files would corrupt them.
  const releaseLock = acquireDataDirectoryLock(directory);
  try {
    const client = await PGlite.create(path.join(directory, "pgdata"), { extensions });
    const db = drizzlePglite(client, { schema }) as unknown as AtlasDatabase;
    return {
      db,
      kind: "pglite",
      description: `PGlite in ${directory}`,
      close: async () => {
        await client.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/** `postgres://user:secret@host:5432/db` → `host:5432/db`; credentials never leave this module. */
export function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}
