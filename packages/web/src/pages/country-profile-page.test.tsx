import { afterEach, describe, expect, it } from "vitest";
import { type RenderedApp, renderApp, textOf, waitFor } from "../test/render-app.tsx";

let app: RenderedApp | undefined;
afterEach(() => app?.unmount());

function figure(container: HTMLElement, code: string): HTMLElement {
  const found = container.querySelector<HTMLElement>(`[data-indicator="${code}"]`);
  if (!found) throw new Error(`no figure for ${code}`);
  return found;
}

describe("CountryProfilePage", () => {
  it("shows every indicator by topic, each with its latest value, year, unit and source", async () => {
    app = await renderApp("/countries/KAZ");
    const { container } = app;
    await waitFor(() => container.querySelector(".profile-page"));
    expect(textOf(container.querySelector("h1"))).toBe("Kazakhstan");
    const topics = Array.from(container.querySelectorAll(".profile-topic h2")).map(textOf);
    expect(topics).toEqual([
      "Population and economy",
      "Industry and employment",
      "Materials",
      "Waste",
      "Energy and climate",
    ]);
    const population = figure(container, "SP.POP.TOTL");
    expect(textOf(population.querySelector('[data-testid="headline"]'))).toBe("72.5 million persons (2017)");
    expect(population.querySelector("data")?.getAttribute("value")).toBe("72480000");
    const sourceLink = population.querySelector<HTMLAnchorElement>(
      '.source-note a[href="/about/data#wb-wdi"]',
    );
    expect(textOf(sourceLink)).toBe("World Development Indicators");
    expect(textOf(population.querySelector(".licence"))).toBe("(CC BY 4.0)");
  });

  it("draws material groups as stacked bars with a legend and a text table", async () => {
    app = await renderApp("/countries/KAZ");
    const dmc = await waitFor(() =>
      app?.container.querySelector<HTMLElement>('[data-indicator="EN_MAT_DOMCMPC"] svg'),
    );
    expect(dmc.getAttribute("role")).toBe("img");
    expect(dmc.querySelectorAll('[aria-label="bar"] rect')).toHaveLength(18 * 4);
    const card = figure(app.container, "EN_MAT_DOMCMPC");
    expect(Array.from(card.querySelectorAll(".series-legend li")).map(textOf)).toEqual([
      "Biomass",
      "Fossil fuels",
      "Metal ores",
      "Non-metallic minerals",
    ]);
    expect(card.querySelectorAll(".visually-hidden table tbody tr")).toHaveLength(18 * 4);
  });

  it("shows a one-year composition as bars and a two-way breakdown as a table", async () => {
    app = await renderApp("/countries/KAZ");
    const composition = await waitFor(() =>
      app?.container.querySelector<HTMLElement>('[data-indicator="EN_MSW_COMP"] svg'),
    );
    expect(Array.from(composition.querySelectorAll('[aria-label="text"] text')).map(textOf)).toEqual([
      "55.5",
      "12",
      "10.3",
    ]);
    const employment = figure(app.container, "SL_EMP_SECTOR");
    expect(textOf(employment.querySelector("caption"))).toBe("Employment by sector");
    expect(Array.from(employment.querySelectorAll("thead th"), textOf)).toEqual([
      "Year",
      "Sex",
      "Sector",
      "Value",
    ]);
    const rows = Array.from(employment.querySelectorAll("tbody tr"), (row) =>
      Array.from(row.children).map(textOf),
    );
    expect(rows.slice(0, 2)).toEqual([
      ["2017", "Female", "Agriculture", "17"],
      ["2017", "Female", "Industry", "22"],
    ]);
  });

  it("puts women's and men's employment by sector side by side", async () => {
    app = await renderApp("/countries/KAZ");
    const figureElement = await waitFor(() =>
      app?.container.querySelector<HTMLElement>('[data-indicator="employment-by-sector"]'),
    );
    expect(textOf(figureElement.querySelector("h3"))).toBe("Employment by sector, women and men");
    expect(textOf(figureElement.querySelector(".figure-note"))).toContain("2017");
    const labels = Array.from(figureElement.querySelectorAll('svg [aria-label="text"] text'), textOf);
    expect(labels).toEqual(["18", "23", "59", "22", "27", "51"]);
    expect(figureElement.querySelectorAll(".visually-hidden tbody tr")).toHaveLength(6);
  });

  it("marks derived values with their formula", async () => {
    app = await renderApp("/countries/KAZ");
    const badge = await waitFor(() =>
      app?.container.querySelector<HTMLElement>('[data-indicator="CO2_PCAP"] .derived-badge'),
    );
    expect(badge.getAttribute("data-formula")).toBe("Derived: EN_ATM_CO2 × 10^6 / SP.POP.TOTL");
    expect(badge.tabIndex).toBe(0);
  });

  it("says so where the bundled sources have no data for the country", async () => {
    app = await renderApp("/countries/TJK");
    const ewaste = await waitFor(() => app?.container.querySelector('[data-indicator="EN_EWT_GENPCAP"]'));
    expect(textOf(ewaste.querySelector('[data-testid="no-data"]'))).toBe("No data in the bundled sources");
    expect(textOf(app.container.querySelector(".lead"))).toBe(
      "Data for 11 of 13 indicators in the bundled sources.",
    );
  });

  it("turns an unknown country into a translated sentence, not the server's detail", async () => {
    app = await renderApp("/countries/XYZ", "ru");
    const error = await waitFor(() => app?.container.querySelector('[data-testid="error-message"]'));
    expect(textOf(error)).toContain("Страны или территории с таким кодом нет.");
    expect(textOf(error)).not.toContain("no area");
  });

  it("falls back to English, marked, where an indicator has no Persian name", async () => {
    app = await renderApp("/countries/KAZ", "fa");
    const gdp = await waitFor(() => app?.container.querySelector('[data-indicator="NY.GDP.PCAP.CD"] h3'));
    expect(gdp.querySelector('[lang="en"]')?.textContent).toBe("GDP per capita (current US$)");
    expect(gdp.querySelector("abbr.untranslated")).not.toBeNull();
    expect(textOf(figure(app.container, "SP.POP.TOTL").querySelector('[data-testid="headline"]'))).toMatch(
      /[۰-۹]/,
    );
  });
});
