import type { Locator, Page } from "playwright-core";
import { AppShell } from "./app-shell.ts";

/**
 * `/readiness`: the results table, the rank chart, the pillar weight sliders, each member's inputs
 * and the framework's list of pressures per person left out of the index.
 */
export class ReadinessPage extends AppShell {
  readonly table: Locator;
  readonly status: Locator;

  constructor(page: Page) {
    super(page);
    this.table = this.main.getByTestId("readiness-table");
    this.status = this.main.getByTestId("what-if-status");
  }

  static async open(page: Page): Promise<ReadinessPage> {
    const readiness = new ReadinessPage(page);
    await page.goto("/readiness");
    await readiness.table.waitFor();
    return readiness;
  }

  /** The rank cell of each member, by area code, as written (rank, median and interval). */
  rankTexts(): Promise<Record<string, string>> {
    return this.table
      .locator("tbody tr[data-area]")
      .evaluateAll((rows) =>
        Object.fromEntries(
          rows.map((row) => [
            row.getAttribute("data-area"),
            row.querySelector(".readiness-rank")?.textContent?.replace(/\s+/g, " ").trim() ?? "",
          ]),
        ),
      );
  }

  /** Members in the order the table lists them (by rank). */
  order(): Promise<string[]> {
    return this.table
      .locator("tbody tr[data-area]")
      .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-area") ?? ""));
  }

  intervalCount(): Promise<number> {
    return this.main.locator('[data-testid="chart"] svg [aria-label="rule"] line').count();
  }

  /** Moves a pillar's weight slider to a value and waits for the browser's recomputation. */
  async setPillarWeight(pillarName: string, value: number): Promise<void> {
    await this.main.getByLabel(pillarName, { exact: true }).fill(String(value));
    await this.status.filter({ hasText: "Recomputed with your weights." }).waitFor();
  }

  async resetWeights(): Promise<void> {
    await this.main.getByRole("button", { name: "Back to the published weights" }).click();
    await this.status.filter({ hasText: "Showing the published index." }).waitFor();
  }

  /** The series listed as pressures per person (in the observatory, not in the index), as linked. */
  perPersonLinks(): Promise<{ series: string; href: string }[]> {
    return this.main.locator('[data-testid="per-person"] li[data-series] a').evaluateAll((links) =>
      links.map((link) => ({
        series: link.textContent?.trim() ?? "",
        href: link.getAttribute("href") ?? "",
      })),
    );
  }

  /** Follows a per-person series' link to its indicator page. */
  async openPerPersonSeries(series: string): Promise<void> {
    await this.main
      .locator('[data-testid="per-person"]')
      .getByRole("link", { name: series, exact: true })
      .click();
  }

  /** Follows a member's score to its inputs and reads them: indicator code → cells as written. */
  async openInputs(area: string): Promise<Record<string, string[]>> {
    await this.main.getByTestId(`score-${area}`).click();
    const inputs = this.main.locator(`[data-testid="inputs-${area}"][open]`);
    await inputs.waitFor();
    return inputs
      .locator("tbody tr[data-indicator]")
      .evaluateAll((rows) =>
        Object.fromEntries(
          rows.map((row) => [
            row.getAttribute("data-indicator"),
            Array.from(row.children, (cell) => cell.textContent?.replace(/\s+/g, " ").trim() ?? ""),
          ]),
        ),
      );
  }
}
