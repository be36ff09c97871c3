/**
 * SDMX-CSV writing: the UN SDG 1.0 shape (every dimension filled, `_T` for totals, mandatory
 * attributes), 2.0 with actions and partial keys, and `parse(write(x))` giving back `x` — for
 * hand-made cases and, with fast-check, for arbitrary observations; arbitrary text and bytes
 * never make the reader throw.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { parseSdmxCsv } from "./sdmx-csv-reader.ts";
import { toSdmxCsv } from "./sdmx-csv-writer.ts";
import type { SdmxObservation } from "./sdmx-observation.ts";
import { type SdmxStructureRef, unSdgStructure } from "./sdmx-structure.ts";

const dataflow: SdmxStructureRef = {
  kind: "dataflow",
  agency: "IAEG-SDGs",
  id: "DF_SDG_GLH",
  version: "1.24",
};

const observation = (overrides: Partial<SdmxObservation> = {}): SdmxObservation => ({
  line: 2,
  action: "information",
  structure: dataflow,
  kind: "observation",
  dimensions: { FREQ: "A", REPORTING_TYPE: "N", SERIES: "EN_MWT_RCYV", REF_AREA: "398" },
  timePeriod: "2021",
  value: "7.40",
  attributes: { OBS_STATUS: "A", UNIT_MULT: "0", UNIT_MEASURE: "PT" },
  ...overrides,
});

/** What reading gives back: the observation with every breakdown the writer filled as `_T`. */
function withTotals(source: SdmxObservation, line: number): SdmxObservation {
  const dimensions = Object.fromEntries(
    unSdgStructure.dimensions.map((id) => [id, source.dimensions[id] ?? "_T"]),
  );
  return { ...source, line, dimensions };
}

describe("SDMX-CSV 1.0 in the UN SDG global-database shape", () => {
  it("fills every breakdown with _T, keeps decimals as written, and reads back", () => {
    const rows = [
      observation(),
      observation({
        timePeriod: "2022",
        value: null,
        missingMarker: "NaN",
        dimensions: { ...observation().dimensions, SEX: "F" },
      }),
    ];
    const written = toSdmxCsv(rows, {
      version: "1.0",
      structure: unSdgStructure,
      dataflow,
    });
    expect(written.diagnostics).toEqual([]);
    const [header, first] = written.text.split("\n");
    expect(header?.startsWith("DATAFLOW,FREQ,REPORTING_TYPE,SERIES,REF_AREA,SEX,AGE,")).toBe(true);
    expect(first).toBe(
      "IAEG-SDGs:DF_SDG_GLH(1.24),A,N,EN_MWT_RCYV,398,_T,_T,_T,_T,_T,_T,_T,_T,_T,_T,_T,2021,7.40,A,0,PT,,,,,,,,,,,,,",
    );
    const read = parseSdmxCsv(written.text);
    expect(read.diagnostics).toEqual([]);
    expect(read.observations).toEqual(rows.map((row, index) => withTotals(row, index + 2)));
  });

  it("reports rows lacking an identifying dimension or a mandatory attribute, and writes the rest", () => {
    const lacking = observation({ dimensions: { FREQ: "A", REPORTING_TYPE: "N", SERIES: "EN_MWT_RCYV" } });
    const noUnit = observation({ attributes: { OBS_STATUS: "A", UNIT_MULT: "0" } });
    const written = toSdmxCsv([observation(), lacking, noUnit], {
      version: "1.0",
      structure: unSdgStructure,
      dataflow,
      requireMandatoryAttributes: true,
    });
    expect(written.written).toBe(1);
    expect(written.diagnostics.map((d) => [d.code, d.row, d.message])).toEqual([
      ["sdmx-csv/missing-dimension", 2, "the observation has no REF_AREA, which the structure needs"],
      ["sdmx-csv/missing-attribute", 3, "the observation has no UNIT_MEASURE, mandatory in the structure"],
    ]);
  });
});

describe("SDMX-CSV 2.0", () => {
  it("writes actions, partial keys and deletions, quoting what must be quoted, and reads them back", () => {
    const rows: SdmxObservation[] = [
      observation({
        action: "replace",
        attributes: { ...observation().attributes, COMMENT_OBS: 'Estimate, "provisional"\nsecond line' },
      }),
      observation({
        kind: "partial",
        timePeriod: null,
        value: null,
        dimensions: { SERIES: "EN_MWT_RCYV" },
        attributes: { COMMENT_TS: "Series note" },
      }),
      observation({
        action: "delete",
        kind: "partial",
        timePeriod: null,
        value: null,
        dimensions: { REF_AREA: "417" },
        attributes: {},
      }),
    ];
    const written = toSdmxCsv(rows, { version: "2.0", structure: unSdgStructure, dataflow });
    expect(written.diagnostics).toEqual([]);
    expect(
      written.text
        .split("\n")[1]
        ?.startsWith("dataflow,IAEG-SDGs:DF_SDG_GLH(1.24),R,A,N,EN_MWT_RCYV,398,_T,"),
    ).toBe(true);
    const read = parseSdmxCsv(written.text);
    expect(read.diagnostics).toEqual([]);
    // The first row's quoted comment spans two lines, so the next rows start one line later.
    expect(read.observations).toEqual([
      withTotals(rows[0] as SdmxObservation, 2),
      { ...rows[1], line: 4 },
      { ...rows[2], line: 5 },
    ]);
  });

  it("refuses to write deletions and partial keys as 1.0", () => {
    const written = toSdmxCsv([observation({ action: "delete" })], {
      version: "1.0",
      structure: unSdgStructure,
      dataflow,
    });
    expect(written.diagnostics[0]?.code).toBe("sdmx-csv/not-writable");
  });
});

const code = fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,7}$/);
const decimal = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
  fc
    .tuple(fc.integer({ min: 0, max: 99_999 }), fc.stringMatching(/^\d{1,6}$/))
    .map(([whole, fraction]) => `${whole}.${fraction}`),
);
const freeText = fc.string({ maxLength: 30, unit: "grapheme" });
const arbitraryObservation = fc.record({
  area: fc.constantFrom("4", "31", "364", "398", "417", "586", "762", "792", "795", "860"),
  series: code,
  sex: fc.option(fc.constantFrom("F", "M"), { nil: undefined }),
  period: fc.constantFrom("2015", "2020-Q3", "2021-M07", "2019-01-31", "2020-01-01/P1Y"),
  value: fc.option(decimal, { nil: null }),
  status: fc.constantFrom("A", "E", "P"),
  comment: fc.option(
    freeText.filter((text) => text !== ""),
    { nil: undefined },
  ),
  action: fc.constantFrom("information", "append", "merge", "replace"),
});

describe("SDMX-CSV properties", () => {
  test.prop([fc.array(arbitraryObservation, { maxLength: 20 }), fc.constantFrom("1.0", "2.0")])(
    "parse(write(x)) is x for any observations with distinct keys",
    (drawn, version) => {
      const seen = new Set<string>();
      const rows = drawn
        .filter((row) => {
          const key = `${row.area}|${row.series}|${row.sex}|${row.period}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        })
        .map(
          (row, index): SdmxObservation => ({
            line: index + 2,
            action: version === "1.0" ? "information" : (row.action as SdmxObservation["action"]),
            structure: dataflow,
            kind: "observation",
            dimensions: {
              FREQ: "A",
              REPORTING_TYPE: "N",
              SERIES: row.series,
              REF_AREA: row.area,
              ...(row.sex === undefined ? {} : { SEX: row.sex }),
            },
            timePeriod: row.period,
            value: row.value,
            ...(row.value === null ? { missingMarker: "NaN" } : {}),
            attributes: {
              OBS_STATUS: row.status,
              ...(row.comment === undefined ? {} : { COMMENT_OBS: row.comment }),
            },
          }),
        );
      const written = toSdmxCsv(rows, {
        version: version as "1.0" | "2.0",
        structure: unSdgStructure,
        dataflow,
      });
      expect(written.diagnostics).toEqual([]);
      const read = parseSdmxCsv(written.text);
      expect(read.diagnostics).toEqual([]);
      // Lines move when a quoted comment holds line breaks; compare without them.
      const strip = ({ line: _line, ...rest }: SdmxObservation) => rest;
      expect(read.observations.map(strip)).toEqual(rows.map((row) => strip(withTotals(row, 0))));
    },
  );

  test.prop([fc.string({ maxLength: 400 })])(
    "any text gives rows or diagnostics, never an exception",
    (text) => {
      const result = parseSdmxCsv(text);
      expect(Array.isArray(result.diagnostics)).toBe(true);
    },
  );

  test.prop([fc.uint8Array({ maxLength: 400 })])(
    "any bytes give rows or diagnostics, never an exception",
    (bytes) => {
      const result = parseSdmxCsv(bytes);
      expect(Array.isArray(result.observations)).toBe(true);
    },
  );

  test.prop([
    fc.array(
      fc.constantFrom(
        "STRUCTURE",
        "DATAFLOW",
        "STRUCTURE_ID",
        "ACTION",
        "TIME_PERIOD",
        "OBS_VALUE",
        "REF_AREA",
        ",",
        ";",
        "\n",
        '"',
        "D",
        "-",
        ":",
        "NaN",
        "dataflow",
        "X:Y(1)",
      ),
      { maxLength: 60 },
    ),
  ])("header-like fragments in any order never make it throw", (parts) => {
    const result = parseSdmxCsv(parts.join(""));
    expect(
      result.observations.length + result.diagnostics.length + result.rejectedRows,
    ).toBeGreaterThanOrEqual(0);
  });

  it("keeps each row's own structure reference when one is given", () => {
    const other: SdmxStructureRef = { kind: "dataprovision", agency: "KG_NSC", id: "DPA_SDG", version: null };
    const written = toSdmxCsv([observation({ structure: other })], {
      version: "2.0",
      structure: unSdgStructure,
      dataflow,
    });
    expect(parseSdmxCsv(written.text).observations[0]?.structure).toEqual(other);
  });
});
