import type { Locator } from "playwright-core";
import { textOf } from "./text-of.ts";

export interface MapArea {
  iso3: string;
  /** Exact decimal of the shown value (`data-value`), "" for no data. */
  value: string;
  fill: string;
  /** Where the country links: its profile. */
  href: string;
}

export interface MapTooltip {
  country: string;
  value: string;
  /** Every line of the tooltip, in order (country, value, year, source, hint). */
  lines: string[];
}

/** The home and indicator pages' choropleth: one `path[data-area]` per member state, inside a link. */
export class ChoroplethMap {
  readonly root: Locator;
  readonly tooltip: Locator;
  readonly legend: Locator;

  constructor(container: Locator) {
    this.root = container.getByTestId("choropleth");
    this.tooltip = container.getByTestId("map-tooltip");
    this.legend = container.getByTestId("map-legend");
  }

  country(iso3: string): Locator {
    return this.root.locator(`path[data-area="${iso3}"]`);
  }

  countryLink(iso3: string): Locator {
    return this.root.locator(`a:has(> path[data-area="${iso3}"])`);
  }

  async waitUntilDrawn(): Promise<void> {
    await this.root.locator("path[data-area]").first().waitFor();
  }

  async areas(): Promise<MapArea[]> {
    return this.root.locator("a:has(> path[data-area])").evaluateAll((links) =>
      links.map((link) => {
        const path = link.querySelector("path[data-area]");
        return {
          iso3: path?.getAttribute("data-area") ?? "",
          value: path?.getAttribute("data-value") ?? "",
          fill: path?.getAttribute("fill") ?? "",
          href: link.getAttribute("href") ?? "",
        };
      }),
    );
  }

  async countryValue(iso3: string): Promise<string | null> {
    return this.country(iso3).getAttribute("data-value");
  }

  async legendText(): Promise<string> {
    return textOf(this.legend);
  }

  async legendTitle(): Promise<string> {
    return textOf(this.legend.locator(".map-legend-title"));
  }

  /** Waits until the legend (drawn with the map) is titled with `text`: the new data is on screen. */
  async waitForLegendTitle(text: string): Promise<void> {
    await this.legend.locator(".map-legend-title").filter({ hasText: text }).waitFor();
  }

  async hoverCountry(iso3: string): Promise<MapTooltip> {
    await this.country(iso3).hover();
    return this.readTooltip();
  }

  async focusCountry(iso3: string): Promise<MapTooltip> {
    await this.countryLink(iso3).focus();
    return this.readTooltip();
  }

  async openCountry(iso3: string): Promise<void> {
    await this.countryLink(iso3).click();
  }

  async readTooltip(): Promise<MapTooltip> {
    await this.tooltip.waitFor();
    const lines = await this.tooltip.locator(":scope > *").allInnerTexts();
    return {
      country: lines[0] ?? "",
      value: await textOf(this.tooltip.getByTestId("map-tooltip-value")),
      lines,
    };
  }
}
