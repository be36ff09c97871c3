import { describe, expect, it } from "vitest";
import { parseOpenSdgCsv } from "./open-sdg-csv.ts";

describe("parseOpenSdgCsv", () => {
  it("treats blank breakdown cells as totals and separates attributes", () => {
    const text = "\uFEFFYear,UNIT_MEASURE,REF_AREA,Value\r\n2015,PT,,66.4\r\n2015,PT,KZAKM,70.1\r\n";
    const result = parseOpenSdgCsv(text, { fileName: "data/indicator_11-6-1.csv" });
    expect(result.indicatorId).toBe("11-6-1");
    expect(result.dimensionColumns).toEqual(["REF_AREA"]);
    expect(result.attributeColumns).toEqual(["UNIT_MEASURE"]);
    expect(result.records).toEqual([
      {
        line: 2,
        year: 2015,
        timePeriod: "2015",
        value: "66.4",
        dimensions: {},
        attributes: { UNIT_MEASURE: "PT" },
      },
      {
        line: 3,
        year: 2015,
        timePeriod: "2015",
        value: "70.1",
        dimensions: { REF_AREA: "KZAKM" },
        attributes: { UNIT_MEASURE: "PT" },
      },
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it("accepts a header-only file with a warning", () => {
    const result = parseOpenSdgCsv("Year,Value\n");
    expect(result.records).toEqual([]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: "open-sdg/no-data", severity: "warning" }),
    ]);
  });

  it("ignores unnamed empty trailing columns and skips empty values", () => {
    const result = parseOpenSdgCsv("Year,SEX,Value,\n2016,F,,\n2016,M,3.5,\n");
    expect(result.records.map((record) => record.value)).toEqual(["3.5"]);
    expect(result.diagnostics.map((d) => d.code)).toEqual([
      "open-sdg/unnamed-column",
      "open-sdg/missing-values",
    ]);
  });

  it("flags a lost decimal point only as a number, never silently", () => {
    const result = parseOpenSdgCsv("Year,Value\n2016,4 67\n");
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: "open-sdg/bad-value", row: 2, column: 2, columnName: "Value" }),
    ]);
  });

  it("requires Year and Value columns", () => {
    const result = parseOpenSdgCsv("Jahr,Wert\n2016,1\n");
    expect(result.diagnostics[0]).toMatchObject({ code: "open-sdg/missing-column", row: 1 });
  });
});
