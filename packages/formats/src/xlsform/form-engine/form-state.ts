/**
 * What the form engine says about a form and its answers: one entry per element instance,
 * addressed by path, and the problems found. Plain data, JSON-serialisable, so the browser can
 * render it and the server can store it.
 */
import type { LocalizedText, XlsFormQuestionType } from "../xlsform-model.ts";

/** Stable ids of the engine's problems; faces word them from their own catalogue when they wish. */
export const formProblemCodes = {
  /** A relevant required question without an answer. */
  required: "form/required",
  /** A relevant, non-empty answer whose `constraint` is false. */
  constraint: "form/constraint",
  /** An `integer` answer that is not a whole number within ODK's 32-bit range (`1.5`). */
  invalidInteger: "form/invalid-integer",
  /** A `decimal` answer that is not a decimal number (`abc`, `1,5`, `1e3`). */
  invalidDecimal: "form/invalid-decimal",
  /** A `date` answer that is not an existing day written `YYYY-MM-DD` (`2026-02-30`). */
  invalidDate: "form/invalid-date",
  /** A `geopoint` answer that is not `lat lon [alt [accuracy]]` with latitude and longitude in range. */
  invalidGeopoint: "form/invalid-geopoint",
  /** A select answer naming a choice that is not in its list after `choice_filter`. */
  unknownChoice: "form/unknown-choice",
  /** An expression that does not parse or fails while evaluated (a bad regex, `now()` without a clock). */
  expressionError: "form/expression-error",
  /** An answer of the wrong JSON shape: not a string for a question, not an array of objects for a repeat. */
  answerShape: "form/answer-shape",
  /** An answer keyed by a name the form does not have at that level. */
  unknownAnswer: "form/unknown-answer",
  /** An answer to a non-relevant element: kept in the draft, not submitted. */
  nonRelevantAnswer: "form/non-relevant-answer",
  /** A repeat instance beyond what `repeat_count` asks for: kept in the draft, not submitted. */
  extraRepeatInstance: "form/extra-repeat-instance",
  /** `repeat_count` above `maxRepeatInstances`. */
  tooManyInstances: "form/too-many-instances",
  /** Calculations that depend on each other in a circle: none of them is computed. */
  calculationCycle: "form/calculation-cycle",
  /** Relevance, defaults or counts that depend on themselves through other elements. */
  evaluationCycle: "form/evaluation-cycle",
} as const;

export type FormProblemCode = (typeof formProblemCodes)[keyof typeof formProblemCodes];

/** The survey column an expression problem is about. */
export type FormExpressionColumn =
  | "relevant"
  | "required"
  | "constraint"
  | "calculation"
  | "default"
  | "read_only"
  | "choice_filter"
  | "repeat_count";

/** A problem with an element instance (or, with the element's name as path, with the form). */
export interface FormProblem {
  /** The element instance (`policy[2]/policy_year`); a form problem names the element (`total`). */
  readonly path: string;
  readonly code: FormProblemCode;
  /** Errors block a submission; warnings do not. */
  readonly severity: "error" | "warning";
  /** In the requested language for what the respondent sees; in English for the form's own faults. */
  readonly message: string;
  /** The element's 1-based row on the survey sheet. */
  readonly row?: number;
  /** For expression problems: the column whose expression failed. */
  readonly column?: FormExpressionColumn;
}

/** A choice of a select after `choice_filter`, with its label in the requested language. */
export interface FormChoiceState {
  readonly name: string;
  /** The label in the requested language, else the form's default language, else the name. */
  readonly label: string;
  readonly labels: LocalizedText;
  /** The choice's extra columns (`category`, …). */
  readonly extra: Readonly<Record<string, string>>;
}

export type FormElementStateKind = "question" | "group" | "repeat" | "repeat-instance" | "metadata";

/** The state of one element instance. */
export interface FormElementState {
  readonly path: string;
  readonly name: string;
  readonly kind: FormElementStateKind;
  /** The question type, or the metadata type (`start`, `today`). */
  readonly type?: XlsFormQuestionType | string;
  /** 1-based row on the survey sheet. */
  readonly row: number;
  /** False when its own `relevant` is false or any enclosing group or repeat instance is not relevant. */
  readonly relevant: boolean;
  /** `required` evaluated (false when not relevant). */
  readonly required: boolean;
  /** `read_only` evaluated; notes and calculated questions are always read-only. */
  readonly readOnly: boolean;
  /** Questions and metadata: the value expressions see ('' when not relevant), calculations computed. */
  readonly value?: string;
  /** The label in the requested language (questions, groups, repeats), else the default language's. */
  readonly label?: string;
  /** Relevant selects: the choices left by `choice_filter`. */
  readonly choices?: readonly FormChoiceState[];
  /** Repeats: the number of instances the form holds (the expected count when there is one). */
  readonly instanceCount?: number;
  /** Repeats with `repeat_count`: how many instances it asks for. */
  readonly expectedCount?: number;
  /** Repeat instances: the 1-based instance number. */
  readonly index?: number;
  readonly problems: readonly FormProblem[];
}

/** The whole form's state. */
export interface FormState {
  /** The language messages and labels are given in. */
  readonly language: string;
  /** Every element instance by path, in the form's order. */
  readonly elements: Readonly<Record<string, FormElementState>>;
  /**
   * Every problem of relevant elements and of the form itself (cycles), in the form's order. An
   * answer to a non-relevant element is not among them: see `cleared`.
   */
  readonly problems: readonly FormProblem[];
  /**
   * Answers the draft holds but a submission would not: non-relevant answers and repeat instances
   * beyond `repeat_count`, as `nonRelevantAnswer` / `extraRepeatInstance` warnings.
   */
  readonly cleared: readonly FormProblem[];
}
