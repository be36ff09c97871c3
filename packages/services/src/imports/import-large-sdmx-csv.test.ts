/**
 * An SDMX-CSV file of several megabytes is read a chunk at a time and checked batch by batch:
 * errors in different chunks, and a key given again chunks later (under another spelling of its
 * area), are all found and reported with their rows, and nothing is written unless asked.
 */
import { type DatabaseHandle, findObservations, listQualityFlags } from "@circular-atlas/database";
import { seedReferenceData, testDatabaseTargets } from "@circular-atlas/database/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ServiceError } from "../service-error.ts";
import { flagsListed } from "./classify-import-rows.ts";
import { importObservations } from "./import-observations.ts";

const header = "DATAFLOW,FREQ,REPORTING_TYPE,SERIES,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS";
/** Kazakhstan and Uzbekistan, the areas of the test reference data. */
const m49 = ["398", "860"];
const row = (area: string, period: string, value: string) =>
  `IAEG-SDGs:DF_SDG_GLH(1.24),M,G,EN_MAT_DOMCMPC,${area},${period},${value},T_PER_CAP,A`;

/** Monthly values for both areas, from 1700-01 on; line 2 is the first row. */
function largeFile(rows: number): { lines: string[]; period: (index: number) => string } {
  const period = (index: number) => {
    const month = Math.floor(index / m49.length);
    return `${1700 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`;
  };
  const lines = [header];
  for (let index = 0; index < rows; index++)
    lines.push(row(m49[index % m49.length] as string, period(index), (10 + (index % 7) / 10).toFixed(2)));
  return { lines, period };
}

const rows = 30_000;

for (const target of testDatabaseTargets()) {
  describe(`a multi-megabyte SDMX-CSV import on ${target.kind}`, () => {
    let handle: DatabaseHandle;
    beforeEach(async () => {
      handle = await target.open();
      await seedReferenceData(handle.db);
    });
    afterEach(async () => {
      await handle.close();
    });

    it("finds errors in every chunk and keys repeated chunks apart, writing nothing, or the rest with --partial", async () => {
      const { lines, period } = largeFile(rows);
      // lines[i] is line i + 1. Line 104 is Kazakhstan (398) in the first chunk; line 28,002, in
      // the third, gives its key again with the alpha-2 code KZ.
      expect(lines[103]).toBe(row("398", period(102), "10.40"));
      lines[28_001] = row("KZ", period(102), "99.99");
      lines[15_001] = row("999", period(15_000), "10.00");
      lines[20_001] = row("398", period(20_000), "010.5");
      const text = `${lines.join("\n")}\n`;
      expect(text.length).toBeGreaterThan(2 * 2 ** 20);

      const refused = await importObservations({
        db: handle.db,
        fileName: "large.csv",
        text,
        source: "Large file test",
      }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(ServiceError);
      const report = (refused as ServiceError).details as Record<string, unknown>;
      expect(report).toMatchObject({
        rowsRead: rows,
        rejected: 2,
        rejectedByReason: { "import/unknown-area": 1, "import/duplicate-key": 1 },
      });
      expect((refused as ServiceError).message).toContain(
        `row 28002: error: EN_MAT_DOMCMPC KAZ ${period(102)} is already given at row 104`,
      );
      expect((refused as ServiceError).message).toContain(
        "row 15002, column 5 (REF_AREA): error: unknown area 999",
      );
      expect(
        await findObservations(handle.db, { indicators: ["EN_MAT_DOMCMPC"], totalsOnly: false }),
      ).toEqual([]);

      const partial = await importObservations({
        db: handle.db,
        fileName: "large.csv",
        text,
        source: "Large file test",
        partial: true,
      });
      expect(partial).toMatchObject({
        rowsRead: rows,
        observations: rows - 2,
        inserted: rows - 3,
        flagged: 1,
        rejected: 2,
        series: 2,
      });
      expect(partial.flags.map((flag) => [flag.row, flag.area, flag.ruleId])).toEqual([
        [20_002, "KAZ", "leading-zeros"],
      ]);
      const stored = await findObservations(handle.db, { indicators: ["EN_MAT_DOMCMPC"], totalsOnly: false });
      expect(stored).toHaveLength(rows - 3);
      expect(
        stored.find((observation) => observation.areaCode === "KAZ" && observation.timePeriod === period(102))
          ?.value,
      ).toBe("10.40");
      const open = await listQualityFlags(handle.db, { states: ["open"] });
      expect(open.map(({ version }) => [version.areaCode, version.value, version.state])).toEqual([
        ["KAZ", "10.5", "pending"],
      ]);
    });

    it("lists the first 1,000 flags in reading order, counts every one by rule, and holds every flagged row", async () => {
      const { lines } = largeFile(1_500);
      // Every value with a leading zero: each row is flagged.
      const text = `${lines.map((line, index) => (index === 0 ? line : line.replace(/,(\d+\.\d+),T_PER_CAP/, ",0$1,T_PER_CAP"))).join("\n")}\n`;
      const report = await importObservations({
        db: handle.db,
        fileName: "zeros.csv",
        text,
        source: "Zeros test",
      });
      expect(report).toMatchObject({ observations: 1_500, flagged: 1_500, inserted: 0 });
      expect(report.flagsByRule).toEqual({ "leading-zeros": 1_500 });
      expect(report.flags).toHaveLength(flagsListed);
      expect(report.flags.map((flag) => flag.row)).toEqual(
        Array.from({ length: flagsListed }, (_, index) => index + 2),
      );
      const open = await listQualityFlags(handle.db, { states: ["open"] });
      expect(open).toHaveLength(1_500);
      expect(new Set(open.map(({ version }) => version.state))).toEqual(new Set(["pending"]));
    });
  });
}
