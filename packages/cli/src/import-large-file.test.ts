/**
 * Acceptance criterion 3 of issue 4 for large files: a 50 MB SDMX-CSV file with errors scattered
 * through it gets a precise report (each bad row with its place and reason), nothing is written,
 * and the import runs in bounded memory: the `atlas` process is given a 320 MB JavaScript heap
 * (the file is 50 MB; holding its rows as objects took over 2 GB before the import read in
 * batches), and a heap that small would abort the process if memory grew with the parsed rows.
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAtlas } from "./testing/run-atlas.ts";

const work = mkdtempSync(path.join(tmpdir(), "atlas-large-"));
const pglite = { ATLAS_DATA_DIR: path.join(work, "data"), DATABASE_URL: "" };
const heap = { NODE_OPTIONS: "--max-old-space-size=320" };

const header =
  "DATAFLOW,FREQ,REPORTING_TYPE,SERIES,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS";
const memberStates = ["4", "31", "364", "398", "417", "586", "762", "792", "795", "860"];
const indicators = ["SP.POP.TOTL", "NY.GDP.MKTP.CD", "NY.GDP.PCAP.CD", "SL.UEM.TOTL.ZS"];
/** Rows per (indicator, area): monthly periods from 1000-01 on. */
const months = 17_500;
const rows = indicators.length * memberStates.length * months;

const dataflow = "IAEG-SDGs:DF_SDG_GLH(1.24)";
const row = (series: string, area: string, period: string, value: string) =>
  `${dataflow},M,N,${series},${area},${period},${value},NUMBER,0,A`;
const periodOf = (month: number) =>
  `${1000 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`;

/** The bad rows, by the line they replace: each kind in another part of the file. */
const bad = new Map<number, string>([
  // Kazakhstan's first value given again near the end, as KZ (alpha-2) rather than 398 (M49).
  [rows - 5, row("SP.POP.TOTL", "KZ", periodOf(0), "1.00")],
  [200_001, row("SP.POP.TOTL", "999", periodOf(5), "1.00")],
  // A row written with the other delimiter (mixed delimiters), and a quoted decimal comma.
  [400_001, row("SP.POP.TOTL", "398", periodOf(99_999), "12.5").replaceAll(",", ";")],
  [500_001, row("SP.POP.TOTL", "398", periodOf(99_998), '"12,5"')],
  [600_001, row("SP.POP.TOTL", "398", "2019-13", "1.00")],
]);

async function writeLargeFile(location: string): Promise<void> {
  const out = createWriteStream(location);
  const write = (text: string) =>
    new Promise<void>((resolve, reject) => {
      out.write(text, (error) => (error ? reject(error) : resolve()));
    });
  let line = 1;
  let buffer = `${header}\n`;
  for (const series of indicators)
    for (const area of memberStates)
      for (let month = 0; month < months; month++) {
        line++;
        buffer += `${bad.get(line) ?? row(series, area, periodOf(month), (40 + (month % 50) / 10).toFixed(2))}\n`;
        if (buffer.length > 1 << 20) {
          await write(buffer);
          buffer = "";
        }
      }
  await write(buffer);
  await new Promise<void>((resolve) => out.end(resolve));
}

describe("atlas import of a 50 MB SDMX-CSV file with errors", () => {
  const location = path.join(work, "large.csv");
  beforeAll(async () => {
    const loaded = await runAtlas(["baseline", "load"], pglite);
    expect(loaded.code).toBe(0);
    await writeLargeFile(location);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("reports every bad row with its place and reason in a 320 MB heap, and writes nothing", async () => {
    expect(statSync(location).size).toBeGreaterThan(50_000_000);
    const before = await runAtlas(["export", "--format", "csv", "--indicator", "SP.POP.TOTL"], pglite);
    expect(before.code).toBe(0);

    const run = await runAtlas(["import", location, "--source", "Large file test", "--json"], {
      ...pglite,
      ...heap,
    });
    expect(run.stderr).not.toContain("heap out of memory");
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as {
      error: string;
      rowsRead: number;
      observations: number;
      rejected: number;
      rejectedByReason: Record<string, number>;
      diagnostics: { code: string; row?: number; column?: number; message: string }[];
    };
    expect(report.error).toBe("import-invalid");
    expect(report.rowsRead).toBe(rows);
    expect(report.rejected).toBe(5);
    expect(report.rejectedByReason).toEqual({
      "sdmx-csv/column-count": 1,
      "import/duplicate-key": 1,
      "import/unknown-area": 1,
      "sdmx/bad-value": 1,
      "sdmx/bad-time-period": 1,
    });
    expect(
      report.diagnostics.map((diagnostic) => [diagnostic.row, diagnostic.column, diagnostic.code]),
    ).toEqual([
      [400_001, undefined, "sdmx-csv/column-count"],
      [500_001, 7, "sdmx/bad-value"],
      [600_001, 6, "sdmx/bad-time-period"],
      [200_001, 5, "import/unknown-area"],
      [rows - 5, undefined, "import/duplicate-key"],
    ]);
    expect(run.stdout).toContain("the row has 1 fields and the header 10");
    expect(run.stdout).toContain('value \\"12,5\\" uses a decimal comma');
    expect(run.stdout).toContain(`SP.POP.TOTL KAZ ${periodOf(0)} is already given at row ${2 + 3 * months}`);

    const after = await runAtlas(["export", "--format", "csv", "--indicator", "SP.POP.TOTL"], pglite);
    expect(after.stdout).toBe(before.stdout);
  });
});
