/**
 * Reads SP.POP.TOTL from the datahub.io packaging of the World Bank series (long format:
 * Country Name, Country Code, Year, Value). Only ECO members, joined on the ISO alpha-3 code.
 */
import type { BaselineObservation } from "../baseline-observation.ts";
import { catalogueIndicator } from "../catalogue/indicator-catalogue.ts";
import { isEcoMember } from "../eco-areas.ts";
import { cell, readCsvTable } from "../read-csv-table.ts";
import { publishedDecimal, type SourceReading } from "../source-reading.ts";

const folder = "datahub-population";
const file = "population.csv";

export function readPopulation(dataDir: string): SourceReading {
  const indicator = catalogueIndicator("SP.POP.TOTL");
  const table = readCsvTable(dataDir, folder, file);
  const observations: BaselineObservation[] = [];
  for (const record of table.records) {
    const area = cell(record, "Country Code");
    if (!isEcoMember(area)) continue;
    const year = cell(record, "Year");
    const value = publishedDecimal(cell(record, "Value"), `${folder}/${file} ${area} ${year}`);
    if (value === undefined) continue;
    observations.push({
      indicator: indicator.code,
      area,
      timePeriod: year,
      dimensions: {},
      value,
      unit: indicator.unit,
      obsStatus: null,
      nature: null,
      source: folder,
      sourceDetail: null,
      originalCode: "SP.POP.TOTL",
      derivation: null,
      comment: null,
    });
  }
  return { sourceId: folder, folder, files: [file], observations, issues: [] };
}
