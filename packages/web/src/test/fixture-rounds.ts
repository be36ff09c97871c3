/**
 * A reporting round with the real starter questionnaire (read from its committed workbook by the
 * formats' reader) and a small stand-in for the mapping exercise's API, answering the way the
 * server does: revisions (a save from an older one is a 409), states and who may act in them,
 * submit checked by the form engine (422 with its problems), return comments, the audit trail.
 * The server's own behaviour is tested on PGlite in packages/server.
 */
// biome-ignore lint/correctness/noNodejsModules: tests read the committed workbook; the app does no IO.
import { readFileSync } from "node:fs";
import type {
  ReportingRoundDto,
  ReviewCommentDto,
  RoleName,
  Session,
  SubmissionDto,
  SubmissionEventDto,
  SubmissionStateName,
} from "@circular-atlas/contracts";
import {
  type FormAnswers,
  readAnswerWorkbook,
  readXlsForm,
  validateSubmission,
  type XlsForm,
} from "@circular-atlas/formats";
import { type ExtraRoutes, json, problem } from "./fixture-fetch.ts";
import { qualityFlagsOf, readIndicatorValues } from "./fixture-round-series.ts";

// Vitest runs from the repository root (as the formats tests that read this workbook do).
const workbook = "data/questionnaires/eco-ce-mapping.xlsx";

/** The starter questionnaire as the server would hold it (read once per test file). */
export const starterForm: XlsForm = (() => {
  const form = readXlsForm(new Uint8Array(readFileSync(workbook))).form;
  if (form === undefined) throw new Error("the starter questionnaire does not read");
  return form;
})();

export const fixtureMemberStates = ["AFG", "AZE", "IRN", "KAZ", "KGZ", "PAK", "TJK", "TKM", "TUR", "UZB"];

export const fixtureRound: ReportingRoundDto = {
  id: 1,
  name: "ECO-CE-2026",
  period: "2026",
  dueDate: "2026-06-30",
  lockDate: "2026-12-31",
  areas: fixtureMemberStates,
  questionnaires: [
    {
      id: 11,
      formId: "eco_ce_mapping",
      version: starterForm.settings.version ?? "",
      title: starterForm.settings.formTitle ?? "",
      fileName: "eco-ce-mapping.xlsx",
      importedAt: "2026-01-10T08:00:00+00:00",
    },
  ],
  createdAt: "2026-01-10T08:00:00+00:00",
};

interface StoredSubmission {
  state: SubmissionStateName;
  revision: number;
  answers: FormAnswers;
  leadEndorsed: boolean;
  submittedAt: string | null;
  approvedAt: string | null;
  comments: ReviewCommentDto[];
}

export interface RoundsApi {
  routes: ExtraRoutes;
  submissions: Map<string, StoredSubmission>;
  events: SubmissionEventDto[];
  /** Every write the page sent, as `METHOD path` with its JSON body (an upload's bytes). */
  writes: { request: string; body: unknown }[];
  /** While true, every request fails as a dropped connection would. */
  offline: boolean;
  /** Someone else saves `answers` for `area` (the revision moves on). */
  saveElsewhere(area: string, answers: FormAnswers): void;
}

const at = "2026-05-06T09:30:00+00:00";

export function createRoundsApi(
  session: Session,
  stored: Record<string, Partial<StoredSubmission>> = {},
): RoundsApi {
  const submissions = new Map<string, StoredSubmission>(
    Object.entries(stored).map(([area, partial]) => [
      area,
      {
        state: "draft",
        revision: 2,
        answers: {},
        leadEndorsed: false,
        submittedAt: null,
        approvedAt: null,
        comments: [],
        ...partial,
      },
    ]),
  );
  const api: RoundsApi = {
    routes: () => undefined,
    submissions,
    events: [],
    writes: [],
    offline: false,
    saveElsewhere: (area, answers) => {
      const current = submission(area);
      submissions.set(area, { ...current, answers, revision: current.revision + 1 });
    },
  };
  const submission = (area: string): StoredSubmission =>
    submissions.get(area) ?? {
      state: "not-started",
      revision: 0,
      answers: {},
      leadEndorsed: false,
      submittedAt: null,
      approvedAt: null,
      comments: [],
    };
  const record = (area: string, event: Omit<SubmissionEventDto, "id" | "at" | "by">) =>
    api.events.push({
      id: api.events.length + 1,
      at,
      by: session.user?.email ?? "",
      ...event,
      question: event.question ?? null,
    });
  const saveAnswers = (area: string, current: StoredSubmission, answers: FormAnswers): StoredSubmission => {
    const revision = current.revision === 0 ? 2 : current.revision + 1;
    for (const name of Object.keys({ ...current.answers, ...answers }))
      if (JSON.stringify(current.answers[name]) !== JSON.stringify(answers[name]))
        record(area, {
          kind: "answer",
          question: name,
          before: current.answers[name] ?? null,
          after: answers[name] ?? null,
          fromState: null,
          toState: null,
          comment: null,
          revision,
        });
    const next: StoredSubmission = {
      ...current,
      state: current.state === "not-started" ? "draft" : current.state,
      answers,
      revision,
    };
    submissions.set(area, next);
    return next;
  };
  api.routes = (url, init) => {
    if (api.offline) throw new TypeError("Failed to fetch");
    const method = init?.method ?? "GET";
    const body: unknown = typeof init?.body === "string" ? JSON.parse(init.body) : init?.body;
    if (method !== "GET") api.writes.push({ request: `${method} ${url.pathname}${url.search}`, body });
    if (url.pathname === "/api/auth/session") return json(session);
    if (url.pathname === "/api/rounds") return json({ data: [fixtureRound] });
    if (url.pathname === "/api/rounds/1") return json(fixtureRound);
    if (url.pathname === "/api/rounds/1/questionnaire")
      return json({ version: fixtureRound.questionnaires[0], form: starterForm });
    if (url.pathname === "/api/rounds/1/completeness") return json(completeness(submission));
    const match = /^\/api\/rounds\/1\/submissions\/([A-Z]{3})(\/[a-z-]+)?$/.exec(url.pathname);
    if (!match) return undefined;
    const [, area = "", tail = ""] = match;
    const current = submission(area);
    if (tail === "" && method === "GET") return json(toDto(session, area, current));
    if (tail === "/events")
      return json({
        data: api.events.filter(
          (event) => !url.searchParams.has("question") || event.question === url.searchParams.get("question"),
        ),
      });
    const uploaded = body instanceof Uint8Array ? body : undefined;
    const request = (
      uploaded === undefined ? body : { baseRevision: Number(url.searchParams.get("baseRevision")) }
    ) as {
      baseRevision: number;
      answers?: FormAnswers;
      action?: string;
      comments?: { question: string; comment: string }[];
    };
    if (request.baseRevision !== current.revision)
      return json(
        {
          type: "https://circular-atlas.org/problems/conflict",
          title: "conflict",
          status: 409,
          code: "conflict",
          detail: `at revision ${current.revision}, not ${request.baseRevision}`,
          details: { revision: current.revision, state: current.state },
        },
        409,
      );
    if (uploaded !== undefined && method === "PUT" && tail === "/answer-workbook") {
      const reading = readAnswerWorkbook(starterForm, uploaded);
      if (reading.problems.length > 0) return refused({ problems: reading.problems });
      return json(toDto(session, area, saveAnswers(area, current, reading.answers)));
    }
    if (uploaded !== undefined && method === "PUT" && tail === "/indicator-values") {
      if (new Headers(init?.headers).get("content-type") !== "text/csv")
        return problem(415, "validation-failed", "the fixture reads CSV values only");
      const reading = readIndicatorValues(new TextDecoder().decode(uploaded), current.answers);
      if (reading.problems.length > 0) return refused({ problems: reading.problems });
      return json(toDto(session, area, saveAnswers(area, current, reading.answers)));
    }
    if (tail === "/answers" && method === "PUT")
      return json(toDto(session, area, saveAnswers(area, current, request.answers ?? {})));
    if (tail === "/actions") {
      let qualityFlags: ReturnType<typeof qualityFlagsOf> = [];
      if (request.action === "submit") {
        const validation = validateSubmission(starterForm, current.answers, { now: at });
        if (!validation.ok) return refused({ problems: validation.problems });
        qualityFlags = qualityFlagsOf(current.answers);
        if (qualityFlags.some((flag) => flag.blocking)) return refused({ problems: [], qualityFlags });
      }
      const to = nextState(current.state, request.action ?? "");
      if (to === undefined) return problem(409, "conflict", `cannot ${request.action} in ${current.state}`);
      const comments = (request.comments ?? []).map((entry) => ({
        ...entry,
        by: session.user?.email ?? "",
        at,
        revision: current.revision + 1,
      }));
      const next: StoredSubmission = {
        ...current,
        state: to,
        revision: current.revision + 1,
        leadEndorsed: request.action === "endorse" || (current.leadEndorsed && request.action !== "return"),
        comments: to === "returned" ? comments : [],
        submittedAt: request.action === "submit" ? at : current.submittedAt,
      };
      submissions.set(area, next);
      record(area, {
        kind: "state",
        question: null,
        before: null,
        after: qualityFlags.length > 0 ? { qualityFlags } : null,
        fromState: current.state,
        toState: to,
        comment: null,
        revision: next.revision,
      });
      for (const comment of comments)
        record(area, {
          kind: "comment",
          question: comment.question,
          before: null,
          after: null,
          fromState: null,
          toState: null,
          comment: comment.comment,
          revision: next.revision,
        });
      return json(toDto(session, area, next));
    }
    return undefined;
  };
  return api;
}

/** A 422 as the server words it, with `details` (problems by place, or data-quality findings). */
function refused(details: Record<string, unknown>): Response {
  return json(
    {
      type: "https://circular-atlas.org/problems/validation-failed",
      title: "validation-failed",
      status: 422,
      code: "validation-failed",
      detail: "the answers have problems",
      details,
    },
    422,
  );
}

export function fixtureRoundsSession(role: RoleName, countries: string[] = []): Session {
  return {
    user: {
      id: 7,
      email: `${role}@example.org`,
      displayName: "",
      role,
      countries,
      hasPassword: true,
      lockedUntil: null,
      disabled: false,
    },
    csrfToken: "csrf",
    setupOpen: false,
  };
}

function nextState(state: SubmissionStateName, action: string): SubmissionStateName | undefined {
  const waiting = state === "submitted" || state === "resubmitted";
  if (action === "submit" && (state === "draft" || state === "returned"))
    return state === "returned" ? "resubmitted" : "submitted";
  if (action === "endorse" && waiting) return state;
  if (action === "return" && waiting) return "returned";
  if (action === "approve" && waiting) return "approved";
  if (action === "unapprove" && state === "approved") return "submitted";
  return undefined;
}

/** The submission as the server presents it to the session's user (`editable`, `allowedActions`). */
export function toDto(session: Session, area: string, stored: StoredSubmission): SubmissionDto {
  const user = session.user;
  const role = user?.role;
  const ownCountry = user !== null && user !== undefined && user.countries.includes(area);
  const countryRole = (role === "focal-point" || role === "country-lead") && ownCountry;
  const waiting = stored.state === "submitted" || stored.state === "resubmitted";
  const allowed: SubmissionDto["allowedActions"] = [];
  if ((countryRole || role === "admin") && (stored.state === "draft" || stored.state === "returned"))
    allowed.push("submit");
  if (((role === "country-lead" && ownCountry) || role === "admin") && waiting && !stored.leadEndorsed)
    allowed.push("endorse");
  if (((role === "country-lead" && ownCountry) || role === "reviewer" || role === "admin") && waiting)
    allowed.push("return");
  if ((role === "reviewer" || role === "admin") && waiting) allowed.push("approve");
  if ((role === "reviewer" || role === "admin") && stored.state === "approved")
    allowed.push("unapprove", "publish");
  return {
    roundId: 1,
    area,
    state: stored.state,
    revision: stored.revision,
    questionnaireVersionId: stored.state === "not-started" ? null : 11,
    answers: stored.answers,
    leadEndorsed: stored.leadEndorsed,
    submittedAt: stored.submittedAt,
    approvedAt: stored.approvedAt,
    updatedAt: stored.revision === 0 ? null : at,
    comments: stored.state === "returned" ? stored.comments : [],
    editable: countryRole && ["not-started", "draft", "returned"].includes(stored.state),
    allowedActions: allowed,
  };
}

function completeness(submission: (area: string) => StoredSubmission) {
  const countries = fixtureMemberStates.map((area) => {
    const stored = submission(area);
    return {
      area,
      state: stored.state,
      revision: stored.state === "not-started" ? null : stored.revision,
      submittedAt: stored.submittedAt,
      approvedAt: stored.approvedAt,
      leadEndorsed: stored.leadEndorsed,
      overdue: ["not-started", "draft", "returned"].includes(stored.state),
    };
  });
  const count = (states: SubmissionStateName[]) =>
    countries.filter((country) => states.includes(country.state)).length;
  return {
    round: fixtureRound,
    countries,
    expected: countries.length,
    submitted: count(["submitted", "resubmitted", "approved", "published"]),
    approved: count(["approved", "published"]),
    published: count(["published"]),
    overdue: countries.filter((country) => country.overdue).length,
  };
}
