/**
 * Temporary directories under the system temp directory, all removed by `removeTempDirs` when the
 * run ends (the dispatcher calls it in `finally`), so a benchmark leaves nothing behind.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const created: string[] = [];

export function createTempDir(label: string): string {
  const directory = mkdtempSync(path.join(os.tmpdir(), `atlas-bench-${label}-`));
  created.push(directory);
  return directory;
}

export function removeTempDirs(): void {
  for (const directory of created.splice(0).reverse()) {
    rmSync(directory, { recursive: true, force: true });
  }
}
