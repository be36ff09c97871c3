import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { carbonToCo2, convertMass } from "@circular-atlas/engines";
import { readCsv } from "@circular-atlas/formats";
import { describe, expect, it } from "vitest";
import { findObservation, readBaselineFolder } from "./committed-baseline.ts";
import { resolveSharedDataDir } from "./shared-data-dir.ts";

const sharedDataDir = resolveSharedDataDir();

/** A raw source file as header-keyed rows, read independently of the build's readers. */
function rawRows(file: string): Record<string, string>[] {
  const [header, ...rows] = readCsv(readFileSync(join(sharedDataDir, file), "utf8")).records;
  const columns = header?.cells ?? [];
  return rows.map((row) =>
    Object.fromEntries(columns.map((column, index) => [column, row.cells[index] ?? ""])),
  );
}

function rawRow(file: string, match: Record<string, string>): Record<string, string> {
  const row = rawRows(file).find((candidate) =>
    Object.entries(match).every(([key, value]) => candidate[key] === value),
  );
  if (row === undefined) throw new Error(`no row ${JSON.stringify(match)} in ${file}`);
  return row;
}

describe.skipIf(!existsSync(sharedDataDir))("baseline values against the raw files in ../shared/data", () => {
  const { observations } = readBaselineFolder();

  it("keeps Kazakhstan's population as the World Bank file writes it", () => {
    const raw = rawRow("datahub-population/population.csv", { "Country Code": "KAZ", Year: "2020" });
    const row = findObservation(observations, { indicator: "SP.POP.TOTL", area: "KAZ", timePeriod: "2020" });
    expect(row?.["value"]).toBe(raw["Value"]);
    expect(row?.["source"]).toBe("datahub-population");
  });

  it("keeps Kazakhstan's 2017 DMC per capita and its biomass part from the UN DDF file (M49 398)", () => {
    const file =
      "un-sdg-indicators-ddf/ddf--datapoints--en_mat_domcmpc--by--geo_area--nature--type_of_product--units--year.csv";
    const total = rawRow(file, { geo_area: "398", year: "2017", type_of_product: "alp" });
    const biomass = rawRow(file, { geo_area: "398", year: "2017", type_of_product: "bim" });
    const totalRow = findObservation(observations, {
      indicator: "EN_MAT_DOMCMPC",
      area: "KAZ",
      timePeriod: "2017",
    });
    expect(totalRow?.["value"]).toBe(total["en_mat_domcmpc"]);
    expect(totalRow?.["value"]).toBe("29.13647");
    expect(totalRow?.["nature"]).toBe(total["nature"]?.toUpperCase());
    const biomassRow = findObservation(observations, {
      indicator: "EN_MAT_DOMCMPC",
      area: "KAZ",
      timePeriod: "2017",
      dimensions: "TYPE_OF_PRODUCT=BIM",
    });
    expect(biomassRow?.["value"]).toBe(biomass["en_mat_domcmpc"]);
  });

  it("dates Türkiye's MSW by its codebook data year (2019), not the publication year", () => {
    const column = "total_msw_total_msw_generated_tons_year";
    const raw = rawRow("wb-what-a-waste/current-release/country_level_data.csv", { iso3c: "TUR" });
    const codebook = rawRow("wb-what-a-waste/current-release/country_level_codebook.csv", {
      iso3c: "TUR",
      measurement: column,
    });
    expect(raw[column]).toBe("35374156");
    expect(codebook["year"]).toBe("2019");
    const row = findObservation(observations, {
      indicator: "WAW_MSW_GENERATED",
      area: "TUR",
      timePeriod: "2019",
    });
    expect(row?.["value"]).toBe(raw[column]);
    expect(row?.["original_code"]).toBe(column);
    expect(row?.["source_detail"]).toBe(codebook["source"]?.replace(/\s+/g, " ").trim());
  });

  it("converts CDIAC's KAZAKHSTAN 2020 carbon total into 207.5 Mt CO2 and says so", () => {
    const raw = rawRow("datahub-co2-fossil-by-nation/fossil-fuel-co2-emissions-by-nation.csv", {
      Country: "KAZAKHSTAN",
      Year: "2020",
    });
    expect(raw["Total"]).toBe("56644");
    const row = findObservation(observations, { indicator: "CDIAC_CO2", area: "KAZ", timePeriod: "2020" });
    expect(row?.["value"]).toBe("207.5");
    expect(Number(row?.["value"])).toBeCloseTo(
      convertMass(carbonToCo2(Number(raw["Total"])), "thousand t", "Mt"),
      1,
    );
    expect(row?.["comment"]).toContain("56644 thousand t C");
    expect(row?.["comment"]).toContain("3.664");
    expect(row?.["derivation"]).toBe("");
  });

  it("keeps a WDI renewables share and an OWID greenhouse-gas total as published", () => {
    const renewables = rawRow("wb-wdi-datahub/indicators/eg.fec.rnew.zs/data.csv", {
      "Country Code": "KGZ",
      Year: "2020",
    });
    const renewablesRow = findObservation(observations, {
      indicator: "EG.FEC.RNEW.ZS",
      area: "KGZ",
      timePeriod: "2020",
    });
    expect(renewablesRow?.["value"]).toBe(renewables["Value"]);

    const ghg = rawRow("owid-co2-data-2020/owid-co2-data.csv", { iso_code: "UZB", year: "2016" });
    const ghgRow = findObservation(observations, {
      indicator: "OWID_TOTAL_GHG",
      area: "UZB",
      timePeriod: "2016",
    });
    expect(ghgRow?.["value"]).toBe(ghg["total_ghg"]);
  });

  it("leaves out What a Waste values the codebook cannot date, and blanks stay absent", () => {
    const raw = rawRow("wb-what-a-waste/current-release/country_level_data.csv", { iso3c: "KAZ" });
    expect(raw["waste_treatment_unaccounted_for_percent"]).toBe("36.98");
    const treatment = observations.filter(
      (row) => row["indicator"] === "WAW_MSW_TREATMENT" && row["area"] === "KAZ",
    );
    expect(treatment.map((row) => row["dimensions"]).sort()).toEqual([
      "WASTE_TREATMENT=OPEN_DUMP",
      "WASTE_TREATMENT=RECYCLING",
    ]);
    // Afghanistan has no composition in the source: no rows, and certainly no zeros.
    const afghan = rawRow("wb-what-a-waste/current-release/country_level_data.csv", { iso3c: "AFG" });
    expect(afghan["composition_plastic_percent"]).toBe("");
    expect(
      observations.some((row) => row["indicator"] === "WAW_MSW_COMPOSITION" && row["area"] === "AFG"),
    ).toBe(false);
  });
});
