/**
 * Bulk entry of indicator values: a file in a format the observatory imports (the long template
 * as CSV or XLSX, SDMX-CSV 1.0/2.0, SDMX-ML, SDMX-JSON, Open SDG CSV), read by the import's own
 * readers into located rows, fills the series questions of a country's draft. It is one draft
 * save through `saveSubmissionDraft` (authorised, revision-checked, audited answer by answer);
 * answers to other questions are kept, and a file with any problem stores nothing.
 */
import { type AtlasDatabase, findSubmission, type SubmissionRow } from "@circular-atlas/database";
import { binaryContainerOf, decodeUtf8, formatDiagnostic } from "@circular-atlas/formats";
import type { Actor } from "../accounts/actor.ts";
import { detectFormat, fileRowBatches } from "../imports/import-file-rows.ts";
import type { ImportFormatName } from "../imports/import-report.ts";
import type { ImportRow } from "../imports/resolve-import-rows.ts";
import { locateInSheet } from "../imports/xlsx-rows.ts";
import { referenceCatalogue } from "../reference/reference-catalogue.ts";
import { ServiceError } from "../service-error.ts";
import { questionnaireOf } from "./answer-workbook.ts";
import { type IndicatorValueProblem, indicatorValueAnswers } from "./indicator-value-answers.ts";
import { editorRoles, may, who } from "./submission-rules.ts";
import { roundFor, saveSubmissionDraft } from "./submissions.ts";

/** The import formats that carry a country's values series by series (WDI and OWID files are international sets). */
export type IndicatorValuesFormatName = Exclude<ImportFormatName, "wdi" | "owid">;
export const indicatorValuesFormatNames: readonly IndicatorValuesFormatName[] = [
  "long-csv",
  "xlsx",
  "sdmx-csv",
  "sdmx-ml",
  "sdmx-json",
  "open-sdg-csv",
];

export interface UploadIndicatorValuesInput {
  readonly db: AtlasDatabase;
  readonly actor: Actor;
  readonly roundId: number;
  /** ISO alpha-3 code of the member state; every row must be for it. */
  readonly area: string;
  /** The file's name: `.xlsx` tells a workbook, and messages name it. */
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** The revision the values are added to (as for a draft save). */
  readonly baseRevision: number;
  /** Now, an ISO date-time. */
  readonly now: string;
  /** The file's format; told from its content otherwise. */
  readonly format?: IndicatorValuesFormatName | undefined;
}

/** How many problems the error message lists; `details.problems` holds every one. */
const problemsInMessage = 30;

/** Fills the country's series answers from the file's values, as one draft save. */
export async function uploadIndicatorValues(input: UploadIndicatorValuesInput): Promise<SubmissionRow> {
  const { db, actor, area, fileName } = input;
  // saveSubmissionDraft checks again; refusing first spares reading a stranger's upload.
  if (!may(actor, editorRoles, area))
    throw new ServiceError("forbidden", `${who(actor)} may not answer for ${area}`, { area });
  const round = await roundFor(db, input.roundId, area);
  const current = await findSubmission(db, round.id, area);
  const form = await questionnaireOf(db, round.id, current);
  const catalogue = await referenceCatalogue(db);
  const { rows, problems: readProblems } = readValueRows(input, catalogue.areas);
  const { answers, problems } = indicatorValueAnswers(form, rows, area, catalogue.indicatorsByCode);
  const all = [...readProblems, ...problems];
  if (all.length === 0 && rows.length === 0)
    all.push({ code: "indicator-values/no-values", severity: "error", message: "the file holds no values" });
  if (all.length > 0) throw refusal(fileName, all, isWorkbook(input));
  return saveSubmissionDraft({ ...input, answers: { ...(current?.answers ?? {}), ...answers } });
}

/** The file's rows and its reader's errors (warnings, such as values marked missing, are not problems). */
function readValueRows(
  input: UploadIndicatorValuesInput,
  areas: Parameters<typeof fileRowBatches>[2]["areas"],
): { rows: ImportRow[]; problems: IndicatorValueProblem[] } {
  const decoded = isWorkbook(input) ? { text: "" } : decodeUtf8(input.bytes, "indicator-values/encoding");
  if ("diagnostic" in decoded) return { rows: [], problems: [decoded.diagnostic] };
  const file = { fileName: input.fileName, text: decoded.text, bytes: input.bytes };
  const rows: ImportRow[] = [];
  const problems: IndicatorValueProblem[] = [];
  try {
    const format = input.format ?? detectFormat(file);
    if (!(indicatorValuesFormatNames as readonly string[]).includes(format))
      return {
        rows,
        problems: [
          {
            code: "indicator-values/international-file",
            severity: "error",
            message: `a ${format === "wdi" ? "World Bank WDI" : "OWID"} file is an international set; send the country's values as the long template, SDMX or Open SDG CSV`,
          },
        ],
      };
    // The submission's country stands for a national Open SDG file's missing REF_AREA.
    const context = { areas, structure: undefined, defaults: { area: input.area } };
    for (const batch of fileRowBatches(file, format as IndicatorValuesFormatName, context)) {
      rows.push(...batch.rows);
      problems.push(...batch.diagnostics.filter((diagnostic) => diagnostic.severity === "error"));
    }
  } catch (error) {
    // The import's readers refuse an unknown format or a broken workbook whole, with diagnostics.
    if (!(error instanceof ServiceError) || error.code !== "import-invalid") throw error;
    const diagnostics = error.details["diagnostics"] as IndicatorValueProblem[] | undefined;
    return {
      rows: [],
      problems: (diagnostics ?? []).map((diagnostic) => ({ ...diagnostic, message: error.message })),
    };
  }
  return { rows, problems };
}

const isWorkbook = (input: { readonly bytes: Uint8Array }) => binaryContainerOf(input.bytes) !== undefined;

function refusal(fileName: string, problems: IndicatorValueProblem[], workbook: boolean): ServiceError {
  const located = workbook ? problems.map(locateInSheet) : problems;
  const listed = located.slice(0, problemsInMessage).map((problem) => `  ${formatDiagnostic(problem)}`);
  if (located.length > problemsInMessage) listed.push(`  … and ${located.length - problemsInMessage} more`);
  return new ServiceError(
    "validation-failed",
    `${fileName} has ${located.length} problem(s); no value was saved:\n${listed.join("\n")}`,
    { problems: located },
  );
}
