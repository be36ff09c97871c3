// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes references as ${name}.
/**
 * `atlas questionnaire lint|show` as a user runs them, on workbooks written here with the
 * repository's XLSX writer; the expected lines are worked out by hand from the rows.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { toXlsx } from "@circular-atlas/formats";
import { afterAll, describe, expect, it } from "vitest";
import { runAtlas } from "./testing/run-atlas.ts";

const work = mkdtempSync(path.join(tmpdir(), "atlas-questionnaire-"));
const env = { ATLAS_DATA_DIR: path.join(work, "data"), DATABASE_URL: "" };

function writeForm(name: string, survey: (string | null)[][], choices?: string[][]): string {
  const file = path.join(work, name);
  writeFileSync(
    file,
    toXlsx([
      { name: "survey", rows: survey },
      ...(choices === undefined ? [] : [{ name: "choices", rows: choices }]),
    ]),
  );
  return file;
}

describe("atlas questionnaire", () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("lints a broken form: one line per finding, exit 1 on errors", async () => {
    const file = writeForm("broken.xlsx", [
      ["type", "name", "label", "relevant"],
      ["integer", "age", "Age"],
      ["select_one  yes_no", "works", "Works?", "${agee} > 16"],
    ]);
    const run = await runAtlas(["questionnaire", "lint", file], env);
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split("\n")).toEqual([
      'broken.xlsx, survey!A3 (type): warning: the type "select_one  yes_no" has stray spaces (read as "select_one yes_no"); other XLSForm tools may read it differently [xlsform/stray-space]',
      "broken.xlsx, survey!A3 (type): error: the form has 1 select question(s) but no choices sheet for their lists [xlsform/missing-choices-sheet]",
      "broken.xlsx, survey!D3 (relevant): error: ${agee} refers to no question of this form; did you mean ${age}? [xlsform/undefined-reference]",
      "broken.xlsx: 2 error(s), 1 warning(s)",
    ]);
  });

  it("shows a clean form as JSON (exit 0), and lints it as JSON with no findings", async () => {
    const file = writeForm(
      "clean.xlsx",
      [
        ["type", "name", "label"],
        ["select_one yes_no", "works", "Works?"],
      ],
      [
        ["list_name", "name", "label"],
        ["yes_no", "yes", "Yes"],
        ["yes_no", "no", "No"],
      ],
    );
    const shown = await runAtlas(["questionnaire", "show", file, "--format", "json"], env);
    expect(shown.code).toBe(0);
    const form = JSON.parse(shown.stdout);
    expect(form.survey).toEqual([
      {
        kind: "question",
        type: "select_one",
        listName: "yes_no",
        name: "works",
        row: 2,
        label: { default: "Works?" },
        hint: {},
        bind: {},
        requiredMessage: {},
        constraintMessage: {},
      },
    ]);
    expect(form.choiceLists[0].choices.map((choice: { name: string }) => choice.name)).toEqual(["yes", "no"]);
    const linted = await runAtlas(["questionnaire", "lint", file, "--format", "json"], env);
    expect(linted.code).toBe(0);
    expect(JSON.parse(linted.stdout)).toEqual({
      fileName: "clean.xlsx",
      diagnostics: [],
      errorCount: 0,
      warningCount: 0,
    });
  });
});
