/**
 * The `atlas` command as a user runs it: exit codes (0 ok, 1 data error, 2 usage error), results
 * on stdout, diagnostics on stderr, all-or-nothing imports, and backups that restore across
 * PGlite and PostgreSQL (the PostgreSQL half runs when DATABASE_URL is set, as in CI).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { createThrowawayPostgresDatabase } from "@circular-atlas/database/testing";
import { parseSdmxJson, readCsv } from "@circular-atlas/formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAtlas } from "./testing/run-atlas.ts";

const work = mkdtempSync(path.join(tmpdir(), "atlas-cli-"));
const dataDir = path.join(work, "data");
const pglite = { ATLAS_DATA_DIR: dataDir, DATABASE_URL: "" };
const file = (name: string, text: string) => {
  const location = path.join(work, name);
  writeFileSync(location, text);
  return location;
};

/** A backup's rows, without the header line (whose createdAt differs between runs). */
function backupRows(location: string): string[] {
  return gunzipSync(readFileSync(location)).toString("utf8").trimEnd().split("\n").slice(1);
}

describe("atlas", () => {
  beforeAll(async () => {
    const first = await runAtlas(["baseline", "load"], pglite);
    expect(first.stderr).toContain("loaded");
    expect(first.code).toBe(0);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("prints help and exits 0; a usage error exits 2 with a hint", async () => {
    const help = await runAtlas(["--help"], pglite);
    expect(help.code).toBe(0);
    for (const command of ["serve", "db", "baseline", "import", "export"])
      expect(help.stdout).toContain(command);
    expect((await runAtlas(["export", "--help"], pglite)).stdout).toContain("--indicator <code>");
    const unknown = await runAtlas(["frobnicate"], pglite);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command");
    expect((await runAtlas([], pglite)).code).toBe(2);
    expect((await runAtlas(["export", "--area", "KAZ"], pglite)).code).toBe(2);
    const badFormat = await runAtlas(["export", "--indicator", "SP.POP.TOTL", "--format", "xml"], pglite);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain(
      "--format must be one of csv, json, sdmx-csv, sdmx-csv2, sdmx-ml, opensdg, sdmx-json, xlsx (got xml)",
    );
  });

  it("exports CSV to stdout and JSON to a file", async () => {
    const csv = await runAtlas(
      ["export", "--indicator", "EN_MAT_DOMCMPC", "--area", "KAZ,UZB", "--from", "2016", "--to", "2017"],
      pglite,
    );
    expect(csv.code).toBe(0);
    const [header, ...rows] = readCsv(csv.stdout).records.map((record) => record.cells);
    expect(header?.[0]).toBe("indicator");
    expect(rows.map((row) => `${row[1]} ${row[2]}`)).toEqual([
      "KAZ 2016",
      "KAZ 2017",
      "UZB 2016",
      "UZB 2017",
    ]);
    const out = path.join(work, "export.json");
    const json = await runAtlas(
      ["export", "--indicator", "SP.POP.TOTL", "--area", "TJK", "--format", "json", "--out", out],
      pglite,
    );
    expect(json.code).toBe(0);
    expect(json.stdout).toBe("");
    const parsed = JSON.parse(readFileSync(out, "utf8")) as {
      data: { area: string }[];
      sources: { licence: string }[];
    };
    expect(parsed.data.length).toBeGreaterThan(60);
    expect(parsed.sources[0]?.licence).toBeTruthy();
  });

  it("reports an unknown code as a data error (exit 1)", async () => {
    const run = await runAtlas(["export", "--indicator", "SP.POP.TOTL", "--area", "KAZ,ZZZ"], pglite);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("unknown area code(s): ZZZ");
    expect(run.stdout).toBe("");
  });

  it("rejects a malformed import with file, row, column and reason, and writes nothing", async () => {
    const before = path.join(work, "before.atlas.gz");
    expect((await runAtlas(["db", "backup", before], pglite)).code).toBe(0);
    const bad = file(
      "bad-import.csv",
      'indicator,area,year,value,unit,source\nEN_MAT_DOMCMPC,KAZ,2018,31.2,T_PER_CAP,Kazstat\nEN_MAT_DOMCMPC,KAZ,2019,"31,9",T_PER_CAP,Kazstat\nEN_MAT_DOMCMPC,KAZ,20x0,32,T_PER_CAP,Kazstat\n',
    );
    const run = await runAtlas(["import", bad], pglite);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("bad-import.csv: 2 error(s), nothing was imported");
    expect(run.stderr).toContain(
      'bad-import.csv, row 3, column 4 (value): error: value "31,9" uses a decimal comma; use a decimal point',
    );
    expect(run.stderr).toContain('row 4, column 3 (year): error: year "20x0" must be four digits');
    const after = path.join(work, "after.atlas.gz");
    expect((await runAtlas(["db", "backup", after], pglite)).code).toBe(0);
    expect(backupRows(after)).toEqual(backupRows(before));
  });

  it("imports a valid file, reports what changed, and serves it in exports", async () => {
    const good = file(
      "good-import.csv",
      "indicator,area,year,value,unit,source\nEN_MAT_DOMCMPC,KAZ,2018,31.20,T_PER_CAP,Kazstat (2025)\n",
    );
    const dry = await runAtlas(["import", good, "--dry-run"], pglite);
    expect(dry.stdout).toContain("would import 1 row(s) of 1 series: 1 new, 0 updated, 0 unchanged");
    const run = await runAtlas(["import", good, "--report", "json"], pglite);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ format: "long-csv", inserted: 1, updated: 0 });
    const exported = await runAtlas(
      ["export", "--indicator", "EN_MAT_DOMCMPC", "--area", "KAZ", "--from", "2018"],
      pglite,
    );
    const rows = readCsv(exported.stdout).records.slice(1);
    expect(rows.map((record) => record.cells[4])).toEqual(["31.20"]);
    expect(rows[0]?.cells[12]).toBe("not stated");
  });

  it("holds the Kyrgyz lost-decimal 12.4.2 figures for review; confirmed, they are flagged by validate (exit 1)", async () => {
    // Values of the NSC's 12.4.2.xml as ../shared/data/open-sdg-kyrgyzstan-sdmx/PROVENANCE.md lists them.
    const kyrgyz = file(
      "kgz-12.4.2.csv",
      [
        "indicator,area,year,value,unit,source",
        "EN_HAZ_PCAP,KGZ,2014,245,KG_PER_CAP,NSC Kyrgyz Republic (2025)",
        "EN_HAZ_PCAP,KGZ,2015,18337,KG_PER_CAP,NSC Kyrgyz Republic (2025)",
        "EN_HAZ_TRTDISR,KGZ,2015,467,PT,NSC Kyrgyz Republic (2025)",
        "EN_HAZ_TRTDISR,KGZ,2016,329,PT,NSC Kyrgyz Republic (2025)",
        "",
      ].join("\n"),
    );
    const imported = await runAtlas(["import", kyrgyz, "--json"], pglite);
    expect(imported.code).toBe(0);
    const report = JSON.parse(imported.stdout) as {
      flagged: number;
      flags: { row: number; ruleId: string }[];
    };
    expect(report.flags).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 4, ruleId: "percent-range" }),
        expect.objectContaining({ row: 5, ruleId: "percent-range" }),
      ]),
    );
    const listed = await runAtlas(
      ["flags", "--area", "KGZ", "--indicator", "EN_HAZ_TRTDISR", "--format", "json"],
      pglite,
    );
    const held = JSON.parse(listed.stdout) as {
      versionId: number;
      timePeriod: string;
      value: string;
      publishedValue: string | null;
    }[];
    expect(held.map((value) => [value.timePeriod, value.value])).toEqual([
      ["2015", "467"],
      ["2016", "329"],
    ]);
    // The text listing puts each held value beside the published one it would replace.
    const text = (await runAtlas(["flags", "--area", "KGZ", "--indicator", "EN_HAZ_TRTDISR"], pglite)).stdout;
    for (const value of held) {
      expect(value.publishedValue).not.toBeNull();
      expect(text).toContain(`= ${value.value} `);
      expect(text).toContain(`; replaces the published ${value.publishedValue}`);
    }
    const clean = await runAtlas(["validate", "--indicator", "EN_HAZ_TRTDISR", "--area", "KGZ"], pglite);
    expect(clean.stdout).not.toContain("467");
    expect(
      (await runAtlas(["flags", "confirm", String(held[0]?.versionId), "--comment", " "], pglite)).code,
    ).toBe(1);
    const confirmed = await runAtlas(
      ["flags", "confirm", String(held[0]?.versionId), "--comment", "checked with the NSC"],
      pglite,
    );
    expect(confirmed.code).toBe(0);
    expect(confirmed.stdout).toContain("confirmed by cli: checked with the NSC");
    const rejected = await runAtlas(
      ["flags", "reject", String(held[1]?.versionId), "--comment", "lost decimal"],
      pglite,
    );
    expect(rejected.code).toBe(0);
    expect(
      (await runAtlas(["flags", "reject", String(held[1]?.versionId), "--comment", "again"], pglite)).code,
    ).toBe(1);
    const run = await runAtlas(["validate", "--indicator", "EN_HAZ_TRTDISR", "--area", "KGZ"], pglite);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "KGZ EN_HAZ_TRTDISR 2015: error percent-range: 467 % is above the upper bound 100 %",
    );
    expect(run.stdout).not.toContain("329");
    expect((await runAtlas(["validate", "--format", "xml"], pglite)).code).toBe(2);
    expect((await runAtlas(["validate", "--indicator", "NOPE"], pglite)).code).toBe(1);
  });

  it("imports an Open SDG repository folder for the country --area names, with its labels", async () => {
    const repository = path.join(work, "open-sdg-repo");
    mkdirSync(path.join(repository, "data"), { recursive: true });
    mkdirSync(path.join(repository, "translations", "en"), { recursive: true });
    // Rows and labels re-typed from ../shared/data/open-sdg-kazakhstan (11-6-1, REF_AREA.yml).
    writeFileSync(
      path.join(repository, "data", "indicator_11-6-1.csv"),
      "Year,UNIT_MEASURE,REF_AREA,Value\n2016,PT,,66.4\n2017,PT,,68.6\n2017,PT,KZAKM,70.1\n",
    );
    writeFileSync(path.join(repository, "translations", "en", "REF_AREA.yml"), "KZAKM: Akmola\n");
    writeFileSync(
      path.join(repository, "translations", "en", "national_indicators.yml"),
      "11-6-1-title: Providing the population with services for the collection and disposal of solid waste\n",
    );
    const missingArea = await runAtlas(["import", repository, "--source", "Kazstat"], pglite);
    expect(missingArea.code).toBe(2);
    expect(missingArea.stderr).toContain("name its country with --area");
    const run = await runAtlas(
      ["import", repository, "--area", "KAZ", "--source", "Kazstat", "--json"],
      pglite,
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      format: "open-sdg-csv",
      rowsRead: 3,
      inserted: 3,
      newIndicators: ["KAZ_11-6-1"],
    });
    const exported = await runAtlas(["export", "--indicator", "KAZ_11-6-1", "--area", "KAZ-KZAKM"], pglite);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain("70.1");
  });

  it("imports SDMX-CSV found by its header, or refuses it whole with each row's place", async () => {
    const header = "DATAFLOW,FREQ,REPORTING_TYPE,SERIES,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE";
    const sdmx = file(
      "un-sdg.csv",
      `${header}\nIAEG-SDGs:DF_SDG_GLH(1.24),A,G,EN_MAT_DOMCMPC,860,2019,9.15,T_PER_CAP\n`,
    );
    const run = await runAtlas(["import", sdmx, "--source", "UN SDG test file", "--report", "json"], pglite);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ format: "sdmx-csv", inserted: 1 });
    const bad = file(
      "un-sdg-bad.csv",
      `${header}\nIAEG-SDGs:DF_SDG_GLH(1.24),A,G,EN_MAT_DOMCMPC,860,2019-13,9.15,T_PER_CAP\n`,
    );
    const refused = await runAtlas(["import", bad, "--format", "sdmx-csv", "--source", "x"], pglite);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'un-sdg-bad.csv, row 2, column 6 (TIME_PERIOD): error: TIME_PERIOD "2019-13" is not an SDMX period',
    );
  });

  it("exports an XLSX workbook that imports back unchanged, and refuses a legacy .xls", async () => {
    // An imported value (a baseline value keeps its source's original code, which no export carries).
    const imported = file(
      "good-import.csv",
      "indicator,area,year,value,unit,source\nEN_MAT_DOMCMPC,KAZ,2018,31.20,T_PER_CAP,Kazstat (2025)\n",
    );
    expect((await runAtlas(["import", imported], pglite)).code).toBe(0);
    const out = path.join(work, "export.xlsx");
    const selection = ["--indicator", "EN_MAT_DOMCMPC", "--area", "KAZ", "--from", "2018", "--to", "2018"];
    const exported = await runAtlas(["export", ...selection, "--format", "xlsx", "--out", out], pglite);
    expect(exported.code).toBe(0);
    expect([...readFileSync(out).subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const again = await runAtlas(["import", out, "--format", "xlsx", "--dry-run", "--json"], pglite);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ format: "xlsx", unchanged: 1, inserted: 0, updated: 0 });
    const xls = path.join(work, "old.xls");
    writeFileSync(xls, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const refused = await runAtlas(["import", xls], pglite);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("old.xls: a legacy Excel 97–2003 workbook (.xls)");
  });

  it("exports SDMX-JSON that reads back to the CSV export's values, and imports SDMX-JSON by name", async () => {
    const query = ["--indicator", "EN_MAT_DOMCMPC", "--area", "KAZ,UZB", "--from", "2016", "--to", "2017"];
    const out = path.join(work, "dmc.sdmx.json");
    const exported = await runAtlas(["export", ...query, "--format", "sdmx-json", "--out", out], pglite);
    expect(exported.code).toBe(0);
    const csv = readCsv((await runAtlas(["export", ...query], pglite)).stdout).records.map(
      (record) => record.cells,
    );
    const read = parseSdmxJson(readFileSync(out, "utf8"));
    expect(read.diagnostics).toEqual([]);
    expect(read.observations.map((row) => [row.dimensions["REF_AREA"], row.timePeriod, row.value])).toEqual(
      csv.slice(1).map((row) => [row[1] === "KAZ" ? "398" : "860", row[2], row[4]]),
    );
    const message = (timeValue: string) =>
      `{"data": {"structures": [{"dimensions": {"dataSet": [{"id": "SERIES", "keyPosition": 0, "values": [{"id": "EN_MAT_DOMCMPC"}]}], "series": [{"id": "REF_AREA", "keyPosition": 1, "values": [{"id": "762"}]}], "observation": [{"id": "TIME_PERIOD", "keyPosition": 2, "values": [{"id": "${timeValue}"}]}]}, "attributes": {"dataSet": [{"id": "UNIT_MEASURE", "values": [{"id": "T_PER_CAP"}]}]}}], "dataSets": [{"attributes": [0], "series": {"0": {"observations": {"0": [4.20]}}}}]}}\n`;
    const good = file("tjk.txt", message("2018"));
    const run = await runAtlas(
      ["import", good, "--format", "sdmx-json", "--dry-run", "--source", "x", "--report", "json"],
      pglite,
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      format: "sdmx-json",
      dryRun: true,
      rowsRead: 1,
      rejected: 0,
    });
    const bad = file("tjk-bad.json", message("2018-13"));
    const refused = await runAtlas(["import", bad, "--source", "x"], pglite);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `tjk-bad.json, row 1, column ${message("2018-13").indexOf('"0": [4.20]') + 1} (TIME_PERIOD): error: dataSets[0].series["0"].observations["0"]: TIME_PERIOD "2018-13" is not an SDMX period`,
    );
  });

  it("backs up and restores every row into a fresh PGlite directory", async () => {
    const backup = path.join(work, "full.atlas.gz");
    expect((await runAtlas(["db", "backup", backup], pglite)).code).toBe(0);
    const other = { ATLAS_DATA_DIR: path.join(work, "restored"), DATABASE_URL: "" };
    const restored = await runAtlas(["db", "restore", backup], other);
    expect(restored.code).toBe(0);
    expect(restored.stderr).toMatch(/restored .* observation \d+/);
    const again = path.join(work, "again.atlas.gz");
    expect((await runAtlas(["db", "backup", again], other)).code).toBe(0);
    expect(backupRows(again)).toEqual(backupRows(backup));
  });

  it.runIf(process.env["DATABASE_URL"])("restores a PGlite backup into PostgreSQL and back", async () => {
    const server = await createThrowawayPostgresDatabase(process.env["DATABASE_URL"] as string);
    try {
      const fromPglite = path.join(work, "from-pglite.atlas.gz");
      expect((await runAtlas(["db", "backup", fromPglite], pglite)).code).toBe(0);
      const postgres = { DATABASE_URL: server.url };
      expect((await runAtlas(["db", "restore", fromPglite], postgres)).code).toBe(0);
      const fromPostgres = path.join(work, "from-postgres.atlas.gz");
      expect((await runAtlas(["db", "backup", fromPostgres], postgres)).code).toBe(0);
      expect(backupRows(fromPostgres)).toEqual(backupRows(fromPglite));
      const back = { ATLAS_DATA_DIR: path.join(work, "back"), DATABASE_URL: "" };
      expect((await runAtlas(["db", "restore", fromPostgres], back)).code).toBe(0);
      const roundTrip = path.join(work, "round-trip.atlas.gz");
      expect((await runAtlas(["db", "backup", roundTrip], back)).code).toBe(0);
      expect(backupRows(roundTrip)).toEqual(backupRows(fromPglite));
    } finally {
      await server.drop();
    }
  });

  it("refuses a restore from a file that is not a backup, changing nothing", async () => {
    const notBackup = file("not-a-backup.txt", "hello\n");
    const run = await runAtlas(["db", "restore", notBackup], pglite);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("line 1 is not JSON; this is not a Circular Atlas backup");
    const exported = await runAtlas(
      ["export", "--indicator", "SP.POP.TOTL", "--area", "KAZ", "--from", "2020", "--to", "2020"],
      pglite,
    );
    expect(readCsv(exported.stdout).records).toHaveLength(2);
  });
});
