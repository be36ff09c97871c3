/**
 * Writing records on a real database: bad input is refused with the field's path and changes
 * nothing; edits keep a version history and an append-only audit trail; imports are all or
 * nothing and exports import back unchanged.
 */
import type { RecordInput } from "@circular-atlas/contracts";
import { type DatabaseHandle, executeRows } from "@circular-atlas/database";
import { testDatabaseTargets } from "@circular-atlas/database/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliActor, type UserActor } from "../accounts/actor.ts";
import { ServiceError } from "../service-error.ts";
import { seedKnowledgeFixture } from "../testing/knowledge-fixture.ts";
import { exportRecords } from "./export-records.ts";
import { getRecord, getRecordHistory } from "./get-record.ts";
import { importRecords } from "./import-records.ts";
import { changeRecordStatus, createRecord, updateRecord } from "./write-record.ts";

const editor: UserActor = {
  kind: "user",
  userId: 0,
  label: "editor@example.org",
  role: "editor",
  countries: [],
  scopes: "all",
};

const valid: RecordInput = {
  type: "policy",
  originalLanguage: "en",
  texts: { en: { title: "Deposit-refund scheme", summary: "Bottles return for a deposit." } },
  countries: ["KAZ"],
  details: { policyKind: "regulation", instruments: ["deposit-refund"] },
};

async function refusal(promise: Promise<unknown>): Promise<ServiceError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ServiceError);
  return error as ServiceError;
}

for (const target of testDatabaseTargets()) {
  describe(`records on ${target.kind}`, () => {
    let handle: DatabaseHandle;
    let countRecords: () => Promise<number>;
    beforeAll(async () => {
      handle = await target.open();
      await seedKnowledgeFixture(handle.db);
      countRecords = async () =>
        (
          await executeRows<{ count: number }>(handle.db, sql`select count(*)::int as count from kb_record`)
        )[0]?.count ?? -1;
    });
    afterAll(async () => {
      await handle.close();
    });

    it("names the path of every bad field and writes nothing", async () => {
      const before = await countRecords();
      const oversized = await refusal(
        createRecord({
          db: handle.db,
          actor: cliActor,
          input: {
            ...valid,
            texts: { en: { title: "x".repeat(301), summary: "\u0000" } },
            sdgTargets: ["19.1"],
            extra: 1,
          },
        }),
      );
      expect(oversized.code).toBe("validation-failed");
      expect(oversized.details["issues"]).toEqual(
        expect.arrayContaining([
          { path: "texts.en.title", message: "at most 300 characters" },
          { path: "texts.en.summary", message: "contains a control character" },
          { path: "sdgTargets.0", message: "must be an SDG target such as 12.5" },
          { path: "", message: 'unknown field(s) "extra"' },
        ]),
      );
      const badCodes = await refusal(
        createRecord({
          db: handle.db,
          actor: cliActor,
          input: {
            ...valid,
            countries: ["FRA"],
            sectors: ["Z"],
            strategies: ["R11"],
            details: { policyKind: "decree", instruments: ["magic"] },
            relations: [{ kind: "addresses", to: "no-such-record" }],
          },
        }),
      );
      expect(badCodes.code).toBe("record-invalid");
      expect(badCodes.details["issues"]).toEqual([
        { path: "countries.0", message: '"FRA" is not an ECO member state' },
        { path: "sectors.0", message: '"Z" is not a code of the sector taxonomy' },
        { path: "strategies.0", message: '"R11" is not a code of the strategy taxonomy' },
        { path: "details.instruments.0", message: '"magic" is not a code of the instrument taxonomy' },
        { path: "details.policyKind", message: '"decree" is not a code of the policy-kind taxonomy' },
        { path: "relations.0.to", message: 'no record "no-such-record"' },
      ]);
      const wrongType = await refusal(
        createRecord({ db: handle.db, actor: cliActor, input: { ...valid, details: { stage: "planned" } } }),
      );
      expect(wrongType.details["issues"]).toEqual([
        { path: "details.stage", message: "is not a field of a policy record" },
      ]);
      const script = await refusal(
        createRecord({
          db: handle.db,
          actor: cliActor,
          input: {
            ...valid,
            sources: [{ title: "x", publisher: "y", accessedOn: "2026-12-01", url: "javascript:alert(1)" }],
          },
        }),
      );
      expect(script.details["issues"]).toEqual([
        { path: "sources.0.url", message: "must be an http or https address" },
      ]);
      expect(await countRecords()).toBe(before);
    });

    it("keeps markup as typed, to be shown escaped", async () => {
      const record = await createRecord({
        db: handle.db,
        actor: cliActor,
        input: {
          ...valid,
          texts: { en: { title: "<script>alert('x')</script> & <b>bold</b>", summary: "" } },
        },
      });
      expect(record.texts["en"]?.title).toBe("<script>alert('x')</script> & <b>bold</b>");
    });

    it("keeps every version and an audit event per change; refuses stale edits", async () => {
      const created = await createRecord({ db: handle.db, actor: cliActor, input: valid });
      expect(created).toMatchObject({ status: "draft", version: 1, origin: "cli" });
      const edited = await updateRecord({
        db: handle.db,
        actor: cliActor,
        id: created.id,
        input: { ...valid, version: 1, year: 2024 },
      });
      expect(edited.version).toBe(2);
      const stale = await refusal(
        updateRecord({ db: handle.db, actor: cliActor, id: created.id, input: { ...valid, version: 1 } }),
      );
      expect(stale.code).toBe("conflict");
      await changeRecordStatus({
        db: handle.db,
        actor: cliActor,
        id: created.id,
        input: { action: "submit" },
      });
      const history = await getRecordHistory({ db: handle.db, viewer: cliActor, id: created.id });
      expect(history.versions.map((version) => [version.version, version.change])).toEqual([
        [1, "create"],
        [2, "update"],
        [3, "submit"],
      ]);
      expect(history.versions[1]?.changes).toEqual([{ field: "year", before: null, after: 2024 }]);
      expect(history.versions[2]?.changes).toEqual([
        { field: "status", before: "draft", after: "under-review" },
      ]);
      expect(history.events.map((event) => [event.action, event.actor])).toEqual([
        ["record.create", "cli"],
        ["record.update", "cli"],
        ["record.submit", "cli"],
      ]);
      const refused = await executeRows(handle.db, sql`select 1`).then(async () =>
        handle.db.execute(sql`delete from audit_event`).then(
          () => "deleted",
          (error: unknown) => String((error as { cause?: unknown }).cause ?? error),
        ),
      );
      expect(refused).toMatch(/append-only/);
      const edit = await handle.db.execute(sql`update audit_event set actor_label = 'someone else'`).then(
        () => "updated",
        (error: unknown) => String((error as { cause?: unknown }).cause ?? error),
      );
      expect(edit).toMatch(/append-only/);
    });

    it("imports all records or none, and a dry run writes nothing", async () => {
      const before = await countRecords();
      const good = { ...valid, id: "import-one", relations: [{ kind: "related-to", to: "import-two" }] };
      const alsoGood = { ...valid, id: "import-two" };
      const bad = { ...valid, id: "import-three", countries: ["XXX"] };
      const failure = await refusal(
        importRecords({
          db: handle.db,
          actor: cliActor,
          text: JSON.stringify([good, alsoGood, bad]),
          format: "json",
          fileName: "records.json",
        }),
      );
      expect(failure.code).toBe("import-invalid");
      expect(failure.details["problems"]).toEqual([
        {
          where: "record 3 (import-three)",
          path: "countries.0",
          message: '"XXX" is not an ECO member state',
        },
      ]);
      expect(failure.message).toContain("records.json, record 3 (import-three), countries.0");
      const dryRun = await importRecords({
        db: handle.db,
        actor: cliActor,
        text: JSON.stringify([good, alsoGood]),
        format: "json",
        fileName: "records.json",
        dryRun: true,
      });
      expect(dryRun).toMatchObject({ written: false, created: ["import-one", "import-two"], updated: [] });
      expect(await countRecords()).toBe(before);
      const done = await importRecords({
        db: handle.db,
        actor: cliActor,
        text: JSON.stringify([good, alsoGood]),
        format: "json",
        fileName: "records.json",
      });
      expect(done.written).toBe(true);
      expect(await countRecords()).toBe(before + 2);
      const one = await getRecord({ db: handle.db, viewer: cliActor, id: "import-one" });
      expect(one.relations).toEqual([expect.objectContaining({ kind: "related-to", direction: "outgoing" })]);
    });

    it("refuses an import by a focal point for another country, naming the record", async () => {
      const focalPoint: UserActor = { ...editor, role: "focal-point", countries: ["UZB"] };
      const failure = await refusal(
        importRecords({
          db: handle.db,
          actor: focalPoint,
          text: JSON.stringify([{ ...valid, id: "fp-import" }]),
          format: "json",
          fileName: "mine.json",
        }),
      );
      expect(failure.details["problems"]).toEqual([
        { where: "record 1 (fp-import)", path: "countries", message: "you may not create records for KAZ" },
      ]);
    });

    it("reports malformed files with their place", async () => {
      const json = await refusal(
        importRecords({
          db: handle.db,
          actor: cliActor,
          text: "[{",
          format: "json",
          fileName: "broken.json",
        }),
      );
      expect(json.message).toContain("broken.json, file: not valid JSON");
      const csv = await refusal(
        importRecords({
          db: handle.db,
          actor: cliActor,
          text: "id,type,colour\nx,policy,red\n",
          format: "csv",
          fileName: "broken.csv",
        }),
      );
      expect(csv.message).toContain('broken.csv, row 1, column 3 (colour): unknown column "colour"');
    });

    it("exports records that import back unchanged, as JSON and CSV", async () => {
      for (const format of ["json", "csv"] as const) {
        const exported = await exportRecords({ db: handle.db, viewer: undefined, format });
        expect(exported.count).toBeGreaterThanOrEqual(4);
        const report = await importRecords({
          db: handle.db,
          actor: cliActor,
          text: exported.text,
          format,
          fileName: `export.${format}`,
          dryRun: true,
        });
        expect(report.updated.length).toBe(exported.count);
        const again = await exportRecords({ db: handle.db, viewer: undefined, format });
        expect(again.text).toBe(exported.text);
      }
      const csv = (await exportRecords({ db: handle.db, viewer: undefined, format: "csv" })).text;
      const json = JSON.parse(
        (await exportRecords({ db: handle.db, viewer: undefined, format: "json" })).text,
      ) as unknown[];
      const viaCsv = await importRecords({
        db: handle.db,
        actor: cliActor,
        text: csv,
        format: "csv",
        fileName: "x.csv",
        dryRun: true,
      });
      expect(viaCsv.records).toBe(json.length);
      expect(
        JSON.parse((await exportRecords({ db: handle.db, viewer: undefined, format: "json" })).text),
      ).not.toContainEqual(expect.objectContaining({ status: "draft" }));
    });
  });
}
