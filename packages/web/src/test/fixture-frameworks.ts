/**
 * Contract-shaped framework fixtures for the coverage page: an empty framework (as the UNECE/OECD
 * one is until its core list is added) and a small SDG-like one whose cells are built from a
 * made-up table of years, so every status appears. Not real data.
 */
import type {
  CoverageCell,
  CoverageMatrix,
  FrameworkSummary,
  SeriesFrameworks,
} from "@circular-atlas/contracts";
import { memberCodes } from "./fixture-catalogue.ts";

const source = {
  title: "Fixture framework document",
  publisher: "Fixture publisher",
  year: 2023,
  url: "https://example.org/framework",
  locator: "Table 1",
};

export const fixtureFrameworks: FrameworkSummary[] = [
  {
    id: "empty",
    names: { en: "Empty framework" },
    source,
    notes: "The indicator list is not yet in the catalogue.",
    groups: [{ code: "block", names: { en: "Building block" }, sortOrder: 1 }],
    indicatorCount: 0,
  },
  {
    id: "sdg",
    names: { en: "SDG indicators", ru: "Индикаторы ЦУР", fa: "شاخص‌های اهداف توسعهٔ پایدار" },
    source,
    notes: "",
    groups: [
      { code: "12.2", names: { en: "Target 12.2" }, sortOrder: 1 },
      { code: "12.5", names: { en: "Target 12.5" }, sortOrder: 2 },
    ],
    indicatorCount: 2,
  },
];

function cell(area: string, status: CoverageCell["status"], years: number[], series: string[]): CoverageCell {
  return { area, status, years, firstYear: years[0] ?? null, lastYear: years.at(-1) ?? null, series };
}

function sdgMatrix(): CoverageMatrix {
  const framework = fixtureFrameworks[1] as FrameworkSummary;
  return {
    framework,
    areas: [...memberCodes],
    rows: [
      {
        code: "12.2.2",
        groupCode: "12.2",
        names: { en: "Domestic material consumption" },
        series: [{ series: "EN_MAT_DOMCMPC", relation: "direct", dimensionKey: "", reason: "UN series" }],
        cells: memberCodes.map((area) => cell(area, "available", [2000, 2001, 2017], ["EN_MAT_DOMCMPC"])),
      },
      {
        code: "12.5.1",
        groupCode: "12.5",
        names: { en: "National recycling rate" },
        series: [{ series: "MSW_RCY", relation: "proxy", dimensionKey: "", reason: "municipal only" }],
        cells: memberCodes.map((area) =>
          area === "IRN" ? cell(area, "proxy", [2017], ["MSW_RCY"]) : cell(area, "missing", [], []),
        ),
      },
    ],
  };
}

/** The matrix the server would send for a framework id, or `undefined` for an unknown one. */
export function fixtureCoverage(frameworkId: string): CoverageMatrix | undefined {
  if (frameworkId === "sdg") return sdgMatrix();
  const empty = fixtureFrameworks.find((framework) => framework.id === frameworkId);
  return empty === undefined ? undefined : { framework: empty, areas: [...memberCodes], rows: [] };
}

/** The framework indicators a fixture series stands for, read off the fixture matrix's links. */
export function fixtureSeriesFrameworks(code: string): SeriesFrameworks {
  const framework = fixtureFrameworks[1] as FrameworkSummary;
  return {
    data: sdgMatrix().rows.flatMap((row) =>
      row.series
        .filter((link) => link.series === code)
        .map((link) => ({
          framework: framework.id,
          frameworkNames: framework.names,
          code: row.code,
          names: row.names,
          relation: link.relation,
          reason: link.reason,
        })),
    ),
  };
}
