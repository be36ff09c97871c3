import { readXlsForm, toXlsx, type XlsForm } from "@circular-atlas/formats";
import { describe, expect, it } from "vitest";
import { ServiceError } from "../service-error.ts";
import { openSdgCsv, seriesValues } from "./series-answers.ts";

/** A form from survey rows under the `bind::atlas:*` header; the linter must find nothing in it. */
function formOf(survey: (string | null)[][]): XlsForm {
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
  const { form, diagnostics } = readXlsForm(toXlsx([{ name: "survey", rows: [header, ...survey] }]));
  expect(diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
  return form as XlsForm;
}

const byYear = formOf([
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
]);

const refusal = (run: () => unknown): ServiceError => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ServiceError);
    return error as ServiceError;
  }
  throw new Error("the extraction was not refused");
};

describe("series answers", () => {
  it("gives one observation per instance and bound question, the year from the instance", () => {
    const values = seriesValues(byYear, {
      msw_by_year: [
        { msw_year: "2021", msw_total: "4100", msw_recycled: "700" },
        { msw_year: "2022", msw_total: "4200" },
        {},
      ],
    });
    expect(
      values.map(({ question, series, year, value, dimensions }) => [
        question,
        series,
        year,
        value,
        dimensions,
      ]),
    ).toEqual([
      ["msw_by_year[1]/msw_total", "WAW_MSW_GENERATED", "2021", "4100", {}],
      ["msw_by_year[1]/msw_recycled", "WAW_MSW_TREATED", "2021", "700", { WASTE_TREATMENT: "RECYCLING" }],
      ["msw_by_year[2]/msw_total", "WAW_MSW_GENERATED", "2022", "4200", {}],
    ]);
  });

  it("takes a breakdown code from a question of the instance and the year from outside the repeat", () => {
    const form = formOf([
      ["integer", "year", "Year"],
      ["begin repeat", "by_stream", "By waste stream"],
      ["text", "stream", "Stream code", null, null, null, "TYPE_OF_WASTE"],
      ["decimal", "tonnes", "Tonnes", "EN_WAS_GEN", "year", "T"],
      ["end repeat"],
    ]);
    const values = seriesValues(form, {
      year: "2022",
      by_stream: [
        { stream: "MUN", tonnes: "10" },
        { stream: "HAZ", tonnes: "2" },
      ],
    });
    expect(values.map((value) => [value.year, value.dimensions, value.value])).toEqual([
      ["2022", { TYPE_OF_WASTE: "MUN" }, "10"],
      ["2022", { TYPE_OF_WASTE: "HAZ" }, "2"],
    ]);
    expect(openSdgCsv(values, "KAZ")).toBe(
      "Year,SERIES,REF_AREA,UNIT_MEASURE,TYPE_OF_WASTE,Value\n2022,EN_WAS_GEN,KAZ,T,MUN,10\n2022,EN_WAS_GEN,KAZ,T,HAZ,2\n",
    );
    const blank = refusal(() => seriesValues(form, { year: "2022", by_stream: [{ tonnes: "10" }] }));
    expect(blank.details["problems"]).toMatchObject([
      { path: "by_stream[1]/stream", code: "atlas/series-dimension" },
    ]);
  });

  it("gives one observation per instance of a series repeat, with its status and comment", () => {
    const form = formOf([
      ["begin repeat", "waste", "Waste streams", "EN_WAS_GEN", null, "T"],
      ["integer", "waste_year", "Year", null, null, null, null, "year"],
      ["text", "waste_stream", "Stream", null, null, null, "TYPE_OF_WASTE"],
      ["decimal", "waste_tonnes", "Tonnes", null, null, null, null, "value"],
      ["text", "waste_status", "Status", null, null, null, null, "obs_status"],
      ["text", "waste_note", "Note", null, null, null, null, "comment"],
      ["end repeat"],
    ]);
    const values = seriesValues(form, {
      waste: [
        {
          waste_year: "2022",
          waste_stream: "MUN",
          waste_tonnes: "10",
          waste_status: "E",
          waste_note: "estimate",
        },
      ],
    });
    expect(openSdgCsv(values, "KAZ")).toBe(
      "Year,SERIES,REF_AREA,UNIT_MEASURE,OBS_STATUS,COMMENT_OBS,TYPE_OF_WASTE,Value\n2022,EN_WAS_GEN,KAZ,T,E,estimate,MUN,10\n",
    );
    expect(values[0]?.question).toBe("waste[1]");
  });

  it("refuses two instances giving the same observation, naming both", () => {
    const failure = refusal(() =>
      seriesValues(byYear, {
        msw_by_year: [
          { msw_year: "2021", msw_total: "4100" },
          { msw_year: "2022", msw_total: "4200" },
          { msw_year: "2021", msw_total: "4150" },
        ],
      }),
    );
    expect(failure.code).toBe("validation-failed");
    expect(failure.details["problems"]).toEqual([
      {
        path: "msw_by_year[3]/msw_total",
        code: "atlas/duplicate-observation",
        severity: "error",
        message:
          "gives WAW_MSW_GENERATED for 2021 again, as msw_by_year[1]/msw_total does; each observation is answered once",
        row: 4,
      },
    ]);
  });

  it("refuses an instance's value without a year, at its path", () => {
    const failure = refusal(() => seriesValues(byYear, { msw_by_year: [{ msw_total: "4100" }] }));
    expect(failure.message).toContain(
      "msw_by_year[1]/msw_total: gives a value for WAW_MSW_GENERATED but the year question msw_year is unanswered",
    );
  });
});
