/**
 * The OWID reader on the two published shapes, re-typed as small fixtures, on bad input, on
 * arbitrary input (fast-check), and on the real OWID files beside the repository
 * (../shared/data, skipped where absent). The real files' counts were taken independently with
 * Python's csv module (`csv.DictReader`; a value is a cell that is not a missing marker).
 */
// biome-ignore lint/correctness/noNodejsModules: the test reads ../shared; the code under test does no IO.
import { existsSync, readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  isOwidAggregate,
  isOwidCsv,
  OwidCsvReader,
  parseOwidCsv,
  readOwidCsvStream,
} from "./owid-csv-reader.ts";

/**
 * A grapher chart download: `Entity,Code,Year` and one column per variable; regions have an
 * empty Code, OWID's own aggregates an `OWID_` one. Shape from Our World in Data, "Domestic
 * material consumption per capita", https://ourworldindata.org/grapher/domestic-material-consumption-per-capita
 * (Download → CSV); Afghanistan's 2000–2001 figures are the chart's, the rows for Asia (UN) and
 * the world are made up to show both kinds of aggregate.
 */
const grapher = [
  'Entity,Code,Year,"12.2.2 - Domestic material consumption per capita - EN_MAT_DOMCMPC - Total or no breakdown"',
  "Afghanistan,AFG,2000,1.17",
  "Afghanistan,AFG,2001,1.08",
  "Asia (UN),,2000,5.10",
  "World,OWID_WRL,2000,",
  "",
].join("\n");

/**
 * A dataset repository file: github.com/owid/co2-data, README "The CSV and XLSX files follow a
 * format of 1 row per location and year", columns `iso_code,country,year,…` as in its codebook.
 * Afghanistan's 1949 and 1950 rows, cut to three variables.
 */
const dataset =
  "iso_code,country,year,co2,co2_growth_prct,population\r\nAFG,Afghanistan,1949,0.015,,7663783.0\r\nAFG,Afghanistan,1950,0.084,475.0,7752000.0\r\n";

describe("parseOwidCsv", () => {
  it("reads a grapher download, marking both kinds of aggregate and skipping the empty value", () => {
    const result = parseOwidCsv(grapher);
    expect(result.shape).toBe("grapher");
    expect(result.valueColumns).toHaveLength(1);
    expect(
      result.observations.map((o) => [o.line, o.column, o.entity, o.code, o.aggregate, o.year, o.value]),
    ).toEqual([
      [2, 4, "Afghanistan", "AFG", false, 2000, "1.17"],
      [3, 4, "Afghanistan", "AFG", false, 2001, "1.08"],
      [4, 4, "Asia (UN)", "", true, 2000, "5.10"],
    ]);
    expect(result.missingValues).toBe(1);
    expect(result.diagnostics).toEqual([]);
  });

  it("reads a dataset file with CRLF, only the columns asked for, values as written", () => {
    const result = parseOwidCsv(`\uFEFF${dataset}`, { columns: ["population"] });
    expect(result.shape).toBe("dataset");
    expect(result.ignoredColumns).toEqual(["co2", "co2_growth_prct"]);
    expect(result.observations.map((o) => [o.columnName, o.code, o.year, o.value])).toEqual([
      ["population", "AFG", 1949, "7663783.0"],
      ["population", "AFG", 1950, "7752000.0"],
    ]);
  });

  it("names the row and column of a bad value, code, year and a duplicate", () => {
    const text = "Entity,Code,Year,a\nX,KAZ,2000,1%\nX,kz,2000,1\nX,KAZ,20.5,1\nX,KAZ,2001,1\nX,KAZ,2001,2\n";
    const result = parseOwidCsv(text);
    expect(result.diagnostics.map((d) => [d.code, d.row, d.column, d.columnName])).toEqual([
      ["owid/bad-value", 2, 4, "a"],
      ["owid/bad-code", 3, 2, "Code"],
      ["owid/bad-year", 4, 3, "Year"],
      ["owid/duplicate", 6, undefined, undefined],
    ]);
    expect(result.rejectedRows).toBe(4);
  });

  it("refuses a column it was asked for that the header lacks, and a foreign header", () => {
    expect(parseOwidCsv(dataset, { columns: ["gdp"] }).diagnostics[0]).toMatchObject({
      code: "owid/unknown-column",
      row: 1,
    });
    expect(parseOwidCsv("Year,Value\n2020,1\n").diagnostics[0]).toMatchObject({
      code: "owid/bad-header",
      row: 1,
    });
    expect(parseOwidCsv("").diagnostics[0]).toMatchObject({ code: "owid/no-header" });
  });

  it("tells OWID headers and aggregates apart", () => {
    expect(isOwidCsv(grapher)).toBe(true);
    expect(isOwidCsv(dataset)).toBe(true);
    expect(isOwidCsv("Country Name,Country Code,Year,Value\n")).toBe(false);
    expect([isOwidAggregate("OWID_WRL"), isOwidAggregate(""), isOwidAggregate("KAZ")]).toEqual([
      true,
      true,
      false,
    ]);
  });
});

describe("readOwidCsvStream", () => {
  it("gives the same values whatever the chunk boundaries", async () => {
    const bytes = new TextEncoder().encode(dataset);
    async function* chunks() {
      for (let start = 0; start < bytes.length; start += 5) yield bytes.subarray(start, start + 5);
    }
    const values = [];
    for await (const batch of readOwidCsvStream(chunks(), new OwidCsvReader())) values.push(...batch);
    expect(values).toEqual(parseOwidCsv(dataset).observations);
  });
});

describe("arbitrary input", () => {
  test.prop([
    fc.array(
      fc.constantFrom("Entity", "Code", "Year", "OWID_WRL", "", '"', ",", "\r\n", "KAZ", "2000", "1.5", "é"),
      { maxLength: 40 },
    ),
    fc.array(fc.nat(), { maxLength: 6 }),
  ])("reads the same from byte chunks cut anywhere as from the whole text", async (parts, cuts) => {
    const text = parts.join("");
    const bytes = new TextEncoder().encode(text);
    const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1))), bytes.length].sort(
      (a, b) => a - b,
    );
    async function* chunks() {
      let start = 0;
      for (const point of points) {
        yield bytes.subarray(start, point);
        start = point;
      }
    }
    const reader = new OwidCsvReader();
    const streamed = [];
    for await (const batch of readOwidCsvStream(chunks(), reader)) streamed.push(...batch);
    const whole = parseOwidCsv(text);
    expect(streamed).toEqual(whole.observations);
    expect(reader.diagnostics).toEqual(whole.diagnostics);
  });

  test.prop([fc.uint8Array({ maxLength: 400 })])("never throws on bytes", (bytes) => {
    for (const diagnostic of parseOwidCsv(bytes).diagnostics)
      expect(diagnostic.code).toMatch(/^(owid|csv)\//);
  });

  test.prop([
    fc.array(
      fc.constantFrom(
        "Entity",
        "Code",
        "Year",
        "iso_code",
        "OWID_WRL",
        "",
        '"',
        ",",
        "\r\n",
        "KAZ",
        "2000",
        "1.5",
      ),
      {
        maxLength: 60,
      },
    ),
  ])("never throws on text made of OWID pieces", (pieces) => {
    for (const observation of parseOwidCsv(pieces.join("")).observations)
      expect(observation.value).not.toBe("");
  });
});

const co2 = "../shared/data/owid-co2-data-2020/owid-co2-data.csv";
const dmc = "../shared/data/owid-dmc-per-capita/domestic-material-consumption-per-capita.csv";

describe.skipIf(!existsSync(co2))("the real OWID files (reads ../shared/data)", () => {
  it("reads every value of co2-data (35 variables) and of the DMC grapher download", () => {
    const all = parseOwidCsv(readFileSync(co2));
    // Python's csv module: 24,016 rows × 35 variables = 413,999 values and 426,561 empty cells.
    expect(all).toMatchObject({ shape: "dataset", missingValues: 426_561, rejectedRows: 0, diagnostics: [] });
    expect(all.valueColumns).toHaveLength(35);
    expect(all.observations).toHaveLength(413_999);
    const consumption = parseOwidCsv(readFileSync(co2), { columns: ["consumption_co2"] });
    // 3,532 values: 168 of ECO members, 200 of aggregates (OWID_ or no code), 3,164 others.
    expect(consumption.observations).toHaveLength(3_532);
    expect(consumption.observations.filter((o) => o.aggregate)).toHaveLength(200);
    const grapherFile = parseOwidCsv(readFileSync(dmc));
    expect(grapherFile).toMatchObject({ shape: "grapher", missingValues: 0, diagnostics: [] });
    expect(grapherFile.observations).toHaveLength(4_418);
    expect(grapherFile.observations.filter((o) => o.aggregate)).toHaveLength(280);
  });
});
