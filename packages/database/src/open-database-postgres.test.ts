/**
 * PostgreSQL-only behaviour of `openDatabase`: a pooled connection that the server terminates
 * while idle must not crash the process. Runs when DATABASE_URL is set (CI sets it).
 */
import { sql } from "drizzle-orm";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { executeRows } from "./execute-rows.ts";
import { openDatabase } from "./open-database.ts";
import { createThrowawayPostgresDatabase } from "./testing/test-databases.ts";

const url = process.env["DATABASE_URL"];

describe.skipIf(url === undefined || url === "")("openDatabase on PostgreSQL", () => {
  it("survives the server terminating an idle connection, and reports it", async () => {
    const database = await createThrowawayPostgresDatabase(url as string);
    const idleErrors: Error[] = [];
    const handle = await openDatabase({
      url: database.url,
      poolSize: 1,
      onIdleConnectionError: (error) => idleErrors.push(error),
    });
    try {
      const [first] = await executeRows<{ pid: number }>(handle.db, sql`select pg_backend_pid() as pid`);
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        await admin.query("select pg_terminate_backend($1)", [first?.pid]);
      } finally {
        await admin.end();
      }
      await expect.poll(() => idleErrors.length, { timeout: 5000 }).toBe(1);
      expect((idleErrors[0] as Error & { code?: string }).code).toBe("57P01");
      const [second] = await executeRows<{ pid: number }>(handle.db, sql`select pg_backend_pid() as pid`);
      expect(second?.pid).not.toBe(first?.pid);
    } finally {
      await handle.close();
      await database.drop();
    }
  });
});
