/**
 * Where a form's questions go in its answer workbook: the `answers` sheet holds every question
 * outside repeats, one row each; every repeat (nested ones too) has a sheet of its own, one row
 * per instance; the `settings` sheet names the form and version. Writer and reader both derive
 * the layout from the form, so sheet names need not be stored.
 */
import type { XlsForm, XlsFormElement, XlsFormQuestion, XlsFormRepeat } from "../xlsform-model.ts";

export const answersSheetName = "answers";
export const settingsSheetName = "settings";
/** The answers sheet's header row; only `name` and `answer` are read back. */
export const answersColumns = ["name", "label", "type", "required", "choices", "answer"] as const;
export const settingsColumns = ["form_id", "version", "language", "area"] as const;
/** Repeat sheets: row 1 names the columns, row 2 guides the reader (labels), instances start here. */
export const firstInstanceRow = 3;

/** One repeat's sheet. */
export interface RepeatSheet {
  readonly sheet: string;
  readonly repeat: XlsFormRepeat;
  /**
   * The repeats it is nested in, outermost first. Each gets a column of its instance numbers
   * (headed by its name) before the repeat's own, so a row says which instance it belongs to.
   */
  readonly ancestors: readonly XlsFormRepeat[];
  /** Its answerable questions, in groups too, but not those of repeats nested in it. */
  readonly questions: readonly XlsFormQuestion[];
}

/**
 * Whether a question takes an answer in the workbook. Notes have none; calculations (a
 * `calculate`, or a `calculation` on any question) are the form engine's to compute, and a
 * value typed over one would be replaced anyway, so both are left out of the workbook.
 */
export function isAnswerable(question: XlsFormQuestion): boolean {
  return question.type !== "note" && question.type !== "calculate" && question.calculation === undefined;
}

/** The questions outside every repeat (answerable or not), in form order. */
export function topLevelQuestions(form: XlsForm): XlsFormQuestion[] {
  return questionsIn(form.survey);
}

/** Every repeat's sheet, depth first in form order (a repeat before the repeats nested in it). */
export function repeatSheets(form: XlsForm): RepeatSheet[] {
  const sheets: RepeatSheet[] = [];
  const taken = new Set([answersSheetName, settingsSheetName]);
  const visit = (elements: readonly XlsFormElement[], ancestors: readonly XlsFormRepeat[]) => {
    for (const element of elements) {
      if (element.kind === "group") visit(element.children, ancestors);
      if (element.kind !== "repeat") continue;
      sheets.push({
        sheet: sheetNameFor(element.name, taken),
        repeat: element,
        ancestors,
        questions: questionsIn(element.children).filter(isAnswerable),
      });
      visit(element.children, [...ancestors, element]);
    }
  };
  visit(form.survey, []);
  return sheets;
}

/** The repeat that holds `name` among its own questions, if any (for "answer it on sheet …"). */
export function repeatSheetOf(sheets: readonly RepeatSheet[], name: string): RepeatSheet | undefined {
  return sheets.find((sheet) => sheet.questions.some((question) => question.name === name));
}

function questionsIn(elements: readonly XlsFormElement[]): XlsFormQuestion[] {
  const questions: XlsFormQuestion[] = [];
  for (const element of elements) {
    if (element.kind === "question") questions.push(element);
    if (element.kind === "group") questions.push(...questionsIn(element.children));
  }
  return questions;
}

// A sheet name has at most 31 characters and is unique case-insensitively; XLSForm names hold
// none of the characters sheet names forbid, and `~` is allowed in both.
function sheetNameFor(name: string, taken: Set<string>): string {
  let candidate = name.slice(0, 31);
  for (let suffix = 2; taken.has(candidate.toLowerCase()); suffix++)
    candidate = `${name.slice(0, 31 - String(suffix).length - 1)}~${suffix}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}
