import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryRoot, resolveSharedDataDir } from "./shared-data-dir.ts";

describe("finding the shared data folder", () => {
  it("looks beside the repository by default", () => {
    expect(resolveSharedDataDir({})).toBe(join(dirname(repositoryRoot), "shared", "data"));
  });

  it("takes ATLAS_SHARED_DIR as the folder that holds data/, or as the data folder itself", () => {
    const shared = mkdtempSync(join(tmpdir(), "atlas-shared-"));
    try {
      mkdirSync(join(shared, "data"));
      expect(resolveSharedDataDir({ ATLAS_SHARED_DIR: shared })).toBe(join(shared, "data"));
      expect(resolveSharedDataDir({ ATLAS_SHARED_DIR: join(shared, "data") })).toBe(join(shared, "data"));
    } finally {
      rmSync(shared, { recursive: true, force: true });
    }
  });
});
