/**
 * The SDMX-JSON 2.0 writer: the message's shape on a hand-made case (values as their own
 * digits, series attributes on the series unless a series disagrees, free text in place,
 * one data set per action), and `parseSdmxJson(toSdmxJson(x))` giving `x` back, by hand and
 * for arbitrary observations (fast-check).
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { SdmxAction, SdmxObservation } from "../sdmx/sdmx-observation.ts";
import type { SdmxStructure } from "../sdmx/sdmx-structure.ts";
import { parseSdmxJson } from "./sdmx-json-reader.ts";
import { sdmxJson20Schema, toSdmxJson } from "./sdmx-json-writer.ts";

const structure: SdmxStructure = {
  dimensions: ["FREQ", "SERIES", "REF_AREA", "SEX"],
  timeDimension: "TIME_PERIOD",
  measures: ["OBS_VALUE"],
  attributes: [
    { id: "OBS_STATUS", attachment: "observation", mandatory: true, coded: true },
    { id: "UNIT_MULT", attachment: "observation", mandatory: true, coded: true },
    { id: "UNIT_MEASURE", attachment: "series", mandatory: true, coded: true },
    { id: "COMMENT_OBS", attachment: "observation", mandatory: false, coded: false },
    { id: "COMMENT_TS", attachment: "series", mandatory: false, coded: false },
  ],
};

const dataflow = { agency: "IAEG-SDGs", id: "DF_SDG_GLH", version: "1.24" };
const options = {
  structure,
  dataflow,
  header: { id: "ATLAS-1", sender: "ECO", prepared: "2026-12-03T10:00:00Z" },
};

const observation = (
  dimensions: Record<string, string>,
  timePeriod: string,
  value: string | null,
  attributes: Record<string, string> = {},
  action: SdmxAction = "information",
): SdmxObservation => ({
  line: 0,
  action,
  structure: null,
  kind: "observation",
  dimensions: { FREQ: "A", SERIES: "EN_MAT_DOMCMPC", REF_AREA: "398", SEX: "_T", ...dimensions },
  timePeriod,
  value,
  ...(value === null ? { missingMarker: "NaN" } : {}),
  attributes,
});

/** What reading gives back for what was written: no line, the dataflow written as the structure. */
const asRead = (observations: readonly SdmxObservation[]): SdmxObservation[] =>
  observations.map((item) => ({ ...item, line: 0, structure: { kind: "dataflow" as const, ...dataflow } }));

const byKey = (observations: readonly SdmxObservation[]) =>
  [...observations].sort((left, right) =>
    JSON.stringify([left.dimensions, left.timePeriod]).localeCompare(
      JSON.stringify([right.dimensions, right.timePeriod]),
    ),
  );

const handMade = [
  observation({}, "2016", "28.10", { UNIT_MEASURE: "T_PER_CAP", UNIT_MULT: "0", OBS_STATUS: "A" }),
  observation({}, "2017", "27.40", {
    UNIT_MEASURE: "T_PER_CAP",
    UNIT_MULT: "0",
    OBS_STATUS: "E",
    COMMENT_OBS: 'revised, "provisional"\nsee notes',
  }),
  observation({ SEX: "F" }, "2017", "1200.5", {
    UNIT_MEASURE: "T",
    UNIT_MULT: "3",
    OBS_STATUS: "A",
    COMMENT_TS: "women only",
  }),
  observation({ REF_AREA: "417" }, "2017", null, { UNIT_MEASURE: "T_PER_CAP" }),
  observation(
    { REF_AREA: "860" },
    "2020",
    "12345678901234567890",
    { UNIT_MEASURE: "PERSONS", NATURE: "C" },
    "replace",
  ),
];

describe("toSdmxJson", () => {
  it("writes an SDMX-JSON 2.0 message with values as their own digits", () => {
    const written = toSdmxJson(handMade, options);
    expect(written.diagnostics).toEqual([]);
    expect(written.written).toBe(5);
    expect(written.text).toContain('"0": [28.10, 0, 0]');
    expect(written.text).toContain("[12345678901234567890");
    const message = JSON.parse(written.text);
    expect(message.meta).toEqual({
      schema: sdmxJson20Schema,
      id: "ATLAS-1",
      test: false,
      prepared: "2026-12-03T10:00:00Z",
      contentLanguages: ["en"],
      sender: { id: "ECO" },
    });
    const [written0] = message.data.structures;
    expect(written0.links[0].urn).toBe(
      "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=IAEG-SDGs:DF_SDG_GLH(1.24)",
    );
    expect(written0.dimensions.series.map((dimension: { id: string }) => dimension.id)).toEqual([
      "FREQ",
      "SERIES",
      "REF_AREA",
      "SEX",
    ]);
    expect(written0.dimensions.observation[0].values).toEqual([
      { id: "2016" },
      { id: "2017" },
      { id: "2020" },
    ]);
    // UNIT_MEASURE holds one value per series, so it stays on the series; the free texts go in place.
    expect(written0.attributes.series.map((attribute: { id: string }) => attribute.id)).toEqual([
      "UNIT_MEASURE",
      "COMMENT_TS",
    ]);
    expect(
      written0.attributes.observation.map((attribute: { id: string; values?: unknown }) => [
        attribute.id,
        attribute.values !== undefined,
      ]),
    ).toEqual([
      ["OBS_STATUS", true],
      ["UNIT_MULT", true],
      ["COMMENT_OBS", false],
      ["NATURE", false],
    ]);
    expect(message.data.dataSets.map((dataSet: { action: string }) => dataSet.action)).toEqual([
      "Information",
      "Replace",
    ]);
    expect(message.data.dataSets[0].series["0:0:1:0"]).toEqual({
      attributes: [0],
      observations: { "1": ["NaN"] },
    });
  });

  it("reads back what it writes: breakdowns, attributes, unit multipliers, status, comments, missing values", () => {
    const read = parseSdmxJson(toSdmxJson(handMade, options).text);
    expect(read.diagnostics).toEqual([]);
    expect(byKey(read.observations.map((item) => ({ ...item, line: 0 })))).toEqual(byKey(asRead(handMade)));
  });

  it("moves a series attribute to the observations when a series has two values for it", () => {
    const mixed = [
      observation({}, "2016", "1", { UNIT_MEASURE: "T" }),
      observation({}, "2017", "2", { UNIT_MEASURE: "KG" }),
    ];
    const written = toSdmxJson(mixed, options);
    expect(JSON.parse(written.text).data.structures[0].attributes.observation[0].id).toBe("UNIT_MEASURE");
    expect(byKey(parseSdmxJson(written.text).observations.map((item) => ({ ...item, line: 0 })))).toEqual(
      byKey(asRead(mixed)),
    );
  });

  it("reports what it cannot write: partial keys, absent dimensions, a key given twice", () => {
    const { SEX: _, ...withoutSex } = handMade[0]?.dimensions ?? {};
    const written = toSdmxJson(
      [
        { ...observation({}, "2016", "1"), kind: "partial", timePeriod: null },
        { ...observation({}, "2016", "1"), dimensions: withoutSex },
        observation({}, "2016", "1"),
        observation({}, "2016", "2"),
      ],
      options,
    );
    expect(written.written).toBe(1);
    expect(written.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.row])).toEqual([
      ["sdmx-json/not-writable", 1],
      ["sdmx-json/missing-dimension", 2],
      ["sdmx-json/duplicate-key", 2],
    ]);
  });

  const code = fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,6}$/);
  const text = fc.string({ maxLength: 20 });
  const decimal = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
    fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
    fc.tuple(fc.nat(), fc.stringMatching(/^\d{1,4}$/)).map(([whole, fraction]) => `${whole}.${fraction}`),
    fc.constantFrom("+1.5", ".5", "5.", "007", "1e-7", "-0.0"),
  );
  test.prop([
    fc.uniqueArray(
      fc.record({
        sex: fc.constantFrom("_T", "F", "M"),
        area: fc.constantFrom("398", "417", "762", "KZ"),
        series: code,
        year: fc.integer({ min: 1990, max: 2030 }),
        value: fc.option(decimal, { nil: null }),
        marker: fc.constantFrom("NaN", "#N/A", ":", "", "null"),
        action: fc.constantFrom<SdmxAction>("information", "merge", "replace", "append"),
        status: fc.option(fc.constantFrom("A", "E", "P"), { nil: undefined }),
        mult: fc.option(fc.constantFrom("0", "3", "6"), { nil: undefined }),
        unit: fc.option(code, { nil: undefined }),
        comment: fc.option(text, { nil: undefined }),
        seriesComment: fc.option(text, { nil: undefined }),
      }),
      { maxLength: 25, selector: (row) => `${row.sex}|${row.area}|${row.series}|${row.year}` },
    ),
  ])("reads back arbitrary observations", (rows) => {
    const observations = rows.map((row): SdmxObservation => {
      const attributes = Object.fromEntries(
        Object.entries({
          OBS_STATUS: row.status,
          UNIT_MULT: row.mult,
          UNIT_MEASURE: row.unit,
          COMMENT_OBS: row.comment,
          COMMENT_TS: row.seriesComment,
        }).filter((entry): entry is [string, string] => entry[1] !== undefined),
      );
      return {
        ...observation(
          { SEX: row.sex, REF_AREA: row.area, SERIES: row.series },
          String(row.year),
          row.value,
          attributes,
          row.action,
        ),
        ...(row.value === null ? { missingMarker: row.marker } : {}),
      };
    });
    const written = toSdmxJson(observations, options);
    expect(written.diagnostics).toEqual([]);
    const read = parseSdmxJson(written.text);
    expect(read.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    expect(byKey(read.observations.map((item) => ({ ...item, line: 0 })))).toEqual(
      byKey(asRead(observations)),
    );
  });
});
