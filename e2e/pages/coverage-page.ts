import { readFile } from "node:fs/promises";
import type { Locator, Page } from "playwright-core";
import { AppShell } from "./app-shell.ts";

/** `/coverage`: the framework selector, the coverage matrix and its CSV link. */
export class CoveragePage extends AppShell {
  readonly table: Locator;
  readonly frameworkSelect: Locator;
  readonly csvLink: Locator;

  constructor(page: Page) {
    super(page);
    this.table = this.main.getByTestId("coverage-table");
    this.frameworkSelect = this.main.getByLabel("Framework", { exact: true });
    this.csvLink = this.main.getByTestId("coverage-csv");
  }

  static async open(page: Page): Promise<CoveragePage> {
    const coverage = new CoveragePage(page);
    await page.goto("/coverage");
    await coverage.table.waitFor();
    return coverage;
  }

  async chooseFramework(label: string): Promise<void> {
    await this.frameworkSelect.selectOption({ label });
    await this.page.waitForURL(/framework=/);
    await this.table.locator("caption").filter({ hasText: label }).waitFor();
  }

  /** The status written in one cell. */
  async cellStatus(indicator: string, area: string): Promise<string> {
    const status = this.table.locator(
      `tr[data-indicator="${indicator}"] td[data-area="${area}"] .coverage-status`,
    );
    return (await status.textContent())?.trim() ?? "";
  }

  /** Every cell's written status, keyed `indicator|area`, read in one pass. */
  cellStatuses(): Promise<Record<string, string>> {
    return this.table
      .locator("td[data-area]")
      .evaluateAll((cells) =>
        Object.fromEntries(
          cells.map((cell) => [
            `${cell.closest("tr")?.getAttribute("data-indicator")}|${cell.getAttribute("data-area")}`,
            cell.querySelector(".coverage-status")?.textContent?.trim() ?? "",
          ]),
        ),
      );
  }

  rowCount(): Promise<number> {
    return this.table.locator("tbody tr[data-indicator]").count();
  }

  async downloadCsv(): Promise<{ fileName: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.csvLink.click()]);
    const failure = await download.failure();
    if (failure) throw new Error(`download failed: ${failure}`);
    return { fileName: download.suggestedFilename(), text: await readFile(await download.path(), "utf8") };
  }
}
