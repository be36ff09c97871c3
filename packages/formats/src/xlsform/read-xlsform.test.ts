// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes references as ${name}.
/**
 * Each XLSForm feature on a workbook built here, modelled on the examples of the published
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

describe("readXlsForm", () => {
  it("reads the specification's basic form: a metadata row, a select and an integer", () => {
    // xlsform.org, "Basic format": today, select_one gender, integer age; the gender list.
    const { form, findings } = read({
      survey: [
        ["type", "name", "label"],
        ["today", "today"],
        ["select_one gender", "gender", "Respondent's gender?"],
        ["integer", "age", "Respondent's age?"],
      ],
      choices: [
        ["list_name", "name", "label"],
        ["gender", "transgender", "Transgender"],
        ["gender", "female", "Female"],
        ["gender", "male", "Male"],
      ],
    });
    expect(findings).toEqual(["warning xlsform/metadata-type survey!A2 (type)"]);
    expect(form?.survey).toEqual([
      { kind: "metadata", type: "today", name: "today", row: 2 },
      {
        kind: "question",
        type: "select_one",
        listName: "gender",
        name: "gender",
        row: 3,
        label: { default: "Respondent's gender?" },
        ...noTexts,
      },
      {
        kind: "question",
        type: "integer",
        name: "age",
        row: 4,
        label: { default: "Respondent's age?" },
        ...noTexts,
      },
    ]);
    expect(form?.choiceLists).toEqual([
      {
        name: "gender",
        row: 2,
        choices: [
          { name: "transgender", row: 2, label: { default: "Transgender" }, extra: {} },
          { name: "female", row: 3, label: { default: "Female" }, extra: {} },
          { name: "male", row: 4, label: { default: "Male" }, extra: {} },
        ],
      },
    ]);
    expect(form?.languages).toEqual([{ key: "default", name: "default" }]);
  });

  it("reads every implemented question type", () => {
    const types = ["text", "integer", "decimal", "note", "date", "geopoint"];
    const { form, findings } = read({
      survey: [
        ["type", "name", "label", "calculation"],
        ...types.map((type) => [type, `q_${type}`, `A ${type}`]),
        ["calculate", "twice", null, "${q_integer} * 2"],
        ["select_multiple yes_no", "many", "Which?"],
      ],
      choices: [
        ["list_name", "name", "label"],
        ["yes_no", "yes", "Yes"],
        ["yes_no", "no", "No"],
      ],
    });
    expect(findings).toEqual([]);
    const questions = form?.survey.map((element) =>
      element.kind === "question" ? [element.type, element.name, element.row, element.listName] : [],
    );
    expect(questions).toEqual([
      ...types.map((type, index) => [type, `q_${type}`, index + 2, undefined]),
      ["calculate", "twice", 8, undefined],
      ["select_multiple", "many", 9, "yes_no"],
    ]);
    expect(form?.survey[6]).toMatchObject({ calculation: "${q_integer} * 2", label: {} });
  });

  it("reads labels, hints and messages per language, keyed by the code in parentheses", () => {
    // xlsform.org, "Multiple language support": label::English (en), label::Español (es).
    const { form, findings } = read({
      survey: [
        [
          "type",
          "name",
          "label::English (en)",
          "label::Русский (ru)",
          "label::فارسی (fa)",
          "hint::English (en)",
          "hint::Русский (ru)",
          "hint::فارسی (fa)",
          "constraint",
          "constraint_message::English (en)",
          "constraint_message::Русский (ru)",
          "constraint_message::فارسی (fa)",
        ],
        [
          "integer",
          "age",
          "Age",
          "Возраст",
          "سن",
          "In years",
          "В годах",
          "به سال",
          ". >= 0",
          "Not negative",
          "Не отрицательное",
          "منفی نیست",
        ],
      ],
      settings: [["default_language"], ["English (en)"]],
    });
    expect(findings).toEqual([]);
    expect(form?.languages).toEqual([
      { key: "en", name: "English (en)", code: "en" },
      { key: "ru", name: "Русский (ru)", code: "ru" },
      { key: "fa", name: "فارسی (fa)", code: "fa" },
    ]);
    expect(form?.survey[0]).toMatchObject({
      label: { en: "Age", ru: "Возраст", fa: "سن" },
      hint: { en: "In years", ru: "В годах", fa: "به سال" },
      constraint: ". >= 0",
      constraintMessage: { en: "Not negative", ru: "Не отрицательное", fa: "منفی نیست" },
    });
    expect(form?.settings.defaultLanguage).toBe("en");
  });

  it("puts unlabelled label and hint columns in the default language", () => {
    const { form, findings } = read({
      survey: [
        ["type", "name", "label", "label::Русский (ru)", "hint"],
        ["text", "city", "City", "Город", "As written locally"],
      ],
      settings: [
        ["form_id", "default_language"],
        ["cities", "English (en)"],
      ],
    });
    expect(findings).toEqual(["warning xlsform/missing-translation survey!E2 (hint)"]);
    expect(form?.languages.map((language) => language.key)).toEqual(["en", "ru"]);
    expect(form?.survey[0]).toMatchObject({
      label: { en: "City", ru: "Город" },
      hint: { en: "As written locally" },
    });
  });

  it("nests groups and repeats, in both spellings, with their end rows and repeat_count", () => {
    // xlsform.org, "Grouping questions" and "Repeats".
    const { form, findings } = read({
      survey: [
        ["type", "name", "label", "repeat_count", "appearance"],
        ["begin group", "respondent", "Respondent", null, "field-list"],
        ["integer", "members", "How many members?"],
        ["begin_repeat", "member", "Member", "${members}"],
        ["text", "member_name", "Name"],
        ["end_repeat"],
        ["end group"],
        ["note", "thanks", "Thank you"],
      ],
    });
    expect(findings).toEqual([]);
    expect(form?.survey).toEqual([
      {
        kind: "group",
        name: "respondent",
        row: 2,
        endRow: 7,
        label: { default: "Respondent" },
        hint: {},
        appearance: "field-list",
        bind: {},
        children: [
          {
            kind: "question",
            type: "integer",
            name: "members",
            row: 3,
            label: { default: "How many members?" },
            ...noTexts,
          },
          {
            kind: "repeat",
            name: "member",
            row: 4,
            endRow: 6,
            label: { default: "Member" },
            hint: {},
            bind: {},
            repeatCount: "${members}",
            children: [
              {
                kind: "question",
                type: "text",
                name: "member_name",
                row: 5,
                label: { default: "Name" },
                ...noTexts,
              },
            ],
          },
        ],
      },
      { kind: "question", type: "note", name: "thanks", row: 8, label: { default: "Thank you" }, ...noTexts },
    ]);
  });

  it("reads cascading selects: choice_filter and the choices' extra columns", () => {
    // xlsform.org, "Cascading selects": a state list, then cities filtered by their state column.
    const { form, findings } = read({
      survey: [
        ["type", "name", "label", "choice_filter"],
        ["select_one state", "state", "State"],
        ["select_one city", "city", "City", "state=${state}"],
      ],
      choices: [
        ["list_name", "name", "label", "state"],
        ["state", "texas", "Texas"],
        ["state", "washington", "Washington"],
        ["city", "dallas", "Dallas", "texas"],
        ["city", "seattle", "Seattle", "washington"],
      ],
    });
    expect(findings).toEqual([]);
    expect(form?.survey[1]).toMatchObject({ listName: "city", choiceFilter: "state=${state}" });
    expect(
      form?.choiceLists.map((list) => [list.name, list.row, list.choices.map((choice) => choice.extra)]),
    ).toEqual([
      ["state", 2, [{}, {}]],
      ["city", 4, [{ state: "texas" }, { state: "washington" }]],
    ]);
  });
});
