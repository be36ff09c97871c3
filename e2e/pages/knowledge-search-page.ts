import type { Locator, Page } from "playwright-core";
import { AppShell } from "./app-shell.ts";

/** `/knowledge`: the search box, result cards and facets with counts. */
export class KnowledgeSearchPage extends AppShell {
  readonly searchBox: Locator;
  readonly results: Locator;
  readonly resultCount: Locator;
  readonly corrections: Locator;

  constructor(page: Page) {
    super(page);
    this.searchBox = page.getByRole("searchbox");
    this.results = page.locator(".result-card");
    this.resultCount = page.getByTestId("result-count");
    this.corrections = page.getByTestId("corrections");
  }

  static async open(page: Page, search = ""): Promise<KnowledgeSearchPage> {
    await page.goto(`/knowledge${search === "" ? "" : `?${search}`}`);
    const view = new KnowledgeSearchPage(page);
    await view.resultCount.waitFor();
    return view;
  }

  /** Types the words as a reader would and waits for the address, and so the results, to follow. */
  async search(words: string): Promise<void> {
    const answered = this.page.waitForResponse(
      (response) =>
        response.url().includes("/api/search?") && new URL(response.url()).searchParams.get("q") === words,
    );
    await this.searchBox.fill("");
    await this.searchBox.pressSequentially(words, { delay: 20 });
    await answered;
    await this.waitUntilSettled();
  }

  async waitUntilSettled(): Promise<void> {
    await this.page.locator('.search-layout[aria-busy="false"]').waitFor();
  }

  async resultIds(): Promise<string[]> {
    return this.results.evaluateAll((cards) => cards.map((card) => card.getAttribute("data-record") ?? ""));
  }

  /** The number the facet shows beside a value. */
  async facetCount(facet: string, value: string): Promise<number> {
    const count = this.page.locator(
      `[data-facet="${facet}"] input[data-value="${value}"] + label .facet-count`,
    );
    return Number(await count.getAttribute("data-count"));
  }

  async facetValues(facet: string): Promise<string[]> {
    return this.page
      .locator(`[data-facet="${facet}"] input[type="checkbox"]`)
      .evaluateAll((inputs) => inputs.map((input) => input.getAttribute("data-value") ?? ""));
  }

  async toggleFacet(facet: string, value: string): Promise<void> {
    await this.page.locator(`[data-facet="${facet}"] input[data-value="${value}"]`).click();
    await this.page.waitForURL(
      (url) => (url.searchParams.get(facet) ?? "").split(",").includes(value) || !url.searchParams.has(facet),
    );
    await this.waitUntilSettled();
  }

  /** The total the page states ("12 records"), read from the API answer's number. */
  async total(): Promise<number> {
    const text = (await this.resultCount.textContent()) ?? "";
    return Number(text.replace(/\D/g, ""));
  }
}
