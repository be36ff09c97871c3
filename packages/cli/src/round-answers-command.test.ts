/**
 * `atlas round answers` and `atlas round upload` through the real binary, over the bundled
 * baseline and the starter questionnaire: a workbook out, filled, back in as the draft; a
 * workbook with a wrong cell refused with the cell named.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readAnswerWorkbook, writeAnswerWorkbook, type XlsForm } from "@circular-atlas/formats";
import { readQuestionnaire } from "@circular-atlas/services";
import { afterAll, describe, expect, it } from "vitest";
import { runAtlas } from "./testing/run-atlas.ts";

const starterPath = fileURLToPath(
  new URL("../../../data/questionnaires/eco-ce-mapping.xlsx", import.meta.url),
);
const work = mkdtempSync(path.join(tmpdir(), "atlas-round-answers-"));
const pglite = { ATLAS_DATA_DIR: path.join(work, "data"), DATABASE_URL: "" };

describe("atlas round answers and upload", () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("writes the workbook, saves it filled as the draft, and refuses a wrong cell by name", async () => {
    const created = await runAtlas(
      [
        "round",
        "create",
        "--name",
        "Mapping 2026",
        "--period",
        "2026",
        "--due",
        "2099-03-31",
        "--lock",
        "2099-04-30",
      ],
      pglite,
    );
    expect(created.code).toBe(0);
    expect((await runAtlas(["questionnaire", "import", starterPath, "--round", "1"], pglite)).code).toBe(0);

    const blank = path.join(work, "blank.xlsx");
    const written = await runAtlas(
      ["round", "answers", "1", "KGZ", "--out", blank, "--language", "ru"],
      pglite,
    );
    expect(written.code).toBe(0);
    expect(written.stderr).toContain(`KGZ: answers of round 1 written to ${blank}`);
    const { form } = await readQuestionnaire({ filePath: starterPath });
    expect(readAnswerWorkbook(form as XlsForm, new Uint8Array(readFileSync(blank)))).toEqual({
      answers: {},
      problems: [],
    });

    const answers = {
      country: "KGZ",
      institution: "Ministry of Natural Resources",
      msw_generated_year: "2024",
    };
    const filled = path.join(work, "filled.xlsx");
    writeFileSync(filled, writeAnswerWorkbook(form as XlsForm, answers));
    const saved = await runAtlas(["round", "upload", "1", "KGZ", filled], pglite);
    expect([saved.code, saved.stdout.trim()]).toEqual([
      0,
      "filled.xlsx: answers of KGZ saved for round 1 (draft, revision 2)",
    ]);
    const again = path.join(work, "again.xlsx");
    expect((await runAtlas(["round", "answers", "1", "KGZ", "--out", again], pglite)).code).toBe(0);
    expect(readAnswerWorkbook(form as XlsForm, new Uint8Array(readFileSync(again))).answers).toEqual(answers);

    const broken = path.join(work, "broken.xlsx");
    writeFileSync(broken, writeAnswerWorkbook(form as XlsForm, { ...answers, msw_generated_year: "2024.5" }));
    const refused = await runAtlas(["round", "upload", "1", "KGZ", broken], pglite);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /the answer workbook has 1 problem\(s\); nothing was saved:\n {2}answers!F\d+: msw_generated_year: "2024\.5" is not a whole number \[answer-workbook\/invalid-integer\]/,
    );
    const stale = await runAtlas(["round", "upload", "1", "KGZ", filled, "--base-revision", "0"], pglite);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain("is at revision 2, not 0");
  }, 180_000);
});
