/**
 * Journey 4: the indicator page's "Download CSV" saves exactly the table on screen: the same
 * header, the same rows in the same order, the exact values behind the formatted numbers.
 */
import { readCsv } from "@circular-atlas/formats";
import { expect, it } from "vitest";
import { IndicatorPage, type TableCell } from "./pages/indicator-page.ts";
import { describeInBrowser } from "./support/browser-suite.ts";

const indicatorCode = "EN_MAT_DOMCMPC";

/** Persian and other digits as ASCII, for comparing what is shown with the CSV's plain numbers. */
function toLatinDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (digit) => String(Number.parseInt(digit, 10) || digitValue(digit)));
}

function digitValue(digit: string): number {
  const code = digit.codePointAt(0) ?? 0;
  for (const zero of [0x06f0, 0x0660]) if (code >= zero && code <= zero + 9) return code - zero;
  return Number(digit);
}

function parseDownload(text: string): { header: string[]; rows: string[][] } {
  const { records, diagnostics } = readCsv(text);
  expect(diagnostics).toEqual([]);
  const [header, ...rows] = records.map((record) => [...record.cells]);
  return { header: header ?? [], rows };
}

/** Compares the CSV with the table, cell by cell; numbers via the cell's exact `data-value`. */
function expectCsvToMatchTable(
  csv: { header: string[]; rows: string[][] },
  table: { header: string[]; rows: TableCell[][] },
  language: string,
) {
  expect(csv.header).toEqual(table.header);
  expect(csv.rows.length).toBe(table.rows.length);
  table.rows.forEach((cells, rowIndex) => {
    const csvRow = csv.rows[rowIndex] ?? [];
    expect(csvRow.length, `row ${rowIndex + 1}`).toBe(cells.length);
    cells.forEach((cell, columnIndex) => {
      const where = `row ${rowIndex + 1}, ${table.header[columnIndex]}`;
      const csvCell = csvRow[columnIndex] ?? "";
      if (cell.value === null) {
        expect(toLatinDigits(cell.text), where).toBe(csvCell);
        return;
      }
      expect(cell.value, where).toBe(csvCell);
      const digits = csvCell.split(".")[1]?.length ?? 0;
      const formatted = new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(
        Number(csvCell),
      );
      expect(cell.text, where).toBe(formatted);
    });
  });
}

describeInBrowser("indicator table download", (suite) => {
  it("downloads the table as shown, then again in the order chosen", async () => {
    const { page } = await suite.openPage();
    const indicator = await IndicatorPage.open(page, indicatorCode);

    const first = await indicator.downloadCsv();
    expect(first.fileName).toBe(`${indicatorCode}.csv`);
    const shown = { header: await indicator.tableHeader(), rows: await indicator.tableRows() };
    expect(shown.rows.length).toBeGreaterThan(10);
    expectCsvToMatchTable(parseDownload(first.text), shown, "en");

    await indicator.sortBy("Value");
    await indicator.sortBy("Value");
    const sorted = { header: await indicator.tableHeader(), rows: await indicator.tableRows() };
    expect(sorted.rows.map((row) => row[0]?.text)).not.toEqual(shown.rows.map((row) => row[0]?.text));
    const second = await indicator.downloadCsv();
    expectCsvToMatchTable(parseDownload(second.text), sorted, "en");
  });

  it("downloads the Persian table with its Persian header and names", async () => {
    const { page } = await suite.openPage();
    const indicator = await IndicatorPage.open(page, indicatorCode);
    await indicator.switchLanguage("fa");
    await indicator.table.locator("thead th").filter({ hasText: "کشور" }).waitFor();
    const shown = { header: await indicator.tableHeader(), rows: await indicator.tableRows() };
    const download = await indicator.downloadCsv();
    expectCsvToMatchTable(parseDownload(download.text), shown, "fa");
  });
});
