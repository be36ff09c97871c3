import { readFileSync } from "node:fs";
import {
  recordDetailFields,
  recordInputSchema,
  recordSourceSchema,
  recordTextSchema,
  recordTypes,
  taxonomySchemes,
} from "@circular-atlas/contracts";
import { contentLanguageCodes } from "@circular-atlas/formats";
import { describe, expect, it } from "vitest";
import { ecoCeMappingXlsxPath } from "./eco-ce-mapping-workbook.ts";
import { readXlsFormTables, type SurveyEntry } from "./xlsform-rows.ts";

const form = readXlsFormTables(new Uint8Array(readFileSync(ecoCeMappingXlsxPath)));
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
const indicators = readJson("../../data/baseline/indicators.json") as {
  code: string;
  unit: string;
  unitLabels: Record<string, string>;
  dimensions: string[];
}[];
const dimensionCodes = readJson("../../data/baseline/dimension-codes.json") as {
  dimension: string;
  code: string;
}[];
const areas = readJson("../../data/baseline/areas.json") as { code: string; level: string }[];
const taxonomy = (
  readJson("../../data/knowledge/taxonomy.json") as { terms: { scheme: string; code: string }[] }
).terms;

const labelLanguage: Record<string, string> = { en: "English (en)", ru: "Русский (ru)", fa: "فارسی (fa)" };
const at = (entry: { row: number }) => `survey row ${entry.row}`;
const atlas = (entry: SurveyEntry, key: string) => entry.cells.get(`bind::atlas:${key}`);
const listOf = (entry: SurveyEntry) => /^select_(?:one|multiple) (\S+)$/.exec(entry.type)?.[1];
const choiceNames = (list: string) =>
  form.choices
    .filter((choice) => choice.cells.get("list_name") === list)
    .map((choice) => choice.cells.get("name"));
const recordRepeatOf = (entry: SurveyEntry) => {
  const names = new Set(entry.enclosing.map((around) => around.name));
  return form.survey.find((repeat) => names.has(repeat.name) && atlas(repeat, "record") !== undefined);
};

// Written out from knowledge-record.ts by hand: the question type that can fill each field.
const questionTypeOfField: Record<string, string> = {
  "texts.title": "text",
  "texts.summary": "text",
  "texts.body": "text",
  subnationalArea: "text",
  year: "integer",
  sectors: "select_multiple",
  strategies: "select_multiple",
  themes: "select_multiple",
  "sources.title": "text",
  "sources.url": "text",
  "details.policyKind": "select_one",
  "details.policyStatus": "select_one",
  "details.instruments": "select_multiple",
  "details.issuingBody": "text",
  "details.legalReference": "text",
  "details.practiceKind": "select_one",
  "details.results": "text",
  "details.lessons": "text",
  "details.stakeholderKind": "select_one",
  "details.website": "text",
  "details.stage": "select_one",
  "details.budgetUsd": "decimal",
  "details.fundingSoughtUsd": "decimal",
  "details.partners": "text",
  "details.barrierKind": "select_one",
};

// The taxonomy scheme each coded field is checked against (services' check-record-input.ts).
const schemeOfField: Record<string, string> = {
  sectors: "sector",
  strategies: "strategy",
  themes: "theme",
  "details.instruments": "instrument",
  "details.policyKind": "policy-kind",
  "details.policyStatus": "policy-status",
  "details.practiceKind": "practice-kind",
  "details.stakeholderKind": "stakeholder-kind",
  "details.stage": "initiative-stage",
  "details.barrierKind": "barrier-kind",
};

/** Whether `path` names a field of a record of `type` in the contracts' record input. */
function isRecordField(type: string, path: string): boolean {
  const [head = "", field, ...rest] = path.split(".");
  if (rest.length > 0) return false;
  const shape = recordInputSchema.shape;
  if (field === undefined)
    return (
      head in shape && !["id", "type", "status", "version", "details", "texts", "sources"].includes(head)
    );
  if (head === "texts") return field in recordTextSchema.shape && field !== "translated";
  if (head === "sources") return field in recordSourceSchema.shape;
  if (head === "justTransition") return field in shape.justTransition.unwrap().shape;
  const detailFields: readonly string[] = recordDetailFields[type as keyof typeof recordDetailFields] ?? [];
  return head === "details" && detailFields.includes(field);
}

const recordRepeats = form.survey.filter((entry) => atlas(entry, "record") !== undefined);
const fieldRows = form.survey.filter((entry) => atlas(entry, "field") !== undefined);
const seriesRows = form.survey.filter((entry) => atlas(entry, "series") !== undefined);

describe("bind::atlas:record", () => {
  it("turns the policy, good-practice, stakeholder, barrier and initiative repeats into records", () => {
    for (const entry of recordRepeats) {
      expect(entry.type, at(entry)).toBe("begin repeat");
      expect(recordTypes, at(entry)).toContain(atlas(entry, "record"));
      expect(recordRepeatOf(entry), `${at(entry)}: records do not nest`).toBeUndefined();
    }
    const types = recordRepeats.map((entry) => atlas(entry, "record"));
    expect(types).toEqual(
      expect.arrayContaining(["policy", "good-practice", "stakeholder", "barrier", "initiative"]),
    );
    expect(new Set(types).size).toBe(types.length);
  });

  it("gives every record a required title and fills no field twice", () => {
    for (const repeat of recordRepeats) {
      const fields = fieldRows.filter((entry) => recordRepeatOf(entry) === repeat);
      const title = fields.find((entry) => atlas(entry, "field") === "texts.title");
      expect(title?.cells.get("required"), `${repeat.name} title`).toBe("yes");
      const names = fields.map((entry) => atlas(entry, "field"));
      expect(new Set(names).size, repeat.name).toBe(names.length);
    }
  });
});

describe("bind::atlas:field", () => {
  it("names a field of the record its repeat becomes, filled by a question of a fitting type", () => {
    expect(fieldRows.length).toBeGreaterThan(50);
    for (const entry of fieldRows) {
      const field = atlas(entry, "field") ?? "";
      const repeat = recordRepeatOf(entry);
      if (repeat === undefined) continue;
      const type = atlas(repeat, "record") ?? "";
      expect(isRecordField(type, field), `${at(entry)}: ${field} of a ${type}`).toBe(true);
      expect(entry.type.split(" ")[0], `${at(entry)}: ${field}`).toBe(questionTypeOfField[field]);
    }
  });

  it("fills the country and the original language of every record from the form-level answers", () => {
    const formLevel = fieldRows.filter((entry) => recordRepeatOf(entry) === undefined);
    expect(formLevel.map((entry) => [atlas(entry, "field"), entry.type])).toEqual([
      ["countries", "select_one country"],
      ["originalLanguage", "select_one language"],
    ]);
    const members = areas.filter((area) => area.level === "country").map((area) => area.code);
    expect(choiceNames("country").sort()).toEqual(members.sort());
    for (const code of choiceNames("language")) expect(contentLanguageCodes).toContain(code);
  });

  it("offers exactly the taxonomy's codes for every coded field", () => {
    for (const entry of fieldRows) {
      const scheme = schemeOfField[atlas(entry, "field") ?? ""];
      if (scheme === undefined) continue;
      expect(taxonomySchemes, at(entry)).toContain(scheme);
      const codes = taxonomy.filter((term) => term.scheme === scheme).map((term) => term.code);
      expect(choiceNames(listOf(entry) ?? "").sort(), `${at(entry)}: ${scheme}`).toEqual(codes.sort());
    }
  });
});

describe("bind::atlas:series", () => {
  const catalogue = new Map(indicators.map((indicator) => [indicator.code, indicator]));

  it("feeds series of the baseline catalogue from decimal questions, in the series' unit", () => {
    expect(seriesRows.length).toBeGreaterThanOrEqual(20);
    for (const entry of seriesRows) {
      const series = catalogue.get(atlas(entry, "series") ?? "");
      expect(series, `${at(entry)}: ${atlas(entry, "series")}`).toBeDefined();
      expect(entry.type, at(entry)).toBe("decimal");
      expect(atlas(entry, "unit"), at(entry)).toBe(series?.unit);
      for (const [language, unitLabel] of Object.entries(series?.unitLabels ?? {}))
        expect(entry.cells.get(`label::${labelLanguage[language]}`), `${at(entry)} ${language}`).toContain(
          unitLabel,
        );
    }
  });

  it("names breakdowns by the series' dimensions and their codes, sorted, each key once", () => {
    const keys = new Set<string>();
    for (const entry of seriesRows) {
      const series = catalogue.get(atlas(entry, "series") ?? "");
      const dimensions = atlas(entry, "dimension");
      const pairs = dimensions === undefined ? [] : dimensions.split(";").map((pair) => pair.split("="));
      for (const [dimension = "", code] of pairs) {
        expect(series?.dimensions, at(entry)).toContain(dimension);
        expect(dimensionCodes, at(entry)).toContainEqual(expect.objectContaining({ dimension, code }));
      }
      const order = pairs.map(([dimension]) => dimension);
      expect(order, at(entry)).toEqual([...order].sort());
      const key = `${atlas(entry, "series")}|${dimensions ?? ""}`;
      expect(keys.has(key), `${at(entry)}: ${key} twice`).toBe(false);
      keys.add(key);
    }
    expect([...keys]).toEqual(
      expect.arrayContaining(["WAW_MSW_GENERATED|", "EN_EWT_GENV|", "EN_MAT_DOMCMPT|", "EN_MAT_DOMCMPC|"]),
    );
  });

  it("takes each value's year from a required integer question on the same page, 1990 to 2030", () => {
    for (const entry of seriesRows) {
      const period = form.survey.find((row) => row.name === atlas(entry, "period"));
      expect(period?.type, `${at(entry)}: ${atlas(entry, "period")}`).toBe("integer");
      expect(period?.cells.get("required"), at(entry)).toBe("yes");
      expect(period?.cells.get("constraint"), at(entry)).toBe(". >= 1990 and . <= 2030");
      expect(period?.enclosing, at(entry)).toEqual(entry.enclosing);
    }
  });

  it("sets the unit, breakdown and period columns only beside a series", () => {
    for (const entry of form.survey)
      for (const key of ["unit", "dimension", "period"])
        if (atlas(entry, key) !== undefined)
          expect(atlas(entry, "series"), `${at(entry)} ${key}`).toBeDefined();
  });
});
