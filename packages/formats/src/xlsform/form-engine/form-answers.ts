/**
 * The answers model: a plain JSON object, as ODK stores an instance. Answers are strings keyed by
 * question name (names are unique in the whole form, so groups add no level); a repeat is an
 * array of instance objects keyed by the repeat's name, and nested repeats nest.
 */

/**
 * One answer: a string for a question (`select_multiple` space-separated, dates `YYYY-MM-DD`,
 * geopoints `lat lon alt acc`), or the instances of a repeat.
 */
export type FormAnswerValue = string | readonly FormAnswers[];

/** The answers at one level: the top of the form, or one repeat instance. */
export interface FormAnswers {
  readonly [name: string]: FormAnswerValue;
}

/** A mutable answers object, as `cleanAnswers` builds it. */
export interface MutableFormAnswers {
  [name: string]: FormAnswerValue;
}

/**
 * An answers object read defensively: a submission arrives as arbitrary JSON, so every value is
 * `unknown` until its shape is checked against the form.
 */
export type UncheckedAnswers = Readonly<Record<string, unknown>>;

/** True for a plain object (not an array, not null), the only shape an instance may have. */
export function isAnswerRecord(value: unknown): value is UncheckedAnswers {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The own value of `name` in `answers`, without reaching into the prototype (`constructor`, `__proto__`). */
export function ownAnswer(answers: UncheckedAnswers, name: string): unknown {
  return Object.hasOwn(answers, name) ? answers[name] : undefined;
}
