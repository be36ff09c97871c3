import type { Locator, Page } from "playwright-core";
import { LanguageSwitcher } from "./language-switcher.ts";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What every page has around it: brand, main navigation, language, the main area. */
export class AppShell {
  readonly page: Page;
  readonly brand: Locator;
  readonly nav: Locator;
  readonly main: Locator;
  readonly heading: Locator;
  readonly errorMessage: Locator;
  readonly languageSwitcher: LanguageSwitcher;

  constructor(page: Page) {
    this.page = page;
    this.brand = page.locator("header.site-header .brand");
    this.nav = page.locator("header.site-header nav.site-nav");
    this.main = page.locator("main#main");
    this.heading = this.main.locator("h1");
    this.errorMessage = page.getByTestId("error-message");
    this.languageSwitcher = new LanguageSwitcher(page);
  }

  switchLanguage(code: string): Promise<void> {
    return this.languageSwitcher.switchLanguage(code);
  }

  async documentLanguage(): Promise<{ lang: string | null; dir: string | null }> {
    const html = this.page.locator("html");
    return { lang: await html.getAttribute("lang"), dir: await html.getAttribute("dir") };
  }

  async navBox(): Promise<Box> {
    return boxOf(this.nav);
  }

  async brandBox(): Promise<Box> {
    return boxOf(this.brand);
  }
}

export async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} is not visible`);
  return box;
}
