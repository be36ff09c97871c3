import type { ReviewCommentDto, SubmissionDto } from "@circular-atlas/contracts";
import { cleanAnswers, evaluateForm, type FormAnswers, type XlsForm } from "@circular-atlas/formats";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useApiClient } from "../api/api-context.tsx";
import { addRepeatInstance, removeRepeatInstance, setAnswerAt } from "./answer-edits.ts";
import { AnswerUploads } from "./answer-uploads.tsx";
import { AutosaveStatus, ReplacedAnswers } from "./autosave-status.tsx";
import { type SubmissionFormContextValue, SubmissionFormProvider } from "./form-context.tsx";
import { FormElements } from "./form-elements.tsx";
import { formLanguageKey, localDateTime } from "./form-language.ts";
import { FormPageList, neighbourPages, pageTitle } from "./form-page-nav.tsx";
import { formPages, pageOfPath, problemsPerPage } from "./form-pages.ts";
import { SubmissionActions } from "./submission-actions.tsx";
import { useAutosave } from "./use-autosave.ts";

export interface SubmissionWorkspaceProps {
  readonly initial: SubmissionDto;
  readonly form: XlsForm;
  readonly userId: number;
  /** Test hook: the quiet time before a save (3 s by default). */
  readonly quietMs?: number;
}

/**
 * The form of one submission with its pages, autosave and review panel. Every change is
 * evaluated by the formats' form engine (relevance, requiredness, constraints in the form's
 * language, choice filters, calculations), so the page never decides any of that itself.
 */
export function SubmissionWorkspace({ initial, form, userId, quietMs }: SubmissionWorkspaceProps) {
  const { t, i18n } = useTranslation();
  const api = useApiClient();
  const [submission, setSubmission] = useState(initial);
  const [newDraft] = useState(() =>
    cleanAnswers(form, {}, { now: localDateTime(new Date()), applyDefaults: true }),
  );
  const {
    state: saving,
    autosave,
    replaced,
  } = useAutosave({
    submission: initial,
    userId,
    newDraft,
    onSaved: setSubmission,
    ...(quietMs === undefined ? {} : { quietMs }),
  });
  const [showRequired, setShowRequired] = useState(false);
  const [drafts, setDrafts] = useState<ReadonlyMap<string, string>>(new Map());
  const [focusPath, setFocusPath] = useState<string | undefined>(undefined);
  const [params, setParams] = useSearchParams();
  const languageKey = formLanguageKey(form, i18n.resolvedLanguage ?? i18n.language);
  const answers = saving.answers;
  const state = useMemo(
    () =>
      evaluateForm(form, answers, {
        now: localDateTime(new Date()),
        ...(languageKey === undefined ? {} : { language: languageKey }),
      }),
    [form, answers, languageKey],
  );
  const pages = useMemo(() => formPages(form), [form]);
  const pageProblems = problemsPerPage(pages, state.problems);
  const named = pages.findIndex((page) => page.name === params.get("page"));
  const current = Math.max(named, 0);
  const page = pages[current];
  const { previous, next } = neighbourPages(pages, state, current);

  const goTo = (index: number) => {
    const target = pages[index];
    if (target === undefined) return;
    const nextParams = new URLSearchParams(params);
    nextParams.set("page", target.name);
    setParams(nextParams, { replace: true });
  };

  useEffect(() => {
    if (focusPath === undefined) return;
    const question = [...document.querySelectorAll("[data-question]")].find(
      (element) => element.getAttribute("data-question") === focusPath,
    );
    question?.querySelector<HTMLElement>("input, select, textarea, output")?.focus();
    question?.scrollIntoView?.({ block: "center" });
    setFocusPath(undefined);
  }, [focusPath]);

  const handleChanged = (updated: SubmissionDto) => {
    setSubmission(updated);
    autosave?.rebase(updated.answers as FormAnswers, updated.revision);
    setDrafts(new Map());
  };

  // The file's answers are the server's now: the autosave starts again from them and their
  // revision, and this device's copy goes (it was in sync before the upload began).
  const handleUploaded = (updated: SubmissionDto) => {
    setSubmission(updated);
    autosave?.rebase(updated.answers as FormAnswers, updated.revision);
  };

  const handleLoadLatest = async () => {
    const latest = await api.getSubmission(submission.roundId, submission.area);
    setSubmission(latest);
    autosave?.rebase(latest.answers as FormAnswers, latest.revision);
  };

  const editable = submission.editable;
  const context: SubmissionFormContextValue = {
    form,
    state,
    answers,
    languageKey,
    editable,
    showRequired,
    onAnswer: (path, value) => autosave?.edit(setAnswerAt(answers, path, value)),
    onAddInstance: (path, shown) => autosave?.edit(addRepeatInstance(answers, path, shown)),
    onRemoveInstance: (path) => autosave?.edit(removeRepeatInstance(answers, path)),
    returnedComments: commentsByPath(submission.state === "returned" ? submission.comments : []),
    ...(submission.allowedActions.includes("return")
      ? {
          review: {
            drafts,
            onDraft: (path: string, comment: string | undefined) =>
              setDrafts((before) => {
                const after = new Map(before);
                if (comment === undefined) after.delete(path);
                else after.set(path, comment);
                return after;
              }),
          },
        }
      : {}),
    historyHref: (path) =>
      `/rounds/${submission.roundId}/${submission.area}/history?${new URLSearchParams({ question: path })}`,
  };
  const labelOf = (path: string) => state.elements[path]?.label ?? path;

  return (
    <SubmissionFormProvider value={context}>
      <p className="submission-meta" data-testid="submission-state" data-state={submission.state}>
        {t("rounds.submission.state", {
          state: t(`rounds.state.${submission.state}`),
          revision: submission.revision,
        })}
        {editable ? null : <span className="read-only-note"> {t("rounds.submission.readOnly")}</span>}
      </p>
      {editable || saving.unsynced ? (
        <AutosaveStatus
          state={saving}
          onLoadLatest={() => void handleLoadLatest()}
          onOverwrite={() => autosave?.overwrite()}
        />
      ) : null}
      {editable && replaced !== undefined && saving.status !== "conflict" ? (
        <ReplacedAnswers keptAt={replaced.keptAt} onRestore={() => autosave?.restoreReplaced()} />
      ) : null}
      {editable ? (
        <AnswerUploads submission={submission} autosave={autosave} onUploaded={handleUploaded} />
      ) : null}
      <div className="submission-layout">
        <FormPageList pages={pages} problems={pageProblems} state={state} current={current} onSelect={goTo} />
        <form className="submission-form" onSubmit={(event) => event.preventDefault()} noValidate>
          {page === undefined ? null : (
            <>
              <h2 data-testid="page-title">{pageTitle(page, state, t("rounds.form.otherQuestions"))}</h2>
              <FormElements elements={page.elements} prefix="" />
            </>
          )}
          <div className="page-buttons">
            {previous === undefined ? null : (
              <button
                type="button"
                className="button button-secondary"
                data-testid="previous-page"
                onClick={() => goTo(previous)}
              >
                {t("rounds.form.previous")}
              </button>
            )}
            {next === undefined ? null : (
              <button type="button" className="button" data-testid="next-page" onClick={() => goTo(next)}>
                {t("rounds.form.next")}
              </button>
            )}
          </div>
        </form>
        <SubmissionActions
          submission={submission}
          form={form}
          autosave={autosave}
          languageKey={languageKey}
          reviewDrafts={drafts}
          onChanged={handleChanged}
          onShowRequired={() => setShowRequired(true)}
          onShowProblem={(path) => {
            const index = pageOfPath(pages, path);
            if (index >= 0) goTo(index);
            setFocusPath(path);
          }}
          labelOf={labelOf}
        />
      </div>
    </SubmissionFormProvider>
  );
}

function commentsByPath(comments: readonly ReviewCommentDto[]): ReadonlyMap<string, ReviewCommentDto[]> {
  const byPath = new Map<string, ReviewCommentDto[]>();
  for (const comment of comments)
    byPath.set(comment.question, [...(byPath.get(comment.question) ?? []), comment]);
  return byPath;
}
