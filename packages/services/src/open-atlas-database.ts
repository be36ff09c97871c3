/**
 * Opens the configured database and makes it ready to serve: migrated to this app's schema and
 * holding the bundled baseline (loaded on first start, refreshed when the bundle changes).
 */
import { type DatabaseHandle, migrateDatabase, openDatabase } from "@circular-atlas/database";
import { type BaselineLoadReport, loadBaseline } from "./baseline/load-baseline.ts";
import type { AtlasConfig } from "./config.ts";
import { type KnowledgeSeedReport, loadKnowledgeSeed } from "./knowledge/load-knowledge-seed.ts";
import { reindexStaleRecords } from "./knowledge/reindex-records.ts";
import type { ProgressCallback } from "./progress.ts";

export interface OpenedAtlas {
  readonly handle: DatabaseHandle;
  readonly migrationsApplied: string[];
  readonly baseline: BaselineLoadReport | undefined;
  readonly knowledge: KnowledgeSeedReport | undefined;
}

export async function openAtlasDatabase(
  config: Pick<AtlasConfig, "databaseUrl" | "dataDir" | "baselineDir" | "knowledgeDir">,
  options: {
    loadBaseline?: boolean;
    onProgress?: ProgressCallback;
    onIdleConnectionError?: (error: Error) => void;
  } = {},
): Promise<OpenedAtlas> {
  const handle = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    ...(options.onIdleConnectionError === undefined
      ? {}
      : { onIdleConnectionError: options.onIdleConnectionError }),
  });
  try {
    const migrationsApplied = await migrateDatabase(handle.db);
    await reindexStaleRecords({
      db: handle.db,
      ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    });
    const baseline =
      options.loadBaseline === false
        ? undefined
        : await loadBaseline({
            db: handle.db,
            directory: config.baselineDir,
            ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
          });
    const knowledge =
      options.loadBaseline === false
        ? undefined
        : await loadKnowledgeSeed({ db: handle.db, directory: config.knowledgeDir });
    return { handle, migrationsApplied, baseline, knowledge };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
