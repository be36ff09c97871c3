/**
 * `atlas import` on World Bank and OWID files as a user runs it, on the bundled baseline: a
 * datahub.io package folder (its datapackage.json names the indicator), an OWID file with
 * `--format owid --indicator`, and the skips by reason in the report. The fixtures are made up
 * in the published shapes; their counts are hand counts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runAtlas } from "./testing/run-atlas.ts";

const work = mkdtempSync(path.join(tmpdir(), "atlas-wdi-owid-"));
const env = { ATLAS_DATA_DIR: path.join(work, "data"), DATABASE_URL: "" };

describe("atlas import of WDI and OWID files", () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("imports a datahub.io package folder, registering its series, and reports what it skipped", async () => {
    const folder = path.join(work, "fr.inr.rinr");
    mkdirSync(folder);
    writeFileSync(
      path.join(folder, "datapackage.json"),
      JSON.stringify({
        title: "Real interest rate (%)",
        worldbank: { indicator: "fr.inr.rinr" },
        resources: [{ path: "data.csv" }],
      }),
    );
    writeFileSync(
      path.join(folder, "data.csv"),
      "Country Name,Country Code,Year,Value\nKyrgyz Republic,KGZ,2023,4.1\nWorld,WLD,2023,3.2\nGermany,DEU,2023,1.5\n",
    );
    const dry = await runAtlas(["import", folder, "--source", "World Bank WDI", "--dry-run"], env);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(
      "fr.inr.rinr (wdi): would import 3 row(s) of 1 series: 1 new, 0 updated, 0 unchanged, 0 held for review, 0 rejected, 2 skipped (1 import/aggregate-area, 1 import/area-outside-observatory); 1 new series",
    );
    expect(dry.stderr).toContain(
      "1 value(s) of aggregates the observatory does not store (WLD) are skipped, not imported",
    );
  });

  it("maps an OWID column with --indicator, and refuses a multi-column file without a mapping (exit 1)", async () => {
    const owid = path.join(work, "owid.csv");
    writeFileSync(owid, "Entity,Code,Year,dmc\nKazakhstan,KAZ,2019,30.29\nWorld,OWID_WRL,2019,12.2\n");
    const run = await runAtlas(
      [
        "import",
        owid,
        "--format",
        "owid",
        "--indicator",
        "EN_MAT_DOMCMPC",
        "--source",
        "Our World in Data",
        "--dry-run",
        "--json",
      ],
      env,
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      format: "owid",
      rowsRead: 2,
      observations: 1,
      skipped: 1,
    });
    const two = path.join(work, "two.csv");
    writeFileSync(two, "Entity,Code,Year,a,b\nKazakhstan,KAZ,2019,1,2\n");
    const refused = await runAtlas(["import", two, "--indicator", "EN_MAT_DOMCMPC", "--source", "x"], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--indicator "column=CODE,…"');
  });
});
