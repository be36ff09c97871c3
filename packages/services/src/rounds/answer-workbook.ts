/**
 * Bulk entry for the mapping exercise: a country's questionnaire as a fill-in workbook with its
 * answers so far, and the filled workbook back as a draft save. The upload goes through
 * `saveSubmissionDraft`, so it is authorised, revision-checked and audited answer by answer like
 * any save; a workbook with any problem stores nothing.
 */
import {
  type AtlasDatabase,
  type AtlasExecutor,
  findSubmission,
  listQuestionnaireVersions,
  type SubmissionRow,
} from "@circular-atlas/database";
import { readAnswerWorkbook, writeAnswerWorkbook, type XlsForm } from "@circular-atlas/formats";
import type { Actor } from "../accounts/actor.ts";
import { ServiceError } from "../service-error.ts";
import { editorRoles, may, viewerRoles, who } from "./submission-rules.ts";
import { formOf, roundFor, saveSubmissionDraft } from "./submissions.ts";

export interface DownloadAnswerWorkbookInput {
  readonly db: AtlasDatabase;
  readonly actor: Actor;
  readonly roundId: number;
  /** ISO alpha-3 code of the member state. */
  readonly area: string;
  /** A language key or code of the questionnaire; its default language otherwise. */
  readonly language?: string | undefined;
}

export interface AnswerWorkbookFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export interface UploadAnswerWorkbookInput {
  readonly db: AtlasDatabase;
  readonly actor: Actor;
  readonly roundId: number;
  readonly area: string;
  readonly bytes: Uint8Array;
  /** The revision the workbook's answers were edited from (as for a draft save). */
  readonly baseRevision: number;
  /** Now, an ISO date-time. */
  readonly now: string;
}

/** How many problems the error message lists; `details.problems` holds every one. */
const problemsInMessage = 30;

/** The workbook of the questionnaire the country answers, with its saved answers (none yet: empty). */
export async function downloadAnswerWorkbook(
  input: DownloadAnswerWorkbookInput,
): Promise<AnswerWorkbookFile> {
  const { db, actor, area } = input;
  if (!may(actor, viewerRoles, area))
    throw new ServiceError("forbidden", `${who(actor)} may not see the answers of ${area}`, { area });
  const round = await roundFor(db, input.roundId, area);
  const current = await findSubmission(db, round.id, area);
  const form = await questionnaireOf(db, round.id, current);
  const bytes = writeAnswerWorkbook(form, current?.answers ?? {}, {
    language: input.language,
    area: input.area,
  });
  const name = [form.settings.formId ?? "answers", form.settings.version, area, `round-${round.id}`]
    .filter((part) => part !== undefined && part !== "")
    .join("-");
  return { fileName: `${name}.xlsx`, bytes };
}

/** Replaces the country's draft answers by the workbook's, as one draft save. */
export async function uploadAnswerWorkbook(input: UploadAnswerWorkbookInput): Promise<SubmissionRow> {
  const { db, actor, area } = input;
  // saveSubmissionDraft checks again; refusing first spares reading a stranger's upload.
  if (!may(actor, editorRoles, area))
    throw new ServiceError("forbidden", `${who(actor)} may not answer for ${area}`, { area });
  const round = await roundFor(db, input.roundId, area);
  const form = await questionnaireOf(db, round.id, await findSubmission(db, round.id, area));
  const { answers, problems } = readAnswerWorkbook(form, input.bytes, { area: input.area });
  if (problems.length > 0) {
    const listed = problems
      .slice(0, problemsInMessage)
      .map(
        (problem) =>
          `  ${problem.sheet === undefined ? "" : `${problem.sheet}!${problem.column ?? ""}${problem.row ?? ""}: `}${problem.message} [${problem.code}]`,
      );
    if (problems.length > problemsInMessage)
      listed.push(`  … and ${problems.length - problemsInMessage} more`);
    throw new ServiceError(
      "validation-failed",
      `the answer workbook has ${problems.length} problem(s); nothing was saved:\n${listed.join("\n")}`,
      { problems },
    );
  }
  return saveSubmissionDraft({ ...input, answers });
}

/** The questionnaire a submission answers, or the one a first save would answer. */
export async function questionnaireOf(
  db: AtlasExecutor,
  roundId: number,
  current: SubmissionRow | undefined,
): Promise<XlsForm> {
  if (current !== undefined) return formOf(db, current);
  const [latest] = await listQuestionnaireVersions(db, roundId);
  if (latest === undefined)
    throw new ServiceError(
      "not-found",
      `round ${roundId} has no questionnaire yet (atlas questionnaire import)`,
      {},
    );
  return latest.form as XlsForm;
}
