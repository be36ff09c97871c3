import type { Locator, Page } from "playwright-core";
import { AppShell } from "./app-shell.ts";
import { textOf } from "./text-of.ts";

export interface Headline {
  /** Exact magnitude from `<data value>`. */
  value: string;
  /** The number as the page formats it. */
  text: string;
  unit: string;
  /** "(2024)" in the page's language and digits. */
  year: string;
}

/** `/countries/:code`: a member state's figures by topic. */
export class CountryProfilePage extends AppShell {
  readonly article: Locator;

  constructor(page: Page) {
    super(page);
    this.article = this.main.locator("article.profile-page");
  }

  static async open(page: Page, iso3: string, search = ""): Promise<CountryProfilePage> {
    const profile = new CountryProfilePage(page);
    await page.goto(`/countries/${iso3}${search}`);
    await profile.waitUntilShown();
    return profile;
  }

  async waitUntilShown(): Promise<void> {
    await this.article.getByTestId("headline").first().waitFor();
  }

  async countryName(): Promise<string> {
    return textOf(this.article.locator("header h1"));
  }

  figure(indicatorCode: string): Locator {
    return this.article.locator(`article.profile-figure[data-indicator="${indicatorCode}"]`);
  }

  async headline(indicatorCode: string): Promise<Headline> {
    const headline = this.figure(indicatorCode).getByTestId("headline");
    const data = headline.locator("data");
    return {
      value: (await data.getAttribute("value")) ?? "",
      text: await textOf(data),
      unit: await textOf(headline.locator(".unit")),
      year: await textOf(headline.locator(".year")),
    };
  }
}
