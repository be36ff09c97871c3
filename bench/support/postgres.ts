/**
 * A throw-away PostgreSQL database for the runs against PostgreSQL: on the server `DATABASE_URL`
 * names, or else on 127.0.0.1:5432 (database `test`, trust auth) when one answers there.
 */
import os from "node:os";
import pg from "pg";

export interface ThrowawayDatabase {
  readonly url: string;
  /** The URL with its credentials removed, for reports. */
  readonly description: string;
  drop(): Promise<void>;
}

// node-postgres takes the user from $USER, which a CI shell may not set; trust auth wants the OS user.
const localServerUrl = `postgres://${encodeURIComponent(os.userInfo().username)}@127.0.0.1:5432/test`;

/** The admin URL to create databases with, or undefined when no PostgreSQL answers. */
export async function findPostgres(): Promise<string | undefined> {
  const configured = process.env["DATABASE_URL"];
  if (configured !== undefined && configured !== "") return configured;
  const client = new pg.Client({ connectionString: localServerUrl, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query("select 1");
    return localServerUrl;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function createThrowawayDatabase(adminUrl: string): Promise<ThrowawayDatabase> {
  const name = `atlas_bench_${process.pid}_${Date.now().toString(36)}`;
  await runAdminQuery(adminUrl, `create database ${name}`);
  const target = new URL(adminUrl);
  target.pathname = `/${name}`;
  const shown = new URL(target);
  shown.username = "";
  shown.password = "";
  return {
    url: target.toString(),
    description: `PostgreSQL ${await readServerVersion(adminUrl)} at ${shown.host}`,
    drop: () => runAdminQuery(adminUrl, `drop database if exists ${name} with (force)`),
  };
}

async function readServerVersion(adminUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const result = await client.query<{ server_version: string }>("show server_version");
    return result.rows[0]?.server_version.split(" ")[0] ?? "?";
  } finally {
    await client.end();
  }
}

async function runAdminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
