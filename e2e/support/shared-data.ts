/**
 * The raw public datasets in ../shared/data (or `ATLAS_SHARED_DIR`), read in a test to check
 * what a page shows against the file the baseline was built from. They live beside the
 * repository, not in it: tests that read them say so in their name and skip when they are absent.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readCsv } from "@circular-atlas/formats";
import { resolveSharedDataDir } from "../../scripts/baseline/shared-data-dir.ts";

export const sharedDataDir = resolveSharedDataDir();
export const hasSharedData = existsSync(sharedDataDir);

/** A raw CSV file as rows keyed by the header's column names. */
export function readSharedCsv(file: string): Record<string, string>[] {
  const [header, ...rows] = readCsv(readFileSync(join(sharedDataDir, file), "utf8")).records;
  const columns = header?.cells ?? [];
  return rows.map((row) =>
    Object.fromEntries(columns.map((column, index) => [column, row.cells[index] ?? ""])),
  );
}

/** The one row whose columns hold the given values; throws when there is none. */
export function sharedRow(file: string, match: Record<string, string>): Record<string, string> {
  const row = readSharedCsv(file).find((candidate) =>
    Object.entries(match).every(([column, value]) => candidate[column] === value),
  );
  if (!row) throw new Error(`no row ${JSON.stringify(match)} in ${file}`);
  return row;
}
