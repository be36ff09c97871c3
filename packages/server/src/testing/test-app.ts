/**
 * A server over a real database holding the real bundled baseline, for `app.inject()` tests:
 * PGlite always, PostgreSQL too when DATABASE_URL is set.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { testDatabaseTargets } from "@circular-atlas/database/testing";
import { loadBaseline, loadKnowledgeSeed, type OpenedAtlas } from "@circular-atlas/services";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../app.ts";

export const bundledBaselineDir = fileURLToPath(new URL("../../../../data/baseline", import.meta.url));
export const bundledKnowledgeDir = fileURLToPath(new URL("../../../../data/knowledge", import.meta.url));

/** The shell the web-app plugin serves for deep links; a stand-in for the built index.html. */
export const testIndexHtml =
  '<!doctype html><html lang="en"><head><title>Circular Atlas</title></head><body><div id="root"></div></body></html>';

export interface TestApp {
  readonly app: FastifyInstance;
  /** The app's database, for arranging state through services. */
  readonly db: OpenedAtlas["handle"]["db"];
  /** Closes only the database, to see how the app behaves without it. */
  closeDatabase(): Promise<void>;
  close(): Promise<void>;
}

export function testAppTargets(): { kind: string; open(): Promise<TestApp> }[] {
  return testDatabaseTargets().map((target) => ({
    kind: target.kind,
    open: async () => {
      const handle = await target.open();
      const baseline = await loadBaseline({ db: handle.db, directory: bundledBaselineDir });
      const knowledge = await loadKnowledgeSeed({ db: handle.db, directory: bundledKnowledgeDir });
      const webDir = mkdtempSync(path.join(tmpdir(), "atlas-web-"));
      writeFileSync(path.join(webDir, "index.html"), testIndexHtml);
      const app = await buildApp({
        atlas: { handle, migrationsApplied: [], baseline, knowledge },
        config: { baselineDir: bundledBaselineDir, webDir, logLevel: "silent", cookieSecure: "auto" },
        version: "test",
        logger: false,
      });
      let databaseOpen = true;
      const closeDatabase = async () => {
        if (databaseOpen) await handle.close();
        databaseOpen = false;
      };
      return {
        app,
        db: handle.db,
        closeDatabase,
        close: async () => {
          await app.close();
          await closeDatabase();
          rmSync(webDir, { recursive: true, force: true });
        },
      };
    },
  }));
}
