/**
 * The WDI reader on the two published shapes, re-typed as small fixtures, on bad input, on
 * arbitrary input (fast-check), and on the real datahub.io files beside the repository
 * (../shared/data, skipped where absent). The real files' counts were taken independently with
 * Python's csv module (`csv.DictReader`, counting rows whose Value is not a missing marker and
 * rows whose Country Code is one of the ten ECO members).
 */
// biome-ignore lint/correctness/noNodejsModules: the test reads ../shared; the code under test does no IO.
import { existsSync, readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { isWdiCsv, parseWdiCsv, readWdiCsvStream, WdiCsvReader } from "./wdi-csv-reader.ts";

/**
 * The World Bank's "Download CSV" of an indicator page (API_NY.GDP.MKTP.CD_DS2_en_csv_v2.csv):
 * a two-line preamble with blank lines between, the header, a column per year and a trailing
 * comma on every line. Shape from data.worldbank.org, "GDP (current US$)",
 * https://data.worldbank.org/indicator/NY.GDP.MKTP.CD (Download → CSV); the preamble's date is a
 * published download's (2022-07-20). The years are cut to three; Aruba's figures are the World
 * Bank's (as in the datahub.io copy of the series), the ECS `7.40` is made up to show that a
 * trailing zero is kept.
 */
const worldBankDownload = [
  '"Data Source","World Development Indicators",',
  "",
  '"Last Updated Date","2022-07-20",',
  "",
  '"Country Name","Country Code","Indicator Name","Indicator Code","1986","1987","1988",',
  '"Aruba","ABW","GDP (current US$)","NY.GDP.MKTP.CD","405586592.178771","487709497.206704","596648044.692737",',
  '"Afghanistan","AFG","GDP (current US$)","NY.GDP.MKTP.CD","","","",',
  '"Europe & Central Asia","ECS","GDP (current US$)","NY.GDP.MKTP.CD","","","7.40",',
  "",
].join("\r\n");

/**
 * datahub.io's packaging of WDI (github.com/datasets/population, data/population.csv, "Population
 * figures for countries, regions … World Bank"): long, one indicator per file, no preamble.
 * The first rows of the file, re-typed.
 */
const datahubLong = "Country Name,Country Code,Year,Value\nAruba,ABW,1960,54922\nAruba,ABW,1961,55578\n";

describe("parseWdiCsv", () => {
  it("reads the World Bank download: preamble, wide years, trailing column, missing cells", () => {
    const result = parseWdiCsv(worldBankDownload);
    expect(result.shape).toBe("wide");
    expect(result.preamble).toEqual({
      dataSource: "World Development Indicators",
      lastUpdated: "2022-07-20",
    });
    expect(
      result.observations.map((o) => [o.line, o.column, o.countryCode, o.indicatorCode, o.year, o.value]),
    ).toEqual([
      [6, 5, "ABW", "NY.GDP.MKTP.CD", 1986, "405586592.178771"],
      [6, 6, "ABW", "NY.GDP.MKTP.CD", 1987, "487709497.206704"],
      [6, 7, "ABW", "NY.GDP.MKTP.CD", 1988, "596648044.692737"],
      [8, 7, "ECS", "NY.GDP.MKTP.CD", 1988, "7.40"],
    ]);
    expect(result.observations[0]).toMatchObject({
      countryName: "Aruba",
      indicatorName: "GDP (current US$)",
    });
    // Five empty year cells (three of Afghanistan, two of ECS): left out, never zero.
    expect(result.missingValues).toBe(5);
    expect(result.diagnostics).toEqual([]);
  });

  it("reads datahub.io's long shape, with a byte-order mark and CRLF", () => {
    const result = parseWdiCsv(`\uFEFF${datahubLong.replaceAll("\n", "\r\n")}`);
    expect(result.shape).toBe("long");
    expect(result.observations).toEqual([
      {
        line: 2,
        column: 4,
        columnName: "Value",
        countryName: "Aruba",
        countryCode: "ABW",
        year: 1960,
        value: "54922",
      },
      {
        line: 3,
        column: 4,
        columnName: "Value",
        countryName: "Aruba",
        countryCode: "ABW",
        year: 1961,
        value: "55578",
      },
    ]);
  });

  it("names the row and column of a bad value, a bad year, a bad code and a duplicate", () => {
    const text =
      "Country Name,Country Code,Year,Value\nA,ABW,1960,1,5\nA,ABW,19x0,2\nA,abw,1961,3\nA,ABW,1962,4\nA,ABW,1962,5\n";
    const result = parseWdiCsv(text);
    expect(result.diagnostics.map((d) => [d.code, d.row, d.column, d.columnName])).toEqual([
      ["wdi/cell-count", 2, 5, "column 5"],
      ["wdi/bad-year", 3, 3, "Year"],
      ["wdi/bad-country-code", 4, 2, "Country Code"],
      ["wdi/duplicate", 6, undefined, undefined],
    ]);
    expect(result.observations.map((o) => o.value)).toEqual(["4"]);
    expect(result.rejectedRows).toBe(4);
  });

  it("refuses a decimal comma in a year column, naming the year", () => {
    const text = 'Country Name,Country Code,Indicator Name,Indicator Code,2020,\nA,KAZ,X,X.Y,"1,5",\n';
    expect(parseWdiCsv(text).diagnostics).toEqual([
      expect.objectContaining({ code: "wdi/bad-value", row: 2, column: 5, columnName: "2020" }),
    ]);
  });

  it("refuses a header that is neither shape, and a file with no header", () => {
    expect(parseWdiCsv("Series Name,Series Code,1990 [YR1990]\n").diagnostics[0]).toMatchObject({
      code: "wdi/bad-header",
      row: 1,
    });
    expect(parseWdiCsv('"Data Source","World Development Indicators",\n').diagnostics[0]).toMatchObject({
      code: "wdi/no-header",
    });
  });

  it("names the byte where the file stops being UTF-8", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(datahubLong), 0xff]);
    expect(parseWdiCsv(bytes).diagnostics[0]).toMatchObject({ code: "wdi/encoding" });
  });

  it("tells both shapes from their first line", () => {
    expect(isWdiCsv(worldBankDownload)).toBe(true);
    expect(isWdiCsv(`\uFEFF${datahubLong}`)).toBe(true);
    expect(isWdiCsv("Year,Value\n2020,1\n")).toBe(false);
  });
});

describe("readWdiCsvStream", () => {
  it("gives the same values whatever the chunk boundaries", async () => {
    const bytes = new TextEncoder().encode(worldBankDownload);
    async function* chunks() {
      for (let start = 0; start < bytes.length; start += 7) yield bytes.subarray(start, start + 7);
    }
    const reader = new WdiCsvReader();
    const batches = [];
    for await (const batch of readWdiCsvStream(chunks(), reader)) batches.push(...batch);
    expect(batches).toEqual(parseWdiCsv(worldBankDownload).observations);
    expect(reader.preamble.lastUpdated).toBe("2022-07-20");
  });
});

describe("arbitrary input", () => {
  test.prop([
    fc.array(
      fc.constantFrom(
        "Country Name",
        "Country Code",
        "Year",
        "Value",
        "1990",
        "",
        '"',
        ",",
        "\r\n",
        "KAZ",
        "1.5",
        "é",
      ),
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
    const reader = new WdiCsvReader();
    const streamed = [];
    for await (const batch of readWdiCsvStream(chunks(), reader)) streamed.push(...batch);
    const whole = parseWdiCsv(text);
    expect(streamed).toEqual(whole.observations);
    expect(reader.diagnostics).toEqual(whole.diagnostics);
  });

  test.prop([fc.uint8Array({ maxLength: 400 })])(
    "never throws on bytes, and locates every error",
    (bytes) => {
      const result = parseWdiCsv(bytes);
      for (const diagnostic of result.diagnostics) expect(diagnostic.code).toMatch(/^(wdi|csv)\//);
    },
  );

  test.prop([
    fc.array(
      fc.constantFrom(
        "Country Name",
        "Country Code",
        "Year",
        "Value",
        "1990",
        "",
        '"',
        ",",
        "\n",
        "x",
        "1.5",
        "KAZ",
      ),
      {
        maxLength: 60,
      },
    ),
  ])("never throws on text made of WDI pieces", (pieces) => {
    const result = parseWdiCsv(pieces.join(""));
    for (const observation of result.observations) expect(observation.value).not.toBe("");
  });
});

const shared = "../shared/data";
const datahubGdp = `${shared}/wb-wdi-datahub/indicators/ny.gdp.mktp.cd/data.csv`;
const population = `${shared}/datahub-population/population.csv`;

describe.skipIf(!existsSync(datahubGdp))("the real datahub.io WDI files (reads ../shared/data)", () => {
  it("reads every value of NY.GDP.MKTP.CD and of population.csv", () => {
    const gdp = parseWdiCsv(readFileSync(datahubGdp));
    // Python's csv module: 14,743 rows, every Value filled; 445 of them ECO members.
    expect(gdp).toMatchObject({ shape: "long", missingValues: 0, rejectedRows: 0, diagnostics: [] });
    expect(gdp.observations).toHaveLength(14_743);
    const eco = new Set(["AFG", "AZE", "IRN", "KAZ", "KGZ", "PAK", "TJK", "TKM", "TUR", "UZB"]);
    expect(gdp.observations.filter((o) => eco.has(o.countryCode))).toHaveLength(445);
    const people = parseWdiCsv(readFileSync(population));
    expect(people.observations).toHaveLength(17_195);
    expect(people.observations.find((o) => o.countryCode === "KAZ" && o.year === 2024)?.value).toMatch(
      /^\d+$/,
    );
  });
});
