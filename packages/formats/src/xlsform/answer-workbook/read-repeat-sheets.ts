/**
 * The repeat sheets of an answer workbook: one row per instance, its number in the column headed
 * by the repeat's name and, for a nested repeat, the numbers of the instances it sits in (one
 * column per enclosing repeat). Numbers link rows to their parents and order the instances; gaps
 * close (deleting instance 2's row leaves two instances), and a row without a number comes after
 * the highest so far. A row holding only its numbers is an instance with no answers yet.
 */
import { columnLetters } from "../../xlsx/cell-reference.ts";
import type { XlsxCell } from "../../xlsx/xlsx-cell.ts";
import type { XlsxSheet } from "../../xlsx/xlsx-reader.ts";
import type { MutableFormAnswers } from "../form-engine/form-answers.ts";
import { maxRepeatInstances } from "../form-engine/form-evaluator.ts";
import type { XlsForm, XlsFormChoiceList, XlsFormQuestion } from "../xlsform-model.ts";
import { firstInstanceRow, type RepeatSheet, repeatSheetOf } from "./answer-workbook-layout.ts";
import {
  type AnswerWorkbookProblem,
  answerWorkbookProblemCodes as codes,
} from "./answer-workbook-problem.ts";
import { guideTexts } from "./answer-workbook-texts.ts";
import { cellsOf, readAnswerCell } from "./read-answer-cell.ts";

type Column =
  | { readonly kind: "ancestor"; readonly index: number }
  | { readonly kind: "instance" }
  | { readonly kind: "question"; readonly question: XlsFormQuestion };

/** Reads every repeat's sheet into `answers`, the top-level answers, parents before children. */
export function readRepeatSheets(
  form: XlsForm,
  repeats: readonly RepeatSheet[],
  sheets: ReadonlyMap<string, XlsxSheet>,
  lists: ReadonlyMap<string, XlsFormChoiceList>,
  answers: MutableFormAnswers,
  problems: AnswerWorkbookProblem[],
): void {
  // Instances by the path the workbook's numbers give them (`site[3]/bin[1]`), for their children.
  const instances = new Map<string, MutableFormAnswers>([["", answers]]);
  for (const repeat of repeats) {
    const sheet = sheets.get(repeat.sheet.toLowerCase());
    if (sheet === undefined)
      problems.push({
        code: codes.missingSheet,
        sheet: repeat.sheet,
        message: `the workbook has no sheet "${repeat.sheet}" for the answers to ${repeat.repeat.name}; keep it, even with no rows`,
      });
    else readRepeatSheet({ form, all: repeats, repeat, sheet, lists, instances, problems });
  }
}

interface SheetReading {
  readonly form: XlsForm;
  /** Every repeat's sheet, to name the one a misplaced column belongs to. */
  readonly all: readonly RepeatSheet[];
  readonly repeat: RepeatSheet;
  readonly sheet: XlsxSheet;
  readonly lists: ReadonlyMap<string, XlsFormChoiceList>;
  readonly instances: Map<string, MutableFormAnswers>;
  readonly problems: AnswerWorkbookProblem[];
}

function readRepeatSheet(reading: SheetReading): void {
  const { repeat, sheet, problems } = reading;
  const columns = headerColumns(reading);
  const missing = repeat.ancestors.filter(
    (_, index) =>
      ![...columns.values()].some((column) => column.kind === "ancestor" && column.index === index),
  );
  if (missing.length > 0) {
    problems.push({
      code: codes.missingColumn,
      sheet: sheet.name,
      row: 1,
      message: `${repeat.repeat.name} is asked inside ${missing.map((ancestor) => ancestor.name).join(" and ")}: the sheet needs a column headed ${missing.map((ancestor) => JSON.stringify(ancestor.name)).join(" and ")} with the number of the instance each row belongs to`,
    });
    return;
  }
  checkGuideRow(reading, columns);
  // Per parent instance: its rows by instance number, in reading order.
  const byParent = new Map<string, { parent: MutableFormAnswers; rows: Map<number, MutableFormAnswers> }>();
  for (const row of sheet.rows) {
    if (row.row < firstInstanceRow) continue;
    const cells = cellsOf(row);
    if (
      [...cells.values()].every(
        (cell) => cell.type !== "error" && cell.type !== "blank" && cell.text.trim() === "",
      )
    )
      continue;
    const at = (column: number) => ({ sheet: sheet.name, row: row.row, column: columnLetters(column) });
    const path: string[] = [];
    let own: number | undefined;
    const values: MutableFormAnswers = {};
    let placed = true;
    for (const [column, meaning] of columns) {
      const cell = cells.get(column);
      if (meaning.kind === "question") {
        const read = readAnswerCell(meaning.question, cell, reading.lists);
        if (read === undefined) continue;
        if ("value" in read) values[meaning.question.name] = read.value;
        else
          problems.push({
            code: read.code,
            ...at(column),
            message: `${meaning.question.name}: ${read.message}`,
          });
        continue;
      }
      const number = instanceNumber(cell);
      if (number === "bad" || (number === undefined && meaning.kind === "ancestor")) {
        placed = false;
        const of = meaning.kind === "ancestor" ? repeat.ancestors[meaning.index]?.name : repeat.repeat.name;
        problems.push({
          code: codes.badInstanceNumber,
          ...at(column),
          message: `the number of the ${of} instance must be a whole number from 1 to ${maxRepeatInstances}${cell === undefined ? "; the cell is empty" : `, not ${JSON.stringify(cell.text)}`}`,
        });
      } else if (meaning.kind === "ancestor")
        path[meaning.index] = `${repeat.ancestors[meaning.index]?.name}[${number}]`;
      else own = number;
    }
    if (!placed) continue;
    const parentPath = path.join("/");
    const parent = reading.instances.get(parentPath);
    if (parent === undefined) {
      const first = [...columns].find(([, meaning]) => meaning.kind === "ancestor")?.[0] ?? 1;
      problems.push({
        code: codes.unknownParentInstance,
        ...at(first),
        message: `there is no ${parentPath} on its sheet for this ${repeat.repeat.name} to belong to`,
      });
      continue;
    }
    const group = byParent.get(parentPath) ?? { parent, rows: new Map() };
    byParent.set(parentPath, group);
    const number = own ?? Math.max(0, ...group.rows.keys()) + 1;
    if (group.rows.has(number)) {
      const column = [...columns].find(([, meaning]) => meaning.kind === "instance")?.[0] ?? 1;
      problems.push({
        code: codes.duplicateInstance,
        ...at(column),
        message: `${parentPath === "" ? "" : `${parentPath}/`}${repeat.repeat.name}[${number}] is given on two rows`,
      });
      continue;
    }
    group.rows.set(number, values);
    reading.instances.set(
      `${parentPath === "" ? "" : `${parentPath}/`}${repeat.repeat.name}[${number}]`,
      values,
    );
  }
  for (const { parent, rows } of byParent.values())
    parent[repeat.repeat.name] = [...rows.entries()].sort(([a], [b]) => a - b).map(([, values]) => values);
}

/** What each header cell names; unknown and repeated names are reported. */
function headerColumns({ all, repeat, sheet, problems }: SheetReading): Map<number, Column> {
  const columns = new Map<number, Column>();
  const named = new Set<string>();
  const questions = new Map(repeat.questions.map((question) => [question.name, question]));
  for (const cell of sheet.rows.find((row) => row.row === 1)?.cells ?? []) {
    const name = cell.text.trim();
    if (name === "") continue;
    const at = { sheet: sheet.name, row: 1, column: columnLetters(cell.column) };
    if (named.has(name)) {
      problems.push({
        code: codes.duplicateColumn,
        ...at,
        message: `the column ${JSON.stringify(name)} is given twice`,
      });
      continue;
    }
    named.add(name);
    const ancestor = repeat.ancestors.findIndex((candidate) => candidate.name === name);
    const question = questions.get(name);
    if (name === repeat.repeat.name) columns.set(cell.column, { kind: "instance" });
    else if (ancestor >= 0) columns.set(cell.column, { kind: "ancestor", index: ancestor });
    else if (question !== undefined) columns.set(cell.column, { kind: "question", question });
    else {
      const elsewhere = repeatSheetOf(all, name);
      problems.push({
        code: codes.unknownColumn,
        ...at,
        message: `${repeat.repeat.name} has no question ${JSON.stringify(name)}${elsewhere === undefined ? "" : ` (it is asked in ${elsewhere.repeat.name}, on the sheet ${JSON.stringify(elsewhere.sheet)})`}; the columns of this sheet are ${[...repeat.ancestors.map((entry) => entry.name), repeat.repeat.name, ...questions.keys()].join(", ")}`,
      });
    }
  }
  return columns;
}

function checkGuideRow(
  { form, repeat, sheet, problems }: SheetReading,
  columns: ReadonlyMap<number, Column>,
): void {
  for (const cell of sheet.rows.find((row) => row.row === 2)?.cells ?? []) {
    const text = cell.text.trim();
    const meaning = columns.get(cell.column);
    if (text === "" || meaning === undefined) continue;
    const element =
      meaning.kind === "question"
        ? meaning.question
        : meaning.kind === "ancestor"
          ? repeat.ancestors[meaning.index]
          : repeat.repeat;
    if (element === undefined || guideTexts(form, element.label, element.name).has(text)) continue;
    problems.push({
      code: codes.guideRowChanged,
      sheet: sheet.name,
      row: 2,
      column: columnLetters(cell.column),
      message: `row 2 holds the labels and is not read; instances start on row ${firstInstanceRow}: move ${JSON.stringify(text)} to a row below`,
    });
  }
}

/** A 1-based instance number, undefined for an empty cell, "bad" for anything else. */
function instanceNumber(cell: XlsxCell | undefined): number | "bad" | undefined {
  if (cell === undefined || (cell.type !== "error" && cell.type !== "blank" && cell.text.trim() === ""))
    return undefined;
  const text = cell.type === "number" ? cell.raw : cell.text.trim();
  if (cell.type === "date" || !/^\d+(\.0*)?$/.test(text)) return "bad";
  const number = Number.parseInt(text, 10);
  return number >= 1 && number <= maxRepeatInstances ? number : "bad";
}
