/**
 * Reporting rounds of the mapping exercise: a named round asks the member states it is assigned
 * the same questionnaire for one reporting period, with a due date and, on or after it, a lock
 * date after which nothing more is accepted. Every input problem is named with the field it is in.
 */
import {
  type AtlasDatabase,
  findReportingRoundByName,
  insertAuditEvents,
  insertReportingRound,
  type ReportingRoundRow,
} from "@circular-atlas/database";
import { type Actor, actorUserId } from "../accounts/actor.ts";
import { referenceCatalogue } from "../reference/reference-catalogue.ts";
import { ServiceError } from "../service-error.ts";
import { mayManageRounds, who } from "./submission-rules.ts";

export interface CreateReportingRoundInput {
  readonly db: AtlasDatabase;
  readonly name: string;
  /** The reporting period, a year: `2026`. */
  readonly period: string;
  /** ISO calendar dates, `YYYY-MM-DD`. */
  readonly dueDate: string;
  readonly lockDate: string;
  /** ISO alpha-3 codes of the member states asked; every member state when omitted. */
  readonly areas?: readonly string[] | undefined;
  /** Who opens it: a reviewer or administrator (or the CLI's operator); the audit log names them. */
  readonly actor: Actor;
}

export interface ReportingRound extends ReportingRoundRow {
  readonly areas: readonly string[];
}

const invalid = (field: string, message: string) =>
  new ServiceError("validation-failed", `${field}: ${message}`, { field });

/** A real calendar date written `YYYY-MM-DD` (2026-02-30 is none). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export async function createReportingRound(input: CreateReportingRoundInput): Promise<ReportingRound> {
  if (!mayManageRounds(input.actor))
    throw new ServiceError(
      "forbidden",
      `${who(input.actor)} may not open reporting rounds; reviewers and administrators do`,
      {},
    );
  const name = input.name.trim();
  if (name === "") throw invalid("name", "a round needs a name");
  if (name.length > 200) throw invalid("name", `at most 200 characters (this one has ${name.length})`);
  if (!/^\d{4}$/.test(input.period))
    throw invalid(
      "period",
      `the reporting period is a year, e.g. 2026 (got ${JSON.stringify(input.period)})`,
    );
  for (const [field, value] of [
    ["due", input.dueDate],
    ["lock", input.lockDate],
  ] as const)
    if (!isCalendarDate(value))
      throw invalid(field, `${JSON.stringify(value)} is no calendar date written YYYY-MM-DD`);
  if (input.lockDate < input.dueDate)
    throw invalid(
      "lock",
      `the lock date ${input.lockDate} is before the due date ${input.dueDate}; answers are locked on or after they are due`,
    );
  const catalogue = await referenceCatalogue(input.db);
  const memberStates = catalogue.areas.filter((area) => area.level === "country").map((area) => area.code);
  const areas = [...new Set((input.areas ?? memberStates).map((code) => code.trim().toUpperCase()))].sort();
  const unknown = areas.filter((code) => !memberStates.includes(code));
  if (unknown.length > 0)
    throw invalid(
      "areas",
      `${unknown.join(", ")} ${unknown.length === 1 ? "is no member state" : "are no member states"} (${memberStates.join(", ")})`,
    );
  if (areas.length === 0) throw invalid("areas", "a round asks at least one member state");
  return input.db.transaction(async (tx) => {
    if ((await findReportingRoundByName(tx, name)) !== undefined)
      throw new ServiceError("conflict", `a round named ${JSON.stringify(name)} exists already`, {
        field: "name",
      });
    const round = await insertReportingRound(tx, {
      name,
      period: input.period,
      dueDate: input.dueDate,
      lockDate: input.lockDate,
      areas,
    });
    await insertAuditEvents(tx, [
      {
        actorId: actorUserId(input.actor),
        actorLabel: input.actor.label,
        action: "round.created",
        entityType: "reporting-round",
        entityId: String(round.id),
        before: null,
        after: { ...round, areas },
      },
    ]);
    return { ...round, areas };
  });
}
