import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ecoCeMappingXlsxPath } from "./eco-ce-mapping-workbook.ts";
import { readXlsFormTables, type SheetRow } from "./xlsform-rows.ts";

const form = readXlsFormTables(new Uint8Array(readFileSync(ecoCeMappingXlsxPath)));
const languages = { en: "English (en)", ru: "Русский (ru)", fa: "فارسی (fa)" } as const;
type Language = keyof typeof languages;
const translatable = ["label", "hint", "required_message", "constraint_message"] as const;

interface Translation {
  readonly where: string;
  readonly column: string;
  readonly text: Record<Language, string | undefined>;
}

function translationsOf(sheet: string, rows: readonly SheetRow[], columns: readonly string[]): Translation[] {
  return rows.flatMap((row) =>
    columns.map((column) => ({
      where: `${sheet} row ${row.row} ${column}`,
      column,
      text: {
        en: row.cells.get(`${column}::${languages.en}`),
        ru: row.cells.get(`${column}::${languages.ru}`),
        fa: row.cells.get(`${column}::${languages.fa}`),
      },
    })),
  );
}

const all = [
  ...translationsOf("survey", form.survey, translatable),
  ...translationsOf("choices", form.choices, ["label"]),
].filter(({ text }) => text.en !== undefined || text.ru !== undefined || text.fa !== undefined);

/** A text without its `${name}` references, which are not words of any language. */
const prose = (text: string) => text.replace(/\$\{[^}]*\}/g, "");

describe("the three languages", () => {
  it("label every row but calculations and end rows, in English, Russian and Persian", () => {
    for (const entry of form.survey) {
      const unlabelled = entry.type === "calculate" || entry.type.startsWith("end ");
      for (const language of Object.values(languages))
        expect(entry.cells.has(`label::${language}`), `survey row ${entry.row} ${language}`).toBe(
          !unlabelled,
        );
    }
    for (const choice of form.choices)
      for (const language of Object.values(languages))
        expect(choice.cells.has(`label::${language}`), `choices row ${choice.row} ${language}`).toBe(true);
  });

  it("give every label, hint and message in all three languages or in none", () => {
    expect(all.length).toBeGreaterThan(400);
    for (const { where, text } of all) {
      expect(text.en?.trim(), where).toBeTruthy();
      expect(text.ru?.trim(), where).toBeTruthy();
      expect(text.fa?.trim(), where).toBeTruthy();
    }
  });

  it("keep the same ${references} in each language", () => {
    for (const { where, text } of all) {
      const references = (value = "") => (value.match(/\$\{[^}]*\}/g) ?? []).sort();
      expect(references(text.ru), where).toEqual(references(text.en));
      expect(references(text.fa), where).toEqual(references(text.en));
    }
  });

  it("write English in Latin script, Russian in Cyrillic and Persian in Arabic script", () => {
    for (const { where, text } of all) {
      expect(prose(text.en ?? ""), where).not.toMatch(/[\u0400-\u04FF\u0600-\u06FF]/);
      expect(prose(text.ru ?? ""), where).toMatch(/[\u0400-\u04FF]/);
      expect(prose(text.ru ?? ""), where).not.toMatch(/[\u0600-\u06FF]/);
      expect(prose(text.fa ?? ""), where).toMatch(/[\u0600-\u06FF]/);
      expect(prose(text.fa ?? ""), where).not.toMatch(/[\u0400-\u04FF]/);
    }
  });

  it("use the Persian letters ی and ک, never the Arabic ي, ك, ى or ة", () => {
    for (const { where, text } of all) expect(text.fa, where).not.toMatch(/[\u064A\u0643\u0649\u0629]/);
  });

  it("use Persian digits and punctuation in Persian, outside codes and addresses", () => {
    for (const { where, text } of all) {
      // Codes such as R0 or name@ministry.gov keep their Latin digits and dots.
      const words = prose(text.fa ?? "").replace(/[A-Za-z][A-Za-z0-9@._:/-]*/g, "");
      expect(words, where).not.toMatch(/[0-9\u0660-\u0669]/);
      expect(words, where).not.toMatch(/[,;?]/);
    }
  });

  it("start every Persian text with a right-to-left letter, so that it is laid out right to left", () => {
    for (const { where, text } of all) {
      const firstStrong =
        prose(text.fa ?? "").match(/[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0600-\u06FF]/)?.[0] ?? "";
      expect(firstStrong, where).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it("quote with «» in Russian and Persian, never with straight double quotes", () => {
    for (const { where, text } of all) {
      expect(text.ru, where).not.toMatch(/"/);
      expect(text.fa, where).not.toMatch(/"/);
    }
  });

  it("translate rather than copy: the three texts of a label differ", () => {
    for (const { where, text } of all) {
      expect(text.ru, where).not.toBe(text.en);
      expect(text.fa, where).not.toBe(text.en);
      expect(text.fa, where).not.toBe(text.ru);
    }
  });
});
