import { formProblemCodes, type XlsFormQuestion } from "@circular-atlas/formats";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { answerAt } from "./answer-edits.ts";
import { useSubmissionForm } from "./form-context.tsx";
import { fillLabel, pickFormText } from "./form-language.ts";
import { QuestionInput } from "./question-input.tsx";

/**
 * One question at one path: its label and hint in the form's language, the input, its problems
 * (the engine's messages, which are the form's own `constraint_message` in that language), the
 * reviewer's comments, and a link to its history.
 */
export function FormQuestion({
  question,
  path,
  prefix,
}: {
  question: XlsFormQuestion;
  path: string;
  prefix: string;
}) {
  const { t } = useTranslation();
  const context = useSubmissionForm();
  const { state: formState, form, languageKey } = context;
  const id = useId();
  const state = formState.elements[path];
  if (state === undefined || !state.relevant) return null;
  const label = fillLabel(state.label ?? question.name, prefix, formState);
  const hint = pickFormText(form, question.hint, languageKey);
  const problems = state.problems.filter(
    (problem) => context.showRequired || problem.code !== formProblemCodes.required,
  );
  const returned = context.returnedComments.get(path) ?? [];
  if (question.type === "note")
    return (
      <div className="form-note" data-question={path}>
        <p dir="auto">{label}</p>
        {hint === undefined ? null : <p className="hint">{hint}</p>}
      </div>
    );
  // A calculation without a label is plumbing for other questions, not something to show.
  if (question.type === "calculate" && state.label === undefined) return null;
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const problemsId = problems.length === 0 ? undefined : `${id}-problems`;
  const describedBy = [hintId, problemsId].filter(Boolean).join(" ") || undefined;
  return (
    <div
      className={`form-question${problems.length > 0 ? " has-problems" : ""}`}
      data-question={path}
      data-type={question.type}
    >
      <label htmlFor={id} className="question-label" dir="auto">
        {label}
        {state.required ? <span className="required-mark"> {t("rounds.form.required")}</span> : null}
      </label>
      {hint === undefined ? null : (
        <p className="hint" id={hintId} dir="auto">
          {hint}
        </p>
      )}
      {question.type === "calculate" ? (
        <output id={id} className="calculated" data-testid="calculated-value">
          {state.value}
        </output>
      ) : (
        <QuestionInput
          question={question}
          state={{ ...state, problems }}
          value={answerAt(context.answers, path)}
          id={id}
          describedBy={describedBy}
          disabled={!context.editable || state.readOnly}
          label={label}
          onChange={(value) => context.onAnswer(path, value)}
        />
      )}
      {problems.length === 0 ? null : (
        <ul className="question-problems" id={problemsId} data-testid="question-problems">
          {problems.map((problem) => (
            <li key={`${problem.code}-${problem.message}`} data-code={problem.code}>
              {problem.message}
            </li>
          ))}
        </ul>
      )}
      {returned.map((comment) => (
        <p key={`${comment.at}-${comment.by}`} className="returned-comment" data-testid="returned-comment">
          <strong>{t("rounds.form.reviewerSaid", { by: comment.by })}</strong>{" "}
          <span dir="auto">{comment.comment}</span>
        </p>
      ))}
      <QuestionTools path={path} label={label} />
    </div>
  );
}

function QuestionTools({ path, label }: { path: string; label: string }) {
  const { t } = useTranslation();
  const { review, historyHref } = useSubmissionForm();
  const draft = review?.drafts.get(path);
  return (
    <div className="question-tools">
      <Link to={historyHref(path)} data-testid="question-history">
        {t("rounds.form.history")}
      </Link>
      {review === undefined ? null : draft === undefined ? (
        <button
          type="button"
          className="link-button"
          data-testid="comment-question"
          onClick={() => review.onDraft(path, "")}
        >
          {t("rounds.form.comment")}
        </button>
      ) : (
        <label className="review-comment">
          {t("rounds.form.commentOn", { question: label })}
          <textarea
            data-testid="review-comment"
            dir="auto"
            rows={2}
            value={draft}
            onChange={(event) => review.onDraft(path, event.target.value)}
          />
          <button type="button" className="link-button" onClick={() => review.onDraft(path, undefined)}>
            {t("rounds.form.dropComment")}
          </button>
        </label>
      )}
    </div>
  );
}
