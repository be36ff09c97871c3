/**
 * Journey 3: switching to Persian turns the document right-to-left and the content Persian:
 * country names from i18n-iso-countries' fa locale, Persian digits, a mirrored header.
 */
import countries from "i18n-iso-countries";
import fa from "i18n-iso-countries/langs/fa.json" with { type: "json" };
import { expect, it } from "vitest";
import { CountryProfilePage } from "./pages/country-profile-page.ts";
import { HomePage } from "./pages/home-page.ts";
import { describeInBrowser, saveScreenshot } from "./support/browser-suite.ts";

countries.registerLocale(fa);

const latinDigits = /[0-9]/;
const persianDigits = /[۰-۹]/;

describeInBrowser("Persian, right to left", (suite) => {
  it("turns Kazakhstan's profile Persian and right-to-left, and mirrors the header", async () => {
    const { page } = await suite.openPage();
    const profile = await CountryProfilePage.open(page, "KAZ");
    expect(await profile.documentLanguage()).toEqual({ lang: "en", dir: "ltr" });
    const brandBefore = await profile.brandBox();
    const navBefore = await profile.navBox();
    expect(brandBefore.x, "in English the brand starts the header on the left").toBeLessThan(navBefore.x);

    await profile.switchLanguage("fa");

    expect(await profile.documentLanguage()).toEqual({ lang: "fa", dir: "rtl" });
    await expect.poll(() => profile.countryName()).toBe(countries.getName("KAZ", "fa"));
    expect(await profile.countryName()).toBe("قزاقستان");

    const population = await profile.headline("SP.POP.TOTL");
    expect(population.text).toMatch(persianDigits);
    expect(population.text).not.toMatch(latinDigits);
    expect(population.year).toContain(new Intl.NumberFormat("fa", { useGrouping: false }).format(2024));
    expect(population.year).not.toMatch(latinDigits);
    const dmc = await profile.headline("EN_MAT_DOMCMPC");
    expect(dmc.text).toBe(new Intl.NumberFormat("fa", { maximumFractionDigits: 2 }).format(29.13647));

    const viewportWidth = page.viewportSize()?.width ?? 0;
    const brandAfter = await profile.brandBox();
    const navAfter = await profile.navBox();
    expect(brandAfter.x, "in Persian the brand starts the header on the right").toBeGreaterThan(navAfter.x);
    expect(brandAfter.x + brandAfter.width / 2).toBeGreaterThan(viewportWidth / 2);
    expect(navAfter.x + navAfter.width / 2, "the navigation moves to the other side").toBeLessThan(
      navBefore.x + navBefore.width / 2,
    );
    await saveScreenshot(page, "kaz-profile-fa");

    await page.reload();
    await profile.waitUntilShown();
    expect(await profile.documentLanguage(), "the choice is remembered").toEqual({ lang: "fa", dir: "rtl" });
  });

  it("opens in Persian from a shared ?lang=fa link, with Persian names and digits on the map", async () => {
    const { page } = await suite.openPage();
    const home = await HomePage.open(page, "?lang=fa");
    expect(await home.documentLanguage()).toEqual({ lang: "fa", dir: "rtl" });
    const tooltip = await home.map.hoverCountry("KAZ");
    expect(tooltip.country).toBe(countries.getName("KAZ", "fa"));
    expect(tooltip.value).toMatch(persianDigits);
    expect(tooltip.value).not.toMatch(latinDigits);
    const legend = await home.map.legendText();
    expect(legend).toMatch(persianDigits);
    expect(legend).not.toMatch(latinDigits);
  });
});
