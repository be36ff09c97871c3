// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes references as ${name}.
/**
 * Test support: one deliberately broken workbook per defect class (some classes have two), with
 * the exact findings (severity, rule id, sheet, cell, header) worked out by hand from its rows.
 */
import type { XlsFormReadOptions } from "./read-xlsform.ts";
import { brokenAtlasForms } from "./xlsform-broken-atlas-forms.ts";
import { brokenChoiceForms, text, yesNo } from "./xlsform-broken-choice-forms.ts";
import { brokenExpressionForms } from "./xlsform-broken-expression-forms.ts";
import type { xlsFormRules } from "./xlsform-rules.ts";
import type { TestFormSheets } from "./xlsform-test-workbook.ts";

export interface BrokenForm {
  readonly rule: keyof typeof xlsFormRules;
  readonly title: string;
  readonly sheets: TestFormSheets | Uint8Array;
  readonly expected: readonly string[];
  /** Words the first finding of the rule must contain in its message. */
  readonly message?: string;
  /** Options of `readXlsForm` (a record vocabulary); none by default. */
  readonly options?: XlsFormReadOptions;
}

export const brokenForms: readonly BrokenForm[] = [
  {
    rule: "xlsform/xls-file",
    title: "a legacy .xls (an OLE compound file)",
    sheets: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    expected: ["error xlsform/xls-file"],
    message: "legacy Excel 97–2003 .xls",
  },
  {
    rule: "xlsform/missing-survey-sheet",
    title: "a workbook whose questions are on a sheet of another name",
    sheets: { other: { questions: [["type", "name", "label"], text] } },
    expected: ["error xlsform/missing-survey-sheet"],
    message: 'its sheets: "questions"',
  },
  {
    rule: "xlsform/missing-column",
    title: "a survey sheet without a name column",
    sheets: {
      survey: [
        ["type", "label"],
        ["text", "A"],
      ],
    },
    expected: ["error xlsform/missing-column survey!1"],
    message: "no name column",
  },
  {
    rule: "xlsform/missing-column",
    title: "a choices sheet without list_name: its choices cannot be read, so the select's list is unknown",
    sheets: {
      survey: [
        ["type", "name", "label"],
        ["select_one yn", "s", "S"],
      ],
      choices: [
        ["list", "name", "label"],
        ["yn", "yes", "Yes"],
      ],
    },
    expected: ["error xlsform/unknown-list survey!A2 (type)", "error xlsform/missing-column choices!1"],
    message: "the choices sheet has no list_name column",
  },
  {
    rule: "xlsform/duplicate-column",
    title: "two label columns of the same language",
    sheets: {
      survey: [
        ["type", "name", "label", "label"],
        ["text", "a", "A", "B"],
      ],
    },
    expected: ["error xlsform/duplicate-column survey!D1 (label)"],
    message: "repeats column C",
  },
  {
    rule: "xlsform/unknown-column",
    title: "a misspelt relevant column",
    sheets: {
      survey: [
        ["type", "name", "label", "relevent"],
        ["text", "a", "A", "1 = 1"],
      ],
    },
    expected: ["warning xlsform/unknown-column survey!D1 (relevent)"],
    message: 'did you mean "relevant"?',
  },
  {
    rule: "xlsform/unsupported-column",
    title: "a guidance_hint column",
    sheets: {
      survey: [
        ["type", "name", "label", "guidance_hint"],
        ["text", "a", "A", "Ask slowly"],
      ],
    },
    expected: ["warning xlsform/unsupported-column survey!D1 (guidance_hint)"],
  },
  {
    rule: "xlsform/empty-survey",
    title: "a survey sheet with a header only",
    sheets: { survey: [["type", "name", "label"]] },
    expected: ["error xlsform/empty-survey survey"],
  },
  {
    rule: "xlsform/missing-type",
    title: "a row with a name and a label but no type",
    sheets: { survey: [["type", "name", "label"], text, [null, "b", "B"]] },
    expected: ["error xlsform/missing-type survey!A3 (type)"],
  },
  {
    rule: "xlsform/unknown-type",
    title: "a misspelt type",
    sheets: { survey: [["type", "name", "label"], ["integr", "age", "Age"], text] },
    expected: ["error xlsform/unknown-type survey!A2 (type)"],
    message: 'did you mean "integer"?',
  },
  {
    rule: "xlsform/unsupported-type",
    title: "a range question",
    sheets: { survey: [["type", "name", "label"], ["range", "score", "Score"], text] },
    expected: ["error xlsform/unsupported-type survey!A2 (type)"],
  },
  {
    rule: "xlsform/metadata-type",
    title: "a start metadata row",
    sheets: { survey: [["type", "name", "label"], ["start", "started"], text] },
    expected: ["warning xlsform/metadata-type survey!A2 (type)"],
  },
  {
    rule: "xlsform/stray-space",
    title: "a doubled space and a trailing one in type cells, and a trailing one in an appearance",
    sheets: {
      survey: [
        ["type", "name", "label", "appearance"],
        ["select_one  yn", "s", "S"],
        ["text ", "t", "T"],
        ["select_one yn", "m", "M", "minimal "],
      ],
      choices: yesNo,
    },
    expected: [
      "warning xlsform/stray-space survey!A2 (type)",
      "warning xlsform/stray-space survey!A3 (type)",
      "warning xlsform/stray-space survey!D4 (appearance)",
    ],
    message: 'read as "select_one yn"',
  },
  {
    rule: "xlsform/unmatched-begin",
    title: "a group that is never ended",
    sheets: { survey: [["type", "name", "label"], ["begin group", "g", "G"], text] },
    expected: ["error xlsform/unmatched-begin survey!A2 (type)"],
  },
  {
    rule: "xlsform/unmatched-end",
    title: "an end group with no group, and one that would close a repeat",
    sheets: {
      survey: [
        ["type", "name", "label"],
        text,
        ["end group"],
        ["begin repeat", "r", "R"],
        ["text", "b", "B"],
        ["end group"],
        ["end repeat"],
      ],
    },
    expected: [
      "error xlsform/unmatched-end survey!A3 (type)",
      "error xlsform/unmatched-end survey!A6 (type)",
    ],
    message: "end group closes no begin group",
  },
  {
    rule: "xlsform/column-not-applicable",
    title: "required on a note, repeat_count on a group, choice_filter on a text question",
    sheets: {
      survey: [
        ["type", "name", "label", "required", "repeat_count", "choice_filter"],
        ["note", "n", "N", "yes"],
        ["begin group", "g", "G", null, "3"],
        ["text", "a", "A", null, null, "x = 1"],
        ["end group"],
      ],
    },
    expected: [
      "error xlsform/column-not-applicable survey!D2 (required)",
      "error xlsform/column-not-applicable survey!E3 (repeat_count)",
      "error xlsform/column-not-applicable survey!F4 (choice_filter)",
    ],
    message: "required has no meaning on a note row",
  },
  {
    rule: "xlsform/missing-name",
    title: "a question and a choice without names",
    sheets: {
      survey: [["type", "name", "label"], ["select_one yn", null, "S"], text],
      choices: [...yesNo, ["yn", null, "Maybe"]],
    },
    expected: ["error xlsform/missing-name survey!B2 (name)", "error xlsform/missing-name choices!B4 (name)"],
  },
  {
    rule: "xlsform/invalid-name",
    title: "names with a space or a leading digit, a choice name with a space, a form_id with a space",
    sheets: {
      survey: [
        ["type", "name", "label"],
        ["text", "first name", "A"],
        ["select_one yn", "1st", "B"],
      ],
      choices: [...yesNo, ["yn", "not sure", "Not sure"]],
      settings: [["form_id"], ["my form"]],
    },
    expected: [
      "error xlsform/invalid-name survey!B2 (name)",
      "error xlsform/invalid-name survey!B3 (name)",
      "error xlsform/invalid-name choices!B4 (name)",
      "error xlsform/invalid-name settings!A2 (form_id)",
    ],
  },
  {
    rule: "xlsform/duplicate-name",
    title: "a name used again inside a group",
    sheets: {
      survey: [
        ["type", "name", "label"],
        text,
        ["begin group", "g", "G"],
        ["integer", "a", "B"],
        ["end group"],
      ],
    },
    expected: ["error xlsform/duplicate-name survey!B4 (name)"],
    message: "already used on row 2",
  },
  {
    rule: "xlsform/missing-label",
    title: "a question and a choice without labels",
    sheets: {
      survey: [["type", "name", "label"], ["select_one yn", "s"], text],
      choices: [...yesNo, ["yn", "maybe"]],
    },
    expected: [
      "error xlsform/missing-label survey!C2 (label)",
      "error xlsform/missing-label choices!C4 (label)",
    ],
  },
  {
    rule: "xlsform/missing-calculation",
    title: "a calculate row with nothing to calculate",
    sheets: { survey: [["type", "name", "label", "calculation"], ["calculate", "total"], text] },
    expected: ["error xlsform/missing-calculation survey!D2 (calculation)"],
  },
  ...brokenChoiceForms,
  ...brokenExpressionForms,
  {
    rule: "xlsform/unsupported-appearance",
    title: "likert on a text question and an appearance the web form does not render",
    sheets: {
      survey: [
        ["type", "name", "label", "appearance"],
        ["text", "a", "A", "likert"],
        ["select_one yn", "s", "S", "minimal quick"],
      ],
      choices: yesNo,
    },
    expected: [
      "warning xlsform/unsupported-appearance survey!D2 (appearance)",
      "warning xlsform/unsupported-appearance survey!D3 (appearance)",
    ],
  },
  {
    rule: "xlsform/missing-translation",
    title: "a label, a hint and a choice label given in English only",
    sheets: {
      survey: [
        ["type", "name", "label::English (en)", "label::Русский (ru)", "hint::English (en)"],
        ["select_one yn", "s", "Sure?", "Уверены?", "Think twice"],
        ["text", "why", "Why?"],
      ],
      choices: [
        ["list_name", "name", "label::English (en)", "label::Русский (ru)"],
        ["yn", "yes", "Yes", "Да"],
        ["yn", "no", "No"],
      ],
    },
    expected: [
      "warning xlsform/missing-translation survey!E2 (hint::English (en))",
      "warning xlsform/missing-translation survey!D3 (label::Русский (ru))",
      "warning xlsform/missing-translation choices!D3 (label::Русский (ru))",
    ],
    message:
      "hint has no Русский (ru) text (given in English (en)); the sheet has no hint::Русский (ru) column",
  },
  {
    rule: "xlsform/unknown-default-language",
    title: "a default_language no column uses",
    sheets: {
      survey: [
        ["type", "name", "label::English (en)", "label::Русский (ru)"],
        ["text", "a", "A", "А"],
      ],
      settings: [["default_language"], ["Français (fr)"]],
    },
    expected: ["warning xlsform/unknown-default-language settings!A2 (default_language)"],
  },
  {
    rule: "xlsform/version-is-date",
    title: "a version typed as 2026-12-01, which Excel stored as the date serial 46357",
    sheets: {
      survey: [["type", "name", "label"], text],
      settings: [["version"], [{ number: "46357", dateFormat: true }]],
    },
    expected: ["error xlsform/version-is-date settings!A2 (version)"],
    message: "2026-12-01, stored as serial 46357",
  },
  {
    rule: "xlsform/version-is-date",
    title: "a version 20261201 in a date-formatted cell (no calendar date, shown as ####)",
    sheets: {
      survey: [["type", "name", "label"], text],
      settings: [["version"], [{ number: "20261201", dateFormat: true }]],
    },
    expected: ["warning xlsx/bad-date settings!A2", "error xlsform/version-is-date settings!A2 (version)"],
    message: "serial 20261201 shown as mm-dd-yy",
  },
  {
    rule: "xlsform/unknown-atlas-column",
    title: "a bind::atlas: column Circular Atlas does not map",
    sheets: {
      survey: [
        ["type", "name", "label", "bind::atlas:indicator"],
        ["decimal", "x", "X", "EN_X"],
      ],
    },
    expected: ["warning xlsform/unknown-atlas-column survey!D1 (bind::atlas:indicator)"],
  },
  ...brokenAtlasForms,
];
