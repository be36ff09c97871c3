/**
 * Opens the configured database for a command, the same way the server does (so a fresh data
 * directory is created, migrated and loaded whichever command touches it first), and closes it.
 */
import {
  type AtlasConfig,
  type OpenedAtlas,
  openAtlasDatabase,
  resolveConfig,
} from "@circular-atlas/services";
import { createProgressBar } from "./progress.ts";

export async function withAtlas<T>(
  options: { loadBaseline: boolean },
  use: (atlas: OpenedAtlas, config: AtlasConfig) => Promise<T>,
): Promise<T> {
  const config = resolveConfig();
  const progress = createProgressBar();
  const atlas = await openAtlasDatabase(config, {
    loadBaseline: options.loadBaseline,
    onProgress: progress.onProgress,
  });
  progress.finish();
  try {
    return await use(atlas, config);
  } finally {
    await atlas.handle.close();
  }
}
