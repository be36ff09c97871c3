import type { PublicationReportDto, SubmissionActionRequest, SubmissionDto } from "@circular-atlas/contracts";
import { cleanAnswers, type FormProblem, validateSubmission, type XlsForm } from "@circular-atlas/formats";
import { type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiClient } from "../api/api-context.tsx";
import { ApiError } from "../api/api-error.ts";
import { ErrorMessage } from "../components/error-message.tsx";
import type { Autosave } from "./autosave.ts";
import { sameAnswers } from "./draft-store.ts";
import { localDateTime } from "./form-language.ts";
import { ProblemList } from "./problem-list.tsx";
import { type QualityFlag, QualityFlagList, qualityFlagsOf } from "./quality-flag-list.tsx";

export interface SubmissionActionsProps {
  readonly submission: SubmissionDto;
  readonly form: XlsForm;
  readonly autosave: Autosave | undefined;
  readonly languageKey: string | undefined;
  /** The comments the reviewer wrote next to questions, by path. */
  readonly reviewDrafts: ReadonlyMap<string, string>;
  onChanged(submission: SubmissionDto): void;
  onShowProblem(path: string): void;
  /** The user asked to submit: required answers that are missing are shown from now on. */
  onShowRequired(): void;
  labelOf(path: string): string;
}

type Failure =
  | {
      kind: "problems";
      from: "form" | "server";
      problems: readonly FormProblem[];
      qualityFlags?: readonly QualityFlag[];
    }
  | { kind: "error"; error: unknown }
  | { kind: "message"; key: "unsaved" | "noComments" | "noReason" };

/**
 * The actions the server allows this user now (`allowedActions`): submit (checked by the form
 * engine first, and the server's problems shown per question), endorse, return with comments,
 * approve, un-approve with a reason, publish (with its report).
 */
export function SubmissionActions(props: SubmissionActionsProps) {
  const { submission, form, autosave, languageKey, reviewDrafts } = props;
  const { t, i18n } = useTranslation();
  const api = useApiClient();
  const reasonId = useId();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | undefined>(undefined);
  const [reason, setReason] = useState("");
  const [report, setReport] = useState<PublicationReportDto | undefined>(undefined);
  const allowed = new Set(submission.allowedActions);
  const { roundId, area } = submission;

  async function run(step: () => Promise<void>) {
    setBusy(true);
    setFailure(undefined);
    try {
      await step();
    } catch (error) {
      const refusal = refusalOf(error);
      setFailure(
        refusal === undefined ? { kind: "error", error } : { kind: "problems", from: "server", ...refusal },
      );
    } finally {
      setBusy(false);
    }
  }

  const act = (request: Omit<SubmissionActionRequest, "baseRevision">) =>
    run(async () => {
      props.onChanged(
        await api.submissionAction(roundId, area, { ...request, baseRevision: submission.revision }),
      );
    });

  const handleSubmit = () =>
    run(async () => {
      if (autosave === undefined) return;
      let saved = await autosave.flush();
      if (saved.status !== "saved") return setFailure({ kind: "message", key: "unsaved" });
      const now = localDateTime(new Date());
      const options = { now, ...(languageKey === undefined ? {} : { language: languageKey }) };
      const errors = validateSubmission(form, saved.answers, options).problems.filter(
        (problem) => problem.severity === "error",
      );
      if (errors.length > 0) {
        props.onShowRequired();
        return setFailure({ kind: "problems", from: "form", problems: errors });
      }
      // What is submitted is what the engine keeps: answers to questions the skip logic hid go.
      const cleaned = cleanAnswers(form, saved.answers, { now });
      if (!sameAnswers(cleaned, saved.answers)) {
        autosave.edit(cleaned);
        saved = await autosave.flush();
        if (saved.status !== "saved") return setFailure({ kind: "message", key: "unsaved" });
      }
      props.onChanged(
        await api.submissionAction(roundId, area, {
          action: "submit",
          baseRevision: saved.revision,
          language: i18n.resolvedLanguage ?? i18n.language,
        }),
      );
    });

  const handleReturn = () => {
    const comments = [...reviewDrafts]
      .filter(([, comment]) => comment.trim() !== "")
      .map(([question, comment]) => ({ question, comment: comment.trim() }));
    if (comments.length === 0) return setFailure({ kind: "message", key: "noComments" });
    return act({ action: "return", comments });
  };

  const handleUnapprove = () => {
    if (reason.trim() === "") return setFailure({ kind: "message", key: "noReason" });
    return act({ action: "unapprove", reason: reason.trim() });
  };

  const handlePublish = () =>
    run(async () => {
      const published = await api.publishSubmission(roundId, area, submission.revision);
      setReport(published);
      props.onChanged(published.submission);
    });

  const commentCount = [...reviewDrafts.values()].filter((comment) => comment.trim() !== "").length;
  return (
    <section
      className="submission-actions"
      aria-labelledby={`${reasonId}-title`}
      data-testid="submission-actions"
    >
      <h2 id={`${reasonId}-title`}>{t("rounds.actions.title")}</h2>
      {allowed.size === 0 ? <p className="hint">{t("rounds.actions.none")}</p> : null}
      <div className="action-buttons">
        <ActionButton action="submit" allowed={allowed} busy={busy} onClick={handleSubmit}>
          {t("rounds.actions.submit")}
        </ActionButton>
        <ActionButton
          action="endorse"
          allowed={allowed}
          busy={busy}
          onClick={() => act({ action: "endorse" })}
        >
          {t("rounds.actions.endorse")}
        </ActionButton>
        <ActionButton
          action="approve"
          allowed={allowed}
          busy={busy}
          onClick={() => act({ action: "approve" })}
        >
          {t("rounds.actions.approve")}
        </ActionButton>
        <ActionButton action="return" allowed={allowed} busy={busy} onClick={handleReturn} secondary>
          {t("rounds.actions.return", { count: commentCount })}
        </ActionButton>
        <ActionButton action="publish" allowed={allowed} busy={busy} onClick={handlePublish}>
          {t("rounds.actions.publish")}
        </ActionButton>
      </div>
      {allowed.has("return") ? <p className="hint">{t("rounds.actions.returnHint")}</p> : null}
      {allowed.has("unapprove") ? (
        <div className="unapprove">
          <label htmlFor={reasonId}>{t("rounds.actions.reason")}</label>
          <textarea
            id={reasonId}
            data-testid="unapprove-reason"
            dir="auto"
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <button
            type="button"
            className="button button-secondary"
            data-action="unapprove"
            disabled={busy}
            onClick={handleUnapprove}
          >
            {t("rounds.actions.unapprove")}
          </button>
        </div>
      ) : null}
      {failure?.kind === "message" ? (
        <p className="field-error" role="alert" data-testid="action-message">
          {t(`rounds.actions.${failure.key}`)}
        </p>
      ) : null}
      {failure?.kind === "error" ? <ActionError error={failure.error} /> : null}
      {failure?.kind === "problems" ? (
        <Refusal failure={failure} labelOf={props.labelOf} onShow={props.onShowProblem} />
      ) : null}
      {report === undefined ? null : <PublicationReport report={report} />}
    </section>
  );
}

/** What refused the submit: the form engine's problems and the data-quality findings, per question. */
function Refusal({
  failure,
  labelOf,
  onShow,
}: {
  failure: Extract<Failure, { kind: "problems" }>;
  labelOf: (path: string) => string;
  onShow: (path: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {failure.problems.length > 0 ? (
        <ProblemList
          title={t(
            failure.from === "form" ? "rounds.actions.formProblems" : "rounds.actions.serverProblems",
            {
              count: failure.problems.length,
            },
          )}
          problems={failure.problems}
          labelOf={labelOf}
          onShow={onShow}
        />
      ) : null}
      {(failure.qualityFlags ?? []).length > 0 ? (
        <QualityFlagList
          title={t("rounds.quality.refused", { count: failure.qualityFlags?.length ?? 0 })}
          flags={failure.qualityFlags ?? []}
          question={(path) => (
            <a
              href={`#question-${path}`}
              onClick={(event) => {
                event.preventDefault();
                onShow(path);
              }}
            >
              {labelOf(path)}
            </a>
          )}
        />
      ) : null}
    </>
  );
}

function ActionError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <div>
      <ErrorMessage error={error} />
      {error instanceof ApiError && error.status === 409 ? (
        <p className="hint">{t("rounds.actions.conflictHint")}</p>
      ) : null}
    </div>
  );
}

function PublicationReport({ report }: { report: PublicationReportDto }) {
  const { t } = useTranslation();
  return (
    <div className="publication-report" role="status" data-testid="publication-report">
      <h3>{t("rounds.actions.published")}</h3>
      {report.observations === null ? (
        <p>{t("rounds.actions.noSeries")}</p>
      ) : (
        <p>{t("rounds.actions.observations", report.observations)}</p>
      )}
      <p>{t("rounds.actions.records", { count: report.records.length })}</p>
      {report.records.length === 0 ? null : (
        <ul>
          {report.records.map((id) => (
            <li key={id}>
              <a href={`/knowledge/${encodeURIComponent(id)}`}>{id}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The form-engine problems (`details.problems`) and data-quality findings (`details.qualityFlags`)
 * of a 422 answer, if that is what failed.
 */
function refusalOf(
  error: unknown,
): { problems: readonly FormProblem[]; qualityFlags: readonly QualityFlag[] } | undefined {
  if (!(error instanceof ApiError) || error.status !== 422) return undefined;
  const problems = (error.details as { problems?: unknown } | null | undefined)?.problems;
  const qualityFlags = qualityFlagsOf(error.details);
  // With neither (the observatory refused the values outright), the error itself says why.
  if (!Array.isArray(problems) || problems.length + qualityFlags.length === 0) return undefined;
  return { problems: problems as FormProblem[], qualityFlags };
}

/** One review action's button, shown only when the server allows the action now. */
function ActionButton(props: {
  readonly action: SubmissionDto["allowedActions"][number];
  readonly allowed: ReadonlySet<string>;
  readonly busy: boolean;
  readonly secondary?: boolean;
  readonly onClick: () => void;
  readonly children: ReactNode;
}) {
  if (!props.allowed.has(props.action)) return null;
  return (
    <button
      type="button"
      className={props.secondary === true ? "button button-secondary" : "button"}
      data-action={props.action}
      disabled={props.busy}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}
