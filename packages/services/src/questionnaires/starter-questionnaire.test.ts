/**
 * The committed starter questionnaire (data/questionnaires/eco-ce-mapping.xlsx) against the
 * linter with the knowledge base's record vocabulary, and every expression cell of it against the
 * XPath parser directly, so a cell the linter skipped would still fail here.
 */
import { fileURLToPath } from "node:url";
import { parseExpression, type XlsFormElement } from "@circular-atlas/formats";
import { describe, expect, it } from "vitest";
import { readQuestionnaire } from "./read-questionnaire.ts";

const starterPath = fileURLToPath(
  new URL("../../../../data/questionnaires/eco-ce-mapping.xlsx", import.meta.url),
);

function* elementsOf(elements: readonly XlsFormElement[]): Generator<XlsFormElement> {
  for (const element of elements) {
    yield element;
    if (element.kind === "group" || element.kind === "repeat") yield* elementsOf(element.children);
  }
}

/** Every expression cell of an element, by column, as the XLSForm columns name them. */
function expressionCells(element: XlsFormElement): [string, string | undefined][] {
  if (element.kind === "metadata") return [];
  const cells: [string, string | undefined][] = [
    ["relevant", element.relevant],
    ["read_only", element.readOnly],
  ];
  if (element.kind === "repeat") cells.push(["repeat_count", element.repeatCount]);
  if (element.kind === "question")
    cells.push(
      ["required", element.required],
      ["constraint", element.constraint],
      ["calculation", element.calculation],
      ["choice_filter", element.choiceFilter],
      // A default is an expression only when it refers to another answer.
      ["default", element.default?.includes("${") === true ? element.default : undefined],
    );
  return cells;
}

describe("the starter questionnaire", () => {
  it("lints with no errors and no warnings, its mapping checked against the record input", async () => {
    const reading = await readQuestionnaire({ filePath: starterPath });
    expect(reading.diagnostics).toEqual([]);
    expect([reading.errorCount, reading.warningCount]).toEqual([0, 0]);
  });

  it("has expressions that all parse, choice filters as choice filters", async () => {
    const { form } = await readQuestionnaire({ filePath: starterPath });
    const cells = [...elementsOf(form?.survey ?? [])].flatMap((element) =>
      expressionCells(element)
        .filter((cell): cell is [string, string] => cell[1] !== undefined)
        .map(([column, text]) => ({ at: `${element.name} ${column}`, column, text })),
    );
    // The README lists relevant, constraint, calculation, choice_filter and repeat_count as used.
    expect(new Set(cells.map((cell) => cell.column))).toEqual(
      new Set([
        "relevant",
        "required",
        "constraint",
        "calculation",
        "choice_filter",
        "repeat_count",
        "read_only",
      ]),
    );
    const refused = cells
      .map((cell) => ({
        ...cell,
        parsed: parseExpression(cell.text, { choiceFilter: cell.column === "choice_filter" }),
      }))
      .filter((cell) => !cell.parsed.ok)
      .map((cell) => `${cell.at}: ${cell.text}`);
    expect(refused).toEqual([]);
    expect(cells.length).toBeGreaterThan(100);
  });
});
