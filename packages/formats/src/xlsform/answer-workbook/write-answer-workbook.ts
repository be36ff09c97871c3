/**
 * Writes a form's answer workbook: the questionnaire as a fill-in spreadsheet with the answers
 * given so far, which `readAnswerWorkbook` reads back to the same answers. Numbers go in number
 * cells and dates in date cells, so a spreadsheet shows and sorts them as such; everything else is
 * text. Answers the form has no place for, and answers to notes and calculations, are left out.
 */

import { toXlsx, type XlsxWriteCell, type XlsxWriteSheet } from "../../xlsx/xlsx-writer.ts";
import { daysSinceEpoch } from "../expression/expression-dates.ts";
import { isAnswerRecord, ownAnswer, type UncheckedAnswers } from "../form-engine/form-answers.ts";
import type { XlsForm, XlsFormQuestion, XlsFormRepeat } from "../xlsform-model.ts";
import {
  answersColumns,
  answersSheetName,
  isAnswerable,
  type RepeatSheet,
  repeatSheets,
  settingsColumns,
  settingsSheetName,
  topLevelQuestions,
} from "./answer-workbook-layout.ts";
import { type WorkbookTexts, workbookTexts } from "./answer-workbook-texts.ts";

export interface AnswerWorkbookOptions {
  /** A language key or code of the form for labels and guidance; its default language otherwise. */
  readonly language?: string | undefined;
  /** The member state whose answers these are (ISO alpha-3), so they cannot be uploaded for another. */
  readonly area?: string | undefined;
}

/** The workbook's bytes; `answers` is read defensively (a draft may hold any JSON). */
export function writeAnswerWorkbook(
  form: XlsForm,
  answers: UncheckedAnswers,
  options: AnswerWorkbookOptions = {},
): Uint8Array {
  const texts = workbookTexts(form, options.language);
  const sheets: XlsxWriteSheet[] = [
    answersSheet(form, answers, texts),
    ...repeatSheets(form).map((sheet) => repeatSheet(sheet, answers, texts)),
    {
      name: settingsSheetName,
      rows: [
        settingsColumns,
        [
          form.settings.formId ?? "",
          form.settings.version ?? "",
          texts.language,
          ...(options.area === undefined ? [] : [options.area]),
        ],
      ],
    },
  ];
  return toXlsx(sheets);
}

function answersSheet(form: XlsForm, answers: UncheckedAnswers, texts: WorkbookTexts): XlsxWriteSheet {
  const lists = new Map(form.choiceLists.map((list) => [list.name, list]));
  const rows = topLevelQuestions(form)
    .filter(isAnswerable)
    .map((question): XlsxWriteCell[] => [
      question.name,
      texts.label(question.label, question.name),
      question.listName === undefined ? question.type : `${question.type} ${question.listName}`,
      texts.required(question),
      texts.choices(question, lists),
      answerCell(question, ownAnswer(answers, question.name)),
    ]);
  return { name: answersSheetName, rows: [answersColumns, ...rows], freezeHeader: true };
}

function repeatSheet(sheet: RepeatSheet, answers: UncheckedAnswers, texts: WorkbookTexts): XlsxWriteSheet {
  const header = [...sheet.ancestors, sheet.repeat].map((repeat) => repeat.name);
  const guide = [
    ...sheet.ancestors.map((repeat) => texts.label(repeat.label, repeat.name)),
    texts.instance,
    ...sheet.questions.map((question) => texts.label(question.label, question.name)),
  ];
  const rows = [...instancesOf(answers, [...sheet.ancestors, sheet.repeat], [])].map(
    ({ numbers, instance }): XlsxWriteCell[] => [
      ...numbers.map((number) => ({ number: String(number) })),
      ...sheet.questions.map((question) => answerCell(question, ownAnswer(instance, question.name))),
    ],
  );
  return {
    name: sheet.sheet,
    rows: [[...header, ...sheet.questions.map((question) => question.name)], guide, ...rows],
    freezeHeader: true,
  };
}

/** Every instance at the end of `chain` (repeats nested in each other), with its instance numbers. */
function* instancesOf(
  answers: UncheckedAnswers,
  chain: readonly XlsFormRepeat[],
  numbers: readonly number[],
): Generator<{ numbers: number[]; instance: UncheckedAnswers }> {
  const [head, ...rest] = chain;
  if (head === undefined) return;
  const instances = ownAnswer(answers, head.name);
  if (!Array.isArray(instances)) return;
  for (const [index, instance] of instances.entries()) {
    // A misshapen instance still keeps its number, so the ones after it keep theirs.
    const record = isAnswerRecord(instance) ? instance : {};
    if (rest.length === 0) yield { numbers: [...numbers, index + 1], instance: record };
    else yield* instancesOf(record, rest, [...numbers, index + 1]);
  }
}

// Excel keeps 15 significant digits of a number cell: longer figures stay text, so no digit is lost.
const exactNumber = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;
const maxSignificantDigits = 15;
// Serial 61 is 1900-03-01; before it Excel's serials count a 29 February 1900 that never was.
const firstSafeSerial = 61;
const serialOfEpoch = 25_569;

function answerCell(question: XlsFormQuestion, answer: unknown): XlsxWriteCell {
  if (typeof answer !== "string" || answer === "") return undefined;
  if (question.type === "integer" || question.type === "decimal") {
    const digits = answer.replace(/^-|\./g, "").replace(/^0+/, "");
    return exactNumber.test(answer) && digits.length <= maxSignificantDigits ? { number: answer } : answer;
  }
  if (question.type === "date") {
    const days = /^\d{4}-\d{2}-\d{2}$/.test(answer) ? daysSinceEpoch(answer) : undefined;
    const serial = days === undefined ? undefined : days + serialOfEpoch;
    return serial !== undefined && serial >= firstSafeSerial
      ? { number: String(serial), dateFormat: true }
      : answer;
  }
  return { text: answer };
}
