/**
 * `npm run build:baseline [-- --out <folder>]`: builds `data/baseline/` from the shared public
 * datasets (`../shared/data`, or `$ATLAS_SHARED_DIR/data`). Run it, review the diff, commit.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { assembleBaseline } from "./assemble-baseline.ts";
import { committedBaselineDir, resolveSharedDataDir } from "./shared-data-dir.ts";
import { writeBaseline } from "./write-baseline.ts";

const { values } = parseArgs({ options: { out: { type: "string" } } });
const outputDir = values.out === undefined ? committedBaselineDir : resolve(values.out);
const sharedDataDir = resolveSharedDataDir();
if (!existsSync(sharedDataDir)) {
  console.error(`No shared data at ${sharedDataDir}. Set ATLAS_SHARED_DIR to the folder that holds data/.`);
  process.exit(1);
}

const { files, issues } = assembleBaseline(sharedDataDir);
writeBaseline(outputDir, files);
for (const [name, content] of files) {
  console.log(`${name.padEnd(24)} ${(Buffer.byteLength(content) / 1024).toFixed(1).padStart(8)} KB`);
}
for (const issue of issues) console.warn(`[${issue.sourceId}] ${issue.kind}: ${issue.message}`);
console.log(`Wrote ${files.size} files to ${outputDir}.`);
