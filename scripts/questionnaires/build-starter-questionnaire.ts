/**
 * `npm run build:questionnaire`: writes data/questionnaires/eco-ce-mapping.xlsx from its source.
 * The writer is deterministic, so a rebuild of an unchanged source gives identical bytes; the
 * test beside this script fails when the committed workbook and the source drift apart.
 */
import { writeFileSync } from "node:fs";
import { ecoCeMappingWorkbook, ecoCeMappingXlsxPath } from "./eco-ce-mapping-workbook.ts";

const bytes = ecoCeMappingWorkbook();
writeFileSync(ecoCeMappingXlsxPath, bytes);
console.log(`Wrote ${ecoCeMappingXlsxPath} (${(bytes.length / 1024).toFixed(1)} KB).`);
