/**
 * Journey: the readiness index page on the real baseline. Every rank is shown with its interval
 * as /api/readiness-index gives it; moving a pillar's slider recomputes the index in a Web Worker
 * (the page guard fails the test on any CSP violation, so the worker must load from our origin)
 * and the ranks change; resetting brings the published ranks back; a score opens its inputs,
 * where an intensity shows its value, the GDP of the same year and the ratio; the pressures per
 * person left out of the index link to their pages in the observatory.
 */
import type { ReadinessIndex } from "@circular-atlas/contracts";
import { expect, it } from "vitest";
import { IndicatorPage } from "./pages/indicator-page.ts";
import { ReadinessPage } from "./pages/readiness-page.ts";
import { describeInBrowser, saveScreenshot } from "./support/browser-suite.ts";

describeInBrowser("readiness index", (suite) => {
  it("shows every member's rank with its median and 5–95 % interval as the API computes them", async () => {
    const { page } = await suite.openPage();
    const readiness = await ReadinessPage.open(page);
    const index = await suite.api<ReadinessIndex>("/api/readiness-index");
    const ranked = index.countries.filter((country) => country.status === "ranked");
    const shown = await readiness.rankTexts();
    for (const country of ranked) {
      const interval = country.rankInterval;
      const median = Number(interval?.median.toFixed(1));
      expect(shown[country.area]).toBe(
        `${country.rank} (median ${median}, ${interval?.q5}–${interval?.q95})`,
      );
    }
    expect(await readiness.intervalCount()).toBe(ranked.length);
    await saveScreenshot(page, "readiness");
  });

  it("recomputes the ranks in the browser when a pillar weight moves, and restores them on reset", async () => {
    const { page } = await suite.openPage();
    const readiness = await ReadinessPage.open(page);
    const published = await readiness.order();
    // Only socio-economic opportunities count: manufacturing economies move up.
    for (const pillar of [
      "Material life-cycle and value chain",
      "Interactions with the environment",
      "Responses and actions",
    ]) {
      await readiness.setPillarWeight(pillar, 0);
    }
    const whatIf = await readiness.order();
    expect(whatIf).not.toEqual(published);
    expect([...whatIf].sort()).toEqual([...published].sort());
    await readiness.resetWeights();
    expect(await readiness.order()).toEqual(published);
  });

  it("opens Kazakhstan's inputs from its score, with the value, year and source as published", async () => {
    const { page } = await suite.openPage();
    const readiness = await ReadinessPage.open(page);
    const inputs = await readiness.openInputs("KAZ");
    expect(page.url()).toContain("#inputs-KAZ");
    const dmc = inputs["DMC_GDP"] ?? [];
    expect(dmc.slice(0, 3)).toEqual([
      "Domestic material consumption per unit of GDP",
      expect.stringMatching(/^2\.67346 kg per/),
      "2017",
    ]);
    expect(dmc[3]).toContain("SDG indicators");
    // observations.csv: CDIAC_CO2,KAZ,2020 = 207.5 Mt and NY.GDP.MKTP.PP.CD,KAZ,2020 = 565757228614;
    // 207.5 / (565757228614 / 1e9) = 0.3668 kg per $.
    const co2 = inputs["CO2_GDP"] ?? [];
    expect(co2.slice(0, 3)).toEqual([
      "CO₂ emissions from fossil fuels and cement per unit of GDP",
      "207.5 Mt CO2 ÷ 565757228614 current international $ = 0.367 kg CO₂ per international $ of GDP (PPP, current prices)",
      "2020",
    ]);
    expect(co2[3]).toMatch(
      /^Global, Regional, and National Fossil-Fuel CO2 Emissions.* ÷ World Development Indicators/,
    );
  });

  it("lists the pressures per person as left out of the index, each linking to its page in the observatory", async () => {
    const { page } = await suite.openPage();
    const readiness = await ReadinessPage.open(page);
    expect(await readiness.perPersonLinks()).toEqual(
      ["EN_MAT_DOMCMPC", "WAW_MSW_PER_CAPITA", "EN_EWT_GENPCAP", "CDIAC_CO2_PCAP"].map((series) => ({
        series,
        href: `/indicators/${series}`,
      })),
    );
    await readiness.openPerPersonSeries("CDIAC_CO2_PCAP");
    const indicator = new IndicatorPage(page);
    await indicator.table.locator("tbody tr").first().waitFor();
    expect(new URL(page.url()).pathname).toBe("/indicators/CDIAC_CO2_PCAP");
  });
});
