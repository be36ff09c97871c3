/**
 * Journey 1: the home map. Ten member states, each a link to its profile; another indicator and
 * year recolour them with the values the API serves; hover and keyboard focus tell value and
 * source. Also acceptance criterion 5: the JavaScript the home page loads, gzipped, ≤ 200 KB.
 */
import type { IndicatorList, ObservationList } from "@circular-atlas/contracts";
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import type { Response } from "playwright-core";
import { expect, it } from "vitest";
import { HomePage } from "./pages/home-page.ts";
import { textOf } from "./pages/text-of.ts";
import { describeInBrowser, saveScreenshot } from "./support/browser-suite.ts";
import {
  ecoMembers,
  exactMagnitude,
  formatLikeThePage,
  headlineValuesOf,
} from "./support/expected-values.ts";

countries.registerLocale(en);

/** The indicator and year the journey switches to (away from the default, DMC per capita). */
const chosen = { indicator: "NY.GDP.PCAP.CD", year: 2010 } as const;
const javascriptBudgetBytes = 200 * 1024;

describeInBrowser("home map", (suite) => {
  it("shows the ten member states, each linking to its profile", async () => {
    const { page } = await suite.openPage();
    const home = await HomePage.open(page);

    const areas = await home.map.areas();
    expect(areas.map((area) => area.iso3).sort()).toEqual([...ecoMembers]);
    for (const area of areas) expect(area.href).toBe(`/countries/${area.iso3}`);
    await saveScreenshot(page, "home");

    await home.map.openCountry("KAZ");
    await page.waitForURL("**/countries/KAZ");
    await expect.poll(() => textOf(home.heading)).toBe(countries.getName("KAZ", "en"));
  });

  it("recolours the map for another indicator and year, with the API's values", async () => {
    const { page } = await suite.openPage();
    const home = await HomePage.open(page);
    const before = await home.map.areas();
    const legendBefore = await home.map.legendText();
    const { data: indicators } = await suite.api<IndicatorList>("/api/indicators");
    const indicator = indicators.find((candidate) => candidate.code === chosen.indicator);
    expect(indicator?.coverage.years).toContain(chosen.year);

    await home.chooseIndicator(chosen.indicator);
    await home.chooseYear(chosen.year);

    const observations = await suite.api<ObservationList>(
      `/api/observations?indicator=${chosen.indicator}&breakdown=total`,
    );
    const expected = headlineValuesOf(observations.data, chosen.year);
    expect(expected.size, "the chosen year should have values to compare").toBeGreaterThan(0);
    const after = await home.map.areas();
    for (const iso3 of ecoMembers) {
      const observation = expected.get(iso3);
      const shown = after.find((area) => area.iso3 === iso3);
      expect(shown?.value, iso3).toBe(
        observation ? exactMagnitude(observation.value, observation.unitMult) : "",
      );
    }
    const changed = after.filter((area) => {
      const old = before.find((candidate) => candidate.iso3 === area.iso3);
      return old?.fill !== area.fill && old?.value !== area.value;
    });
    expect(changed.length, "at least one country changes colour and value").toBeGreaterThan(0);
    const legendAfter = await home.map.legendText();
    expect(legendAfter).not.toBe(legendBefore);
    expect(await home.map.legendTitle()).toContain(`${indicator?.names["en"]}, ${chosen.year}`);
    expect(new URL(page.url()).searchParams.get("year")).toBe(String(chosen.year));
  });

  it("tells value, year and source on hover and on keyboard focus", async () => {
    const { page } = await suite.openPage();
    const home = await HomePage.open(page, `?indicator=${chosen.indicator}&year=${chosen.year}`);
    const { data: indicators } = await suite.api<IndicatorList>("/api/indicators");
    const indicator = indicators.find((candidate) => candidate.code === chosen.indicator);
    if (!indicator) throw new Error(`${chosen.indicator} is not in the catalogue`);
    const observations = await suite.api<ObservationList>(
      `/api/observations?indicator=${chosen.indicator}&breakdown=total`,
    );
    const expected = headlineValuesOf(observations.data, chosen.year);

    const describe = (iso3: string) => {
      const observation = expected.get(iso3);
      if (!observation) throw new Error(`no ${chosen.indicator} value for ${iso3} in ${chosen.year}`);
      const value = Number(exactMagnitude(observation.value, observation.unitMult));
      const number = formatLikeThePage(value, "en", { decimals: indicator.decimals, compact: true });
      const source = observations.sources.find((item) => item.id === observation.source);
      return {
        country: countries.getName(iso3, "en"),
        value: `${number} ${indicator.unitLabels["en"]}`,
        year: `Year: ${chosen.year}`,
        source: `Source: ${source?.title}`,
      };
    };

    const hovered = await home.map.hoverCountry("KAZ");
    const kaz = describe("KAZ");
    expect(hovered.country).toBe(kaz.country);
    expect(hovered.value).toBe(kaz.value);
    expect(hovered.lines).toEqual(expect.arrayContaining([kaz.year, kaz.source]));

    await page.mouse.move(0, 0);
    await home.map.tooltip.waitFor({ state: "hidden" });
    const focused = await home.map.focusCountry("TUR");
    const tur = describe("TUR");
    expect(focused.country).toBe(tur.country);
    expect(focused.value).toBe(tur.value);
    expect(focused.lines).toEqual(expect.arrayContaining([tur.year, tur.source]));
  });

  it("loads at most 200 KB of gzipped JavaScript (acceptance criterion 5)", async () => {
    const { page } = await suite.openPage({ extraHTTPHeaders: { "accept-encoding": "gzip" } });
    const scripts: Response[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.push(response);
    });
    await HomePage.open(page);
    await page.waitForLoadState("networkidle");

    expect(scripts.length).toBeGreaterThan(0);
    let totalBytes = 0;
    const perFile: string[] = [];
    for (const response of scripts) {
      const headers = await response.allHeaders();
      expect(headers["content-encoding"], response.url()).toBe("gzip");
      const { responseBodySize } = await response.request().sizes();
      totalBytes += responseBodySize;
      perFile.push(`${new URL(response.url()).pathname} ${responseBodySize} B`);
    }
    console.log(`home page JavaScript, gzipped: ${totalBytes} bytes (${perFile.join(", ")})`);
    expect(totalBytes).toBeLessThanOrEqual(javascriptBudgetBytes);
  });
});
