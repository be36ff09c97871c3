/**
 * Journey: the readiness index page on the real baseline. Every rank is shown with its interval
 * as /api/readiness-index gives it; moving a pillar's slider recomputes the index in a Web Worker
 * (the page guard fails the test on any CSP violation, so the worker must load from our origin)
 * and the ranks change; resetting brings the published ranks back; a score opens its inputs.
 */
import type { ReadinessIndex } from "@circular-atlas/contracts";
import { expect, it } from "vitest";
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
    const dmc = inputs["DMC_PC"] ?? [];
    expect(dmc.slice(0, 3)).toEqual([
      "Domestic material consumption per capita",
      "29.13647 tonnes per person",
      "2017",
    ]);
    expect(dmc[3]).toContain("SDG indicators");
  });
});
