import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ecoCeMappingXlsxPath } from "./eco-ce-mapping-workbook.ts";
import { readXlsFormTables, type SurveyEntry } from "./xlsform-rows.ts";

const form = readXlsFormTables(new Uint8Array(readFileSync(ecoCeMappingXlsxPath)));
const survey = form.survey;
const at = (entry: { row: number }) => `survey row ${entry.row}`;

// The subset of XLSForm the platform implements (shared/specs/observatory.md §4.3).
const plainTypes = new Set(["text", "integer", "decimal", "note", "date", "calculate"]);
const structureTypes = new Set(["begin group", "end group", "begin repeat", "end repeat"]);
const selectType = /^(select_one|select_multiple) ([A-Za-z_][A-Za-z0-9_]*)$/;
// An XML name as XLSForm allows it (ASCII letters, digits, _ . -; not starting with a digit).
const xmlName = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const expressionColumns = [
  "relevant",
  "constraint",
  "calculation",
  "choice_filter",
  "repeat_count",
  "default",
];

const listNames = new Set(form.choices.map((choice) => choice.cells.get("list_name") ?? ""));
const named = new Map(survey.filter((entry) => entry.name !== "").map((entry) => [entry.name, entry]));

function referencesIn(text: string): string[] {
  return [...text.matchAll(/\$\{([^}]*)\}/g)].map((match) => match[1] ?? "");
}

describe("the survey sheet", () => {
  it("uses only the supported types, spelled exactly", () => {
    for (const entry of survey) {
      const known =
        plainTypes.has(entry.type) || structureTypes.has(entry.type) || selectType.test(entry.type);
      expect(known, `${at(entry)}: type ${JSON.stringify(entry.type)}`).toBe(true);
    }
  });

  it("opens and closes every group and repeat in order", () => {
    const open: string[] = [];
    for (const entry of survey) {
      if (entry.type.startsWith("begin ")) open.push(entry.type.slice(6));
      if (entry.type.startsWith("end ")) expect(open.pop(), at(entry)).toBe(entry.type.slice(4));
    }
    expect(open).toEqual([]);
  });

  it("names every row but the end rows, uniquely and as XML names", () => {
    const seen = new Set<string>();
    for (const entry of survey) {
      if (entry.type.startsWith("end ")) {
        expect(entry.name, at(entry)).toBe("");
        continue;
      }
      expect(entry.name, at(entry)).toMatch(xmlName);
      expect(entry.name.toLowerCase().startsWith("xml"), at(entry)).toBe(false);
      expect(seen.has(entry.name), `${at(entry)}: ${entry.name} is used twice`).toBe(false);
      seen.add(entry.name);
    }
  });

  it("names an existing choice list in every select, and uses every list", () => {
    const used = new Set<string>();
    for (const entry of survey) {
      const list = selectType.exec(entry.type)?.[2];
      if (list === undefined) continue;
      expect(listNames.has(list), `${at(entry)}: no list ${list}`).toBe(true);
      used.add(list);
    }
    expect([...listNames].filter((list) => !used.has(list))).toEqual([]);
  });

  it("refers with every ${name} to a question, calculation or repeat of the form", () => {
    const settings = form.settings[0]?.cells.get("instance_name") ?? "";
    const texts = survey.flatMap((entry) =>
      [...entry.cells].map(([column, text]) => ({ entry, column, text })),
    );
    const references = [
      ...texts.map(({ entry, column, text }) => ({
        where: `${at(entry)} ${column}`,
        names: referencesIn(text),
      })),
      { where: "settings instance_name", names: referencesIn(settings) },
    ];
    expect(references.flatMap(({ names }) => names).length).toBeGreaterThan(40);
    for (const { where, names } of references)
      for (const name of names) {
        const target = named.get(name);
        const holdsValue = target !== undefined && target.type !== "begin group" && target.type !== "note";
        expect(holdsValue, `${where}: \${${name}}`).toBe(true);
      }
  });

  it("reaches into a repeat from outside it only through count() or sum()", () => {
    for (const entry of survey)
      for (const [column, text] of entry.cells)
        for (const name of referencesIn(text)) {
          const target = named.get(name);
          const repeat = [...(target?.enclosing ?? [])].reverse().find((around) => around.kind === "repeat");
          if (repeat === undefined || entry.enclosing.some((around) => around.name === repeat.name)) continue;
          expect(text, `${at(entry)} ${column}: \${${name}}`).toMatch(
            new RegExp(`(count|sum)\\(\\$\\{${name}\\}\\)`),
          );
        }
  });

  it("writes expressions with straight quotes and balanced parentheses, and no stray spaces", () => {
    for (const entry of survey) {
      for (const column of expressionColumns) {
        const text = entry.cells.get(column);
        if (text === undefined) continue;
        expect(text, `${at(entry)} ${column}`).not.toMatch(/[‘’“”«»]/);
        expect(text.trim(), `${at(entry)} ${column}`).toBe(text);
        let depth = 0;
        for (const character of text.replace(/'[^']*'/g, "")) {
          depth += character === "(" ? 1 : character === ")" ? -1 : 0;
          expect(depth, `${at(entry)} ${column}`).toBeGreaterThanOrEqual(0);
        }
        expect(depth, `${at(entry)} ${column}`).toBe(0);
      }
      for (const column of ["type", "name", "appearance", "required", "read_only"]) {
        const text = entry.cells.get(column);
        if (text !== undefined) expect(text.trim(), `${at(entry)} ${column}`).toBe(text);
      }
    }
  });

  it("writes required and read_only as yes, and gives a required message with each", () => {
    for (const entry of survey) {
      expect(["yes", undefined], at(entry)).toContain(entry.cells.get("required"));
      expect(["yes", undefined], at(entry)).toContain(entry.cells.get("read_only"));
      const required = entry.cells.has("required");
      expect(entry.cells.has("required_message::English (en)"), at(entry)).toBe(required);
    }
  });

  it("gives a constraint message with every constraint, and no message without one", () => {
    for (const entry of survey)
      expect(entry.cells.has("constraint_message::English (en)"), at(entry)).toBe(
        entry.cells.has("constraint"),
      );
  });

  it("uses the appearances field-list (groups), multiline (text) and minimal (selects) only", () => {
    const allowed: Record<string, (type: string) => boolean> = {
      "field-list": (type) => type === "begin group",
      multiline: (type) => type === "text",
      minimal: (type) => selectType.test(type),
    };
    for (const entry of survey) {
      const appearance = entry.cells.get("appearance");
      if (appearance === undefined) continue;
      expect(allowed[appearance]?.(entry.type) ?? false, `${at(entry)}: ${appearance} on ${entry.type}`).toBe(
        true,
      );
    }
  });

  it("puts no repeat and no other page inside a field-list page", () => {
    const pages = new Set(
      survey.filter((entry) => entry.cells.get("appearance") === "field-list").map((entry) => entry.name),
    );
    expect(pages.size).toBeGreaterThanOrEqual(11);
    for (const entry of survey) {
      const insidePage = entry.enclosing.some((around) => pages.has(around.name));
      if (!insidePage) continue;
      expect(entry.type === "begin repeat" || pages.has(entry.name), at(entry)).toBe(false);
    }
  });

  it("counts repeats by an integer question asked before them", () => {
    const counted = survey.filter((entry) => entry.cells.has("repeat_count"));
    expect(counted.length).toBeGreaterThan(0);
    for (const entry of counted) {
      expect(entry.type, at(entry)).toBe("begin repeat");
      const [name] = referencesIn(entry.cells.get("repeat_count") ?? "");
      const source = named.get(name ?? "");
      expect(source?.type, at(entry)).toBe("integer");
      expect((source?.row ?? Number.POSITIVE_INFINITY) < entry.row, at(entry)).toBe(true);
    }
  });

  it("gives a select a default that is one of its choices", () => {
    for (const entry of survey) {
      const value = entry.cells.get("default");
      const list = selectType.exec(entry.type)?.[2];
      if (value === undefined || list === undefined) continue;
      expect(choiceNames(list), at(entry)).toContain(value);
    }
  });
});

describe("the choices sheet", () => {
  it("names choices uniquely within a list, without spaces or quotes", () => {
    for (const list of listNames) {
      const names = choiceNames(list);
      expect(new Set(names).size, list).toBe(names.length);
      for (const name of names) expect(name, list).toMatch(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/);
    }
  });

  it("filters barrier types by a category that is a barrier category, each with types and an other", () => {
    const filtered = survey.filter((entry) => entry.cells.has("choice_filter"));
    expect(filtered.map((entry) => [entry.name, entry.cells.get("choice_filter")])).toEqual([
      ["barrier_type", "category=${barrier_category}"],
    ]);
    const categories = choiceNames("barrier_kind");
    const types = form.choices.filter((choice) => choice.cells.get("list_name") === "barrier_type");
    for (const choice of types) expect(categories).toContain(choice.cells.get("category"));
    for (const category of categories) {
      const names = types.filter((choice) => choice.cells.get("category") === category).map(nameOf);
      expect(names.length, category).toBeGreaterThanOrEqual(3);
      expect(names, category).toContain(`${category}-other`);
    }
    const barrierCategory = survey.find((entry) => entry.name === "barrier_category") as SurveyEntry;
    const barrierType = survey.find((entry) => entry.name === "barrier_type") as SurveyEntry;
    expect(barrierCategory.row).toBeLessThan(barrierType.row);
    expect(barrierCategory.enclosing).toEqual(barrierType.enclosing);
  });
});

function nameOf(choice: { cells: ReadonlyMap<string, string> }): string {
  return choice.cells.get("name") ?? "";
}

function choiceNames(list: string): string[] {
  return form.choices.filter((choice) => choice.cells.get("list_name") === list).map(nameOf);
}
