/**
 * Reads UN SDG series from the Gapminder DDF extract. Areas are UN M49 numbers (no zero
 * padding), NATURE and OBSERVATION_STATUS codes are lower case and become upper case, and the
 * DMC material groups become TYPE_OF_PRODUCT codes, with `alp` (all raw materials) as the total.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { BaselineObservation } from "../baseline-observation.ts";
import { catalogueIndicator } from "../catalogue/indicator-catalogue.ts";
import { ecoMemberByM49 } from "../eco-areas.ts";
import { cell, readCsvTable } from "../read-csv-table.ts";
import { publishedDecimal, type SourceReading } from "../source-reading.ts";

const folder = "un-sdg-indicators-ddf";
const conceptsFile = "ddf--concepts--continuous.csv";

/** Series loaded, with the `units` code each file must carry (a changed unit must not slip in). */
const ddfSeries = {
  EN_MAT_DOMCMPT: "tonnes",
  EN_MAT_DOMCMPC: "tonnes",
  EN_MAT_DOMCMPG: "kg_per_con_usd",
  NV_IND_MANF: "percent",
  NV_IND_MANFPC: "con_usd",
  SL_TLF_MANF: "percent",
  EN_EWT_GENV: "tonnes",
  EN_EWT_GENPCAP: "kg",
  EN_EWT_RCYV: "tonnes",
  EN_EWT_RCYR: "percent",
  EN_HAZ_GENV: "tonnes",
  EN_HAZ_PCAP: "kg",
  EN_HAZ_TRTDISR: "percent",
  EN_ATM_CO2: "tonnes_m",
  ER_FFS_PRTSPR: "percent",
  ER_H2O_STRESS: "percent",
} as const;

/** Key columns every datapoint file has; any other key column must be handled below. */
const commonKeys = new Set(["geo_area", "nature", "units", "year"]);
const totalProduct = "alp";

export function readUnSdgDdf(dataDir: string): SourceReading {
  const fileNames = readdirSync(join(dataDir, folder));
  const concepts = new Map(
    readCsvTable(dataDir, folder, conceptsFile).records.map((record) => [cell(record, "concept"), record]),
  );
  const files = [conceptsFile];
  const observations: BaselineObservation[] = [];

  for (const [code, sourceUnit] of Object.entries(ddfSeries)) {
    const concept = code.toLowerCase();
    const indicator = catalogueIndicator(code);
    const conceptRecord = concepts.get(concept);
    if (conceptRecord === undefined || cell(conceptRecord, "name") !== code) {
      throw new Error(`${folder}: concept ${concept} is missing or not series ${code}`);
    }
    if (cell(conceptRecord, "description") !== indicator.names["en"]) {
      throw new Error(`${folder}: the description of ${concept} is not the catalogue name`);
    }
    const file = fileNames.find((name) => name.startsWith(`ddf--datapoints--${concept}--by--`));
    if (file === undefined) throw new Error(`${folder}: no datapoints file for ${concept}`);
    files.push(file);

    const table = readCsvTable(dataDir, folder, file);
    const extraKeys = table.header.filter((column) => column !== concept && !commonKeys.has(column));
    for (const key of extraKeys) {
      if (key !== "type_of_product" && key !== "observation_status") {
        throw new Error(`${folder}/${file}: unexpected key column ${key}`);
      }
    }
    for (const record of table.records) {
      const member = ecoMemberByM49(cell(record, "geo_area"));
      if (member === undefined) continue;
      const year = cell(record, "year");
      const where = `${folder}/${file} ${member.iso3} ${year}`;
      if (cell(record, "units") !== sourceUnit) throw new Error(`${where}: unit ${cell(record, "units")}`);
      const value = publishedDecimal(cell(record, concept), where);
      if (value === undefined) continue;
      const product = record["type_of_product"];
      const status = record["observation_status"];
      observations.push({
        indicator: code,
        area: member.iso3,
        timePeriod: year,
        dimensions:
          product === undefined || product === totalProduct ? {} : { TYPE_OF_PRODUCT: product.toUpperCase() },
        value,
        unit: indicator.unit,
        obsStatus: status === undefined ? null : status.toUpperCase(),
        nature: cell(record, "nature").toUpperCase() || null,
        source: folder,
        sourceDetail: null,
        originalCode: concept,
        derivation: null,
        comment: null,
      });
    }
  }
  return { sourceId: folder, folder, files: files.sort(), observations, issues: [] };
}
