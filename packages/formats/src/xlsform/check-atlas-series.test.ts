/**
 * Forms that feed series from repeats, written as the README's "Mapping to the observatory"
 * describes them: the linter finds nothing in them (the broken ones are in
 * `xlsform-broken-atlas-forms.ts`).
 */
import { describe, expect, it } from "vitest";
import { readXlsForm } from "./read-xlsform.ts";
import { compactFinding, xlsFormWorkbook } from "./xlsform-test-workbook.ts";

const header = [
  "type",
  "name",
  "label",
  "bind::atlas:series",
  "bind::atlas:period",
  "bind::atlas:unit",
  "bind::atlas:dimension",
  "bind::atlas:field",
];

const findingsOf = (survey: (string | null)[][]) =>
  readXlsForm(xlsFormWorkbook({ survey: [header, ...survey] })).diagnostics.map(compactFinding);

describe("series answered in repeats", () => {
  it("takes a repeat per year whose questions feed series, their year from the instance", () => {
    expect(
      findingsOf([
        ["begin repeat", "msw_by_year", "Municipal waste by year"],
        ["integer", "msw_year", "Year"],
        ["decimal", "msw_total", "Generated (t)", "WAW_MSW_GENERATED", "msw_year", "T"],
        [
          "decimal",
          "msw_recycled",
          "Recycled (t)",
          "WAW_MSW_TREATED",
          "msw_year",
          "T",
          "WASTE_TREATMENT=RECYCLING",
        ],
        ["end repeat"],
      ]),
    ).toEqual([]);
  });

  it("takes a repeat per breakdown, its code from a question of the instance and its year from outside", () => {
    expect(
      findingsOf([
        ["integer", "year", "Year"],
        ["begin repeat", "by_stream", "By waste stream"],
        ["begin group", "stream_page", "Stream"],
        ["text", "stream", "Stream code", null, null, null, "TYPE_OF_WASTE"],
        ["decimal", "tonnes", "Tonnes", "EN_WAS_GEN", "year", "T"],
        ["end group"],
        ["end repeat"],
      ]),
    ).toEqual([]);
  });

  it("takes a year question of an enclosing repeat for a value in a nested one", () => {
    expect(
      findingsOf([
        ["begin repeat", "years", "Years"],
        ["integer", "year", "Year"],
        ["begin repeat", "regions", "Regions"],
        ["text", "region", "Region code", null, null, null, "REF_AREA_DETAIL"],
        ["decimal", "value", "Value", "EN_X", "year"],
        ["end repeat"],
        ["end repeat"],
      ]),
    ).toEqual([]);
  });

  it("takes a series repeat whose instances give value, year and breakdown", () => {
    expect(
      findingsOf([
        ["begin repeat", "waste", "Waste streams", "EN_WAS_GEN", null, "T"],
        ["integer", "waste_year", "Year", null, null, null, null, "year"],
        ["text", "waste_stream", "Stream", null, null, null, "TYPE_OF_WASTE"],
        ["decimal", "waste_tonnes", "Tonnes", null, null, null, null, "value"],
        ["end repeat"],
      ]),
    ).toEqual([]);
  });
});
