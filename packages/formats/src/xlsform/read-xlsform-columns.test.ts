// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes references as ${name}.
/**
 * The columns, settings, observatory mapping and sheet matching of XLSForm on workbooks built here, modelled on the examples of the published
 * specification (xlsform.org): the expected trees are written out by hand from the rows.
 */
import { describe, expect, it } from "vitest";
import { readXlsForm } from "./read-xlsform.ts";
import { compactFinding, xlsFormWorkbook } from "./xlsform-test-workbook.ts";

const noTexts = { hint: {}, requiredMessage: {}, constraintMessage: {}, bind: {} };

function read(sheets: Parameters<typeof xlsFormWorkbook>[0]) {
  const { form, diagnostics } = readXlsForm(xlsFormWorkbook(sheets));
  return { form, findings: diagnostics.map(compactFinding), diagnostics };
}

describe("readXlsForm columns and settings", () => {
  it("reads the logic columns, turning yes and TRUE into true()", () => {
    const { form, findings } = read({
      survey: [
        [
          "type",
          "name",
          "label",
          "required",
          "required_message",
          "relevant",
          "constraint",
          "default",
          "read_only",
          "appearance",
        ],
        ["integer", "age", "Age", "yes", "Please answer", null, ". < 130", "30", "no", "thousands-sep"],
        ["text", "job", "Job", true, null, "${age} >= 16", null, null, "${age} > 90", "multiline"],
        ["decimal", "income", "Income", "${age} >= 18"],
      ],
    });
    expect(findings).toEqual([]);
    expect(form?.survey).toEqual([
      {
        ...noTexts,
        kind: "question",
        type: "integer",
        name: "age",
        row: 2,
        label: { default: "Age" },
        required: "true()",
        requiredMessage: { default: "Please answer" },
        constraint: ". < 130",
        default: "30",
        appearance: "thousands-sep",
      },
      {
        ...noTexts,
        kind: "question",
        type: "text",
        name: "job",
        row: 3,
        label: { default: "Job" },
        required: "true()",
        relevant: "${age} >= 16",
        readOnly: "${age} > 90",
        appearance: "multiline",
      },
      {
        ...noTexts,
        kind: "question",
        type: "decimal",
        name: "income",
        row: 4,
        label: { default: "Income" },
        required: "${age} >= 18",
      },
    ]);
  });

  it("reads the settings, keeping other columns as written", () => {
    const { form, findings } = read({
      survey: [
        ["type", "name", "label"],
        ["text", "a", "A"],
      ],
      settings: [
        ["form_title", "form_id", "version", "instance_name"],
        ["Mapping exercise 2026", "mapping_2026", { number: "2026120101" }, "concat(${a}, '')"],
      ],
    });
    expect(findings).toEqual([]);
    expect(form?.settings).toEqual({
      formTitle: "Mapping exercise 2026",
      formId: "mapping_2026",
      version: "2026120101",
      row: 2,
      other: { instance_name: "concat(${a}, '')" },
    });
  });

  it("keeps bind:: columns, the observatory mapping among them, on the elements", () => {
    const { form, findings } = read({
      survey: [
        [
          "type",
          "name",
          "label",
          "bind::atlas:series",
          "bind::atlas:record",
          "bind::atlas:field",
          "bind::atlas:dimension",
          "bind::oc:itemgroup",
        ],
        [
          "decimal",
          "dmc",
          "Domestic material consumption (t)",
          "EN_MAT_DOMCMP",
          null,
          null,
          "TYPE_OF_PRODUCT=MET",
          "g1",
        ],
        ["begin repeat", "waste", "Waste streams", "EN_WAS_GEN"],
        ["select_one stream", "stream", "Stream", null, null, null, "TYPE_OF_WASTE"],
        ["integer", "year", "Year", null, null, "year"],
        ["decimal", "tonnes", "Tonnes", null, null, "value"],
        ["end repeat"],
        ["begin repeat", "policies", "Policies", null, "policy"],
        ["text", "title", "Title", null, null, "title"],
        ["geopoint", "where", "Where", null, null, "location"],
        ["end repeat"],
      ],
      choices: [
        ["list_name", "name", "label"],
        ["stream", "MUN", "Municipal"],
      ],
    });
    expect(findings).toEqual([]);
    const binds = [...(form?.survey ?? [])].flatMap((element) => [
      [element.name, element.kind === "metadata" ? {} : element.bind],
      ...(element.kind === "repeat"
        ? element.children.map((child) => [child.name, child.kind === "metadata" ? {} : child.bind])
        : []),
    ]);
    expect(binds).toEqual([
      [
        "dmc",
        { "atlas:series": "EN_MAT_DOMCMP", "atlas:dimension": "TYPE_OF_PRODUCT=MET", "oc:itemgroup": "g1" },
      ],
      ["waste", { "atlas:series": "EN_WAS_GEN" }],
      ["stream", { "atlas:dimension": "TYPE_OF_WASTE" }],
      ["year", { "atlas:field": "year" }],
      ["tonnes", { "atlas:field": "value" }],
      ["policies", { "atlas:record": "policy" }],
      ["title", { "atlas:field": "title" }],
      ["where", { "atlas:field": "location" }],
    ]);
  });

  it("matches sheet names and column keywords case-insensitively, with the spelled-out aliases", () => {
    const bytes = xlsFormWorkbook({
      other: {
        Survey: [
          ["Type", "Name", "Label", "Constraint", "constraint message"],
          ["select_one yn", "ok", "OK?", ". = 'yes'", "Say yes"],
        ],
        Choices: [
          ["list name", "name", "label"],
          ["yn", "yes", "Yes"],
        ],
      },
    });
    const { form, diagnostics } = readXlsForm(bytes);
    expect(diagnostics).toEqual([]);
    expect(form?.survey[0]).toMatchObject({ listName: "yn", constraintMessage: { default: "Say yes" } });
    expect(form?.layout.survey.sheet).toBe("Survey");
    expect(form?.choiceLists[0]?.choices[0]?.name).toBe("yes");
  });

  it("refuses a legacy .xls and bytes that are no workbook, with no form", () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const xls = readXlsForm(ole);
    expect(xls.form).toBeUndefined();
    expect(xls.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity])).toEqual([
      ["xlsform/xls-file", "error"],
    ]);
    expect(xls.diagnostics[0]?.message).toContain("save it as an Excel workbook (.xlsx)");
    const text = readXlsForm(new TextEncoder().encode("type,name,label\n"));
    expect(text.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["xlsx/not-zip"]);
  });
});
