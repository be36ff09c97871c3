/**
 * Where the build reads from and writes to. The shared public datasets live beside the
 * repository (`../shared/data`), never inside it; `ATLAS_SHARED_DIR` points elsewhere.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (two folders above this file). */
export const repositoryRoot = resolve(fileURLToPath(new URL("../..", import.meta.url)));

/** The committed output folder. */
export const committedBaselineDir = join(repositoryRoot, "data", "baseline");

/**
 * The shared folder that holds `data/` (one folder per dataset, each with a PROVENANCE.md).
 * `ATLAS_SHARED_DIR` names that shared folder, not its `data/` child.
 */
export function resolveSharedDir(environment: NodeJS.ProcessEnv = process.env): string {
  const fromEnvironment = environment["ATLAS_SHARED_DIR"];
  return fromEnvironment ? resolve(fromEnvironment) : resolve(repositoryRoot, "..", "shared");
}

/**
 * The datasets folder: `data/` inside the shared folder. When `ATLAS_SHARED_DIR` names the
 * datasets folder itself (it has no `data/` child), that folder is used as it is.
 */
export function resolveSharedDataDir(environment: NodeJS.ProcessEnv = process.env): string {
  const sharedDir = resolveSharedDir(environment);
  const dataDir = join(sharedDir, "data");
  return existsSync(dataDir) || !environment["ATLAS_SHARED_DIR"] ? dataDir : sharedDir;
}
