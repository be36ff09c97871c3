/**
 * Questionnaires as files: reads an XLSForm workbook from disk and hands its bytes to the
 * formats reader, so the faces (CLI, later the server's upload) stay thin. No database: linting
 * and showing a form need none.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { isRecordFieldPath, recordTypes } from "@circular-atlas/contracts";
import {
  formatDiagnostic,
  readXlsForm,
  type XlsForm,
  type XlsFormDiagnostic,
  type XlsFormRecordVocabulary,
} from "@circular-atlas/formats";

export interface QuestionnaireReading {
  /** The file's base name, for printing findings (`form.xlsx, survey!C7 (relevant): …`). */
  readonly fileName: string;
  /** Undefined when the file is no readable XLSForm at all (see `diagnostics`). */
  readonly form: XlsForm | undefined;
  readonly diagnostics: readonly XlsFormDiagnostic[];
  readonly errorCount: number;
  readonly warningCount: number;
}

export interface QuestionnaireLint {
  readonly fileName: string;
  readonly diagnostics: readonly XlsFormDiagnostic[];
  readonly errorCount: number;
  readonly warningCount: number;
}

/** The knowledge base's record types and field paths, which `bind::atlas:*` columns are checked against. */
const knowledgeRecords: XlsFormRecordVocabulary = { types: recordTypes, isField: isRecordFieldPath };

/**
 * Reads and lints the XLSForm at `filePath`, its record mapping against the knowledge base's
 * record input; a missing file rejects with the system's ENOENT.
 */
export async function readQuestionnaire(options: {
  readonly filePath: string;
}): Promise<QuestionnaireReading> {
  const bytes = new Uint8Array(await readFile(options.filePath));
  return readQuestionnaireBytes({ fileName: path.basename(options.filePath), bytes });
}

/** The same for a workbook's bytes (an upload), named `fileName` in the findings. */
export function readQuestionnaireBytes(options: {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}): QuestionnaireReading {
  const { form, diagnostics } = readXlsForm(options.bytes, { records: knowledgeRecords });
  const errorCount = diagnostics.filter((diagnostic) => diagnostic.severity === "error").length;
  return {
    fileName: options.fileName,
    form,
    diagnostics,
    errorCount,
    warningCount: diagnostics.length - errorCount,
  };
}

/** The findings alone: what `atlas questionnaire lint` prints. */
export async function lintQuestionnaire(options: { readonly filePath: string }): Promise<QuestionnaireLint> {
  const { form: _form, ...lint } = await readQuestionnaire(options);
  return lint;
}

/** One finding as every face prints it: `form.xlsx, survey!C7 (relevant): error: … [xlsform/…]`. */
export function describeQuestionnaireFinding(diagnostic: XlsFormDiagnostic, fileName: string): string {
  return formatDiagnostic(diagnostic, fileName);
}
