import { readFile } from "node:fs/promises";
import type { Locator, Page } from "playwright-core";
import { AppShell } from "./app-shell.ts";

export interface TableCell {
  /** What is shown. */
  text: string;
  /** `data-value` where the cell has one (the exact value behind a formatted number). */
  value: string | null;
}

/** `/indicators/:code`: chart, map and the sortable table with its CSV download. */
export class IndicatorPage extends AppShell {
  readonly table: Locator;
  readonly downloadButton: Locator;

  constructor(page: Page) {
    super(page);
    this.table = this.main.getByTestId("indicator-table");
    this.downloadButton = this.main.getByTestId("download-csv");
  }

  static async open(page: Page, code: string): Promise<IndicatorPage> {
    const indicator = new IndicatorPage(page);
    await page.goto(`/indicators/${encodeURIComponent(code)}`);
    await indicator.table.locator("tbody tr").first().waitFor();
    return indicator;
  }

  /** Column headings as read aloud: the text without the decorative sort arrows. */
  async tableHeader(): Promise<string[]> {
    return this.table.locator("thead th").evaluateAll((cells) =>
      cells.map((cell) => {
        const copy = cell.cloneNode(true) as Element;
        for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
        return copy.textContent?.trim() ?? "";
      }),
    );
  }

  async tableRows(): Promise<TableCell[][]> {
    return this.table.locator("tbody tr").evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll("th, td")].map((cell) => ({
          text: cell.textContent?.trim() ?? "",
          value: cell.getAttribute("data-value"),
        })),
      ),
    );
  }

  /** Sorts by a column through its header button; clicking again reverses the order. */
  async sortBy(columnHeading: string): Promise<void> {
    const header = this.table.locator("thead th").filter({ hasText: columnHeading });
    const before = await header.getAttribute("aria-sort");
    await header.getByRole("button").click();
    await header
      .and(this.table.locator(`thead th[aria-sort]:not([aria-sort="${before ?? "none"}"])`))
      .waitFor();
  }

  /** Clicks "Download CSV" and returns the saved file's name and text. */
  async downloadCsv(): Promise<{ fileName: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.downloadButton.click()]);
    const failure = await download.failure();
    if (failure) throw new Error(`download failed: ${failure}`);
    return { fileName: download.suggestedFilename(), text: await readFile(await download.path(), "utf8") };
  }
}
