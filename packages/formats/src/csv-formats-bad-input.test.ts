/**
 * The CSV-based parsers (the CSV reader itself, SDMX-CSV, the long CSV template, Open SDG data
 * CSVs and translations, knowledge-base record CSVs) on input they must refuse precisely: rows
 * separated by another delimiter than the header's, and, with fast-check, arbitrary text, bytes
 * and chunkings, which must never make a parser throw. The cases are written for the test.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { CsvReader, readCsv, readCsvStream } from "./csv/csv-reader.ts";
import { parseLongCsv } from "./long-csv.ts";
import { parseOpenSdgCsv } from "./open-sdg-csv.ts";
import { parseOpenSdgTranslations } from "./open-sdg-translations.ts";
import { parseRecordsCsv } from "./records-csv.ts";
import { parseSdmxCsv, readSdmxCsvStream, SdmxCsvReader } from "./sdmx/sdmx-csv-reader.ts";

const sdmxStructure = {
  dimensions: ["FREQ", "SERIES", "REF_AREA"],
  timeDimension: "TIME_PERIOD",
  measures: ["OBS_VALUE"],
  attributes: [],
};

async function* chunked(bytes: Uint8Array, sizes: readonly number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (const size of sizes) {
    if (at >= bytes.length) return;
    yield bytes.subarray(at, at + size);
    at += size;
  }
  if (at < bytes.length) yield bytes.subarray(at);
}

async function drain<T>(items: AsyncIterable<T>, size: (item: T) => number = () => 1): Promise<number> {
  let count = 0;
  for await (const item of items) count += size(item);
  return count;
}

describe("mixed delimiters are reported on the row that changes them", () => {
  it("SDMX-CSV 1.0: a semicolon row under a comma header", () => {
    const result = parseSdmxCsv(
      "DATAFLOW,FREQ,REPORTING_TYPE,SERIES,REF_AREA,TIME_PERIOD,OBS_VALUE\nIAEG-SDGs:DF_SDG_GLH(1.24),A,G,EN_MAT_DOMCMPC,398,2014,1\nIAEG-SDGs:DF_SDG_GLH(1.24);A;G;EN_MAT_DOMCMPC;398;2015;2\n",
    );
    expect(result.observations).toHaveLength(1);
    expect(result.diagnostics).toEqual([
      {
        code: "sdmx-csv/column-count",
        severity: "error",
        message: 'the row has 1 fields and the header 7 (is it separated by another character than ","?)',
        row: 3,
      },
    ]);
  });

  it("SDMX-CSV 2.0: a comma row under a semicolon header", () => {
    const result = parseSdmxCsv(
      "STRUCTURE;STRUCTURE_ID;ACTION;DIM_1;TIME_PERIOD;OBS_VALUE\ndataflow;ESTAT:NA(1.0);I;A;2014;12.4\ndataflow,ESTAT:NA(1.0),I,A,2015,10.8\n",
    );
    expect(result.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.row])).toEqual([
      ["sdmx-csv/column-count", 3],
    ]);
    expect(result.diagnostics[0]?.message).toContain('separated by another character than ";"');
  });

  it("the long CSV template: a row with the wrong number of cells", () => {
    const result = parseLongCsv(
      "indicator,area,year,value,unit,source\nEN_MAT_DOMCMPC,KAZ,2017,7.4,T_PER_CAP,unep-irp\nEN_MAT_DOMCMPC;KAZ;2018;7.5;T_PER_CAP;unep-irp\n",
    );
    expect(result.observations).toHaveLength(1);
    expect(result.diagnostics).toEqual([
      { code: "long-csv/cell-count", severity: "error", message: "expected 6 cells, found 1", row: 3 },
    ]);
  });
});

it("drops a byte-order mark split across chunks, as when read whole (found by fast-check)", async () => {
  const bytes = new TextEncoder().encode("\uFEFFYear,Value\n2015,1\n");
  const records: (readonly string[])[] = [];
  for await (const record of readCsvStream(chunked(bytes, [1, 1, 1]))) records.push(record.cells);
  expect(records).toEqual([
    ["Year", "Value"],
    ["2015", "1"],
  ]);
});

describe("no input makes a CSV-based parser throw", () => {
  const csvLike = fc
    .array(
      fc.constantFrom(
        "a",
        "1",
        "12,4",
        "2015",
        ",",
        ";",
        "\t",
        '"',
        '""',
        "\n",
        "\r\n",
        "\r",
        "\uFEFF",
        " ",
        "_T",
        "NaN",
        "#N/A",
        ":",
        "Year",
        "Value",
        "REF_AREA",
        "DATAFLOW",
        "STRUCTURE",
        "STRUCTURE[;]",
        "OBS_VALUE",
        "TIME_PERIOD",
        "indicator,area,year,value,unit,source",
        "key: value",
        "- item",
        "\u00e9",
        "\ud83d\ude00",
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join(""));

  const everyParser = (text: string) => {
    readCsv(text);
    readCsv(text, { delimiter: ";" });
    parseSdmxCsv(text);
    parseSdmxCsv(text, { structure: sdmxStructure, decimalComma: true });
    parseLongCsv(text);
    parseOpenSdgCsv(text, { fileName: "data/indicator_12-4-2.csv" });
    parseOpenSdgTranslations(text);
    parseRecordsCsv(text);
  };

  test.prop([fc.string({ maxLength: 300 })])("arbitrary text", everyParser);
  test.prop([csvLike])("CSV-like fragments", everyParser);
  test.prop([fc.uint8Array({ maxLength: 300 })])("arbitrary bytes to SDMX-CSV", (bytes) => {
    parseSdmxCsv(bytes);
  });

  test.prop([csvLike, fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 50 })])(
    "streamed in arbitrary chunks, the CSV and SDMX-CSV readers read what they read whole",
    async (text, sizes) => {
      const bytes = new TextEncoder().encode(text);
      const whole = readCsv(text).records.length;
      expect(await drain(readCsvStream(chunked(bytes, sizes), new CsvReader()))).toBe(whole);
      const sdmxWhole = parseSdmxCsv(text, { structure: sdmxStructure }).observations.length;
      const streamed = readSdmxCsvStream(
        chunked(bytes, sizes),
        new SdmxCsvReader({ structure: sdmxStructure }),
      );
      expect(await drain(streamed, (batch) => batch.length)).toBe(sdmxWhole);
    },
  );

  test.prop([fc.uint8Array({ maxLength: 300 }), fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 50 })])(
    "arbitrary bytes streamed to the SDMX-CSV reader",
    async (bytes, sizes) => {
      await drain(readSdmxCsvStream(chunked(bytes, sizes)));
    },
  );
});
