/**
 * A held value's whole life in the browser: the NSC's lost-decimal 467 % for Kyrgyzstan's 2015
 * hazardous-waste share (../shared/data/open-sdg-kyrgyzstan-sdmx/PROVENANCE.md; re-typed here as
 * one CSV row, so the shared data are not read) is imported before the server starts; the public
 * sees only that a value awaits review; an administrator confirms it on the data-quality page
 * (not without a comment), and the indicator page's versions then show the new value over the
 * baseline one it superseded.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { IndicatorPage } from "./pages/indicator-page.ts";
import { IndicatorVersions } from "./pages/indicator-versions.ts";
import { QualityPage } from "./pages/quality-page.ts";
import { runAtlasCommand } from "./support/atlas-server.ts";
import { describeInBrowser } from "./support/browser-suite.ts";

const indicator = "EN_HAZ_TRTDISR";
const password = "a passphrase long enough";

function importLostDecimal(dataDir: string): void {
  const folder = mkdtempSync(join(tmpdir(), "atlas-e2e-quality-"));
  try {
    const file = join(folder, "kgz-12-4-2.csv");
    writeFileSync(file, `indicator,area,year,value,unit,source\n${indicator},KGZ,2015,467,PT,NSC (2025)\n`);
    expect(runAtlasCommand(dataDir, ["import", file])).toContain("1 held for review");
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function createAdministrator(page: Page): Promise<void> {
  await page.goto("/setup");
  await page.locator("#setup-email").fill("admin@example.org");
  await page.locator("#new-password").fill(password);
  await page.locator("#new-password-again").fill(password);
  await page.getByRole("button", { name: /create administrator/i }).click();
  await page.getByTestId("account-menu").waitFor();
}

describeInBrowser(
  "data-quality review",
  (suite) => {
    const published2015 = async () => {
      const list = await suite.api<{ data: { timePeriod: string; value: string }[] }>(
        `/api/observations?indicator=${indicator}&area=KGZ&from=2015&to=2015`,
      );
      return list.data.map((row) => row.value);
    };

    it("shows the public a count only, and sends it to sign in for the data-quality page", async () => {
      const { page } = await suite.openPage();
      const baseline = await published2015();
      expect(baseline).toHaveLength(1);
      await IndicatorPage.open(page, indicator);
      const versions = new IndicatorVersions(page);
      await expect
        .poll(() => versions.reviewNote.textContent())
        .toBe("1 value of this indicator is awaiting review and is not shown until a reviewer confirms it.");
      const kyrgyz = await versions.versionsOf("KGZ");
      expect(kyrgyz.filter((row) => row.period === "2015")).toEqual([
        { period: "2015", version: "1", value: baseline[0], state: "published now" },
      ]);
      await page.goto("/quality");
      await page.waitForURL(/\/sign-in\?next=%2Fquality$/);
    });

    it("lets an administrator confirm the held value with a comment; the versions then show both", async () => {
      const { page } = await suite.openPage();
      const [baseline] = await published2015();
      await createAdministrator(page);
      const quality = await QualityPage.open(page);
      const card = quality.heldValue("KGZ", "2015");
      const figures = await quality.figures(card);
      expect(figures.held).toBe("467");
      expect(figures.published).toBe(baseline);
      expect(figures.rules).toContain("percent-range");
      expect(await quality.confirmWithoutComment(card)).toBe("Say why the value is confirmed or rejected.");
      await quality.review(card, "confirm", "checked with the NSC");
      await expect.poll(() => quality.notice.textContent()).toBe("467 (2015) is confirmed and published.");
      await expect.poll(() => quality.count.textContent()).toBe("0 values awaiting review");
      expect(await published2015()).toEqual(["467"]);

      await IndicatorPage.open(page, indicator);
      const versions = new IndicatorVersions(page);
      const kyrgyz = (await versions.versionsOf("KGZ")).filter((row) => row.period === "2015");
      expect(kyrgyz.map((row) => [row.version, row.value])).toEqual([
        ["2", "467"],
        ["1", baseline],
      ]);
      expect(kyrgyz[0]?.state).toBe("published now");
      expect(kyrgyz[1]?.state).toMatch(/^superseded on /);
      expect(await versions.reviewNote.count()).toBe(0);
      // Nothing was published before the baseline was loaded: shown as nothing, not as zeros.
      const before = await versions.asPublishedOn("2000-01-01");
      expect(await before.locator(".empty-state").textContent()).toBe(
        "Nothing of this indicator had been published by January 1, 2000.",
      );
    });
  },
  { prepareData: importLostDecimal },
);
