import { readFileSync } from "node:fs";
import { parseXlsx } from "@circular-atlas/formats";
import { describe, expect, it } from "vitest";
import { ecoCeMappingWorkbook, ecoCeMappingXlsxPath } from "./eco-ce-mapping-workbook.ts";
import { readXlsFormTables } from "./xlsform-rows.ts";

const committed = new Uint8Array(readFileSync(ecoCeMappingXlsxPath));
const form = readXlsFormTables(committed);

describe("the committed eco-ce-mapping.xlsx", () => {
  it("is byte for byte what the source builds", () => {
    const rebuilt = ecoCeMappingWorkbook();
    expect(
      Buffer.from(rebuilt).equals(Buffer.from(committed)),
      "eco-ce-mapping.xlsx differs from its source; run npm run build:questionnaire",
    ).toBe(true);
  });

  it("gives the same bytes when built twice", () => {
    expect(Buffer.from(ecoCeMappingWorkbook()).equals(Buffer.from(ecoCeMappingWorkbook()))).toBe(true);
  });

  it("reads back without diagnostics, with the survey, choices and settings sheets", () => {
    const { workbook, diagnostics } = parseXlsx(committed);
    expect(diagnostics).toEqual([]);
    expect(workbook?.sheets.map((sheet) => [sheet.name, sheet.kind, sheet.state])).toEqual([
      ["survey", "worksheet", "visible"],
      ["choices", "worksheet", "visible"],
      ["settings", "worksheet", "visible"],
    ]);
  });

  it("holds only string cells, so no spreadsheet turns a version or default into a number", () => {
    expect(form.nonStringCells).toEqual([]);
  });

  it("has a column per language for every translatable column", () => {
    const languages = ["English (en)", "Русский (ru)", "فارسی (fa)"];
    const survey = form.headers.get("survey") ?? [];
    for (const column of ["label", "hint", "required_message", "constraint_message"])
      for (const language of languages) expect(survey).toContain(`${column}::${language}`);
    expect(survey.filter((header) => header === "label" || header === "hint")).toEqual([]);
    const choices = form.headers.get("choices") ?? [];
    for (const language of languages) expect(choices).toContain(`label::${language}`);
  });

  it("sets the form id, a yyyymmddrr version string, the default language and the title", () => {
    expect(form.settings).toHaveLength(1);
    const settings = form.settings[0]?.cells ?? new Map<string, string>();
    expect(settings.get("form_id")).toBe("eco_ce_mapping");
    const version = settings.get("version") ?? "";
    expect(version).toMatch(/^\d{10}$/);
    // yyyymmddrr: a real calendar date followed by a revision number.
    const date = new Date(`${version.slice(0, 4)}-${version.slice(4, 6)}-${version.slice(6, 8)}T00:00:00Z`);
    expect(date.toISOString().slice(0, 10).replaceAll("-", "")).toBe(version.slice(0, 8));
    expect(settings.get("default_language")).toBe("English (en)");
    expect(form.headers.get("survey")).toContain(`label::${settings.get("default_language")}`);
    expect(settings.get("form_title")).toMatch(/^[\x20-\x7E]+$/);
  });
});
