/**
 * The README's prose sections: how values were derived or converted, which vintage each series
 * comes from and why, and what was found wrong in the sources. Numbers in here come from the
 * build's own constants and findings, not from hand-typed copies.
 */
import { carbonToCarbonDioxide } from "@circular-atlas/engines";
import type { BaselineObservation } from "../baseline-observation.ts";
import { gdpPppSignificantDigits } from "../derivations/derive-gdp-ppp.ts";
import { mswPerCapitaSignificantDigits } from "../derivations/derive-msw-per-capita.ts";
import { dmcCountryMeanRatio, dmcMedianRelativeDifference, dmcPointFactor } from "../dmc-cross-check.ts";
import {
  extentMarginDegrees,
  type GeometryBuild,
  minimumVertexWeight,
  quantization,
  worldAtlasFile,
  worldAtlasVersion,
} from "../geometry/build-geometry.ts";
import { cdiacSignificantDigits } from "../readers/read-cdiac.ts";
import { skippedColumns } from "../readers/what-a-waste-columns.ts";
import type { DataIssue } from "../source-reading.ts";
import { markdownTable, shareSumsOffHundred } from "./coverage.ts";

export function derivationsSection(): string {
  return `## Derivations (figures the datasets do not hold)

Computed with \`@circular-atlas/engines\` and written with \`toDecimalString\`; the formula is in each row's \`derivation\` column (and the indicator's), the inputs in its \`comment\`. Where an input is missing, so is the result.

${markdownTable(
  ["indicator", "formula", "engine function", "digits"],
  [
    [
      "NY.GDP.MKTP.PP.CD",
      "NY.GDP.PCAP.PP.CD × SP.POP.TOTL, same area and year",
      "`totalFromPerCapita`",
      `${gdpPppSignificantDigits} significant digits; \`toDecimalString\` never rounds the integer part, so values (all in the billions) are whole international dollars`,
    ],
    [
      "WAW_MSW_PER_CAPITA",
      "WAW_MSW_GENERATED ÷ SP.POP.TOTL of the MSW data year ÷ 365 × 1000 (kg/person/day)",
      "`tonnesPerYearToKgPerCapitaPerDay`",
      `${mswPerCapitaSignificantDigits} significant digits (several MSW totals are round estimates; What a Waste quotes two decimals)`,
    ],
  ],
)}

GDP, PPP caveat: WDI computed GDP per capita, PPP with its own (newer) population; the population file is an earlier download of the same series, so the product can differ slightly from WDI's own GDP, PPP.`;
}

export function conversionsSection(): string {
  return `## Unit conversions (not derivations)

CDIAC-FF publishes carbon, not CO2. Each row keeps the published value and the factor in its \`comment\`; \`derivation\` stays empty.

${markdownTable(
  ["indicator", "published as", "conversion", "engine functions", "digits"],
  [
    [
      "CDIAC_CO2",
      "`Total`, thousand t C",
      `× ${carbonToCarbonDioxide} t CO2 per t C, thousand t → Mt (÷ 1000)`,
      "`carbonToCo2`, `convertMass`",
      `${cdiacSignificantDigits} significant`,
    ],
    [
      "CDIAC_CO2_PCAP",
      "`Per Capita`, t C per person",
      `× ${carbonToCarbonDioxide}`,
      "`carbonToCo2`",
      `${cdiacSignificantDigits} significant`,
    ],
  ],
)}

The bundled CDIAC \`datapackage.json\` calls \`Total\` “million metric tons of C”; the values are thousand tonnes (KAZAKHSTAN 2020 = 56,644 → 207.5 Mt CO2), as CDIAC's own convention and PROVENANCE.md say. Every other value is the source's exact decimal text; the unit code carries the scale (MT_CO2 = million tonnes), so \`unit_mult\` is always 0.`;
}

export function vintagesSection(): string {
  const [lowRatio, highRatio] = dmcCountryMeanRatio;
  return `## One vintage per series

- **GDP, current US$ (NY.GDP.MKTP.CD)** comes from \`wb-wdi-datahub\` (downloaded 2026-07, to 2025), not \`datahub-gdp\` (data file of 2024-10, to 2023): the same World Bank series, newer vintage. \`datahub-gdp\` is not loaded.
- **DMC (EN_MAT_DOMCMPT/C/G)** comes from the UN SDG DDF extract (October 2020, 2000–2017, with material groups). The OWID “domestic material consumption per capita” file is a newer IRP vintage (to 2019, total only) and is **not loaded**; a test uses it as an independent cross-check of the DDF totals for 2000–2017. The vintages differ by up to a factor of 1.96 for one point (AFG 2000) and by about 12 % in the median, so the test only catches gross errors (a unit slip, a wrong country join): every pair within a factor of ${dmcPointFactor}, every country's mean ratio within ${lowRatio}–${highRatio}, median difference under ${dmcMedianRelativeDifference * 100} %.
- **Renewables and energy intensity** come from WDI (to 2021–2022, 2021 PPP) rather than the UN extract's \`eg_fec_rnew\` / \`eg_egy_prim\` (to 2017, 2011 PPP), which are not loaded.
- **Production-based CO2** comes from CDIAC-FF (2023 release, to 2020) and, for fuel combustion only, from the UN extract (EN_ATM_CO2, IEA). OWID's December 2020 file is used only for what neither holds: consumption-based CO2 and total greenhouse gases. Its \`co2\` column is not loaded.
- **Population** is \`datahub-population\` (World Bank SP.POP.TOTL, 2026-03 download), the only population series loaded; What a Waste's own population column (no stated year) is not used.
- **What a Waste** uses \`current-release/\`. The 2018 release is not loaded (among ECO members only Türkiye differs: MSW 31,283,000 t for 2015 there, 35,374,156 t for 2019 here).
- The national Open SDG sets (Kazakhstan, Kyrgyzstan) are importer test material, not part of the catalogue, and are not loaded. (The Kyrgyz 12.4.2 SDMX file has lost a decimal place; see its PROVENANCE.md.)

No indicator of the issue's catalogue was changed or dropped.`;
}

export function whatAWasteSection(
  observations: readonly BaselineObservation[],
  issues: readonly DataIssue[],
): string {
  const listed = (kind: DataIssue["kind"]) =>
    issues
      .filter((issue) => issue.kind === kind)
      .map((issue) => `- ${issue.message}`)
      .join("\n") || "- none";
  const sums = ["WAW_MSW_COMPOSITION", "WAW_MSW_TREATMENT"].flatMap((indicator) =>
    shareSumsOffHundred(observations, indicator).map(
      ({ area, sum, parts }) => `- ${indicator} ${area}: ${parts} dated share(s) add up to ${sum} %`,
    ),
  );
  return `## What a Waste: data years, sources and problems

The country file has no year column. Each value is dated by its own row in \`country_level_codebook.csv\` (joined on \`iso3c\` + \`measurement\`, where \`measurement\` is the data file's column name), so values of one country carry different years (e.g. KAZ: MSW 2012, composition 2015, rural collection 2010). The codebook's bibliographic \`source\` is in \`source_detail\` and its \`comments\` in \`comment\`. Every column is either mapped to an indicator or skipped for a stated reason; an unknown column stops the build.

Columns not loaded:

${[...skippedColumns].map(([column, reason]) => `- \`${column}\`: ${reason}`).join("\n")}

Codebook mismatches handled explicitly:

- Every \`waste_treatment_other_percent\` codebook row repeats the year, source and comment of the same country's \`composition_other_percent\` row (unit “%”, composition notes): it describes the composition column, not treatment. A treatment-“other” value is therefore never dated from it (no ECO member has such a value).
- Duplicate codebook rows for one country and measurement (several non-ECO countries) would leave a value undated when they disagree; none affects an ECO member.
${listed("mismatch")}

Values left out because the codebook gives no year (no year is guessed):

${listed("undated")}

Values kept but flagged in their \`comment\`:

${listed("caution")}

Shares that do not add up to 100 % (as published, after leaving out undated shares):

${sums.join("\n") || "- none"}

Shares of 100 % for a single route (open dump for AZE, KGZ and TJK; unspecified landfill for TKM) are published that way: rough estimates, not measured splits. Each country has a single value per item; there is no MSW time series and nothing after 2019.`;
}

/** Mean Earth radius, to express the simplification threshold as an area. */
const earthRadiusKm = 6371;

export function geometrySection(geometry: GeometryBuild, bytes: number): string {
  return `## Map geometry

\`geometry.topo.json\` (${(bytes / 1024).toFixed(1)} KB) holds one TopoJSON object, \`countries\`, built from Natural Earth 1:50m (npm \`world-atlas\` ${worldAtlasVersion}, \`${worldAtlasFile}\`) with topojson-server, -simplify and -client. Features are joined on ISO 3166-1 numeric ids (= M49); each has properties \`{ iso3, m49, eco }\`.

- The ten members are kept whole. Neighbours in the members' bounding box plus ${extentMarginDegrees}° are kept for context, clipped to that box: ${geometry.neighbours.join(", ")}.
- Natural Earth features without a numeric id cannot be joined on a code and are left out: ${geometry.unjoinable.join(", ") || "none"}.
- Simplified with spherical triangle areas (a vertex whose triangle covers less than ${minimumVertexWeight} sr, about ${(minimumVertexWeight * earthRadiusKm ** 2).toFixed(1)} km², is dropped) and quantized to a ${quantization}-step grid.
- Boundaries are Natural Earth's de facto lines and imply no position on any territory's status.`;
}
