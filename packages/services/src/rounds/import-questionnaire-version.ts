/**
 * Stores an XLSForm as a version of a round's questionnaire: the workbook as uploaded and the
 * form as read. A form with any linter error, or whose `bind::atlas:series` names a series the
 * observatory does not hold, is refused whole with every finding. The same file imported again
 * changes nothing; another file under a version the round already has is refused, since what
 * countries answered must stay tied to the questions they were asked.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  type AtlasDatabase,
  findReportingRound,
  insertAuditEvents,
  insertQuestionnaireVersion,
  listQuestionnaireVersions,
} from "@circular-atlas/database";
import {
  formatDiagnostic,
  walkElements,
  type XlsForm,
  type XlsFormDiagnostic,
} from "@circular-atlas/formats";
import { type Actor, actorUserId } from "../accounts/actor.ts";
import { type QuestionnaireReading, readQuestionnaireBytes } from "../questionnaires/read-questionnaire.ts";
import { referenceCatalogue } from "../reference/reference-catalogue.ts";
import { ServiceError } from "../service-error.ts";
import { mayManageRounds, who } from "./submission-rules.ts";

/** The workbook: a file on disk, or bytes as uploaded with the name they came under. */
export type QuestionnaireSource =
  | { readonly filePath: string }
  | { readonly fileName: string; readonly bytes: Uint8Array };

export type ImportQuestionnaireVersionInput = QuestionnaireSource & {
  readonly db: AtlasDatabase;
  readonly roundId: number;
  /** Reviewers and administrators (and the CLI's operator) import questionnaires. */
  readonly actor: Actor;
};

/** A linter finding as the HTTP API lists it (`details.findings`): where, which rule, how bad. */
export interface QuestionnaireFinding {
  readonly sheet: string | null;
  readonly row: number | null;
  /** The column's letters (`C`), or its number when the reader gave no letters. */
  readonly column: string | null;
  readonly ruleId: string;
  readonly severity: "error" | "warning";
  readonly message: string;
}

export interface ImportedQuestionnaireVersion {
  readonly id: number;
  readonly roundId: number;
  readonly formId: string;
  readonly version: string;
  readonly fileName: string;
  /** False when this very file was imported for the round before (nothing changed). */
  readonly created: boolean;
  readonly warnings: readonly XlsFormDiagnostic[];
}

/** How many findings the error message lists; `details.diagnostics` holds every one. */
const findingsInMessage = 50;

export async function importQuestionnaireVersion(
  input: ImportQuestionnaireVersionInput,
): Promise<ImportedQuestionnaireVersion> {
  if (!mayManageRounds(input.actor))
    throw new ServiceError(
      "forbidden",
      `${who(input.actor)} may not import questionnaires; reviewers and administrators do`,
      {},
    );
  const round = await findReportingRound(input.db, input.roundId);
  if (round === undefined)
    throw new ServiceError(
      "not-found",
      `no reporting round ${input.roundId} (atlas round create makes one)`,
      {
        roundId: input.roundId,
      },
    );
  const { bytes, reading } = await readSource(input);
  const { fileName, form } = reading;
  const diagnostics = [
    ...reading.diagnostics,
    ...(form === undefined ? [] : await unknownSeries(input.db, form)),
  ];
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === "error");
  const formId = form?.settings.formId;
  const version = form?.settings.version;
  if (form === undefined || errors.length > 0 || formId === undefined || version === undefined) {
    const missing = [
      formId === undefined ? "form_id" : undefined,
      version === undefined ? "version" : undefined,
    ]
      .filter((setting) => setting !== undefined)
      .map(
        (setting) =>
          `  ${fileName}: error: the settings sheet gives no ${setting}; a questionnaire version needs it`,
      );
    const listed = errors
      .slice(0, findingsInMessage)
      .map((error) => `  ${formatDiagnostic(error, fileName)}`);
    const more =
      errors.length > findingsInMessage ? [`  … and ${errors.length - findingsInMessage} more`] : [];
    throw new ServiceError(
      "validation-failed",
      `${fileName}: ${errors.length + missing.length} error(s), nothing was imported:\n${[...listed, ...more, ...missing].join("\n")}`,
      { diagnostics, findings: diagnostics.map(toQuestionnaireFinding) },
    );
  }
  const contentHash = createHash("sha256").update(bytes).digest("hex");
  const warnings = diagnostics.filter((diagnostic) => diagnostic.severity === "warning");
  return input.db.transaction(async (tx) => {
    const earlier = (await listQuestionnaireVersions(tx, round.id)).find((row) => row.version === version);
    if (earlier !== undefined && earlier.contentHash === contentHash)
      return { id: earlier.id, roundId: round.id, formId, version, fileName, created: false, warnings };
    if (earlier !== undefined)
      throw new ServiceError(
        "conflict",
        `${fileName}: round ${round.id} already has version ${version} of ${earlier.formId}, imported from another file (${earlier.fileName}); give the changed form a new version in its settings sheet`,
        { roundId: round.id, version },
      );
    const id = await insertQuestionnaireVersion(tx, {
      roundId: round.id,
      formId,
      version,
      title: form.settings.formTitle ?? "",
      fileName,
      contentHash,
      sourceBase64: Buffer.from(bytes).toString("base64"),
      form,
      importedBy: actorUserId(input.actor),
    });
    await insertAuditEvents(tx, [
      {
        actorId: actorUserId(input.actor),
        actorLabel: input.actor.label,
        action: "questionnaire.imported",
        entityType: "reporting-round",
        entityId: String(round.id),
        before: null,
        after: { questionnaireVersionId: id, formId, version, fileName, contentHash },
      },
    ]);
    return { id, roundId: round.id, formId, version, fileName, created: true, warnings };
  });
}

async function readSource(
  source: QuestionnaireSource,
): Promise<{ bytes: Uint8Array; reading: QuestionnaireReading }> {
  const bytes = "bytes" in source ? source.bytes : new Uint8Array(await readFile(source.filePath));
  const fileName = "bytes" in source ? source.fileName : path.basename(source.filePath);
  return { bytes, reading: readQuestionnaireBytes({ fileName, bytes }) };
}

export function toQuestionnaireFinding(diagnostic: XlsFormDiagnostic): QuestionnaireFinding {
  return {
    sheet: diagnostic.sheet ?? null,
    row: diagnostic.row ?? null,
    column: diagnostic.columnLetter ?? (diagnostic.column === undefined ? null : String(diagnostic.column)),
    ruleId: diagnostic.code,
    severity: diagnostic.severity,
    message: diagnostic.message,
  };
}

/** A finding for each `bind::atlas:series` code the observatory's catalogue does not hold. */
async function unknownSeries(db: AtlasDatabase, form: XlsForm): Promise<XlsFormDiagnostic[]> {
  const catalogue = await referenceCatalogue(db);
  const findings: XlsFormDiagnostic[] = [];
  const column = form.layout.survey.columns.find((candidate) => candidate.key === "bind::atlas:series");
  const sheet = form.layout.survey.sheet;
  for (const { element } of walkElements(form.survey)) {
    const series = element.kind === "metadata" ? undefined : element.bind["atlas:series"];
    if (series !== undefined && !catalogue.indicatorsByCode.has(series))
      findings.push({
        code: "questionnaire/unknown-series",
        severity: "error",
        message: `bind::atlas:series names ${series}, a series the observatory does not hold`,
        sheet,
        row: element.row,
        ...(column === undefined
          ? {}
          : { column: column.column, columnLetter: column.letter, columnName: column.header }),
      });
  }
  return findings;
}
