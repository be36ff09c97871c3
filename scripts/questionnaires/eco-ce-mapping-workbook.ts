/** The starter questionnaire's workbook bytes and where the committed copy lives. */
import { fileURLToPath } from "node:url";
import { toXlsx } from "@circular-atlas/formats";
import { ecoCeMapping } from "../../data/questionnaires/eco-ce-mapping.source.ts";
import { toXlsFormSheets } from "./xlsform-sheets.ts";

export const ecoCeMappingXlsxPath = fileURLToPath(
  new URL("../../data/questionnaires/eco-ce-mapping.xlsx", import.meta.url),
);

export function ecoCeMappingWorkbook(): Uint8Array {
  return toXlsx(toXlsFormSheets(ecoCeMapping));
}
