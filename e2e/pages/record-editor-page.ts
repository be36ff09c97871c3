import type { Locator, Page } from "playwright-core";
import { AppShell } from "./app-shell.ts";

/** `/knowledge/new`: the record editor. */
export class RecordEditorPage extends AppShell {
  readonly countryChoices: Locator;

  constructor(page: Page) {
    super(page);
    this.countryChoices = page.locator('[data-field="countries"] input[type="checkbox"]');
  }

  static async open(page: Page): Promise<RecordEditorPage> {
    await page.goto("/knowledge/new");
    const view = new RecordEditorPage(page);
    await page.locator("#record-type").waitFor();
    return view;
  }

  async offeredCountries(): Promise<string[]> {
    return this.countryChoices.evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).value),
    );
  }

  async checkedCountries(): Promise<string[]> {
    return this.countryChoices.evaluateAll((inputs) =>
      inputs
        .filter((input) => (input as HTMLInputElement).checked)
        .map((input) => (input as HTMLInputElement).value),
    );
  }

  /** Fills the original-language text (English) and a source, then saves; returns the new record's path. */
  async createDraft(options: { type: string; title: string; summary: string }): Promise<string> {
    await this.page.locator("#record-type").selectOption(options.type);
    await this.page.locator("#record-language").selectOption("en");
    await this.page.locator("#title-en").fill(options.title);
    await this.page.locator("#summary-en").fill(options.summary);
    await this.page.getByRole("button", { name: /add a source/i }).click();
    await this.page.locator("#source-0-title").fill("Minutes of the national working group");
    await this.page.locator("#source-0-publisher").fill("Ministry of Ecology and Natural Resources");
    await this.page.getByRole("button", { name: /save draft/i }).click();
    await this.page.waitForURL(/\/knowledge\/(?!new)[a-z0-9-]+$/);
    return new URL(this.page.url()).pathname;
  }
}
