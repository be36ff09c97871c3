/**
 * What the linter may be told about the world outside the form. `formats` knows no contracts, so
 * the knowledge base's record vocabulary comes in as data; without it only syntax is checked.
 */

/** The record types and field paths of the knowledge base's record input. */
export interface XlsFormRecordVocabulary {
  /** Record types a repeat may become with `bind::atlas:record` (contracts' `recordTypes`). */
  readonly types: readonly string[];
  /**
   * Whether `path` (`texts.title`, `details.policyKind`, `year`) names a field a record of `type`
   * takes from an answer (contracts' `isRecordFieldPath`).
   */
  isField(type: string, path: string): boolean;
}

export interface XlsFormLintOptions {
  /**
   * With it, `bind::atlas:record` types and `bind::atlas:field` paths of record repeats are
   * checked against it; without it, only their syntax (a lower-case hyphenated type such as
   * `good-practice`; a dotted path of identifiers such as `texts.title`).
   */
  readonly records?: XlsFormRecordVocabulary;
}
