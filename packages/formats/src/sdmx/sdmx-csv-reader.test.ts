/**
 * SDMX-CSV reading. The 2.0 fixtures are the examples of the SDMX-CSV 2.0 data-message field
 * guide (sdmx-twg/sdmx-csv, docs/data_message_field_guide.md, "Examples"), re-typed; their
 * structure (DIM_1, DIM_2, time DIM_3, OBS_VALUE, ATTR_1–3) is the one the examples imply. The
 * 1.0 headers are the UN SDG global dataflow's and Eurostat's, as the observatory spec records
 * them (../shared/specs/observatory.md §2.2); their values are made up for the test.
 */
import { describe, expect, it } from "vitest";
import { parseSdmxCsv, readSdmxCsvStream, SdmxCsvReader } from "./sdmx-csv-reader.ts";
import type { SdmxStructure } from "./sdmx-structure.ts";

const guideStructure: SdmxStructure = {
  dimensions: ["DIM_1", "DIM_2"],
  timeDimension: "DIM_3",
  measures: ["OBS_VALUE"],
  attributes: [
    { id: "ATTR_1", attachment: "observation", mandatory: false, coded: true },
    { id: "ATTR_2", attachment: "observation", mandatory: false, coded: true },
    { id: "ATTR_3", attachment: "observation", mandatory: false, coded: false },
  ],
};

const lines = (...rows: string[]) => `${rows.join("\n")}\n`;
const errors = (result: ReturnType<typeof parseSdmxCsv>) =>
  result.diagnostics.filter((diagnostic) => diagnostic.severity === "error");

describe("SDMX-CSV 2.0, the field guide's examples", () => {
  it("reads the ordinary case, keeping the custom column and quoted commas", () => {
    const result = parseSdmxCsv(
      lines(
        "STRUCTURE,STRUCTURE_ID,ACTION,DIM_1,DIM_2,DIM_3,OBS_VALUE,ATTR_2,ATTR_3,ATTR_1,UPDATED",
        'dataflow,ESTAT:NA_MAIN(1.6.0),I,A,B,2014-01,12.4,Y,"Normal, special and other values",N,2021-01-22T13:15:41Z',
        'dataflow,ESTAT:NA_MAIN(1.6.0),I,A,B,2014-02,10.8,Y,"Normal, special and other values",Y,2021-01-22T13:15:41Z',
      ),
      { structure: guideStructure },
    );
    expect(errors(result)).toEqual([]);
    expect(result.layout?.version).toBe("2.0");
    expect(result.observations).toEqual([
      {
        line: 2,
        action: "information",
        structure: { kind: "dataflow", agency: "ESTAT", id: "NA_MAIN", version: "1.6.0" },
        kind: "observation",
        dimensions: { DIM_1: "A", DIM_2: "B" },
        timePeriod: "2014-01",
        value: "12.4",
        attributes: { ATTR_2: "Y", ATTR_3: "Normal, special and other values", ATTR_1: "N" },
        custom: { UPDATED: "2021-01-22T13:15:41Z" },
      },
      expect.objectContaining({
        line: 3,
        value: "10.8",
        attributes: expect.objectContaining({ ATTR_1: "Y" }),
      }),
    ]);
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["sdmx-csv/unknown-columns"]);
  });

  const localised = lines(
    "STRUCTURE[|];STRUCTURE_ID;ACTION;SERIES_KEY;OBS_KEY;DIM_1: Dimension 1;DIM_2: Dimension 2;DIM_3: Dimension 3;OBS_VALUE: Observation value;ATTR_2: Attribut 2;ATTR_3: Attribut 3;ATTR_1: Attribut 1",
    "dataflow;ESTAT:NA_MAIN(1.6.0): Principaux agrégats des comptes nationaux;I;A.B;A.B.2014-01;A: Value A;B: Value B;2014-01: 2014-01;12,4;Y: Oui;Normal, special and other values;N: Non",
    "dataflow;ESTAT:NA_MAIN(1.6.0): Principaux agrégats des comptes nationaux;I;A.B;A.B.2014-02;A: Value A;B: Value B;2014-02: 2014-02;10,8;Y: Oui;Normal, special and other values;Y: Oui",
  );

  it("reads labels=both with ';' separators and keys, taking codes before ': ', and a declared decimal comma", () => {
    const result = parseSdmxCsv(localised, { structure: guideStructure, decimalComma: true });
    expect(errors(result)).toEqual([]);
    expect(result.layout).toMatchObject({ delimiter: ";", labels: "both", subFieldSeparator: "|" });
    expect(result.observations.map((o) => [o.dimensions, o.timePeriod, o.value, o.attributes])).toEqual([
      [
        { DIM_1: "A", DIM_2: "B" },
        "2014-01",
        "12.4",
        { ATTR_2: "Y", ATTR_3: "Normal, special and other values", ATTR_1: "N" },
      ],
      [
        { DIM_1: "A", DIM_2: "B" },
        "2014-02",
        "10.8",
        { ATTR_2: "Y", ATTR_3: "Normal, special and other values", ATTR_1: "Y" },
      ],
    ]);
  });

  it("refuses a decimal comma that was not declared, naming row and column", () => {
    const result = parseSdmxCsv(localised, { structure: guideStructure });
    expect(result.observations).toEqual([]);
    expect(result.rejectedRows).toBe(2);
    expect(errors(result)[0]).toMatchObject({
      code: "sdmx/bad-value",
      row: 2,
      column: 9,
      columnName: "OBS_VALUE",
    });
    expect(errors(result)[0]?.message).toContain("decimal comma");
  });

  it("reads labels=name, skipping each component's name column", () => {
    const result = parseSdmxCsv(
      lines(
        "STRUCTURE,STRUCTURE_ID,STRUCTURE_NAME,ACTION,DIM_1,Dimension 1,DIM_2,Dimension 2,DIM_3,Dimension 3,OBS_VALUE,Observation value,ATTR_1,Attribute 1,ATTR_2,Attribute 2,ATTR_3,Attribute 3",
        'dataflow,ESTAT:NA_MAIN(1.6.0),National Accounts Main Aggregates,I,A,Value A,B,Value B,2014-01,2014-01,12.4,,Y,Yes,"Normal, special and other values",,N,No',
      ),
      { structure: guideStructure },
    );
    expect(errors(result)).toEqual([]);
    expect(result.observations[0]).toMatchObject({
      dimensions: { DIM_1: "A", DIM_2: "B" },
      timePeriod: "2014-01",
      value: "12.4",
      attributes: { ATTR_1: "Y", ATTR_2: "Normal, special and other values", ATTR_3: "N" },
    });
  });

  it("reads varying actions and a non-versioned structure", () => {
    const actions = parseSdmxCsv(
      lines(
        "STRUCTURE,STRUCTURE_ID,ACTION,DIM_1,DIM_2,DIM_3,OBS_VALUE,ATTR_1",
        "dataflow,ESTAT:NA_MAIN(1.6.0),A,A,B,2014-01,12.4,X",
        "dataflow,ESTAT:NA_MAIN(1.6.0),R,A,B,2014-02,10.8,Y",
        "datastructure,AGENCY:DF_ID,M,A,B,2014-03,10.9,Y",
      ),
      { structure: guideStructure },
    );
    expect(errors(actions)).toEqual([]);
    expect(actions.observations.map((o) => o.action)).toEqual(["append", "replace", "merge"]);
    expect(actions.observations[2]?.structure).toEqual({
      kind: "datastructure",
      agency: "AGENCY",
      id: "DF_ID",
      version: null,
    });
  });

  it("reads rows of attributes for partial keys beside observations", () => {
    const result = parseSdmxCsv(
      lines(
        "STRUCTURE,STRUCTURE_ID,ACTION,DIM_1,DIM_2,DIM_3,OBS_VALUE,ATTR_1,ATTR_2",
        "dataflow,AGENCY:DF_ID(1.0.0),I,A,B,2014-01,12.4,N,",
        "dataflow,AGENCY:DF_ID(1.0.0),I,,B,,,,Y",
      ),
      { structure: guideStructure },
    );
    expect(errors(result)).toEqual([]);
    expect(result.observations[1]).toEqual({
      line: 3,
      action: "information",
      structure: { kind: "dataflow", agency: "AGENCY", id: "DF_ID", version: "1.0.0" },
      kind: "partial",
      dimensions: { DIM_2: "B" },
      timePeriod: null,
      value: null,
      attributes: { ATTR_2: "Y" },
    });
  });

  it("reads deletions with wildcarded dimensions and '-' marks, and the delete-everything row", () => {
    const wildcards = parseSdmxCsv(
      lines(
        "STRUCTURE,STRUCTURE_ID,ACTION,DIM_1,DIM_2,DIM_3,OBS_VALUE,ATTR_2,ATTR_3,ATTR_1",
        "dataflow,ESTAT:NA_MAIN(1.6.0),D,,A,,-,,,",
        "dataflow,ESTAT:NA_MAIN(1.6.0),D,,B,,,,-,",
      ),
      { structure: guideStructure },
    );
    expect(errors(wildcards)).toEqual([]);
    expect(wildcards.observations.map((o) => [o.action, o.kind, o.dimensions, o.value])).toEqual([
      ["delete", "partial", { DIM_2: "A" }, null],
      ["delete", "partial", { DIM_2: "B" }, null],
    ]);
    const everything = parseSdmxCsv(
      lines("STRUCTURE,STRUCTURE_ID,ACTION", "datastructure,ESTAT:DSD_NA_MAIN(1.6.0),D"),
      {
        structure: guideStructure,
      },
    );
    expect(errors(everything)).toEqual([]);
    expect(everything.observations).toMatchObject([{ action: "delete", kind: "partial", dimensions: {} }]);
  });

  it("keeps a quoted XHTML value with a line break, and counts lines from where a row starts", () => {
    const result = parseSdmxCsv(
      lines(
        "STRUCTURE,STRUCTURE_ID,ACTION,DIM_1,DIM_2,DIM_3,OBS_VALUE,ATTR_3",
        'dataflow,ESTAT:NA_MAIN(1.6.0),I,A,B,2014-01,12.4,"<p>This is some ""xhtml"" with a line',
        'break</p>"',
        'dataflow,ESTAT:NA_MAIN(1.6.0),I,A,B,2014-02,10.8,"<p>This is some other ""xhtml""</p>"',
      ),
      { structure: guideStructure },
    );
    expect(errors(result)).toEqual([]);
    expect(result.observations.map((o) => [o.line, o.attributes["ATTR_3"]])).toEqual([
      [2, '<p>This is some "xhtml" with a line\nbreak</p>'],
      [4, '<p>This is some other "xhtml"</p>'],
    ]);
  });

  it("needs the structure for components out of order, and refuses several measures", () => {
    const header = "STRUCTURE,STRUCTURE_ID,ACTION,OBS_VALUE,ATTR_1,DIM_2,DIM_1,DIM_3";
    const row = "dataflow,ESTAT:NA_MAIN(1.6.0),I,12.4,X,B,A,2014-01";
    expect(errors(parseSdmxCsv(lines(header, row)))[0]?.code).toBe("sdmx-csv/structure-needed");
    const given = parseSdmxCsv(lines(header, row), { structure: guideStructure });
    expect(given.observations[0]).toMatchObject({
      dimensions: { DIM_1: "A", DIM_2: "B" },
      timePeriod: "2014-01",
    });
    const two = { ...guideStructure, measures: ["OBS_VALUE1", "OBS_VALUE2"] };
    const several = parseSdmxCsv(
      lines(
        "STRUCTURE,STRUCTURE_ID,ACTION,OBS_VALUE1,OBS_VALUE2,DIM_2,DIM_1,DIM_3",
        "dataflow,E:N(1),I,1,2,B,A,2014-01",
      ),
      { structure: two },
    );
    expect(errors(several)[0]?.code).toBe("sdmx-csv/several-measures");
  });
});

const unSdgHeader =
  "DATAFLOW,FREQ,REPORTING_TYPE,SERIES,REF_AREA,SEX,AGE,URBANISATION,INCOME_WEALTH_QUANTILE,EDUCATION_LEV,OCCUPATION,CUST_BREAKDOWN,COMPOSITE_BREAKDOWN,DISABILITY_STATUS,ACTIVITY,PRODUCT,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MULT,UNIT_MEASURE,BASE_PER,NATURE,TIME_DETAIL,COMMENT_OBS,TIME_COVERAGE,UPPER_BOUND,LOWER_BOUND,SOURCE_DETAIL,COMMENT_TS,GEO_INFO_URL,GEO_INFO_TYPE,CUST_BREAKDOWN_LB,DATA_LAST_UPDATE";
const unSdgRow = (area: string, period: string, value: string, extra = "") =>
  `IAEG-SDGs:DF_SDG_GLH(1.24),A,G,EN_MAT_DOMCMPT,${area},_T,_T,_T,_T,_T,_T,_T,_T,_T,_T,_T,${period},${value},A,6,T,,C,,${extra},,,,,,,,,`;

describe("SDMX-CSV 1.0", () => {
  it("reads the UN SDG global dataflow's shape by the structure it knows", () => {
    const result = parseSdmxCsv(
      `\uFEFF${[unSdgHeader, unSdgRow("417", "2019", "46.70"), unSdgRow("417", "2020", "NaN")].join("\r\n")}\r\n`,
    );
    expect(errors(result)).toEqual([]);
    expect(result.layout?.version).toBe("1.0");
    expect(result.observations[0]).toMatchObject({
      structure: { kind: "dataflow", agency: "IAEG-SDGs", id: "DF_SDG_GLH", version: "1.24" },
      dimensions: { FREQ: "A", SERIES: "EN_MAT_DOMCMPT", REF_AREA: "417", SEX: "_T", PRODUCT: "_T" },
      timePeriod: "2019",
      value: "46.70",
      attributes: { OBS_STATUS: "A", UNIT_MULT: "6", UNIT_MEASURE: "T", NATURE: "C" },
    });
    expect(result.observations[1]).toMatchObject({ value: null, missingMarker: "NaN" });
  });

  it("reads Eurostat's lower-case ids by position, with LAST UPDATE as a custom column and ':' as missing", () => {
    const result = parseSdmxCsv(
      lines(
        "DATAFLOW,LAST UPDATE,freq,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG,CONF_STATUS",
        "ESTAT:ENV_WASMUN(1.0),15/05/24 23:00:00,A,KG_HAB,TR,2020,:,,",
        "ESTAT:ENV_WASMUN(1.0),15/05/24 23:00:00,A,KG_HAB,TR,2021,412,e,",
      ),
    );
    expect(errors(result)).toEqual([]);
    expect(result.layout?.dimensionOrder).toEqual(["freq", "unit", "geo"]);
    expect(result.observations.map((o) => [o.value, o.missingMarker, o.attributes, o.custom])).toEqual([
      [null, ":", {}, { "LAST UPDATE": "15/05/24 23:00:00" }],
      ["412", undefined, { OBS_FLAG: "e" }, { "LAST UPDATE": "15/05/24 23:00:00" }],
    ]);
  });

  it("refuses an empty dimension in 1.0, which carries observations only", () => {
    const row = unSdgRow("", "2019", "1");
    const result = parseSdmxCsv(lines(unSdgHeader, row));
    expect(errors(result)[0]).toMatchObject({ code: "sdmx-csv/incomplete-key", row: 2 });
    expect(errors(result)[0]?.message).toContain("REF_AREA is empty");
  });
});

describe("SDMX-CSV problems, each named with its place", () => {
  it("refuses what is not SDMX-CSV, and a header without a separator", () => {
    expect(errors(parseSdmxCsv("Year,Value\n2020,1\n"))[0]).toMatchObject({
      code: "sdmx-csv/not-sdmx-csv",
      row: 1,
    });
    expect(errors(parseSdmxCsv("DATAFLOW\n"))[0]?.code).toBe("sdmx-csv/no-separator");
    expect(errors(parseSdmxCsv(""))[0]?.code).toBe("sdmx-csv/empty");
  });

  it("reports a row in another separator, an unknown action and a bad structure id", () => {
    const result = parseSdmxCsv(
      lines(
        "STRUCTURE,STRUCTURE_ID,ACTION,DIM_1,DIM_2,DIM_3,OBS_VALUE",
        "dataflow;ESTAT:NA_MAIN(1.6.0);I;A;B;2014-01;12.4",
        "dataflow,ESTAT:NA_MAIN(1.6.0),X,A,B,2014-01,12.4",
        "dataflow,NA_MAIN,I,A,B,2014-01,12.4",
        "flow,ESTAT:NA_MAIN(1.6.0),I,A,B,2014-01,12.4",
      ),
      { structure: guideStructure },
    );
    expect(errors(result).map((e) => [e.code, e.row, e.column])).toEqual([
      ["sdmx-csv/column-count", 2, undefined],
      ["sdmx-csv/bad-action", 3, 3],
      ["sdmx-csv/bad-structure-id", 4, 2],
      ["sdmx-csv/bad-structure-type", 5, 1],
    ]);
    expect(errors(result)[0]?.message).toContain('another character than ","');
    expect(result.rejectedRows).toBe(4);
  });

  it("reports duplicate keys, bad periods, unknown codes (case-sensitive) and keeps the good rows", () => {
    const structure: SdmxStructure = {
      ...guideStructure,
      codelists: { DIM_1: new Set(["A"]), DIM_2: new Set(["B"]), ATTR_1: new Set(["N", "Y"]) },
    };
    const result = parseSdmxCsv(
      lines(
        "STRUCTURE,STRUCTURE_ID,ACTION,DIM_1,DIM_2,DIM_3,OBS_VALUE,ATTR_1",
        "dataflow,E:NA(1.0),I,A,B,2014-01,12.4,N",
        "dataflow,E:NA(1.0),I,A,B,2014-01,12.5,N",
        "dataflow,E:NA(1.0),I,A,B,2014-13,12.5,N",
        "dataflow,E:NA(1.0),I,a,B,2014-02,12.5,N",
        "dataflow,E:NA(1.0),I,A,B,2014-03,12.5,n",
        "dataflow,E:NA(1.0),I,A,B,2014-04,01,N",
      ),
      { structure },
    );
    expect(result.diagnostics.map((d) => [d.code, d.row, d.columnName])).toEqual([
      ["sdmx/duplicate-key", 3, undefined],
      ["sdmx/bad-time-period", 4, "DIM_3"],
      ["sdmx/unknown-code", 5, "DIM_1"],
      ["sdmx/unknown-code", 6, "ATTR_1"],
      ["sdmx/leading-zero", 7, "OBS_VALUE"],
    ]);
    expect(result.diagnostics[0]?.message).toContain("as row 2");
    expect(result.observations.map((o) => o.line)).toEqual([2, 7]);
  });

  it("refuses bytes that are not UTF-8, and UTF-16, before reading anything", () => {
    const cp1251 = new Uint8Array([
      ...new TextEncoder().encode("DATAFLOW,REF_AREA,TIME_PERIOD,OBS_VALUE,COMMENT_OBS\nX:Y(1),KG,2020,1,"),
      0xcf,
      0xf0,
      0x0a,
    ]);
    const result = parseSdmxCsv(cp1251);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: "sdmx-csv/encoding",
        severity: "error",
        message: expect.stringContaining("byte 70 (0xcf)"),
      }),
    ]);
    const utf16 = parseSdmxCsv(new Uint8Array([0xff, 0xfe, 0x44, 0x00]));
    expect(utf16.diagnostics[0]?.message).toContain("UTF-16");
  });

  it("reports an unterminated quote where it opened", () => {
    const result = parseSdmxCsv(
      lines(
        "STRUCTURE,STRUCTURE_ID,ACTION,DIM_1,DIM_2,DIM_3,OBS_VALUE,ATTR_3",
        'dataflow,E:NA(1.0),I,A,B,2014-01,12.4,"cut',
      ),
      { structure: guideStructure },
    );
    expect(errors(result).some((e) => e.code.startsWith("csv/") && e.row === 2)).toBe(true);
  });
});

describe("SDMX-CSV streaming", () => {
  it("gives the same rows from chunks of any size as from the whole text, multi-byte letters split", async () => {
    const text = lines(
      "STRUCTURE;STRUCTURE_ID;ACTION;DIM_1;DIM_2;DIM_3;OBS_VALUE;ATTR_3",
      "dataflow;E:NA(1.0);I;A;B;2014-01;12.4;Ўзбекистон ва Қозоғистон",
      "dataflow;E:NA(1.0);I;A;B;2014-02;10.8;نرخ بازیافت پسماند",
    );
    const whole = parseSdmxCsv(text, { structure: guideStructure });
    const bytes = new TextEncoder().encode(text);
    for (const size of [1, 2, 3, 7, 64]) {
      async function* chunks() {
        for (let start = 0; start < bytes.length; start += size) yield bytes.slice(start, start + size);
      }
      const reader = new SdmxCsvReader({ structure: guideStructure });
      const streamed = [];
      for await (const batch of readSdmxCsvStream(chunks(), reader)) streamed.push(...batch);
      expect(streamed).toEqual(whole.observations);
      expect(reader.diagnostics).toEqual(whole.diagnostics);
    }
  });
});
