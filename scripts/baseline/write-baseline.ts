/** Writes the assembled files into a folder (created if needed); other files there are left alone. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function writeBaseline(outputDir: string, files: ReadonlyMap<string, string>): void {
  mkdirSync(outputDir, { recursive: true });
  for (const [name, content] of files) writeFileSync(join(outputDir, name), content);
}
