import type { Locator, Page } from "playwright-core";
import { AppShell } from "./app-shell.ts";
import { ChoroplethMap } from "./choropleth-map.ts";
import { textOf } from "./text-of.ts";

/** `/`: the member states on a map, with an indicator and a year to choose. */
export class HomePage extends AppShell {
  readonly map: ChoroplethMap;
  readonly indicatorSelect: Locator;
  readonly yearSelect: Locator;

  constructor(page: Page) {
    super(page);
    this.map = new ChoroplethMap(this.main);
    this.indicatorSelect = this.main.getByTestId("indicator-select");
    this.yearSelect = this.main.getByTestId("year-select");
  }

  static async open(page: Page, search = ""): Promise<HomePage> {
    const home = new HomePage(page);
    await page.goto(`/${search}`);
    await home.map.waitUntilDrawn();
    return home;
  }

  /** The name the select shows for an indicator code (the chosen one by default). */
  async indicatorName(code?: string): Promise<string> {
    const option = code === undefined ? "option:checked" : `option[value="${code}"]`;
    return textOf(this.indicatorSelect.locator(option));
  }

  async chosenYear(): Promise<number> {
    return Number(await this.yearSelect.inputValue());
  }

  /** Chooses an indicator by code and waits until the map shows it (legend titled with its name). */
  async chooseIndicator(code: string): Promise<void> {
    await this.indicatorSelect.selectOption(code);
    await this.map.waitForLegendTitle(await this.indicatorName(code));
  }

  /** Chooses a year and waits until the map shows it ("<indicator>, <year>" in the legend). */
  async chooseYear(year: number): Promise<void> {
    await this.yearSelect.selectOption(String(year));
    const yearLabel = await textOf(this.yearSelect.locator(`option[value="${year}"]`));
    await this.map.waitForLegendTitle(`${await this.indicatorName()}, ${yearLabel}`);
  }
}
