import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type * as schema from "./schema.ts";

/**
 * The Drizzle database every query takes. PGlite and node-postgres databases both satisfy it, so
 * queries are written once and the repository contract tests run them on both.
 */
export type AtlasDatabase = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A transaction or the database itself: queries accept either. */
export type AtlasExecutor = Pick<
  AtlasDatabase,
  "select" | "insert" | "update" | "delete" | "execute" | "transaction"
>;

export type DatabaseKind = "pglite" | "postgres";

export interface DatabaseHandle {
  readonly db: AtlasDatabase;
  readonly kind: DatabaseKind;
  /** Where the data live, without credentials (for logs and `health`). */
  readonly description: string;
  close(): Promise<void>;
  /** PGlite only: an image of the data directory that `openDatabase({ pgliteImage })` can load. */
  dumpDataDir?: () => Promise<Blob>;
}
