/**
 * Publication is one transaction even when the process dies: a child process publishes an approved
 * submission (publish-killed-child.ts) and is killed with SIGKILL at chosen statements of the
 * transaction (the observations' insert, the first record, a seeded record, the state change) and
 * just before its COMMIT; the database, opened again, holds either nothing of the publication or
 * all of it (nothing, when the kill came before COMMIT), and publishing then succeeds exactly once. On a PGlite data directory (as `atlas serve`
 * keeps it) and on PostgreSQL when DATABASE_URL is set.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type AtlasDatabase, executeRows, findSubmission, upsertAreas } from "@circular-atlas/database";
import { seedReferenceData } from "@circular-atlas/database/testing";
import { toXlsx } from "@circular-atlas/formats";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { cliActor } from "../accounts/actor.ts";
import { type KillableDatabase, killableDatabaseKinds } from "../testing/killable-database.ts";
import { approveSubmission, serviceFailure, testUser } from "../testing/mapping-fixture.ts";
import { importQuestionnaireVersion } from "./import-questionnaire-version.ts";
import { announcing, childSteps, runPublishChild } from "./publish-killed-child.ts";
import { publishSubmission } from "./publish-submission.ts";
import { createReportingRound } from "./reporting-rounds.ts";

const work = mkdtempSync(path.join(tmpdir(), "atlas-publish-killed-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const now = "2027-02-01T10:00:00Z";
const reviewer = testUser(3, "reviewer");

/** A value per year question pair and a record per policy: enough for the transaction to last. */
const valueCount = 20;
const policyCount = 25;
const formFile = path.join(work, "form.xlsx");
writeFileSync(formFile, toXlsx(publicationForm()));
const answers: Record<string, unknown> = {
  ...Object.fromEntries(
    Array.from({ length: valueCount }, (_, index) => [
      [`year_${index}`, String(1990 + index)],
      // A smooth series: no year-on-year jump flags a value, so every value is published.
      [`dmc_${index}`, (10 + index / 10).toFixed(2)],
    ]).flat(),
  ),
  policy: Array.from({ length: policyCount }, (_, index) => ({
    policy_title: `Circular economy measure number ${index + 1}`,
    policy_summary: `Measure ${index + 1} of the national programme: recycling targets and reporting duties.`,
    policy_year: String(2000 + (index % 25)),
  })),
};
/** ECO member states besides the fixture's KAZ and UZB, so each published submission has its own. */
const moreAreas = ["AFG", "AZE", "IRN", "KGZ", "PAK", "TJK", "TKM", "TUR"];

// The kinds run side by side: most of each one's time is a child process starting.
describe.concurrent("a publication killed mid-way", () => {
  for (const { kind, open } of killableDatabaseKinds(work))
    it(`leaves nothing or everything published on ${kind}, and publishing again succeeds once`, async () => {
      const database = await open();
      try {
        await killPublications(database);
      } finally {
        await database.remove();
      }
    }, 120_000);
});

async function killPublications(database: KillableDatabase): Promise<void> {
  const roundId = await database.use(async (db) => {
    await seedReferenceData(db);
    await upsertAreas(
      db,
      moreAreas.map((code, index) => ({
        code,
        m49: null,
        iso2: null,
        level: "country" as const,
        parentCode: "ECO",
        sortOrder: 3 + index,
      })),
    );
    const round = await createReportingRound({
      db,
      name: "Mapping 2026",
      period: "2026",
      dueDate: "2027-03-31",
      lockDate: "2027-04-30",
      actor: cliActor,
    });
    await importQuestionnaireVersion({ db, actor: cliActor, roundId: round.id, filePath: formFile });
    return round.id;
  });
  const areas = ["KAZ", "UZB", ...moreAreas];
  let next = 0;
  const approveNext = async () => {
    const area = areas[next++];
    if (area === undefined) throw new Error("every area's submission is published already");
    const baseRevision = await database.use((db) => approveSubmission({ db, roundId, area, answers, now }));
    return { area, baseRevision };
  };

  // A publication in this process first: it shows what "everything" is, and every line the
  // child prints on its way.
  const calibration = await approveNext();
  const lines: string[] = [childSteps.opened];
  await database.use(async (db) => {
    const report = await publishSubmission({
      db: announcing(db, (text) => lines.push(text)),
      actor: reviewer,
      roundId,
      ...calibration,
      now,
    });
    lines.push(`${childSteps.published} ${report.records.length}`);
    expect(await publicationState(db, roundId, calibration.area)).toEqual(everything);
  });

  // Kill points are lines of that run: the child dies as soon as the test reads that line.
  const line = (text: string) => lines.indexOf(text);
  const records = lines.flatMap((text, index) => (text === statement("insert kb_record") ? [index] : []));
  expect(records).toHaveLength(policyCount);
  // A fixed seed: a failure replays with the same statement.
  const [record] = fc.sample(fc.integer({ min: 1, max: policyCount - 1 }), { seed: 20270201, numRuns: 1 });
  const killPoints = [
    line(statement("insert observation")),
    // The observations are written (not committed) and the first record is on its way.
    line(statement("insert kb_record")),
    records[record ?? 1] ?? -1,
    line(statement("update submission")),
    // COMMIT is next; the child holds there until the kill lands.
    line(childSteps.bodyDone),
  ];
  expect(
    killPoints.every((point) => point > line(childSteps.transactionBegun)),
    String(killPoints),
  ).toBe(true);

  let current = await approveNext();
  let killedInsideTransaction = 0;
  let seenOpenByPostgres = 0;
  for (const [index, point] of killPoints.entries()) {
    const name = `publish-killed-${index}`;
    const run = await runPublishChild(
      database,
      { actor: reviewer, roundId, ...current, now },
      { afterLine: point, name },
    );
    const where = `kill ${index} on line ${point} (${lines[point]}), the child at line ${run.lines.length - 1} (${run.lines.at(-1)})`;
    expect(run.exit.signal, `${where}\n${run.output}`).toBe("SIGKILL");
    expect(run.lines.slice(0, point + 1), where).toEqual(lines.slice(0, point + 1));
    // The child holds after its last line, so nothing after it (COMMIT) was sent.
    const beforeCommit =
      run.lines.includes(childSteps.transactionBegun) && run.lines.length - 1 <= line(childSteps.bodyDone);
    if (beforeCommit) {
      killedInsideTransaction++;
      if (run.inTransactionAtKill === true) seenOpenByPostgres++;
    }
    const published = await database.use(async (db) => {
      const state = await publicationState(db, roundId, current.area);
      // Killed before COMMIT was sent, the transaction must be gone without a trace.
      if (beforeCommit) expect(state, where).toEqual(nothing);
      else expect([nothing, everything], where).toContainEqual(state);
      if (index < killPoints.length - 1) return state.state === "published";
      // After the last kill, publishing again succeeds (unless the kill came after COMMIT), once.
      if (state.state === "approved")
        await publishSubmission({ db, actor: reviewer, roundId, ...current, now });
      expect(await publicationState(db, roundId, current.area)).toEqual(everything);
      const again = await serviceFailure(
        publishSubmission({
          db,
          actor: reviewer,
          roundId,
          ...current,
          baseRevision: current.baseRevision + 1,
          now,
        }),
      );
      expect(again.message).toBe(
        `cannot publish the submission of ${current.area}: it is published, not approved`,
      );
      expect(await publicationState(db, roundId, current.area)).toEqual(everything);
      return false;
    });
    if (published) current = await approveNext();
  }
  expect(killedInsideTransaction).toBe(killPoints.length);
  if (database.childOptions.url !== undefined) expect(seenOpenByPostgres).toBe(killPoints.length);
}

interface PublicationState {
  readonly state: string | undefined;
  readonly observations: number;
  readonly observationVersions: number;
  readonly imports: number;
  readonly records: number;
  readonly publishedEvents: number;
}

const nothing: PublicationState = {
  state: "approved",
  observations: 0,
  observationVersions: 0,
  imports: 0,
  records: 0,
  publishedEvents: 0,
};
const everything: PublicationState = {
  state: "published",
  observations: valueCount,
  observationVersions: valueCount,
  imports: 1,
  records: policyCount,
  publishedEvents: 1,
};

/** What of `area`'s publication the database holds: its rows in every table publication writes. */
async function publicationState(db: AtlasDatabase, roundId: number, area: string): Promise<PublicationState> {
  const submission = await findSubmission(db, roundId, area);
  const id = submission?.id ?? -1;
  const [counts] = await executeRows<Record<Exclude<keyof PublicationState, "state">, string>>(
    db,
    sql`select
      (select count(*) from observation where area_code = ${area}) as "observations",
      (select count(*) from observation_version where area_code = ${area}) as "observationVersions",
      (select count(*) from import_batch where file_name = ${`submission-${id}.csv`}) as "imports",
      (select count(*) from kb_record where countries @> ${JSON.stringify([area])}::jsonb) as "records",
      (select count(*) from submission_event where submission_id = ${id} and to_state = 'published')
        as "publishedEvents"`,
  );
  return {
    state: submission?.state,
    observations: Number(counts?.observations),
    observationVersions: Number(counts?.observationVersions),
    imports: Number(counts?.imports),
    records: Number(counts?.records),
    publishedEvents: Number(counts?.publishedEvents),
  };
}

const statement = (what: string) => `${childSteps.statement} ${what}`;

function publicationForm(): Parameters<typeof toXlsx>[0] {
  const valueRows = Array.from({ length: valueCount }, (_, index) => [
    ["integer", `year_${index}`, `Year of value ${index + 1}`, "", "", "", ""],
    [
      "decimal",
      `dmc_${index}`,
      `Value ${index + 1} (t per person)`,
      "EN_MAT_DOMCMPC",
      `year_${index}`,
      "",
      "",
    ],
  ]).flat();
  return [
    {
      name: "survey",
      rows: [
        [
          "type",
          "name",
          "label",
          "bind::atlas:series",
          "bind::atlas:period",
          "bind::atlas:record",
          "bind::atlas:field",
        ],
        ...valueRows,
        ["begin repeat", "policy", "Policies in force", "", "", "policy", ""],
        ["text", "policy_title", "Title", "", "", "", "texts.title"],
        ["text", "policy_summary", "What it does", "", "", "", "texts.summary"],
        ["integer", "policy_year", "Year adopted", "", "", "", "year"],
        ["end repeat", "", "", "", "", "", ""],
      ],
    },
    {
      name: "settings",
      rows: [
        ["form_id", "version"],
        ["publish_killed", "1"],
      ],
    },
  ];
}
