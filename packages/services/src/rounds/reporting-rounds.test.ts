import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  type DatabaseHandle,
  listAuditEvents,
  listQuestionnaireVersions,
  listRoundAreas,
} from "@circular-atlas/database";
import { seedReferenceData, testDatabaseTargets } from "@circular-atlas/database/testing";
import { toXlsx } from "@circular-atlas/formats";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { cliActor } from "../accounts/actor.ts";
import { serviceFailure } from "../testing/mapping-fixture.ts";
import { importQuestionnaireVersion } from "./import-questionnaire-version.ts";
import { createReportingRound, isCalendarDate } from "./reporting-rounds.ts";

const work = mkdtempSync(path.join(tmpdir(), "atlas-rounds-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A small XLSForm: one indicator question feeding a series, and its year. */
function form(
  fileName: string,
  options: { series?: string; version?: string; relevant?: string } = {},
): string {
  const bytes = toXlsx([
    {
      name: "survey",
      rows: [
        ["type", "name", "label::English (en)", "relevant", "bind::atlas:series"],
        ["integer", "year", "Year", "", ""],
        [
          "decimal",
          "dmc",
          "Domestic material consumption per capita",
          options.relevant ?? "${year} > 1990",
          options.series ?? "EN_MAT_DOMCMPC",
        ],
      ],
    },
    {
      name: "settings",
      rows: [
        ["form_id", "version", "default_language"],
        ["round_test", options.version ?? "2026120401", "English (en)"],
      ],
    },
  ]);
  const location = path.join(work, fileName);
  writeFileSync(location, bytes);
  return location;
}

const failure = serviceFailure;

describe("isCalendarDate", () => {
  it("takes real dates written YYYY-MM-DD only", () => {
    expect(["2026-12-31", "2028-02-29", "2000-02-29"].map(isCalendarDate)).toEqual([true, true, true]);
    expect(
      ["2026-02-29", "1900-02-29", "2026-13-01", "2026-1-01", "31.12.2026", ""].map(isCalendarDate),
    ).toEqual([false, false, false, false, false, false]);
  });
});

for (const target of testDatabaseTargets()) {
  describe(`reporting rounds on ${target.kind}`, () => {
    let handle: DatabaseHandle;
    beforeEach(async () => {
      handle = await target.open();
      await seedReferenceData(handle.db);
    });
    afterEach(async () => {
      await handle.close();
    });

    const round = { name: "Mapping 2026", period: "2026", dueDate: "2027-03-31", lockDate: "2027-04-30" };

    it("creates a round for every member state, audited, and refuses the same name twice", async () => {
      const created = await createReportingRound({ db: handle.db, actor: cliActor, ...round });
      expect(created).toMatchObject({
        name: "Mapping 2026",
        period: "2026",
        dueDate: "2027-03-31",
        lockDate: "2027-04-30",
      });
      // The test reference data holds two member states.
      expect(created.areas).toEqual(["KAZ", "UZB"]);
      expect(await listRoundAreas(handle.db, created.id)).toEqual(["KAZ", "UZB"]);
      const audit = await listAuditEvents(handle.db, "reporting-round", String(created.id));
      expect(audit.map((event) => [event.action, event.actorLabel])).toEqual([["round.created", "cli"]]);
      const again = await failure(
        createReportingRound({ db: handle.db, actor: cliActor, ...round, name: " Mapping 2026 " }),
      );
      expect(again.code).toBe("conflict");
      expect(again.message).toBe('a round named "Mapping 2026" exists already');
    });

    it("names the field of every bad input and stores nothing", async () => {
      const cases: [Partial<typeof round> & { areas?: string[] }, string][] = [
        [{ name: "  " }, "name: a round needs a name"],
        [{ period: "2026-27" }, 'period: the reporting period is a year, e.g. 2026 (got "2026-27")'],
        [{ dueDate: "2027-02-30" }, 'due: "2027-02-30" is no calendar date written YYYY-MM-DD'],
        [{ lockDate: "30/04/2027" }, 'lock: "30/04/2027" is no calendar date written YYYY-MM-DD'],
        [
          { lockDate: "2027-03-30" },
          "lock: the lock date 2027-03-30 is before the due date 2027-03-31; answers are locked on or after they are due",
        ],
        [{ areas: ["KAZ", "FRA"] }, "areas: FRA is no member state (KAZ, UZB)"],
      ];
      for (const [change, message] of cases) {
        const error = await failure(
          createReportingRound({ db: handle.db, actor: cliActor, ...round, ...change }),
        );
        expect([error.code, error.message]).toEqual(["validation-failed", message]);
      }
      const created = await createReportingRound({
        db: handle.db,
        actor: cliActor,
        ...round,
        areas: ["kaz"],
      });
      expect(created.areas).toEqual(["KAZ"]);
    });

    it("stores a questionnaire version once, refuses another file under its version, and lists every finding of a broken one", async () => {
      const { id: roundId } = await createReportingRound({ db: handle.db, actor: cliActor, ...round });
      const first = form("first.xlsx");
      const stored = await importQuestionnaireVersion({
        db: handle.db,
        actor: cliActor,
        roundId,
        filePath: first,
      });
      expect(stored).toMatchObject({ roundId, formId: "round_test", version: "2026120401", created: true });
      const again = await importQuestionnaireVersion({
        db: handle.db,
        actor: cliActor,
        roundId,
        filePath: first,
      });
      expect(again).toMatchObject({ id: stored.id, created: false });
      const versions = await listQuestionnaireVersions(handle.db, roundId);
      expect(versions).toHaveLength(1);
      expect(Buffer.from(versions[0]?.sourceBase64 ?? "", "base64").length).toBeGreaterThan(500);
      expect(versions[0]?.form).toMatchObject({ settings: { formId: "round_test", version: "2026120401" } });

      const changed = form("changed.xlsx", { relevant: "${year} > 2000" });
      const conflict = await failure(
        importQuestionnaireVersion({ db: handle.db, actor: cliActor, roundId, filePath: changed }),
      );
      expect(conflict.code).toBe("conflict");
      expect(conflict.message).toContain(
        "round 1 already has version 2026120401 of round_test".replace("1", String(roundId)),
      );
      expect(
        await importQuestionnaireVersion({
          db: handle.db,
          actor: cliActor,
          roundId,
          filePath: form("next.xlsx", { relevant: "${year} > 2000", version: "2026120402" }),
        }),
      ).toMatchObject({ created: true, version: "2026120402" });

      const broken = form("broken.xlsx", {
        series: "EN_NOT_HELD",
        relevant: "${yaer} > 1990",
        version: "2026120403",
      });
      const refused = await failure(
        importQuestionnaireVersion({ db: handle.db, actor: cliActor, roundId, filePath: broken }),
      );
      expect(refused.code).toBe("validation-failed");
      expect(refused.message).toContain("broken.xlsx: 2 error(s), nothing was imported");
      expect(refused.message).toContain(
        "survey!E3 (bind::atlas:series): error: bind::atlas:series names EN_NOT_HELD, a series the observatory does not hold",
      );
      expect(refused.message).toContain("survey!D3 (relevant)");
      expect(await listQuestionnaireVersions(handle.db, roundId)).toHaveLength(2);

      const missing = await failure(
        importQuestionnaireVersion({
          db: handle.db,
          actor: cliActor,
          roundId: roundId + 100,
          filePath: first,
        }),
      );
      expect([missing.code, missing.message]).toEqual([
        "not-found",
        `no reporting round ${roundId + 100} (atlas round create makes one)`,
      ]);
    });
  });
}
