/**
 * The SDMX-JSON reader on hand-made messages: exact value text, missing values, repeated keys,
 * bad indexes and codes located at their line, dimension groups, Delete data sets, a message's
 * errors, bytes and byte streams; with fast-check, arbitrary text and bytes never make it throw.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { SdmxStructure } from "../sdmx/sdmx-structure.ts";
import { parseSdmxJson, readSdmxJsonStream } from "./sdmx-json-reader.ts";

const structure = `{
  "links": [{ "rel": "dataflow", "urn": "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=IAEG-SDGs:DF_SDG_GLH(1.24)" }],
  "dimensions": {
    "dataSet": [{ "id": "FREQ", "keyPosition": 0, "values": [{ "id": "A" }] }],
    "series": [
      { "id": "SERIES", "keyPosition": 1, "values": [{ "id": "EN_MAT_DOMCMPC" }] },
      { "id": "REF_AREA", "keyPosition": 2, "values": [{ "id": "398" }, { "id": "417" }] }
    ],
    "observation": [
      { "id": "TIME_PERIOD", "keyPosition": 3, "roles": ["TIME_PERIOD"], "values": [{ "id": "2016" }, { "id": "2017" }, { "id": "2017-13" }] }
    ]
  },
  "measures": { "observation": [{ "id": "OBS_VALUE" }] },
  "attributes": {
    "dataSet": [],
    "dimensionGroup": [{ "id": "UNIT_MEASURE", "values": [{ "id": "T_PER_CAP" }] }],
    "series": [{ "id": "COMMENT_TS" }],
    "observation": [
      { "id": "OBS_STATUS", "values": [{ "id": "A" }, { "id": "E" }] },
      { "id": "UNIT_MULT", "values": [{ "id": "0" }, { "id": "3" }] },
      { "id": "COMMENT_OBS" }
    ]
  }
}`;

/** A 2.x message with the structure above and the data sets given as JSON text. */
const message = (dataSets: string, extra = "") =>
  `{\n"meta": { "id": "T1", "prepared": "2026-12-03T10:00:00Z", "sender": { "id": "ECO" } },${extra}\n"data": { "structures": [${structure}],\n"dataSets": ${dataSets} }\n}\n`;

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split("\n").length;

describe("parseSdmxJson", () => {
  it("keeps values as written and missing values missing, never zero", () => {
    const text = message(`[{ "action": "Replace", "series": { "0:0": { "observations": {
      "0": [12345678901234567890.50, 0],
      "1": [1e-7, 1, 1, "revised, \\"provisional\\"\\nsee notes"] } },
      "0:1": { "attributes": ["national estimate"], "observations": { "0": [null, 1], "1": ["NaN"] } } } }]`);
    const result = parseSdmxJson(text);
    expect(result.diagnostics).toEqual([]);
    expect(
      result.observations.map((observation) => [
        observation.dimensions["REF_AREA"],
        observation.timePeriod,
        observation.value,
        observation.missingMarker,
        observation.attributes,
      ]),
    ).toEqual([
      ["398", "2016", "12345678901234567890.50", undefined, { OBS_STATUS: "A" }],
      [
        "398",
        "2017",
        "1e-7",
        undefined,
        { OBS_STATUS: "E", UNIT_MULT: "3", COMMENT_OBS: 'revised, "provisional"\nsee notes' },
      ],
      ["417", "2016", null, "null", { COMMENT_TS: "national estimate", OBS_STATUS: "E" }],
      ["417", "2017", null, "NaN", { COMMENT_TS: "national estimate" }],
    ]);
    expect(result.observations[0]).toMatchObject({
      action: "replace",
      structure: { kind: "dataflow", agency: "IAEG-SDGs", id: "DF_SDG_GLH", version: "1.24" },
      dimensions: { FREQ: "A", SERIES: "EN_MAT_DOMCMPC", REF_AREA: "398" },
    });
  });

  it("applies dimension-group attributes to the observations their partial key matches", () => {
    const text = message(`[{ "dimensionGroupAttributes": { "::1:": [0] },
      "series": { "0:0": { "observations": { "0": [1] } }, "0:1": { "observations": { "0": [2] } } } }]`);
    const result = parseSdmxJson(text);
    expect(result.diagnostics).toEqual([]);
    expect(result.observations.map((observation) => [observation.action, observation.attributes])).toEqual([
      ["merge", {}],
      ["merge", { UNIT_MEASURE: "T_PER_CAP" }],
    ]);
  });

  it("reads both copies of a repeated series key, warns, and rejects a repeated observation", () => {
    const text = message(`[{ "series": {
      "0:0": { "observations": { "0": [1] } },
      "0:0": { "observations": { "1": [2], "0": [3] } } } }]`);
    const result = parseSdmxJson(text);
    expect(result.observations.map((observation) => observation.value)).toEqual(["1", "2"]);
    expect(result.rejectedObservations).toBe(1);
    const first = lineOf(text, '"0:0"');
    const repeatLine = text.split("\n")[first] ?? "";
    expect(result.diagnostics).toEqual([
      {
        code: "sdmx-json/repeated-member",
        severity: "warning",
        message: `the member "0:0" appears again (first at line ${first}, column 7); series and observations are read from both, any other member from the first`,
        row: first + 1,
        column: 7,
      },
      {
        code: "sdmx/duplicate-key",
        severity: "error",
        message: `dataSets[0].series["0:0"].observations["0"]: the same observation (dimensions and TIME_PERIOD) as at line ${first}; a message may hold each key once`,
        row: first + 1,
        column: repeatLine.indexOf('"0": [3]') + 1,
      },
    ]);
  });

  it("locates bad indexes, bad periods and bad values, and leaves those observations out", () => {
    const text = message(`[{ "series": {
      "0:5": { "observations": { "0": [1], "1": [2] } },
      "0:0": { "observations": { "0": [1, 7], "2": [1], "1": [true] } },
      "0:1": { "observations": { "0": ["1,5"], "1": ["01"] } } } }]`);
    const result = parseSdmxJson(text);
    expect(result.rejectedObservations).toBe(6);
    expect(result.observations.map((observation) => observation.value)).toEqual(["01"]);
    expect(
      result.diagnostics.map((diagnostic) => [
        diagnostic.code,
        diagnostic.row,
        diagnostic.columnName,
        diagnostic.message,
      ]),
    ).toEqual([
      [
        "sdmx-json/bad-key",
        lineOf(text, '"0:5"'),
        "REF_AREA",
        'dataSets[0].series["0:5"]: index "5" of the key "0:5" points to no value of REF_AREA (it has 2)',
      ],
      [
        "sdmx-json/bad-attribute",
        lineOf(text, '"0:0"'),
        "OBS_STATUS",
        'dataSets[0].series["0:0"].observations["0"]: OBS_STATUS index 7 points to none of its 2 value(s)',
      ],
      [
        "sdmx/bad-time-period",
        lineOf(text, '"0:0"'),
        "TIME_PERIOD",
        'dataSets[0].series["0:0"].observations["2"]: TIME_PERIOD "2017-13" is not an SDMX period (2023, 2023-Q1, 2023-M01, 2023-01-31, 2020-01-01/P1Y …)',
      ],
      [
        "sdmx/bad-value",
        lineOf(text, '"0:0"'),
        "OBS_VALUE",
        'dataSets[0].series["0:0"].observations["1"]: OBS_VALUE must be a number, a string or null, not a boolean',
      ],
      [
        "sdmx/bad-value",
        lineOf(text, '"0:1"'),
        "OBS_VALUE",
        'dataSets[0].series["0:1"].observations["0"]: value "1,5" uses a decimal comma; use a decimal point',
      ],
      [
        "sdmx/leading-zero",
        lineOf(text, '"0:1"'),
        "OBS_VALUE",
        'dataSets[0].series["0:1"].observations["1"]: value "01" has a leading zero; check it is a measurement and not a code',
      ],
    ]);
  });

  it("checks codes against the codelists of the structure given, case-sensitively", () => {
    const dsd: SdmxStructure = {
      dimensions: ["FREQ", "SERIES", "REF_AREA"],
      timeDimension: "TIME_PERIOD",
      measures: ["OBS_VALUE"],
      attributes: [],
      codelists: { REF_AREA: new Set(["398"]), OBS_STATUS: new Set(["A", "e"]) },
    };
    const text = message(
      `[{ "series": { "0:0": { "observations": { "0": [1, 1] } }, "0:1": { "observations": { "0": [1] } } } }]`,
    );
    const result = parseSdmxJson(text, { structure: dsd });
    expect(result.observations).toEqual([]);
    expect(result.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.columnName])).toEqual([
      ["sdmx/unknown-code", "OBS_STATUS"],
      ["sdmx/unknown-code", "REF_AREA"],
    ]);
  });

  it("reads a Delete data set, where a series without observations deletes the whole series", () => {
    const text = message(
      `[{ "action": "Delete", "series": { "0:1": {}, "0:0": { "observations": { "1": [null] } } } }]`,
    );
    const result = parseSdmxJson(text);
    expect(result.diagnostics).toEqual([]);
    expect(
      result.observations.map((observation) => [
        observation.action,
        observation.kind,
        observation.dimensions["REF_AREA"],
        observation.timePeriod,
      ]),
    ).toEqual([
      ["delete", "partial", "417", null],
      ["delete", "observation", "398", "2017"],
    ]);
  });

  it("reports the message's own errors", () => {
    const result = parseSdmxJson(
      '{"meta": {"id": "E"}, "errors": [{"code": 100, "title": "No results found"}]}',
    );
    expect(result.observations).toEqual([]);
    expect(result.diagnostics).toEqual([
      {
        code: "sdmx-json/message-error",
        severity: "error",
        message: "the message reports error 100 (No results found) instead of data",
        row: 1,
        column: 34,
      },
    ]);
  });

  it.each([
    ["", "sdmx-json/empty", "the file is empty"],
    ["[1]", "sdmx-json/not-a-message", "an SDMX-JSON message is a JSON object, not a array"],
    [
      '{"data": {"dataSets": [{}]}}',
      "sdmx-json/no-structure",
      "the message has data sets but no structure, so its indexes cannot be read (1.0: structure or data.structure; 2.x: data.structures)",
    ],
    [
      '{"data": {"structures": [], "dataSets": [{"structure": 2}]}}',
      "sdmx-json/no-structure",
      "the message has data sets but no structure, so its indexes cannot be read (1.0: structure or data.structure; 2.x: data.structures)",
    ],
    [
      '{"data": {"structures": [{}]',
      "sdmx-json/bad-json",
      'the file is not valid JSON: expected "," or "}" after a member, found the end of the file',
    ],
  ])("refuses %j", (text, code, message) => {
    const result = parseSdmxJson(text);
    expect(result.observations).toEqual([]);
    expect(result.diagnostics[0]).toMatchObject({ code, severity: "error", message });
  });

  it("reads UTF-8 bytes and a stream of chunks cut anywhere as it reads the text", async () => {
    const text = message(
      `[{ "series": { "0:0": { "attributes": ["Ташкент, €"], "observations": { "0": [9.9] } } } }]`,
    );
    const bytes = new TextEncoder().encode(text);
    const expected = parseSdmxJson(text);
    expect(parseSdmxJson(bytes)).toEqual(expected);
    async function* chunks() {
      for (let start = 0; start < bytes.length; start += 7) yield bytes.subarray(start, start + 7);
    }
    expect(await readSdmxJsonStream(chunks())).toEqual(expected);
    expect(expected.observations[0]?.attributes["COMMENT_TS"]).toBe("Ташкент, €");
  });

  it("refuses UTF-16 and bytes that are not UTF-8, naming the byte", () => {
    expect(parseSdmxJson(new Uint8Array([0xff, 0xfe, 0x7b, 0])).diagnostics[0]?.message).toBe(
      "the file is UTF-16; save it as UTF-8 (with or without a byte-order mark)",
    );
    expect(parseSdmxJson(new Uint8Array([0x7b, 0x22, 0xe9, 0x22])).diagnostics[0]?.message).toBe(
      "the file is not UTF-8: byte 3 (0xe9) starts no valid character; save it as UTF-8 (a legacy code page such as Windows-1251 gives this)",
    );
  });

  test.prop([fc.string({ maxLength: 300 })])(
    "never throws on arbitrary text, and refuses what is not JSON",
    (text) => {
      const result = parseSdmxJson(text);
      let json = true;
      try {
        JSON.parse(text);
      } catch {
        json = false;
      }
      if (!json && !text.startsWith("\uFEFF")) {
        expect(result.observations).toEqual([]);
        expect(result.diagnostics[0]?.severity).toBe("error");
      }
    },
  );

  test.prop([fc.uint8Array({ maxLength: 300 })])("never throws on arbitrary bytes", (bytes) => {
    const result = parseSdmxJson(bytes);
    expect(Array.isArray(result.diagnostics)).toBe(true);
  });

  const fragments = [
    '"0:0"',
    '"0"',
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    "null",
    "1.5",
    '"NaN"',
    "0",
    "7",
    '"series"',
    '"observations"',
    '"attributes"',
    '"dataSets"',
    '"data"',
    '"structures"',
    '"dimensions"',
    '"values"',
    '{"id":"A"}',
    '"action"',
    '"Delete"',
  ];
  test.prop([fc.array(fc.constantFrom(...fragments), { maxLength: 60 })])(
    "never throws on SDMX-JSON-like fragments",
    (parts) => {
      const result = parseSdmxJson(
        `{"data": {"structures": [${structure}], "dataSets": [${parts.join("")}]}}`,
      );
      expect(
        result.observations.every((observation) => observation.value !== "0" || parts.includes("0")),
      ).toBe(true);
    },
  );
});
