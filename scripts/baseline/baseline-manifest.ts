/**
 * `manifest.json`: the baseline's version (a content hash, so identical inputs give an
 * identical version and any change gives a new one), the datasets read, and row counts.
 */
import { createHash } from "node:crypto";
import { type BaselineManifest, baselineManifestSchema } from "@circular-atlas/contracts";
import { compareCodeUnits } from "./baseline-observation.ts";

/**
 * SHA-256 over the files sorted by name, each fed as `name`, NUL, content, NUL (the separators
 * keep a byte moving from one file to the next from hashing the same).
 */
export function hashBaselineFiles(files: ReadonlyMap<string, string>): string {
  const hash = createHash("sha256");
  for (const name of [...files.keys()].sort(compareCodeUnits)) {
    hash
      .update(name)
      .update("\u0000")
      .update(files.get(name) ?? "")
      .update("\u0000");
  }
  return hash.digest("hex");
}

export function buildManifest(
  files: ReadonlyMap<string, string>,
  datasets: BaselineManifest["datasets"],
  counts: BaselineManifest["counts"],
): BaselineManifest {
  return baselineManifestSchema.parse({ version: hashBaselineFiles(files), datasets, counts });
}
