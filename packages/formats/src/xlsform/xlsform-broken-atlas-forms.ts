/**
 * Test support: the broken workbooks of the `bind::atlas:*` mapping, with the exact findings
 * worked out by hand. `testRecords` is a small record vocabulary written here, standing in for
 * the contracts' (which `formats` may not import).
 */
import type { BrokenForm } from "./xlsform-broken-forms.ts";
import type { XlsFormRecordVocabulary } from "./xlsform-lint-options.ts";

/** Two record types; every type has texts.title, year and countries, a policy its policyKind. */
export const testRecords: XlsFormRecordVocabulary = {
  types: ["policy", "priority"],
  isField: (type, path) =>
    ["texts.title", "year", "countries"].includes(path) ||
    (type === "policy" && path === "details.policyKind"),
};

export const brokenAtlasForms: readonly BrokenForm[] = [
  {
    rule: "xlsform/atlas-series-code",
    title: "a series code with a space",
    sheets: {
      survey: [
        ["type", "name", "label", "bind::atlas:series"],
        ["decimal", "x", "X", "EN MAT"],
      ],
    },
    expected: ["error xlsform/atlas-series-code survey!D2 (bind::atlas:series)"],
  },
  {
    rule: "xlsform/atlas-record-type",
    title: "a repeat of a type the vocabulary lacks, and one that is both records and a series",
    options: { records: testRecords },
    sheets: {
      survey: [
        ["type", "name", "label", "bind::atlas:record", "bind::atlas:series", "bind::atlas:field"],
        ["begin repeat", "laws", "Laws", "law"],
        ["text", "law_title", "Title"],
        ["end repeat"],
        ["begin repeat", "both", "Both", "policy", "EN_X"],
        ["decimal", "v", "V", null, null, "value"],
        ["end repeat"],
      ],
    },
    expected: [
      "error xlsform/atlas-record-type survey!D2 (bind::atlas:record)",
      "error xlsform/atlas-record-type survey!D5 (bind::atlas:record)",
    ],
    message: '"law" is no record type (policy, priority)',
  },
  {
    rule: "xlsform/atlas-record-type",
    title: "without a vocabulary, a record type that is no lower-case hyphenated word (event is fine)",
    sheets: {
      survey: [
        ["type", "name", "label", "bind::atlas:record"],
        ["begin repeat", "practices", "Practices", "Good practice"],
        ["text", "p", "P"],
        ["end repeat"],
        ["begin repeat", "events", "Events", "event"],
        ["text", "e", "E"],
        ["end repeat"],
      ],
    },
    expected: ["error xlsform/atlas-record-type survey!D2 (bind::atlas:record)"],
    message: "lower-case words joined by hyphens",
  },
  {
    rule: "xlsform/atlas-field",
    title:
      "a form-level field some record type lacks, unknown fields, a field twice, a series repeat without value, a field in an unmapped repeat",
    options: { records: testRecords },
    sheets: {
      survey: [
        ["type", "name", "label", "bind::atlas:series", "bind::atlas:record", "bind::atlas:field"],
        ["text", "country", "Country", null, null, "countries"],
        ["text", "kind", "Kind", null, null, "details.policyKind"],
        ["begin repeat", "policies", "Policies", null, "policy"],
        ["text", "colour", "Colour", null, null, "colour"],
        ["text", "title", "Title", null, null, "texts.title"],
        ["text", "title_again", "Title again", null, null, "texts.title"],
        ["end repeat"],
        ["begin repeat", "priorities", "Priorities", null, "priority"],
        ["text", "priority_kind", "Kind", null, null, "details.policyKind"],
        ["end repeat"],
        ["begin repeat", "waste", "Waste", "EN_WAS_GEN"],
        ["integer", "year", "Year", null, null, "year"],
        ["end repeat"],
        ["begin repeat", "notes", "Notes"],
        ["text", "note_title", "Title", null, null, "texts.title"],
        ["end repeat"],
      ],
    },
    expected: [
      "error xlsform/atlas-field survey!F3 (bind::atlas:field)",
      "error xlsform/atlas-field survey!F5 (bind::atlas:field)",
      "error xlsform/atlas-field survey!F7 (bind::atlas:field)",
      "error xlsform/atlas-field survey!F10 (bind::atlas:field)",
      "error xlsform/atlas-field survey!D12 (bind::atlas:series)",
      "error xlsform/atlas-field survey!F16 (bind::atlas:field)",
    ],
    message: '"details.policyKind" is no field of a priority record',
  },
  {
    rule: "xlsform/atlas-field",
    title: "without a vocabulary, a path that is no dotted name (any dotted path is taken)",
    sheets: {
      survey: [
        ["type", "name", "label", "bind::atlas:record", "bind::atlas:field"],
        ["begin repeat", "policies", "Policies", "policy"],
        ["text", "t", "T", null, "texts..title"],
        ["text", "s", "S", null, "details.anything"],
        ["end repeat"],
      ],
    },
    expected: ["error xlsform/atlas-field survey!E3 (bind::atlas:field)"],
    message: '"texts..title" is no field path',
  },
  {
    rule: "xlsform/atlas-field",
    title: "a form-level field in a form without record repeats",
    sheets: {
      survey: [
        ["type", "name", "label", "bind::atlas:field"],
        ["text", "country", "Country", "countries"],
      ],
    },
    expected: ["error xlsform/atlas-field survey!D2 (bind::atlas:field)"],
    message: "no repeat of this form has bind::atlas:record",
  },
  {
    rule: "xlsform/atlas-dimension",
    title:
      "a lower-case dimension id, a fixed breakdown feeding no series, breakdowns split by a space, a dimension twice",
    sheets: {
      survey: [
        ["type", "name", "label", "bind::atlas:series", "bind::atlas:dimension", "bind::atlas:field"],
        ["begin repeat", "waste", "Waste", "EN_WAS_GEN"],
        ["text", "stream", "Stream", null, "type_of_waste"],
        ["decimal", "tonnes", "Tonnes", null, null, "value"],
        ["end repeat"],
        ["decimal", "other", "Other", null, "SEX=F"],
        ["decimal", "spaced", "Spaced", "EN_X", "SEX=F AGE=Y15T24"],
        ["decimal", "twice", "Twice", "EN_X", "SEX=F;SEX=M"],
        ["decimal", "fine", "Fine", "EN_X", "AGE=Y15T24;SEX=F"],
      ],
    },
    expected: [
      "error xlsform/atlas-dimension survey!E3 (bind::atlas:dimension)",
      "error xlsform/atlas-dimension survey!E6 (bind::atlas:dimension)",
      "error xlsform/atlas-dimension survey!E7 (bind::atlas:dimension)",
      "error xlsform/atlas-dimension survey!E8 (bind::atlas:dimension)",
    ],
  },
  {
    rule: "xlsform/atlas-unit",
    title: "a unit code in lower case, and a unit on a question that feeds no series",
    sheets: {
      survey: [
        ["type", "name", "label", "bind::atlas:series", "bind::atlas:unit"],
        ["decimal", "a", "A", "EN_X", "T"],
        ["decimal", "b", "B", "EN_X", "kg"],
        ["decimal", "c", "C", null, "T"],
      ],
    },
    expected: [
      "error xlsform/atlas-unit survey!E3 (bind::atlas:unit)",
      "error xlsform/atlas-unit survey!E4 (bind::atlas:unit)",
    ],
    message: '"kg" is no unit code',
  },
  {
    rule: "xlsform/atlas-period",
    title: "a period naming a text question, naming nothing, and beside no series",
    sheets: {
      survey: [
        ["type", "name", "label", "bind::atlas:series", "bind::atlas:period"],
        ["integer", "a_year", "Year"],
        ["decimal", "a", "A", "EN_X", "a_year"],
        ["text", "note_year", "Note year"],
        ["decimal", "b", "B", "EN_X", "note_year"],
        ["decimal", "c", "C", "EN_X", "c_year"],
        ["decimal", "d", "D", null, "a_year"],
      ],
    },
    expected: [
      "error xlsform/atlas-period survey!E5 (bind::atlas:period)",
      "error xlsform/atlas-period survey!E6 (bind::atlas:period)",
      "error xlsform/atlas-period survey!E7 (bind::atlas:period)",
    ],
    message: '"note_year" is a text question; the year comes from an integer question',
  },
  {
    rule: "xlsform/atlas-period",
    title: "a year question in a repeat the value is not in: a top-level value's, and another repeat's",
    sheets: {
      survey: [
        ["type", "name", "label", "bind::atlas:series", "bind::atlas:period"],
        ["begin repeat", "years", "Years"],
        ["integer", "year", "Year"],
        ["end repeat"],
        ["decimal", "total", "Total", "EN_X", "year"],
        ["begin repeat", "regions", "Regions"],
        ["decimal", "regional", "Regional", "EN_X", "year"],
        ["end repeat"],
      ],
    },
    expected: [
      "error xlsform/atlas-period survey!E5 (bind::atlas:period)",
      "error xlsform/atlas-period survey!E7 (bind::atlas:period)",
    ],
    message: '"year" is inside the repeat years, which the value is not in',
  },
  {
    rule: "xlsform/atlas-field",
    title: "a question with a series of its own inside a series repeat",
    sheets: {
      survey: [
        ["type", "name", "label", "bind::atlas:series", "bind::atlas:field"],
        ["begin repeat", "waste", "Waste", "EN_WAS_GEN"],
        ["decimal", "tonnes", "Tonnes", null, "value"],
        ["decimal", "recycled", "Recycled", "EN_WAS_RCY"],
        ["end repeat"],
      ],
    },
    expected: ["error xlsform/atlas-field survey!D4 (bind::atlas:series)"],
    message: "inside the series repeat waste, a question gives a field of its observation",
  },
  {
    rule: "xlsform/atlas-dimension",
    title: "a breakdown question in a repeat with no series values beside it (one with some is fine)",
    sheets: {
      survey: [
        ["type", "name", "label", "bind::atlas:series", "bind::atlas:dimension", "bind::atlas:period"],
        ["begin repeat", "streams", "Streams"],
        ["text", "stream", "Stream", null, "TYPE_OF_WASTE"],
        ["end repeat"],
        ["begin repeat", "by_stream", "By stream"],
        ["integer", "year", "Year"],
        ["text", "stream_code", "Stream", null, "TYPE_OF_WASTE"],
        ["decimal", "tonnes", "Tonnes", "EN_WAS_GEN", null, "year"],
        ["end repeat"],
      ],
    },
    expected: ["error xlsform/atlas-dimension survey!E3 (bind::atlas:dimension)"],
    message: "or in a repeat beside the questions with bind::atlas:series it breaks down",
  },
];
