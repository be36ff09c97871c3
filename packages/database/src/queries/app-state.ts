/** Facts about the database itself: the loaded baseline version and a data version for caches. */
import { eq, sql } from "drizzle-orm";
import type { AtlasDatabase, AtlasExecutor } from "../atlas-database.ts";
import { appState } from "../schema.ts";

export const appStateKeys = {
  baselineVersion: "baseline_version",
  /** Content hash of the bundled knowledge-base seed last loaded. */
  knowledgeSeedVersion: "knowledge_seed_version",
  /** Increases with every write to observations or records; response caches key on it. */
  dataVersion: "data_version",
} as const;

export async function readAppState(db: AtlasDatabase, key: string): Promise<string | null> {
  const rows = await db.select({ value: appState.value }).from(appState).where(eq(appState.key, key));
  return rows[0]?.value ?? null;
}

export async function writeAppState(db: AtlasExecutor, key: string, value: string): Promise<void> {
  await db
    .insert(appState)
    .values({ key, value })
    .onConflictDoUpdate({ target: appState.key, set: { value, updatedAt: sql`now()` } });
}

/** Bumps the data version inside the writing transaction, so readers see both or neither. */
export async function bumpDataVersion(db: AtlasExecutor): Promise<void> {
  await db.execute(sql`
    insert into app_state (key, value) values (${appStateKeys.dataVersion}, '1')
    on conflict (key) do update set value = (app_state.value::bigint + 1)::text, updated_at = now()`);
}
