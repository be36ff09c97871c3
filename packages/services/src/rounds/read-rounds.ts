/**
 * The rounds of the mapping exercise as its participants read them: each round with the member
 * states it asks and its questionnaire versions, and the questionnaire a round asks (the latest
 * version unless another of the round's versions is named).
 */
import type { ReportingRoundDto } from "@circular-atlas/contracts";
import {
  type AtlasExecutor,
  findQuestionnaireVersion,
  findReportingRound,
  listQuestionnaireVersions,
  listReportingRounds as listReportingRoundRows,
  listRoundAreas,
  type ReportingRoundRow,
} from "@circular-atlas/database";
import type { Actor } from "../accounts/actor.ts";
import { ServiceError } from "../service-error.ts";
import { toQuestionnaireVersionSummary, toReportingRoundDto } from "./submission-dto.ts";
import { mayFollowRounds, who } from "./submission-rules.ts";

export interface ReadRoundsInput {
  readonly db: AtlasExecutor;
  readonly actor: Actor;
}

export interface QuestionnaireFormView {
  readonly version: ReportingRoundDto["questionnaires"][number];
  /** The form as the XLSForm reader gave it (the formats' `XlsForm`). */
  readonly form: Record<string, unknown>;
}

/** Every round, the latest period first. */
export async function listReportingRounds(input: ReadRoundsInput): Promise<ReportingRoundDto[]> {
  requireParticipant(input.actor);
  const rows = await listReportingRoundRows(input.db);
  return Promise.all(rows.map((row) => reportingRoundDto(input.db, row)));
}

export async function getReportingRound(
  input: ReadRoundsInput & { readonly roundId: number },
): Promise<ReportingRoundDto> {
  requireParticipant(input.actor);
  return reportingRoundDto(input.db, await existingRound(input.db, input.roundId));
}

/** The round's latest questionnaire version, or `versionId` when it is one of the round's. */
export async function getQuestionnaireForm(
  input: ReadRoundsInput & { readonly roundId: number; readonly versionId?: number | undefined },
): Promise<QuestionnaireFormView> {
  requireParticipant(input.actor);
  const round = await existingRound(input.db, input.roundId);
  const version =
    input.versionId === undefined
      ? (await listQuestionnaireVersions(input.db, round.id))[0]
      : await findQuestionnaireVersion(input.db, input.versionId);
  if (version === undefined || version.roundId !== round.id)
    throw new ServiceError(
      "not-found",
      input.versionId === undefined
        ? `round ${round.id} has no questionnaire yet; a reviewer uploads one`
        : `round ${round.id} has no questionnaire version ${input.versionId}`,
      { roundId: round.id, ...(input.versionId === undefined ? {} : { versionId: input.versionId }) },
    );
  return {
    version: toQuestionnaireVersionSummary(version),
    form: version.form as Record<string, unknown>,
  };
}

/** A round row with the member states it asks and its questionnaire versions. */
export async function reportingRoundDto(
  db: AtlasExecutor,
  row: ReportingRoundRow,
): Promise<ReportingRoundDto> {
  const [areas, versions] = [await listRoundAreas(db, row.id), await listQuestionnaireVersions(db, row.id)];
  return toReportingRoundDto(row, areas, versions);
}

async function existingRound(db: AtlasExecutor, roundId: number): Promise<ReportingRoundRow> {
  const round = await findReportingRound(db, roundId);
  if (round === undefined) throw new ServiceError("not-found", `no reporting round ${roundId}`, { roundId });
  return round;
}

function requireParticipant(actor: Actor): void {
  if (!mayFollowRounds(actor))
    throw new ServiceError(
      "forbidden",
      `${who(actor)} takes no part in the mapping exercise; focal points, country leads, reviewers and administrators do`,
      {},
    );
}
