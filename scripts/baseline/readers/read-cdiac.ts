/**
 * Reads CDIAC-FF national fossil-fuel CO2 (datahub.io packaging). CDIAC names countries and
 * gives no codes, so this is the one place the build maps names: an explicit table of the
 * exact CDIAC spellings. Values are carbon and are converted to CO2 with the engines' factors.
 */
import { carbonToCarbonDioxide, carbonToCo2, convertMass, toDecimalString } from "@circular-atlas/engines";
import type { BaselineObservation } from "../baseline-observation.ts";
import { catalogueIndicator } from "../catalogue/indicator-catalogue.ts";
import { cell, readCsvTable } from "../read-csv-table.ts";
import { publishedDecimal, type SourceReading } from "../source-reading.ts";

const folder = "datahub-co2-fossil-by-nation";
const file = "fossil-fuel-co2-emissions-by-nation.csv";

/**
 * CDIAC country spelling → ISO alpha-3, exactly as listed in the dataset's PROVENANCE.md. Left
 * out on purpose: "EAST & WEST PAKISTAN" (before 1972; includes today's Bangladesh) and "USSR"
 * (the Soviet aggregate before 1992): neither is one member state.
 */
const cdiacCountryToIso3: ReadonlyMap<string, string> = new Map([
  ["AFGHANISTAN", "AFG"],
  ["AZERBAIJAN", "AZE"],
  ["ISLAMIC REPUBLIC OF IRAN", "IRN"],
  ["KAZAKHSTAN", "KAZ"],
  ["KYRGYZSTAN", "KGZ"],
  ["PAKISTAN", "PAK"],
  ["TAJIKISTAN", "TJK"],
  ["TURKEY", "TUR"],
  ["TURKMENISTAN", "TKM"],
  ["UZBEKISTAN", "UZB"],
]);

/**
 * Significant digits of converted values. CDIAC totals are whole thousand tonnes of carbon
 * (four or five digits for most ECO years), so four digits (207.5 Mt CO2) claim no more
 * precision than the source has.
 */
export const cdiacSignificantDigits = 4;

export function readCdiac(dataDir: string): SourceReading {
  const total = catalogueIndicator("CDIAC_CO2");
  const perCapita = catalogueIndicator("CDIAC_CO2_PCAP");
  const observations: BaselineObservation[] = [];
  const namesSeen = new Set<string>();
  for (const record of readCsvTable(dataDir, folder, file).records) {
    const country = cell(record, "Country");
    const iso3 = cdiacCountryToIso3.get(country);
    if (iso3 === undefined) continue;
    namesSeen.add(country);
    const year = cell(record, "Year");
    const where = `${folder}/${file} ${country} ${year}`;
    const common = {
      area: iso3,
      timePeriod: year,
      dimensions: {},
      obsStatus: null,
      nature: null,
      source: folder,
      sourceDetail: null,
      derivation: null,
    };

    const carbonKilotonnes = publishedDecimal(cell(record, "Total"), where);
    if (carbonKilotonnes !== undefined) {
      const megatonnesCo2 = convertMass(carbonToCo2(Number(carbonKilotonnes)), "thousand t", "Mt");
      observations.push({
        ...common,
        indicator: total.code,
        value: toDecimalString(megatonnesCo2, cdiacSignificantDigits),
        unit: total.unit,
        originalCode: "Total",
        comment: `Converted from ${carbonKilotonnes} thousand t C (CDIAC "Total", ${country}) × ${carbonToCarbonDioxide} t CO2 per t C ÷ 1000 (thousand t → Mt).`,
      });
    }

    const carbonPerPerson = publishedDecimal(cell(record, "Per Capita"), where);
    if (carbonPerPerson !== undefined) {
      observations.push({
        ...common,
        indicator: perCapita.code,
        value: toDecimalString(carbonToCo2(Number(carbonPerPerson)), cdiacSignificantDigits),
        unit: perCapita.unit,
        originalCode: "Per Capita",
        comment: `Converted from ${carbonPerPerson} t C per person (CDIAC "Per Capita", ${country}) × ${carbonToCarbonDioxide} t CO2 per t C.`,
      });
    }
  }
  const unseen = [...cdiacCountryToIso3.keys()].filter((name) => !namesSeen.has(name));
  if (unseen.length > 0)
    throw new Error(`${folder}/${file}: no rows for ${unseen.join(", ")} (spelling changed?)`);
  return { sourceId: folder, folder, files: [file], observations, issues: [] };
}
