/**
 * Reads an answer workbook (written by `writeAnswerWorkbook`, then filled in a spreadsheet) back
 * into the form engine's answers. Everything is checked before anything is returned as usable:
 * the workbook must be of this form and version, every row must name a question the sheet
 * holds, every cell must fit its question's type; each problem names its sheet, row and column.
 */
import { columnLetters } from "../../xlsx/cell-reference.ts";
import { parseXlsx, type XlsxSheet } from "../../xlsx/xlsx-reader.ts";
import type { FormAnswers, MutableFormAnswers } from "../form-engine/form-answers.ts";
import type { XlsForm, XlsFormChoiceList } from "../xlsform-model.ts";
import {
  answersSheetName,
  isAnswerable,
  repeatSheetOf,
  repeatSheets,
  settingsSheetName,
  topLevelQuestions,
} from "./answer-workbook-layout.ts";
import {
  type AnswerWorkbookProblem,
  answerWorkbookProblemCodes as codes,
} from "./answer-workbook-problem.ts";
import { cellsOf, readAnswerCell } from "./read-answer-cell.ts";
import { readRepeatSheets } from "./read-repeat-sheets.ts";

export interface AnswerWorkbookReading {
  /** The answers the workbook gives; meaningful only when `problems` is empty. */
  readonly answers: FormAnswers;
  readonly problems: readonly AnswerWorkbookProblem[];
}

export interface ReadAnswerWorkbookOptions {
  /**
   * The member state the answers are uploaded for: a workbook that names another one in
   * `settings!area` (it was downloaded for that country) is refused. A workbook that names none
   * (made by hand or by another tool from the questionnaire) is read.
   */
  readonly area?: string | undefined;
}

export function readAnswerWorkbook(
  form: XlsForm,
  bytes: Uint8Array,
  options: ReadAnswerWorkbookOptions = {},
): AnswerWorkbookReading {
  const { workbook, diagnostics } = parseXlsx(bytes);
  if (workbook === undefined)
    return {
      answers: {},
      problems: diagnostics.map((diagnostic) => ({ code: codes.notAWorkbook, message: diagnostic.message })),
    };
  const sheets = new Map(workbook.sheets.map((sheet) => [sheet.name.toLowerCase(), sheet]));
  const settings = checkSettings(form, sheets, options.area);
  if (settings.length > 0) return { answers: {}, problems: settings };
  const repeats = repeatSheets(form);
  const expected = new Set([
    answersSheetName,
    settingsSheetName,
    ...repeats.map((sheet) => sheet.sheet.toLowerCase()),
  ]);
  const problems: AnswerWorkbookProblem[] = workbook.sheets
    .filter((sheet) => !expected.has(sheet.name.toLowerCase()))
    .map((sheet) => ({
      code: codes.unknownSheet,
      sheet: sheet.name,
      message: `the sheet ${JSON.stringify(sheet.name)} is no part of the answer workbook of this form (its sheets: ${[answersSheetName, ...repeats.map((repeat) => repeat.sheet), settingsSheetName].join(", ")}); move its answers there and delete it`,
    }));
  const lists = new Map(form.choiceLists.map((list) => [list.name, list]));
  const answers = readAnswersSheet(form, sheets.get(answersSheetName), lists, problems);
  readRepeatSheets(form, repeats, sheets, lists, answers, problems);
  return { answers, problems };
}

function checkSettings(
  form: XlsForm,
  sheets: ReadonlyMap<string, XlsxSheet>,
  area: string | undefined,
): AnswerWorkbookProblem[] {
  const sheet = sheets.get(settingsSheetName);
  if (sheet === undefined) {
    const questionnaire = sheets.has("survey")
      ? " (this looks like the questionnaire itself, not an answer workbook)"
      : "";
    return [
      {
        code: codes.missingSheet,
        sheet: settingsSheetName,
        message: `the workbook has no sheet "${settingsSheetName}" naming the form and version it answers${questionnaire}; download the answer workbook again`,
      },
    ];
  }
  const header = cellsOf(sheet.rows.find((row) => row.row === 1));
  const values = cellsOf(sheet.rows.find((row) => row.row === 2));
  const problems: AnswerWorkbookProblem[] = [];
  const compare = (key: "form_id" | "version", wanted: string | undefined) => {
    const column = [...header.values()].find((cell) => cell.text.trim() === key)?.column;
    const given = column === undefined ? "" : (values.get(column)?.text.trim() ?? "");
    if (wanted === undefined || given === wanted) return;
    problems.push({
      code: key === "form_id" ? codes.otherForm : codes.otherVersion,
      sheet: sheet.name,
      row: 2,
      column: columnLetters(column ?? (key === "form_id" ? 1 : 2)),
      message:
        key === "form_id"
          ? `the workbook answers the form ${JSON.stringify(given)}, not ${JSON.stringify(wanted)}`
          : `the workbook was made for version ${JSON.stringify(given)} of ${form.settings.formId ?? "the form"}; the round asks version ${JSON.stringify(wanted)}: download the answer workbook again and copy the answers into it`,
    });
  };
  compare("form_id", form.settings.formId);
  if (problems.length === 0) compare("version", form.settings.version);
  const areaColumn = [...header.values()].find((cell) => cell.text.trim() === "area")?.column;
  const givenArea = areaColumn === undefined ? "" : (values.get(areaColumn)?.text.trim() ?? "");
  if (problems.length === 0 && area !== undefined && givenArea !== "" && givenArea !== area)
    problems.push({
      code: codes.otherArea,
      sheet: sheet.name,
      row: 2,
      column: columnLetters(areaColumn ?? 4),
      message: `the workbook holds the answers of ${givenArea}, not ${area}: it was downloaded for ${givenArea}; upload it there, or download the workbook of ${area}`,
    });
  return problems;
}

function readAnswersSheet(
  form: XlsForm,
  sheet: XlsxSheet | undefined,
  lists: ReadonlyMap<string, XlsFormChoiceList>,
  problems: AnswerWorkbookProblem[],
): MutableFormAnswers {
  const answers: MutableFormAnswers = {};
  if (sheet === undefined) {
    problems.push({
      code: codes.missingSheet,
      sheet: answersSheetName,
      message: `the workbook has no sheet "${answersSheetName}"; keep it, even with no answers`,
    });
    return answers;
  }
  const at = (row: number, column: number | undefined) => ({
    sheet: sheet.name,
    row,
    ...(column === undefined ? {} : { column: columnLetters(column) }),
  });
  const header = cellsOf(sheet.rows[0]);
  const columnOf = (key: string) =>
    [...header.values()].find((cell) => cell.text.trim().toLowerCase() === key)?.column;
  const nameColumn = columnOf("name");
  const answerColumn = columnOf("answer");
  if (nameColumn === undefined || answerColumn === undefined) {
    problems.push({
      code: codes.missingColumn,
      ...at(sheet.rows[0]?.row ?? 1, undefined),
      message: `the header row needs the columns "name" and "answer" (found ${[...header.values()].map((cell) => JSON.stringify(cell.text)).join(", ") || "none"})`,
    });
    return answers;
  }
  const questions = new Map(topLevelQuestions(form).map((question) => [question.name, question]));
  const repeats = repeatSheets(form);
  const seen = new Map<string, number>();
  for (const row of sheet.rows.slice(1)) {
    const cells = cellsOf(row);
    const name = cells.get(nameColumn)?.text.trim() ?? "";
    const answer = cells.get(answerColumn);
    const given = answer !== undefined && answer.text.trim() !== "";
    if (name === "") {
      if (given)
        problems.push({
          code: codes.missingName,
          ...at(row.row, nameColumn),
          message: "an answer on a row without a question name",
        });
      continue;
    }
    const question = questions.get(name);
    const problem = (code: AnswerWorkbookProblem["code"], message: string) =>
      problems.push({
        code,
        ...at(row.row, code === codes.computedQuestion ? answerColumn : nameColumn),
        message,
      });
    if (question === undefined) {
      const other = repeatSheetOf(repeats, name);
      if (other !== undefined)
        problem(
          codes.questionOnOtherSheet,
          `${name} is asked in each ${other.repeat.name}: answer it on the sheet ${JSON.stringify(other.sheet)}`,
        );
      else problem(codes.unknownQuestion, `the form has no question ${JSON.stringify(name)}`);
      continue;
    }
    if (!isAnswerable(question)) {
      if (given)
        problem(
          codes.computedQuestion,
          `${name} is ${question.type === "note" ? "a note" : "calculated by the form"}; it takes no answer`,
        );
      continue;
    }
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      problem(codes.duplicateQuestion, `${name} is already answered on row ${earlier}`);
      continue;
    }
    seen.set(name, row.row);
    const reading = readAnswerCell(question, answer, lists);
    if (reading === undefined) continue;
    if ("value" in reading) answers[name] = reading.value;
    else
      problems.push({
        code: reading.code,
        ...at(row.row, answerColumn),
        message: `${name}: ${reading.message}`,
      });
  }
  return answers;
}
