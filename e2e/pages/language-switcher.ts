import type { Locator, Page } from "playwright-core";

/** The header's language select. */
export class LanguageSwitcher {
  readonly #page: Page;
  readonly select: Locator;

  constructor(page: Page) {
    this.#page = page;
    this.select = page.getByTestId("language-switcher");
  }

  /** Chooses a language and waits until the document has taken it (`<html lang>`). */
  async switchLanguage(code: string): Promise<void> {
    await this.select.selectOption(code);
    await this.#page.locator(`html[lang="${code}"]`).waitFor({ state: "attached" });
  }

  current(): Promise<string> {
    return this.select.inputValue();
  }
}
