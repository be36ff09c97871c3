/**
 * The answer workbook as a person sees and fills it: what each sheet shows, what the reader
 * accepts beyond what the writer writes (labels for choices, commas, dates typed as text, numbers
 * typed as text), and every problem at its sheet, row and column.
 */
import { describe, expect, it } from "vitest";
import { parseCellReference } from "../../xlsx/cell-reference.ts";
import { parseXlsx } from "../../xlsx/xlsx-reader.ts";
import { toXlsx, type XlsxWriteCell, type XlsxWriteSheet } from "../../xlsx/xlsx-writer.ts";
import type { FormAnswers } from "../form-engine/form-answers.ts";
import { answerWorkbookProblemCodes as codes } from "./answer-workbook-problem.ts";
import { sitesForm, starterForm } from "./answer-workbook-test-forms.ts";
import { readAnswerWorkbook } from "./read-answer-workbook.ts";
import { writeAnswerWorkbook } from "./write-answer-workbook.ts";

/** The workbook's sheets as rows of shown texts. */
function shown(bytes: Uint8Array): Record<string, string[][]> {
  const sheets: Record<string, string[][]> = {};
  for (const sheet of parseXlsx(bytes).workbook?.sheets ?? []) {
    const rows: string[][] = [];
    for (const row of sheet.rows) {
      const cells: string[] = [];
      for (const cell of row.cells) cells[cell.column - 1] = cell.text;
      rows[row.row - 1] = Array.from(cells, (text) => text ?? "");
    }
    sheets[sheet.name] = Array.from(rows, (row) => row ?? []);
  }
  return sheets;
}

type Edit = { readonly sheet: string; readonly cell: string; readonly value: XlsxWriteCell };

/** The workbook as a person left it after typing `edits` (and dropping or adding sheets). */
function edited(
  bytes: Uint8Array,
  edits: readonly Edit[],
  sheets: { drop?: string[]; add?: XlsxWriteSheet[] } = {},
): Uint8Array {
  const workbook = parseXlsx(bytes).workbook;
  if (workbook === undefined) throw new Error("not a workbook");
  const written: XlsxWriteSheet[] = workbook.sheets
    .filter((sheet) => !(sheets.drop ?? []).includes(sheet.name))
    .map((sheet) => {
      const rows: XlsxWriteCell[][] = [];
      for (const row of sheet.rows)
        rows[row.row - 1] = row.cells.reduce<XlsxWriteCell[]>((cells, cell) => {
          cells[cell.column - 1] =
            cell.type === "number" || cell.type === "date"
              ? { number: cell.raw, dateFormat: cell.type === "date" }
              : { text: cell.text };
          return cells;
        }, []);
      for (const edit of edits.filter((entry) => entry.sheet === sheet.name)) {
        const at = parseCellReference(edit.cell);
        if (at === undefined) throw new Error(edit.cell);
        const row = rows[at.row - 1] ?? [];
        row[at.column - 1] = edit.value;
        rows[at.row - 1] = row;
      }
      return { name: sheet.name, rows: Array.from(rows, (row) => Array.from(row ?? [], (cell) => cell)) };
    });
  return toXlsx([...written, ...(sheets.add ?? [])]);
}

const sites: FormAnswers = {
  institution: "Ministry of Ecology",
  staff: "12",
  reported_on: "2026-05-06",
  kind: "public",
  streams: "paper glass",
  site: [
    { site_name: "North", bin: [{ tonnes: "1.5", bin_streams: "glass" }, { tonnes: "2" }] },
    {},
    { site_name: "South", bin: [{ emptied_on: "2026-04-30" }] },
  ],
};
const written = writeAnswerWorkbook(sitesForm, sites, { language: "ru" });
const answerRow = (name: string) =>
  (shown(written)["answers"]?.findIndex((row) => row[0] === name) ?? -1) + 1;

describe("writing an answer workbook", () => {
  it("lists the questions outside repeats with labels, types and choices in the chosen language", () => {
    const sheets = shown(written);
    expect(Object.keys(sheets)).toEqual(["answers", "site", "bin", "settings"]);
    expect(sheets["answers"]?.[0]).toEqual(["name", "label", "type", "required", "choices", "answer"]);
    // The note and the calculation take no answer and are left out.
    expect(sheets["answers"]?.map((row) => row[0])).toEqual([
      "name",
      "institution",
      "staff",
      "budget",
      "reported_on",
      "office",
      "kind",
      "streams",
    ]);
    expect(sheets["answers"]?.[1]).toEqual([
      "institution",
      "Учреждение",
      "text",
      "да",
      "Текст.",
      "Ministry of Ecology",
    ]);
    expect(sheets["answers"]?.[3]?.slice(0, 4)).toEqual([
      "budget",
      "budget",
      "decimal",
      "зависит от других ответов",
    ]);
    expect(sheets["answers"]?.[6]?.[4]).toBe("public = Государственный\nprivate = Частный");
    expect(sheets["answers"]?.[7]?.[4]?.split("\n")[0]).toBe(
      "Один или несколько вариантов через пробел или запятую:",
    );
    expect(sheets["answers"]?.[4]?.[5]).toBe("2026-05-06");
    expect(sheets["settings"]).toEqual([
      ["form_id", "version", "language", "area"],
      ["sites", "3", "ru"],
    ]);
  });

  it("gives each repeat a sheet of instances, nested ones numbered by the instance they sit in", () => {
    const sheets = shown(written);
    expect(sheets["site"]).toEqual([
      ["site", "site_name", "site_kind"],
      ["Номер экземпляра (1, 2, …)", "Название площадки", "site_kind"],
      ["1", "North"],
      ["2"],
      ["3", "South"],
    ]);
    expect(sheets["bin"]).toEqual([
      ["site", "bin", "tonnes", "bin_streams", "emptied_on"],
      ["site", "Номер экземпляра (1, 2, …)", "tonnes", "bin_streams", "emptied_on"],
      ["1", "1", "1.5", "glass"],
      ["1", "2", "2"],
      ["3", "1", "", "", "2026-04-30"],
    ]);
  });

  it("stores numbers in number cells and dates in date cells", () => {
    const cells = parseXlsx(written).workbook?.sheets.find((sheet) => sheet.name === "answers")?.rows;
    const answer = (row: number) =>
      cells?.find((entry) => entry.row === row)?.cells.find((cell) => cell.column === 6);
    expect(answer(answerRow("staff"))?.type).toBe("number");
    expect(answer(answerRow("reported_on"))).toMatchObject({ type: "date", date: "2026-05-06" });
  });

  it("writes the starter questionnaire in Persian with its repeats", () => {
    const sheets = shown(writeAnswerWorkbook(starterForm, {}, { language: "fa" }));
    expect(Object.keys(sheets)).toEqual([
      "answers",
      "priority",
      "policy",
      "good_practice",
      "stakeholder",
      "barrier",
      "initiative",
      "settings",
    ]);
    expect(sheets["settings"]?.[1]).toEqual(["eco_ce_mapping", "2026120402", "fa"]);
    expect(sheets["answers"]?.some((row) => row[0] === "policy_count")).toBe(false);
    expect(sheets["policy"]?.[0]?.slice(0, 3)).toEqual(["policy", "policy_title", "policy_kind"]);
  });
});

describe("reading an answer workbook", () => {
  it("reads back what it wrote", () => {
    expect(readAnswerWorkbook(sitesForm, written)).toEqual({ answers: sites, problems: [] });
  });

  it("accepts choice labels in any language, commas, numbers and dates typed as text, and new rows", () => {
    const filled = edited(written, [
      { sheet: "answers", cell: `F${answerRow("kind")}`, value: "Частный" },
      { sheet: "answers", cell: `F${answerRow("streams")}`, value: "Glass, e-waste; Бумага и картон" },
      { sheet: "answers", cell: `F${answerRow("staff")}`, value: " 14 " },
      { sheet: "answers", cell: `F${answerRow("budget")}`, value: { number: "1.25E3" } },
      { sheet: "answers", cell: `F${answerRow("reported_on")}`, value: "2026-05-07" },
      { sheet: "answers", cell: `F${answerRow("office")}`, value: "41.3  69.2" },
      // A new site without a number comes after the highest; its bin names it by number.
      { sheet: "site", cell: "B6", value: "East" },
      { sheet: "bin", cell: "A6", value: { number: "4" } },
      { sheet: "bin", cell: "C6", value: { number: "7" } },
    ]);
    const { answers, problems } = readAnswerWorkbook(sitesForm, filled);
    expect(problems).toEqual([]);
    expect(answers).toMatchObject({
      kind: "private",
      streams: "glass e-waste paper",
      staff: "14",
      budget: "1250",
      reported_on: "2026-05-07",
      office: "41.3 69.2",
    });
    expect(answers["site"]).toEqual([
      ...(sites["site"] as FormAnswers[]),
      { site_name: "East", bin: [{ tonnes: "7" }] },
    ]);
  });

  it("closes gaps left by deleted rows and keeps the instances in number order", () => {
    const filled = edited(written, [
      { sheet: "site", cell: "A4", value: "" },
      { sheet: "site", cell: "A3", value: { number: "5" } },
      // Its bins follow it by number.
      { sheet: "bin", cell: "A3", value: { number: "5" } },
      { sheet: "bin", cell: "A4", value: { number: "5" } },
    ]);
    const { answers, problems } = readAnswerWorkbook(sitesForm, filled);
    expect(problems).toEqual([]);
    // Row 4 is blank now: its instance is gone; site 5 (North) comes after site 3 (South).
    const [south, north] = answers["site"] as FormAnswers[];
    expect([south?.["site_name"], north?.["site_name"]]).toEqual(["South", "North"]);
    expect(north?.["bin"]).toEqual((sites["site"] as FormAnswers[])[0]?.["bin"]);
  });

  it("locates every problem at its sheet, row and column", () => {
    const filled = edited(
      written,
      [
        { sheet: "answers", cell: `F${answerRow("staff")}`, value: { number: "12.5" } },
        { sheet: "answers", cell: `F${answerRow("budget")}`, value: "1,5" },
        { sheet: "answers", cell: `F${answerRow("reported_on")}`, value: { number: "46000" } },
        { sheet: "answers", cell: `F${answerRow("kind")}`, value: "state" },
        { sheet: "answers", cell: `F${answerRow("streams")}`, value: "glass, metal" },
        { sheet: "answers", cell: "A10", value: "instituton" },
        { sheet: "answers", cell: "F10", value: "x" },
        { sheet: "answers", cell: "A11", value: "site_name" },
        { sheet: "answers", cell: "A12", value: "site_total" },
        { sheet: "answers", cell: "F12", value: "3" },
        { sheet: "site", cell: "D1", value: "tonnes" },
        { sheet: "site", cell: "B2", value: "West" },
        { sheet: "bin", cell: "A6", value: { number: "9" } },
        { sheet: "bin", cell: "A7", value: { number: "1" } },
        { sheet: "bin", cell: "B7", value: { number: "2" } },
        { sheet: "bin", cell: "E7", value: "2026-02-30" },
      ],
      { add: [{ name: "notes", rows: [["my notes"]] }] },
    );
    const { problems } = readAnswerWorkbook(sitesForm, filled);
    expect(
      problems.map(({ sheet, row, column, code }) => [`${sheet}!${column ?? ""}${row ?? ""}`, code]),
    ).toEqual([
      ["notes!", codes.unknownSheet],
      [`answers!F${answerRow("staff")}`, codes.invalidInteger],
      [`answers!F${answerRow("budget")}`, codes.invalidDecimal],
      [`answers!F${answerRow("reported_on")}`, codes.invalidDate],
      [`answers!F${answerRow("kind")}`, codes.unknownChoice],
      [`answers!F${answerRow("streams")}`, codes.unknownChoice],
      ["answers!A10", codes.unknownQuestion],
      ["answers!A11", codes.questionOnOtherSheet],
      ["answers!F12", codes.computedQuestion],
      ["site!D1", codes.unknownColumn],
      ["site!B2", codes.guideRowChanged],
      ["bin!A6", codes.unknownParentInstance],
      ["bin!E7", codes.invalidDate],
      ["bin!B7", codes.duplicateInstance],
    ]);
    const message = (code: string) => problems.find((problem) => problem.code === code)?.message;
    expect(message(codes.invalidDate)).toBe(
      "reported_on: the cell holds the number 46000, not a date: format the cell as a date, or type the date as YYYY-MM-DD",
    );
    expect(message(codes.unknownColumn)).toBe(
      'site has no question "tonnes" (it is asked in bin, on the sheet "bin"); the columns of this sheet are site, site_name, site_kind',
    );
    expect(
      problems.find((problem) => problem.sheet === "answers" && problem.code === codes.unknownChoice)
        ?.message,
    ).toBe('kind: "state" is no choice of kind: choose among public, private (their names or labels)');
  });

  it("refuses a workbook downloaded for another member state, and reads one that names none", () => {
    const kyrgyz = writeAnswerWorkbook(sitesForm, {}, { area: "KGZ" });
    expect(readAnswerWorkbook(sitesForm, kyrgyz, { area: "KGZ" }).problems).toEqual([]);
    expect(readAnswerWorkbook(sitesForm, kyrgyz, { area: "KAZ" }).problems).toEqual([
      {
        code: codes.otherArea,
        sheet: "settings",
        row: 2,
        column: "D",
        message:
          "the workbook holds the answers of KGZ, not KAZ: it was downloaded for KGZ; upload it there, or download the workbook of KAZ",
      },
    ]);
    expect(
      readAnswerWorkbook(sitesForm, writeAnswerWorkbook(sitesForm, {}), { area: "KAZ" }).problems,
    ).toEqual([]);
  });

  it("refuses the workbook of another version or form, a missing sheet, and the questionnaire itself", () => {
    const otherVersion = edited(written, [{ sheet: "settings", cell: "B2", value: "2" }]);
    expect(readAnswerWorkbook(sitesForm, otherVersion).problems).toEqual([
      {
        code: codes.otherVersion,
        sheet: "settings",
        row: 2,
        column: "B",
        message:
          'the workbook was made for version "2" of sites; the round asks version "3": download the answer workbook again and copy the answers into it',
      },
    ]);
    const otherForm = writeAnswerWorkbook(
      { ...sitesForm, settings: { ...sitesForm.settings, formId: "waste" } },
      {},
    );
    expect(readAnswerWorkbook(sitesForm, otherForm).problems.map((problem) => problem.code)).toEqual([
      codes.otherForm,
    ]);
    const noBins = edited(written, [], { drop: ["bin"] });
    expect(
      readAnswerWorkbook(sitesForm, noBins).problems.map((problem) => [problem.sheet, problem.code]),
    ).toEqual([["bin", codes.missingSheet]]);
    const questionnaire = toXlsx([{ name: "survey", rows: [["type", "name"]] }]);
    expect(readAnswerWorkbook(sitesForm, questionnaire).problems[0]?.message).toContain(
      "this looks like the questionnaire itself",
    );
    expect(readAnswerWorkbook(sitesForm, new TextEncoder().encode("a,b\n1,2\n")).problems[0]?.code).toBe(
      codes.notAWorkbook,
    );
  });
});
