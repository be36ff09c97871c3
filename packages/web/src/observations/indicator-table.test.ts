import { isBlankRecord, readCsv } from "@circular-atlas/formats";
import { describe, expect, it } from "vitest";
import { fixtureDimensionCodes, fixtureSources } from "../test/fixture-catalogue.ts";
import { fixtureObservations } from "../test/fixture-observations.ts";
import {
  buildIndicatorTable,
  hasNotes,
  sortIndicatorTable,
  toIndicatorTableCsv,
  toTableCells,
} from "./indicator-table.ts";

const observations = fixtureObservations.filter((item) => item.indicator === "EN_MAT_DOMCMPC");
const rows = buildIndicatorTable(observations, {
  unitLabel: "tonnes per person",
  sources: fixtureSources,
  countryName: (iso3) => `Country ${iso3}`,
});
const headers = {
  country: "Country",
  area: "Code",
  year: "Year",
  breakdown: [] as string[],
  value: "Value",
  unit: "Unit",
  source: "Source",
};

describe("buildIndicatorTable", () => {
  it("keeps headline values only, with unit and source on every row", () => {
    expect(rows).toHaveLength(10 * 18);
    expect(rows[0]).toEqual({
      country: "Country AFG",
      area: "AFG",
      year: 2000,
      breakdown: [],
      value: "1.2",
      unit: "tonnes per person",
      source: "UN SDG Global Indicators Database (DDF extract)",
      sourceId: "unsd-sdg",
      notes: "",
    });
  });

  it("sorts by value, descending, with ties by country", () => {
    const sorted = sortIndicatorTable(rows, { column: "value", direction: "descending" }, "en");
    expect(sorted[0]?.area).toBe("KAZ");
    expect(sorted[0]?.year).toBe(2017);
  });
});

describe("toIndicatorTableCsv", () => {
  it("holds exactly the rows and columns of the table, in the order shown", () => {
    const shown = sortIndicatorTable(rows, { column: "year", direction: "descending" }, "en");
    const csv = toIndicatorTableCsv(shown, headers);
    const records = readCsv(csv)
      .records.filter((record) => !isBlankRecord(record))
      .map((record) => record.cells);
    expect(records[0]).toEqual(["Country", "Code", "Year", "Value", "Unit", "Source"]);
    expect(records.slice(1)).toEqual(shown.map((row) => toTableCells(row).map(String)));
  });

  it("adds a column per breakdown dimension, totals first, parts in code-list order", () => {
    const withParts = buildIndicatorTable(observations, {
      unitLabel: "t",
      sources: fixtureSources,
      countryName: (iso3) => iso3,
      dimensions: ["TYPE_OF_PRODUCT"],
      dimensionCodes: fixtureDimensionCodes,
      codeLabel: (_, code) => `label ${code}`,
      totalLabel: "All",
    });
    expect(withParts).toHaveLength(10 * 18 * 6);
    expect(withParts.slice(0, 3).map((row) => [row.area, row.year, row.breakdown])).toEqual([
      ["AFG", 2000, ["All"]],
      ["AFG", 2000, ["label BIM"]],
      ["AFG", 2000, ["label FOF"]],
    ]);
    const csv = toIndicatorTableCsv(withParts.slice(0, 2), { ...headers, breakdown: ["Material group"] });
    expect(csv.split("\n")[0]).toBe("Country,Code,Year,Material group,Value,Unit,Source");
    expect(csv.split("\n")[2]).toBe(
      "AFG,AFG,2000,label BIM,0.36,t,UN SDG Global Indicators Database (DDF extract)",
    );
  });
});

describe("status and notes", () => {
  it("names a status other than normal and the publisher's comment, and only then adds the column", () => {
    expect(hasNotes(rows)).toBe(false);
    // Headline values: without breakdown columns the table keeps only those.
    const [first, second, third] = observations.filter((item) => Object.keys(item.dimensions).length === 0);
    if (!first || !second || !third) throw new Error("fixture too small");
    const noted = buildIndicatorTable(
      [
        { ...first, obsStatus: "E" },
        { ...second, obsStatus: "P", comment: "revised by the NSC" },
        { ...third, comment: "break after 2001" },
      ],
      {
        unitLabel: "t",
        sources: fixtureSources,
        countryName: (iso3) => iso3,
        statusLabel: (code) => ({ E: "estimated", P: "provisional" })[code] ?? code,
      },
    );
    expect(noted.map((row) => row.notes)).toEqual([
      "estimated",
      "provisional · revised by the NSC",
      "break after 2001",
    ]);
    expect(hasNotes(noted)).toBe(true);
    const csv = toIndicatorTableCsv(noted, { ...headers, notes: "Notes" });
    expect(csv.split("\n")[0]).toBe("Country,Code,Year,Value,Unit,Source,Notes");
    expect(csv.split("\n")[2]).toContain(",provisional · revised by the NSC");
  });
});
