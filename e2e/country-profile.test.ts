/**
 * Journey 2: Kazakhstan's profile shows the values of the raw source files, formatted the way
 * the page formats numbers. The checks against ../shared/data skip when it is absent.
 */
import type { IndicatorList } from "@circular-atlas/contracts";
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import { expect, it } from "vitest";
import { CountryProfilePage } from "./pages/country-profile-page.ts";
import { describeInBrowser, saveScreenshot } from "./support/browser-suite.ts";
import { formatLikeThePage } from "./support/expected-values.ts";
import { hasSharedData, readSharedCsv, sharedRow } from "./support/shared-data.ts";

countries.registerLocale(en);

const files = {
  population: "datahub-population/population.csv",
  dmcPerCapita:
    "un-sdg-indicators-ddf/ddf--datapoints--en_mat_domcmpc--by--geo_area--nature--type_of_product--units--year.csv",
  whatAWaste: "wb-what-a-waste/current-release/country_level_data.csv",
} as const;

describeInBrowser("country profile", (suite) => {
  it("opens Kazakhstan's profile under its name, with figures", async () => {
    const { page } = await suite.openPage();
    const profile = await CountryProfilePage.open(page, "KAZ");
    expect(await profile.countryName()).toBe(countries.getName("KAZ", "en"));
    expect(await page.title()).toContain(countries.getName("KAZ", "en"));
    expect(await profile.figure("SP.POP.TOTL").count()).toBe(1);
    await saveScreenshot(page, "kaz-profile");
  });

  it.skipIf(!hasSharedData)(
    "shows Kazakhstan's population, DMC per capita and municipal waste as the raw files in ../shared/data give them",
    async () => {
      const { page } = await suite.openPage();
      const profile = await CountryProfilePage.open(page, "KAZ");
      const { data: indicators } = await suite.api<IndicatorList>("/api/indicators");
      const indicator = (code: string) => {
        const found = indicators.find((candidate) => candidate.code === code);
        if (!found) throw new Error(`${code} is not in the catalogue`);
        return found;
      };
      const expectHeadline = async (code: string, raw: { value: string; year: string }) => {
        const { decimals, unitLabels } = indicator(code);
        const headline = await profile.headline(code);
        expect(headline, code).toEqual({
          value: raw.value,
          text: formatLikeThePage(Number(raw.value), "en", { decimals, compact: true }),
          unit: unitLabels["en"],
          year: `(${raw.year})`,
        });
      };

      // Population, latest year in the World Bank file (datahub packaging).
      const population = readSharedCsv(files.population)
        .filter((row) => row["Country Code"] === "KAZ")
        .sort((a, b) => Number(b["Year"]) - Number(a["Year"]))[0];
      if (!population) throw new Error(`no KAZ rows in ${files.population}`);
      await expectHeadline("SP.POP.TOTL", {
        value: population["Value"] ?? "",
        year: population["Year"] ?? "",
      });

      // DMC per capita 2017, all materials (alp), Kazakhstan is M49 398.
      const dmc = sharedRow(files.dmcPerCapita, { geo_area: "398", type_of_product: "alp", year: "2017" });
      await expectHeadline("EN_MAT_DOMCMPC", { value: dmc["en_mat_domcmpc"] ?? "", year: "2017" });

      // Municipal solid waste generated, What a Waste current release; the year is the
      // codebook's data year, which the baseline took from the API's observation.
      const waste = sharedRow(files.whatAWaste, { iso3c: "KAZ" });
      const wasteValue = waste["total_msw_total_msw_generated_tons_year"] ?? "";
      const headline = await profile.headline("WAW_MSW_GENERATED");
      expect(headline.value).toBe(wasteValue);
      expect(headline.text).toBe(
        formatLikeThePage(Number(wasteValue), "en", {
          decimals: indicator("WAW_MSW_GENERATED").decimals,
          compact: true,
        }),
      );
    },
  );
});
