import type { Locator, Page } from "playwright-core";

/** The indicator page's review note and versions section. */
export class IndicatorVersions {
  readonly page: Page;
  readonly reviewNote: Locator;
  readonly versionTable: Locator;
  readonly asPublished: Locator;

  constructor(page: Page) {
    this.page = page;
    this.reviewNote = page.getByTestId("review-note");
    this.versionTable = page.getByTestId("version-table");
    this.asPublished = page.getByTestId("as-published");
  }

  /** The rows of a country's versions: period, version, exact value and state text. */
  async versionsOf(
    area: string,
  ): Promise<{ period: string; version: string; value: string; state: string }[]> {
    await this.page.getByTestId("history-area").selectOption(area);
    await this.versionTable.locator("tbody tr").first().waitFor();
    return this.versionTable.locator("tbody tr").evaluateAll((rows) =>
      rows.map((row) => {
        const cells = Array.from(row.children, (cell) => cell.textContent?.trim() ?? "");
        return {
          period: cells[0] ?? "",
          version: cells[2] ?? "",
          value: row.children[3]?.getAttribute("data-value") ?? "",
          state: cells[4] ?? "",
        };
      }),
    );
  }

  /** Chooses the "as published on" date and waits for that table (or its "nothing yet" line). */
  async asPublishedOn(date: string): Promise<Locator> {
    await this.page.getByTestId("as-of-date").fill(date);
    await this.asPublished.locator("tbody tr, .empty-state").first().waitFor();
    return this.asPublished;
  }
}
