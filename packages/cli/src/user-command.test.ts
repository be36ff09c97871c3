/**
 * `atlas user …` as an operator runs it: the printed one-time token really sets a password, the
 * printed API token really authenticates, and mistakes exit 1 (data) or 2 (usage).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  openAtlasDatabase,
  resetPassword,
  resolveApiToken,
  resolveConfig,
  signIn,
} from "@circular-atlas/services";
import { afterAll, describe, expect, it } from "vitest";
import { runAtlas } from "./testing/run-atlas.ts";

const work = mkdtempSync(path.join(tmpdir(), "atlas-user-"));
const env = { ATLAS_DATA_DIR: path.join(work, "data"), DATABASE_URL: "" };

/** Opens the data directory the CLI used (after it exited, so the lock is free). */
async function withDatabase<T>(
  use: (db: Awaited<ReturnType<typeof openAtlasDatabase>>["handle"]["db"]) => Promise<T>,
) {
  const atlas = await openAtlasDatabase(resolveConfig({ ...process.env, ...env }), { loadBaseline: false });
  try {
    return await use(atlas.handle.db);
  } finally {
    await atlas.handle.close();
  }
}

describe("atlas user", () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("adds a focal point whose printed token sets a password that signs in", async () => {
    const added = await runAtlas(
      ["user", "add", "FP@Example.org", "--role", "focal-point", "--country", "kaz,kgz"],
      env,
    );
    expect(added.code).toBe(0);
    expect(added.stderr).toContain("one-time token");
    const token = added.stdout.trim();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await withDatabase(async (db) => {
      await resetPassword({ db, input: { token, password: "a long enough passphrase" } });
      const signedIn = await signIn({
        db,
        input: { email: "fp@example.org", password: "a long enough passphrase" },
        ip: "10.9.9.9",
      });
      expect(signedIn.user).toMatchObject({ role: "focal-point", countries: ["KAZ", "KGZ"] });
    });
    const list = await runAtlas(["user", "list"], env);
    expect(list.stdout.trim()).toBe("fp@example.org\tfocal-point\tKAZ,KGZ\tactive");
  });

  it("refuses a duplicate account or a focal point without a country (exit 1), an unknown role (exit 2)", async () => {
    const duplicate = await runAtlas(["user", "add", "fp@example.org", "--role", "reader"], env);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain("exists already");
    const noCountry = await runAtlas(["user", "add", "lead@example.org", "--role", "country-lead"], env);
    expect(noCountry.code).toBe(1);
    expect(noCountry.stderr).toContain("needs at least one country");
    const notMember = await runAtlas(
      ["user", "add", "lead@example.org", "--role", "country-lead", "--country", "FRA"],
      env,
    );
    expect(notMember.code).toBe(1);
    expect(notMember.stderr).toContain("not a member state: FRA");
    const badRole = await runAtlas(["user", "add", "x@example.org", "--role", "boss"], env);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain("Allowed choices are admin, editor, focal-point");
  });

  it("changes a role, prints reset and API tokens, and revokes tokens", async () => {
    const role = await runAtlas(
      ["user", "role", "fp@example.org", "--role", "country-lead", "--country", "KAZ"],
      env,
    );
    expect(role.code).toBe(0);
    expect(role.stderr).toContain("fp@example.org is now country-lead for KAZ");
    const reset = await runAtlas(["user", "reset-password", "fp@example.org"], env);
    expect(reset.code).toBe(0);
    expect(reset.stdout.trim()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await runAtlas(["user", "reset-password", "nobody@example.org"], env)).code).toBe(1);
    const token = await runAtlas(["user", "token", "fp@example.org", "--scope", "read", "write"], env);
    expect(token.code).toBe(0);
    const secret = token.stdout.trim();
    expect(secret.startsWith("atl_")).toBe(true);
    await withDatabase(async (db) => {
      expect(await resolveApiToken({ db, secret })).toMatchObject({
        role: "country-lead",
        scopes: ["read", "write"],
      });
    });
    const id = /token (\d+)/.exec(token.stderr)?.[1] as string;
    expect((await runAtlas(["user", "revoke-token", id], env)).code).toBe(0);
    await withDatabase(async (db) => {
      expect(await resolveApiToken({ db, secret })).toBeUndefined();
    });
    expect((await runAtlas(["user", "token", "fp@example.org", "--scope", "everything"], env)).code).toBe(2);
  });
});
