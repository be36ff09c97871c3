/**
 * The observation history on PGlite and (when DATABASE_URL is set) PostgreSQL: the triggers of
 * migration 0005 version every change to `observation`, identical re-imports make no version,
 * flagged values wait as pending versions, and values read "as published on" a past moment.
 */
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "./atlas-database.ts";
import { executeRows } from "./execute-rows.ts";
import {
  closeQualityFlags,
  countPublishedVersionsOfImport,
  findKeyHistory,
  findObservationsAsOf,
  listQualityFlags,
  markVersionRejected,
  writePendingVersions,
} from "./queries/observation-history.ts";
import {
  createImportBatch,
  deleteStaleBaselineObservations,
  findObservations,
  type NewObservation,
  writeObservations,
} from "./queries/observations.ts";
import { seedReferenceData } from "./testing/fixtures.ts";
import { testDatabaseTargets } from "./testing/test-databases.ts";

const key = { indicatorCode: "EN_MAT_DOMCMPC", areaCode: "KAZ", timePeriod: "2017", dimensionKey: "" };

function observationOf(value: string, overrides: Partial<NewObservation> = {}): NewObservation {
  return {
    ...key,
    year: 2017,
    dimensions: {},
    value,
    unit: "T_PER_CAP",
    sourceId: "test-source",
    originalCode: "en_mat_domcmpc",
    ...overrides,
  };
}

const percentFlag = {
  ruleId: "percent-range",
  kind: "percent-range",
  severity: "error" as const,
  message: "467 is outside 0–100",
  details: { value: "467", max: 100 },
};

/** Distinct `now()` between transactions, so "as published on" has moments to tell apart. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 15));

for (const target of testDatabaseTargets()) {
  describe(`observation history on ${target.kind}`, () => {
    let handle: DatabaseHandle;
    beforeEach(async () => {
      handle = await target.open();
      await seedReferenceData(handle.db);
    });
    afterEach(async () => {
      await handle.close();
    });

    async function write(value: string, overrides: Partial<NewObservation> = {}): Promise<number> {
      const importId = await createImportBatch(handle.db, { kind: "file", format: "test" });
      await writeObservations(handle.db, [observationOf(value, overrides)], importId, {
        keepImported: false,
      });
      return importId;
    }

    const states = async () =>
      (await findKeyHistory(handle.db, key)).map(({ version }) => [
        version.version,
        version.value,
        version.state,
      ]);

    it("makes no version for an identical re-import, and keeps the superseded value readable", async () => {
      const first = await write("28.10");
      expect(await countPublishedVersionsOfImport(handle.db, first)).toBe(1);
      await tick();
      const again = await write("28.10");
      expect(await countPublishedVersionsOfImport(handle.db, again)).toBe(0);
      // "28.1" is the same number written differently: the decimal string is the value, so it is a change.
      await tick();
      const corrected = await write("28.1", { comment: "revised" });
      expect(await countPublishedVersionsOfImport(handle.db, corrected)).toBe(1);
      expect(await states()).toEqual([
        [2, "28.1", "published"],
        [1, "28.10", "superseded"],
      ]);
      const [latest, earlier] = (await findKeyHistory(handle.db, key)).map(({ version }) => version);
      expect(earlier?.supersededAt).toBe(latest?.publishedAt);
      const asOfFirst = await findObservationsAsOf(
        handle.db,
        { indicators: ["EN_MAT_DOMCMPC"], totalsOnly: false },
        earlier?.publishedAt ?? "",
      );
      expect(asOfFirst.map((row) => [row.value, row.version])).toEqual([["28.10", 1]]);
      const asOfNow = await findObservationsAsOf(
        handle.db,
        { indicators: ["EN_MAT_DOMCMPC"], totalsOnly: false },
        new Date(Date.now() + 1000).toISOString(),
      );
      expect(asOfNow.map((row) => [row.value, row.comment])).toEqual([["28.1", "revised"]]);
      const before = await findObservationsAsOf(
        handle.db,
        { indicators: ["EN_MAT_DOMCMPC"], totalsOnly: false },
        "2000-01-01T00:00:00Z",
      );
      expect(before).toEqual([]);
    });

    it("records a removed observation as withdrawn, no longer published from then on", async () => {
      const baseline = await createImportBatch(handle.db, { kind: "baseline", format: "baseline" });
      await writeObservations(handle.db, [observationOf("3")], baseline, { keepImported: true });
      const next = await createImportBatch(handle.db, { kind: "baseline", format: "baseline" });
      await tick();
      expect(await deleteStaleBaselineObservations(handle.db, next)).toBe(1);
      expect(await states()).toEqual([[1, "3", "withdrawn"]]);
      const now = new Date(Date.now() + 1000).toISOString();
      expect(
        await findObservationsAsOf(handle.db, { indicators: ["EN_MAT_DOMCMPC"], totalsOnly: false }, now),
      ).toEqual([]);
      // Published again later: a new version, the withdrawn one stays in the record.
      await write("3");
      expect(await states()).toEqual([
        [2, "3", "published"],
        [1, "3", "withdrawn"],
      ]);
    });

    it("holds a flagged value as pending until a reviewer confirms it", async () => {
      await write("46.7");
      const importId = await createImportBatch(handle.db, { kind: "file", format: "test" });
      const held = await writePendingVersions(
        handle.db,
        [{ observation: observationOf("467"), flags: [percentFlag] }],
        importId,
      );
      expect(held).toEqual({ pending: 1, unchanged: 0 });
      // Offering the same flagged value again, or the published one, changes nothing.
      const again = await writePendingVersions(
        handle.db,
        [
          { observation: observationOf("467"), flags: [percentFlag] },
          { observation: observationOf("46.7"), flags: [percentFlag] },
        ],
        importId,
      );
      expect(again).toEqual({ pending: 0, unchanged: 2 });
      const published = await findObservations(handle.db, {
        indicators: ["EN_MAT_DOMCMPC"],
        totalsOnly: true,
      });
      expect(published.map((row) => row.value)).toEqual(["46.7"]);
      const open = await listQualityFlags(handle.db, { states: ["open"], areas: ["KAZ"] });
      expect(open.map(({ flag, version }) => [flag.ruleId, version.value, version.state])).toEqual([
        ["percent-range", "467", "pending"],
      ]);
      const versionId = open[0]?.version.id ?? 0;
      // Confirming closes the flags, then writing the value publishes that same version.
      expect(
        await closeQualityFlags(handle.db, versionId, {
          state: "confirmed",
          reviewedBy: "reviewer@example.org",
          comment: "the ministry confirms the figure",
        }),
      ).toBe(1);
      await write("467");
      expect(await states()).toEqual([
        [2, "467", "published"],
        [1, "46.7", "superseded"],
      ]);
      const [confirmed] = await listQualityFlags(handle.db, { versionId });
      expect(confirmed?.flag).toMatchObject({
        state: "confirmed",
        reviewedBy: "reviewer@example.org",
        reviewComment: "the ministry confirms the figure",
      });
      expect(await listQualityFlags(handle.db, { states: ["open"] })).toEqual([]);
    });

    it("keeps a rejected value out of the published record, and a newer offer retires an older one", async () => {
      const importId = await createImportBatch(handle.db, { kind: "file", format: "test" });
      await writePendingVersions(
        handle.db,
        [{ observation: observationOf("467"), flags: [percentFlag] }],
        importId,
      );
      await writePendingVersions(
        handle.db,
        [{ observation: observationOf("4670"), flags: [percentFlag] }],
        importId,
      );
      expect(await states()).toEqual([
        [2, "4670", "pending"],
        [1, "467", "superseded"],
      ]);
      expect((await listQualityFlags(handle.db)).map(({ flag }) => flag.state).sort()).toEqual([
        "open",
        "superseded",
      ]);
      const [pending] = await listQualityFlags(handle.db, { states: ["open"] });
      const versionId = pending?.version.id ?? 0;
      await closeQualityFlags(handle.db, versionId, {
        state: "rejected",
        reviewedBy: "cli",
        comment: "typo",
      });
      await markVersionRejected(handle.db, versionId);
      expect(await states()).toEqual([
        [2, "4670", "rejected"],
        [1, "467", "superseded"],
      ]);
      expect(
        await findObservations(handle.db, { indicators: ["EN_MAT_DOMCMPC"], totalsOnly: false }),
      ).toEqual([]);
      // A clean value arriving later is published as the next version.
      await write("46.7");
      expect((await states())[0]).toEqual([3, "46.7", "published"]);
    });

    it("leaves a pending value to its reviewer when another value is published meanwhile", async () => {
      await write("46.7");
      const importId = await createImportBatch(handle.db, { kind: "file", format: "test" });
      await writePendingVersions(
        handle.db,
        [{ observation: observationOf("467"), flags: [percentFlag] }],
        importId,
      );
      await write("47.0");
      expect(await states()).toEqual([
        [3, "47.0", "published"],
        [2, "467", "pending"],
        [1, "46.7", "superseded"],
      ]);
      expect((await listQualityFlags(handle.db, { states: ["open"] })).length).toBe(1);
    });

    it("versions every row of a many-row statement once", async () => {
      const importId = await createImportBatch(handle.db, { kind: "file", format: "test" });
      const rows = Array.from({ length: 500 }, (_, index) =>
        observationOf(String(index), { timePeriod: String(1500 + index), year: 1500 + index }),
      );
      await writeObservations(handle.db, rows, importId, { keepImported: false });
      await writeObservations(
        handle.db,
        rows.map((row, index) => (index % 2 === 0 ? { ...row, value: `${row.value}.5` } : row)),
        importId,
        { keepImported: false },
      );
      const counts = await executeRows<{ state: string; count: number }>(
        handle.db,
        sql`select state, count(*)::int as count from observation_version group by state order by state`,
      );
      expect(counts).toEqual([
        { state: "published", count: 500 },
        { state: "superseded", count: 250 },
      ]);
    });
  });
}
