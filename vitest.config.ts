import { defineConfig } from "vitest/config";

/**
 * One test project per package (plus the baseline builder and the browser journeys), so each runs
 * in the environment its code targets: engines and formats in plain Node, web under jsdom, and
 * the database-backed packages against real PGlite (and PostgreSQL when DATABASE_URL is set).
 */
const node = (name: string, include: string[], extra: Record<string, unknown> = {}) => ({
  test: { name, include, environment: "node", ...extra },
});

export default defineConfig({
  test: {
    // Vitest's default here ran one file at a time on CI's two cores; two workers overlap the CLI
    // suites' child processes and the browser journeys' server with other files.
    maxWorkers: 2,
    projects: [
      // Pure packages share one module graph per worker (no per-file re-import): their tests hold
      // no global state, and re-importing the engines for each of ~100 small files cost minutes.
      node("engines", ["packages/engines/**/*.test.ts"], { isolate: false }),
      node("formats", ["packages/formats/**/*.test.ts"], { isolate: false }),
      node("contracts", ["packages/contracts/**/*.test.ts"], { isolate: false }),
      node("database", ["packages/database/**/*.test.ts"], { testTimeout: 60_000, hookTimeout: 60_000 }),
      node("services", ["packages/services/**/*.test.ts"], { testTimeout: 60_000, hookTimeout: 60_000 }),
      node("server", ["packages/server/**/*.test.ts"], { testTimeout: 60_000, hookTimeout: 60_000 }),
      node("cli", ["packages/cli/**/*.test.ts"], { testTimeout: 300_000, hookTimeout: 300_000 }),
      node("baseline", ["scripts/**/*.test.ts"], { testTimeout: 60_000 }),
      {
        test: {
          name: "web",
          include: ["packages/web/**/*.test.{ts,tsx}"],
          environment: "jsdom",
          // Page tests render whole routes; with another file running beside them a slow one
          // takes a few seconds, more than the 5 s default allows for.
          testTimeout: 20_000,
        },
      },
      node("e2e", ["e2e/**/*.test.ts"], {
        testTimeout: 120_000,
        hookTimeout: 180_000,
        fileParallelism: false,
      }),
    ],
  },
});
