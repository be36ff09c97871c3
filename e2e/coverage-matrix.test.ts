/**
 * Journey: the Coverage page shows a framework's matrix as the API computes it from the real
 * baseline, switches framework from its selector, and downloads the same matrix as CSV.
 */
import type { CoverageMatrix } from "@circular-atlas/contracts";
import { readCsv } from "@circular-atlas/formats";
import { expect, it } from "vitest";
import { CoveragePage } from "./pages/coverage-page.ts";
import { describeInBrowser, saveScreenshot } from "./support/browser-suite.ts";

const statusLabel = { available: "Available", proxy: "Proxy", missing: "Missing" } as const;

describeInBrowser("coverage matrix", (suite) => {
  it("shows the SDG matrix cell by cell as /api/coverage gives it", async () => {
    const { page } = await suite.openPage();
    const coverage = await CoveragePage.open(page);
    const matrix = await suite.api<CoverageMatrix>("/api/coverage?framework=sdg");
    expect(await coverage.rowCount()).toBe(matrix.rows.length);
    const expected = Object.fromEntries(
      matrix.rows.flatMap((row) =>
        row.cells.map((cell) => [`${row.code}|${cell.area}`, statusLabel[cell.status]]),
      ),
    );
    expect(await coverage.cellStatuses()).toEqual(expected);
    await saveScreenshot(page, "coverage-sdg");
  });

  it("switches to Eurostat's framework and downloads its matrix as CSV, one row per indicator and country", async () => {
    const { page } = await suite.openPage();
    const coverage = await CoveragePage.open(page);
    await coverage.chooseFramework("Eurostat circular economy monitoring framework (2023)");
    expect(page.url()).toContain("framework=eurostat-ce-2023");
    const matrix = await suite.api<CoverageMatrix>("/api/coverage?framework=eurostat-ce-2023");
    expect(await coverage.rowCount()).toBe(matrix.rows.length);
    const { fileName, text } = await coverage.downloadCsv();
    expect(fileName).toBe("coverage-eurostat-ce-2023.csv");
    const [header, ...rows] = readCsv(text).records.map((record) => [...record.cells]);
    expect(header?.[5]).toBe("status");
    expect(rows).toHaveLength(matrix.rows.length * matrix.areas.length);
    const shown = await coverage.cellStatus("cei_pc030", "KAZ");
    const csvStatus = rows.find((row) => row[2] === "cei_pc030" && row[4] === "KAZ")?.[5];
    expect(shown).toBe(statusLabel[csvStatus as keyof typeof statusLabel]);
  });
});
