import { describe, expect, it } from "vitest";
import { parseLongCsv } from "./long-csv.ts";

const header = "indicator,area,year,value,unit,source\n";

describe("parseLongCsv", () => {
  it("reads valid rows and keeps values as published", () => {
    const { observations, diagnostics } = parseLongCsv(
      `${header}EN_MAT_DOMCMPC,KAZ,2017,7.40,T_PER_CAP,unep-irp\n`,
    );
    expect(diagnostics).toEqual([]);
    expect(observations).toEqual([
      {
        line: 2,
        indicator: "EN_MAT_DOMCMPC",
        area: "KAZ",
        year: 2017,
        value: "7.40",
        unit: "T_PER_CAP",
        source: "unep-irp",
      },
    ]);
  });

  it("rejects any other header", () => {
    const { diagnostics } = parseLongCsv("indicator,area,year,value\nX,KAZ,2017,1\n");
    expect(diagnostics).toEqual([expect.objectContaining({ code: "long-csv/bad-header", row: 1 })]);
  });

  it("names the row, column and reason of each bad cell", () => {
    const { observations, diagnostics } = parseLongCsv(
      `${header}en_mat,KAZ,2017,1,t,s\nX,Kazakhstan,2017,1,t,s\nX,KAZ,17,1,t,s\nX,KAZ,2017,"46,7",t,s\nX,KAZ,2018,1,,s\n`,
    );
    expect(observations).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.row, d.column, d.columnName])).toEqual([
      ["long-csv/bad-indicator", 2, 1, "indicator"],
      ["long-csv/bad-area", 3, 2, "area"],
      ["long-csv/bad-year", 4, 3, "year"],
      ["long-csv/bad-value", 5, 4, "value"],
      ["long-csv/missing-unit", 6, 5, "unit"],
    ]);
    expect(diagnostics[3]?.message).toContain("decimal comma");
  });

  it("skips missing-value markers with a warning instead of storing zero", () => {
    const { observations, diagnostics } = parseLongCsv(`${header}X,KAZ,2017,NaN,t,s\nX,KAZ,2018,:,t,s\n`);
    expect(observations).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ["long-csv/missing-value", "warning"],
      ["long-csv/missing-value", "warning"],
    ]);
  });

  it("reports a duplicate key with the row that came first", () => {
    const { diagnostics } = parseLongCsv(`${header}X,KAZ,2017,1,t,s\nX,KAZ,2017,2,t,s\n`);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: "long-csv/duplicate",
        row: 3,
        message: "X for KAZ in 2017 is already given on row 2",
      }),
    ]);
  });
});
