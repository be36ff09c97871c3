import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readCsv } from "@circular-atlas/formats";
import { describe, expect, it } from "vitest";
import { readBaselineFolder } from "./committed-baseline.ts";
import {
  compareDmcVintages,
  type DmcPair,
  dmcCountryMeanRatio,
  dmcMedianRelativeDifference,
  dmcPointFactor,
} from "./dmc-cross-check.ts";
import { resolveSharedDataDir } from "./shared-data-dir.ts";

const sharedDataDir = resolveSharedDataDir();
const owidFile = join(sharedDataDir, "owid-dmc-per-capita", "domestic-material-consumption-per-capita.csv");

describe("comparing DMC vintages", () => {
  it("measures point factors, country mean ratios and the median difference", () => {
    const comparison = compareDmcVintages([
      { area: "AAA", year: "2000", baseline: 2, owid: 1 },
      { area: "AAA", year: "2001", baseline: 1, owid: 1 },
      { area: "BBB", year: "2000", baseline: 10, owid: 11 },
    ]);
    expect(comparison.pairs).toBe(3);
    expect(comparison.worstPointFactor).toBe(2);
    expect(comparison.countryMeanRatios.get("AAA")).toBeCloseTo(2 / 3, 12);
    // Relative differences 0.5, 0, 0.1 → median 0.1.
    expect(comparison.medianRelativeDifference).toBeCloseTo(0.1, 12);
  });
});

describe.skipIf(!existsSync(owidFile))(
  "DDF DMC per capita against OWID's newer vintage (reads ../shared/data)",
  () => {
    it("agrees within the revision tolerance for every overlapping country and year", () => {
      const baseline = new Map(
        readBaselineFolder()
          .observations.filter((row) => row["indicator"] === "EN_MAT_DOMCMPC" && row["dimensions"] === "")
          .map((row) => [`${row["area"]}|${row["time_period"]}`, Number(row["value"])]),
      );
      const [header, ...rows] = readCsv(readFileSync(owidFile, "utf8")).records;
      const valueColumn = header?.cells.findIndex((cell) => cell.includes("EN_MAT_DOMCMPC")) ?? -1;
      expect(valueColumn).toBeGreaterThan(0);
      const pairs: DmcPair[] = [];
      for (const row of rows) {
        const [, code = "", year = ""] = row.cells;
        const value = baseline.get(`${code}|${year}`);
        if (value !== undefined)
          pairs.push({ area: code, year, baseline: value, owid: Number(row.cells[valueColumn]) });
      }
      const comparison = compareDmcVintages(pairs);
      expect(comparison.pairs).toBe(10 * 18);
      expect(comparison.worstPointFactor).toBeLessThan(dmcPointFactor);
      for (const [area, ratio] of comparison.countryMeanRatios) {
        expect(ratio, area).toBeGreaterThan(dmcCountryMeanRatio[0]);
        expect(ratio, area).toBeLessThan(dmcCountryMeanRatio[1]);
      }
      expect(comparison.medianRelativeDifference).toBeLessThan(dmcMedianRelativeDifference);
    });
  },
);
