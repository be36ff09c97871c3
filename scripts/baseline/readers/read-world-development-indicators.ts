/**
 * Reads the catalogue's WDI series from the datahub.io packaging: one folder per indicator,
 * named after the lower-case WDI code, each with a long-format `data.csv` and a
 * `datapackage.json` whose title must match the catalogue's English name.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BaselineObservation } from "../baseline-observation.ts";
import { catalogueIndicator } from "../catalogue/indicator-catalogue.ts";
import { isEcoMember } from "../eco-areas.ts";
import { cell, readCsvTable } from "../read-csv-table.ts";
import { publishedDecimal, type SourceReading } from "../source-reading.ts";

const folder = "wb-wdi-datahub";

/**
 * WDI series loaded from this dataset. NY.GDP.MKTP.CD is read here rather than from
 * datahub-gdp: same series, newer vintage (to 2025 instead of 2023).
 */
export const wdiIndicatorCodes = [
  "NY.GDP.MKTP.CD",
  "NY.GDP.PCAP.CD",
  "NY.GDP.PCAP.PP.CD",
  "SP.URB.TOTL.IN.ZS",
  "NV.IND.TOTL.ZS",
  "NV.AGR.TOTL.ZS",
  "NV.MNF.TECH.ZS.UN",
  "SL.AGR.EMPL.FE.ZS",
  "SL.AGR.EMPL.MA.ZS",
  "SL.IND.EMPL.FE.ZS",
  "SL.IND.EMPL.MA.ZS",
  "SL.SRV.EMPL.FE.ZS",
  "SL.SRV.EMPL.MA.ZS",
  "SL.UEM.TOTL.ZS",
  "SL.EMP.VULN.FE.ZS",
  "SL.EMP.VULN.MA.ZS",
  "EG.FEC.RNEW.ZS",
  "EG.ELC.RNEW.ZS",
  "EG.EGY.PRIM.PP.KD",
  "EG.USE.PCAP.KG.OE",
] as const;

export function readWorldDevelopmentIndicators(dataDir: string): SourceReading {
  const observations: BaselineObservation[] = [];
  const files: string[] = [];
  for (const code of wdiIndicatorCodes) {
    const indicator = catalogueIndicator(code);
    const seriesFolder = `indicators/${code.toLowerCase()}`;
    const packageFile = `${seriesFolder}/datapackage.json`;
    const dataFile = `${seriesFolder}/data.csv`;
    files.push(dataFile, packageFile);

    const dataPackage = JSON.parse(readFileSync(join(dataDir, folder, packageFile), "utf8")) as {
      title?: unknown;
    };
    if (dataPackage.title !== indicator.names["en"]) {
      throw new Error(
        `${folder}/${packageFile}: title ${JSON.stringify(dataPackage.title)} is not the catalogue name`,
      );
    }

    for (const record of readCsvTable(dataDir, folder, dataFile).records) {
      const area = cell(record, "Country Code");
      if (!isEcoMember(area)) continue;
      const year = cell(record, "Year");
      const value = publishedDecimal(cell(record, "Value"), `${folder}/${dataFile} ${area} ${year}`);
      if (value === undefined) continue;
      observations.push({
        indicator: code,
        area,
        timePeriod: year,
        dimensions: {},
        value,
        unit: indicator.unit,
        obsStatus: null,
        nature: null,
        source: folder,
        sourceDetail: null,
        originalCode: code.toLowerCase(),
        derivation: null,
        comment: null,
      });
    }
  }
  return { sourceId: folder, folder, files: files.sort(), observations, issues: [] };
}
