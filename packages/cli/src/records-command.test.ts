/**
 * `atlas records import|export` as an operator runs it, on the bundled seed: an export imports
 * back unchanged, a bad file names its record and field and changes nothing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runAtlas } from "./testing/run-atlas.ts";

const work = mkdtempSync(path.join(tmpdir(), "atlas-records-"));
const env = { ATLAS_DATA_DIR: path.join(work, "data"), DATABASE_URL: "" };

describe("atlas records", () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("exports the seed as JSON and CSV, and both import back as changes to the same records", async () => {
    const jsonFile = path.join(work, "records.json");
    const json = await runAtlas(["records", "export", "--out", jsonFile], env);
    expect(json.code).toBe(0);
    const records = JSON.parse(readFileSync(jsonFile, "utf8")) as { id: string; countries: string[] }[];
    expect(records.length).toBeGreaterThanOrEqual(40);
    const csv = await runAtlas(["records", "export", "--format", "csv", "--country", "KAZ"], env);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split("\n")[0]).toMatch(/^id,type,status,original_language,countries/);
    const csvFile = path.join(work, "kaz.csv");
    writeFileSync(csvFile, csv.stdout);
    const dryRun = await runAtlas(["records", "import", csvFile, "--dry-run"], env);
    expect(dryRun.code).toBe(0);
    const report = JSON.parse(dryRun.stdout) as { written: boolean; created: string[]; updated: string[] };
    expect(report.written).toBe(false);
    expect(report.created).toEqual([]);
    expect(report.updated.length).toBe(records.filter((record) => record.countries.includes("KAZ")).length);
  });

  it("refuses a bad file whole, naming record and field (exit 1), and an unknown format (exit 2)", async () => {
    const bad = path.join(work, "bad.json");
    writeFileSync(
      bad,
      JSON.stringify([
        {
          type: "policy",
          originalLanguage: "en",
          texts: { en: { title: "Fine", summary: "" } },
          countries: ["KAZ"],
        },
        {
          type: "policy",
          originalLanguage: "en",
          texts: { en: { title: "Bad", summary: "" } },
          countries: ["KAZ"],
          themes: ["nonsense"],
        },
      ]),
    );
    const refused = await runAtlas(["records", "import", bad], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /bad\.json, record 2 \(bad-[0-9a-f]{6}\), themes\.0: "nonsense" is not a code of the theme taxonomy/,
    );
    expect(refused.stderr).toContain("nothing was imported");
    const export1 = await runAtlas(["records", "export", "--type", "policy"], env);
    expect(
      (JSON.parse(export1.stdout) as { texts: { en?: { title: string } } }[]).some(
        (record) => record.texts.en?.title === "Fine",
      ),
    ).toBe(false);
    const unknownFormat = await runAtlas(["records", "import", path.join(work, "records.txt")], env);
    expect(unknownFormat.code).toBe(2);
    expect(unknownFormat.stderr).toContain("cannot tell the format");
  });
});
