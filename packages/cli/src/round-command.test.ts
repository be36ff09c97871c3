/** `atlas round create` and `atlas questionnaire import --round`, through the real binary. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { toXlsx } from "@circular-atlas/formats";
import { afterAll, describe, expect, it } from "vitest";
import { runAtlas } from "./testing/run-atlas.ts";

const work = mkdtempSync(path.join(tmpdir(), "atlas-round-"));
const pglite = { ATLAS_DATA_DIR: path.join(work, "data"), DATABASE_URL: "" };

describe("atlas round create and questionnaire import", () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("prints the new round's id, then stores a questionnaire version for it once", async () => {
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
        "--area",
        "KGZ,KAZ",
      ],
      pglite,
    );
    expect(created.code).toBe(0);
    expect(created.stdout.trim()).toBe("1");
    expect(created.stderr).toContain(
      'round 1 "Mapping 2026" (2026): due 2099-03-31, locked from 2099-04-30; asks KAZ, KGZ',
    );

    const form = path.join(work, "form.xlsx");
    writeFileSync(
      form,
      toXlsx([
        {
          name: "survey",
          rows: [
            ["type", "name", "label", "bind::atlas:series"],
            ["decimal", "dmc", "Domestic material consumption per capita", "EN_MAT_DOMCMPC"],
          ],
        },
        {
          name: "settings",
          rows: [
            ["form_id", "version"],
            ["cli_test", "2026120401"],
          ],
        },
      ]),
    );
    const stored = await runAtlas(["questionnaire", "import", form, "--round", "1"], pglite);
    expect(stored.code).toBe(0);
    expect(stored.stdout.trim()).toBe(
      "form.xlsx: cli_test version 2026120401 stored for round 1 (questionnaire version 1)",
    );
    const status = await runAtlas(["round", "status", "1"], pglite);
    expect(status.code).toBe(0);
    expect(status.stdout.trim().split("\n")).toEqual([
      "KAZ: not-started",
      "KGZ: not-started",
      'round 1 "Mapping 2026" (2026), due 2099-03-31: 2 expected, 0 submitted, 0 approved, 0 published, 0 overdue',
    ]);
    const again = await runAtlas(["questionnaire", "import", form, "--round", "2"], pglite);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("atlas: no reporting round 2 (atlas round create makes one)");
  });
});
