import type { SQL } from "drizzle-orm";
import type { AtlasExecutor } from "./atlas-database.ts";

/**
 * Runs raw SQL and returns its rows. Both drivers answer with `{ rows }`, but the shared
 * `PgDatabase` type only knows the result as `unknown`, so the shape is checked here once.
 */
export async function executeRows<Row>(db: AtlasExecutor, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as { rows?: unknown };
  if (!Array.isArray(result.rows)) throw new Error("the database driver returned no rows array");
  return result.rows as Row[];
}
