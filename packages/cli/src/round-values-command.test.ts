/**
 * `atlas round values` through the real binary, over the bundled baseline and the starter
 * questionnaire: an SDMX-CSV file fills Kyrgyzstan's series answers as its draft; a long CSV
 * with a row for another country is refused with its row named and nothing saved.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runAtlas } from "./testing/run-atlas.ts";

const starterPath = fileURLToPath(
  new URL("../../../data/questionnaires/eco-ce-mapping.xlsx", import.meta.url),
);
const work = mkdtempSync(path.join(tmpdir(), "atlas-round-values-"));
const pglite = { ATLAS_DATA_DIR: path.join(work, "data"), DATABASE_URL: "" };

describe("atlas round values", () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("fills the series answers from a file, and refuses a row for another country by its row", async () => {
    const round = ["round", "create", "--name", "Mapping 2026", "--period", "2026"];
    expect((await runAtlas([...round, "--due", "2099-03-31", "--lock", "2099-04-30"], pglite)).code).toBe(0);
    expect((await runAtlas(["questionnaire", "import", starterPath, "--round", "1"], pglite)).code).toBe(0);

    const foreign = path.join(work, "foreign.csv");
    writeFileSync(
      foreign,
      "indicator,area,year,value,unit,source\nEN_EWT_GENV,KAZ,2022,150000,T,Bureau of National Statistics\n",
    );
    const refused = await runAtlas(["round", "values", "1", "KGZ", foreign], pglite);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      "foreign.csv has 1 problem(s); no value was saved:\n  row 2, column 2 (area): error: the row is for KAZ, not KGZ",
    );

    const sdmx = path.join(work, "values.csv");
    writeFileSync(
      sdmx,
      "DATAFLOW,FREQ,REPORTING_TYPE,SERIES,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE\nIAEG-SDGs:DF_SDG_GLH(1.24),A,N,EN_EWT_GENV,417,2022,10500,T\n",
    );
    const saved = await runAtlas(["round", "values", "1", "KGZ", sdmx], pglite);
    expect([saved.code, saved.stdout.trim()]).toEqual([
      0,
      "values.csv: indicator values of KGZ saved for round 1 (draft, revision 2)",
    ]);
    const stale = await runAtlas(["round", "values", "1", "KGZ", sdmx, "--base-revision", "0"], pglite);
    expect([stale.code, stale.stderr]).toEqual([1, expect.stringContaining("is at revision 2, not 0")]);
  }, 180_000);
});
