/**
 * Reads consumption-based CO2 and total greenhouse-gas emissions from the OWID CO2 dataset
 * (December 2020 vintage). Rows are joined on `iso_code`; each value's underlying source is
 * the one OWID's codebook names for its column.
 */
import type { BaselineObservation } from "../baseline-observation.ts";
import { catalogueIndicator } from "../catalogue/indicator-catalogue.ts";
import { isEcoMember } from "../eco-areas.ts";
import { cell, readCsvTable } from "../read-csv-table.ts";
import { publishedDecimal, type SourceReading } from "../source-reading.ts";

const folder = "owid-co2-data-2020";
const dataFile = "owid-co2-data.csv";
const codebookFile = "owid-co2-codebook.csv";

/** OWID column → indicator. Both are already in million tonnes, so no conversion. */
const owidColumns = {
  consumption_co2: "OWID_CONSUMPTION_CO2",
  total_ghg: "OWID_TOTAL_GHG",
} as const;

export function readOwidCo2(dataDir: string): SourceReading {
  const codebook = new Map(
    readCsvTable(dataDir, folder, codebookFile).records.map((record) => [cell(record, "column"), record]),
  );
  const observations: BaselineObservation[] = [];
  for (const record of readCsvTable(dataDir, folder, dataFile).records) {
    const area = cell(record, "iso_code");
    if (!isEcoMember(area)) continue;
    const year = cell(record, "year");
    for (const [column, code] of Object.entries(owidColumns)) {
      const value = publishedDecimal(cell(record, column), `${folder}/${dataFile} ${area} ${year} ${column}`);
      if (value === undefined) continue;
      const columnSource = codebook.get(column);
      if (columnSource === undefined) throw new Error(`${folder}/${codebookFile}: no entry for ${column}`);
      observations.push({
        indicator: code,
        area,
        timePeriod: year,
        dimensions: {},
        value,
        unit: catalogueIndicator(code).unit,
        obsStatus: null,
        nature: null,
        source: folder,
        sourceDetail: cell(columnSource, "source"),
        originalCode: column,
        derivation: null,
        comment: null,
      });
    }
  }
  return { sourceId: folder, folder, files: [codebookFile, dataFile], observations, issues: [] };
}
