/** What `readAnswerWorkbook` reports: each problem at its cell, with a stable code (README). */

export const answerWorkbookProblemCodes = {
  notAWorkbook: "answer-workbook/not-a-workbook",
  missingSheet: "answer-workbook/missing-sheet",
  unknownSheet: "answer-workbook/unknown-sheet",
  otherForm: "answer-workbook/other-form",
  otherVersion: "answer-workbook/other-version",
  otherArea: "answer-workbook/other-area",
  missingColumn: "answer-workbook/missing-column",
  unknownColumn: "answer-workbook/unknown-column",
  duplicateColumn: "answer-workbook/duplicate-column",
  unknownQuestion: "answer-workbook/unknown-question",
  duplicateQuestion: "answer-workbook/duplicate-question",
  questionOnOtherSheet: "answer-workbook/question-on-other-sheet",
  computedQuestion: "answer-workbook/computed-question",
  missingName: "answer-workbook/missing-name",
  guideRowChanged: "answer-workbook/guide-row-changed",
  badInstanceNumber: "answer-workbook/bad-instance-number",
  duplicateInstance: "answer-workbook/duplicate-instance",
  unknownParentInstance: "answer-workbook/unknown-parent-instance",
  unknownChoice: "answer-workbook/unknown-choice",
  invalidInteger: "answer-workbook/invalid-integer",
  invalidDecimal: "answer-workbook/invalid-decimal",
  invalidDate: "answer-workbook/invalid-date",
  invalidGeopoint: "answer-workbook/invalid-geopoint",
  noValue: "answer-workbook/no-value",
} as const;

export type AnswerWorkbookProblemCode =
  (typeof answerWorkbookProblemCodes)[keyof typeof answerWorkbookProblemCodes];

export interface AnswerWorkbookProblem {
  readonly code: AnswerWorkbookProblemCode;
  readonly message: string;
  /** The sheet; for a missing sheet, the one expected. Absent only when the file is no workbook. */
  readonly sheet?: string;
  /** 1-based spreadsheet row, when the problem is on a row. */
  readonly row?: number;
  /** Column letters (`F`), when the problem is in a cell. */
  readonly column?: string;
}
