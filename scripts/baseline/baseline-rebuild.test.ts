import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assembleBaseline } from "./assemble-baseline.ts";
import { committedBaselineDir, resolveSharedDataDir } from "./shared-data-dir.ts";
import { writeBaseline } from "./write-baseline.ts";

const sharedDataDir = resolveSharedDataDir();

describe.skipIf(!existsSync(sharedDataDir))("rebuilding the baseline from ../shared/data", () => {
  const outputDir = mkdtempSync(join(tmpdir(), "atlas-baseline-"));
  afterAll(() => rmSync(outputDir, { recursive: true, force: true }));

  it("writes exactly the committed files, byte for byte", () => {
    writeBaseline(outputDir, assembleBaseline(sharedDataDir).files);
    const built = readdirSync(outputDir).sort();
    expect(readdirSync(committedBaselineDir).sort()).toEqual(built);
    for (const name of built) {
      const same = readFileSync(join(outputDir, name)).equals(readFileSync(join(committedBaselineDir, name)));
      expect(same, `${name} differs from the committed file; run npm run build:baseline`).toBe(true);
    }
  });

  it("gives the same bytes when built twice", () => {
    const first = assembleBaseline(sharedDataDir).files;
    const second = assembleBaseline(sharedDataDir).files;
    expect([...second]).toEqual([...first]);
  });
});
