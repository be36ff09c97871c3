/**
 * The mapping exercise's part of the API client: rounds, the questionnaire, each country's
 * submission, its history and the round's completeness. Nothing here is cached except a
 * questionnaire version asked for by id (versions never change); answers and states change
 * while one works. Workbooks and questionnaires go up as the raw bytes of the `.xlsx`.
 */
import type {
  CreateRoundRequest,
  PublicationReportDto,
  QuestionnaireFormDto,
  QuestionnaireVersionSummary,
  ReportingRoundDto,
  RoundCompletenessDto,
  SaveDraftRequest,
  SubmissionActionRequest,
  SubmissionDto,
  SubmissionEventDto,
} from "@circular-atlas/contracts";

export const xlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface RoundsApi {
  listRounds(): Promise<{ data: ReportingRoundDto[] }>;
  createRound(input: CreateRoundRequest): Promise<ReportingRoundDto>;
  getRound(roundId: number): Promise<ReportingRoundDto>;
  /** Lint errors answer 422 with `details.findings` (sheet, row, column, ruleId, severity, message). */
  uploadQuestionnaire(roundId: number, fileName: string, bytes: Blob): Promise<QuestionnaireVersionSummary>;
  /** The latest version's form, or the version `versionId`. */
  getQuestionnaire(roundId: number, versionId?: number): Promise<QuestionnaireFormDto>;
  getCompleteness(roundId: number): Promise<RoundCompletenessDto>;
  getSubmission(roundId: number, area: string): Promise<SubmissionDto>;
  /** A 409 when `baseRevision` is not the stored revision (someone saved since). */
  saveAnswers(roundId: number, area: string, input: SaveDraftRequest): Promise<SubmissionDto>;
  submissionAction(roundId: number, area: string, request: SubmissionActionRequest): Promise<SubmissionDto>;
  publishSubmission(roundId: number, area: string, baseRevision: number): Promise<PublicationReportDto>;
  /** Oldest first; only the events about `question` (a name or instance path) when given. */
  getSubmissionEvents(
    roundId: number,
    area: string,
    question?: string,
  ): Promise<{ data: SubmissionEventDto[] }>;
  /** The URL of the fill-in workbook with the current answers (a download link). */
  answerWorkbookUrl(roundId: number, area: string): string;
  uploadAnswerWorkbook(
    roundId: number,
    area: string,
    baseRevision: number,
    bytes: Blob,
  ): Promise<SubmissionDto>;
  /**
   * Indicator values in one of the observatory's formats (CSV, SDMX-CSV or `.xlsx`, told apart by
   * `fileName`) as the series answers; located problems answer 422 with `details.problems`.
   */
  uploadIndicatorValues(
    roundId: number,
    area: string,
    baseRevision: number,
    fileName: string,
    bytes: Blob,
  ): Promise<SubmissionDto>;
}

/** What the rounds client needs from the client it is part of. */
export interface RoundsTransport {
  readonly baseUrl: string;
  cached<T>(path: string): Promise<T>;
  fresh<T>(path: string): Promise<T>;
  write<T>(method: string, path: string, body: unknown): Promise<T>;
  upload<T>(method: string, path: string, bytes: Blob, contentType: string): Promise<T>;
}

export function createRoundsClient(transport: RoundsTransport): RoundsApi {
  const segment = encodeURIComponent;
  const submission = (roundId: number, area: string) => `/rounds/${roundId}/submissions/${segment(area)}`;
  return {
    listRounds: () => transport.fresh("/rounds"),
    createRound: (input) => transport.write("POST", "/rounds", input),
    getRound: (roundId) => transport.fresh(`/rounds/${roundId}`),
    uploadQuestionnaire: (roundId, fileName, bytes) =>
      transport.upload(
        "POST",
        `/rounds/${roundId}/questionnaires?${new URLSearchParams({ fileName })}`,
        bytes,
        xlsxContentType,
      ),
    getQuestionnaire: (roundId, versionId) =>
      versionId === undefined
        ? transport.fresh(`/rounds/${roundId}/questionnaire`)
        : transport.cached(`/rounds/${roundId}/questionnaire?version=${versionId}`),
    getCompleteness: (roundId) => transport.fresh(`/rounds/${roundId}/completeness`),
    getSubmission: (roundId, area) => transport.fresh(submission(roundId, area)),
    saveAnswers: (roundId, area, input) =>
      transport.write("PUT", `${submission(roundId, area)}/answers`, input),
    submissionAction: (roundId, area, request) =>
      transport.write("POST", `${submission(roundId, area)}/actions`, request),
    publishSubmission: (roundId, area, baseRevision) =>
      transport.write("POST", `${submission(roundId, area)}/publish`, { baseRevision }),
    getSubmissionEvents: (roundId, area, question) =>
      transport.fresh(
        `${submission(roundId, area)}/events${question === undefined ? "" : `?${new URLSearchParams({ question })}`}`,
      ),
    answerWorkbookUrl: (roundId, area) => `${transport.baseUrl}${submission(roundId, area)}/answer-workbook`,
    uploadAnswerWorkbook: (roundId, area, baseRevision, bytes) =>
      transport.upload(
        "PUT",
        `${submission(roundId, area)}/answer-workbook?baseRevision=${baseRevision}`,
        bytes,
        xlsxContentType,
      ),
    uploadIndicatorValues: (roundId, area, baseRevision, fileName, bytes) =>
      transport.upload(
        "PUT",
        `${submission(roundId, area)}/indicator-values?${new URLSearchParams({ baseRevision: String(baseRevision), fileName })}`,
        bytes,
        valuesContentType(fileName),
      ),
  };
}

/** A spreadsheet goes up as `.xlsx`; anything else is CSV text (SDMX-CSV is CSV too). */
export function valuesContentType(fileName: string): string {
  return fileName.toLowerCase().endsWith(".xlsx") ? xlsxContentType : "text/csv";
}
