/**
 * A contract-shaped readiness index for the page tests: five member states, two pillars of two
 * indicators each, made-up values (not real data) small enough to score by hand. A1 is an
 * intensity, a value divided by a GDP-like denominator of the same year (÷ (D ÷ 1000)), chosen so
 * the ratios are 10, 20, 30, 40. Turkmenistan has no denominator for its A1 value, so only one of
 * four indicators, and is screened out. Its results are computed here by the same handler the
 * Web Worker runs, with the published weights, so the fixture's inputs and results agree; the
 * tests check those results against the hand-computed scores in their own comments.
 */
import type { ReadinessCountry, ReadinessFramework, ReadinessIndex } from "@circular-atlas/contracts";
import { handleWhatIfMessage } from "../readiness/what-if.ts";
import { fixtureSources } from "./fixture-catalogue.ts";

const units = ["KAZ", "KGZ", "TJK", "TKM", "UZB"] as const;
const indicatorCodes = ["A1", "A2", "B1", "B2"] as const;
/** Made-up values by unit, in indicator order; null is missing. A1 is the numerator. */
const values: Record<(typeof units)[number], (string | null)[]> = {
  KAZ: ["10", "4", "5", "0"],
  KGZ: ["30", "2", "1", "50"],
  TJK: ["60", "3", "2", null],
  TKM: ["5", null, null, "7"],
  UZB: ["20", "1", "3", "100"],
};
/** A1's denominator of the same year: A1 ÷ (D ÷ 1000) = 10, 20, 30, 40; Turkmenistan has none. */
const denominators: Record<(typeof units)[number], string | null> = {
  KAZ: "1000",
  KGZ: "1500",
  TJK: "2000",
  TKM: null,
  UZB: "500",
};
const scaleFactor = 1000;

const pipeline = {
  compat: "strict",
  steps: [
    {
      op: "Denominate",
      dset: "Raw",
      denomby: [{ iCode: "A1", Denominator: "D_A1", ScaleFactor: scaleFactor }],
      write_to: "Denominated",
    },
    { op: "Screen", dset: "Denominated", unit_screen: "byNA", dat_thresh: 0.75, write_to: "Screened" },
    { op: "Impute", dset: "Screened", f_i: "i_mean", impute_by: "column", write_to: "Imputed" },
    {
      op: "Treat",
      dset: "Imputed",
      global_specs: {
        f1: "winsorise",
        f1_para: { winmax: 1, skew_thresh: 2, kurt_thresh: 3.5 },
        f2: "log_CT",
      },
      write_to: "Treated",
    },
    {
      op: "Normalise",
      dset: "Treated",
      global_specs: { f_n: "n_minmax", f_n_para: { l_u: [0, 100] } },
      directions: "Direction",
      write_to: "Normalised",
    },
    { op: "Aggregate", dset: "Normalised", f_ag: "a_amean", w: "Original", write_to: "Aggregated" },
  ],
};

const uncertainty = [
  { name: "Imputation", step: "Imputed", argument: "f_i", alternatives: ["i_mean", "i_median"] },
  { name: "Weights", step: "Aggregated", noise: [{ level: 2, noise: 0.25 }] },
];

const inputs: ReadinessIndex["inputs"] = {
  iData: {
    header: ["uCode", "uName", ...indicatorCodes, "D_A1"],
    rows: units.map((unit) => [unit, unit, ...values[unit], denominators[unit]]),
  },
  iMeta: {
    header: ["iCode", "iName", "Level", "Parent", "Type", "Direction", "Weight", "Unit", "Denominator"],
    rows: [
      ["A1", "A one", 1, "Alpha", "Indicator", 1, 1, "KG_PER_1000_USD", "D_A1"],
      ["A2", "A two", 1, "Alpha", "Indicator", -1, 1, "PT", null],
      ["B1", "B one", 1, "Beta", "Indicator", 1, 1, "PT", null],
      ["B2", "B two", 1, "Beta", "Indicator", 1, 1, "PT", null],
      ["D_A1", "GDP", null, null, "Denominator", null, null, "USD", null],
      ["Alpha", "Alpha", 2, "Index", "Aggregate", 1, 1, null, null],
      ["Beta", "Beta", 2, "Index", "Aggregate", 1, 1, null, null],
      ["Index", "Index", 3, null, "Aggregate", 1, 1, null, null],
    ],
  },
  pipeline,
  uncertainty,
};

export const fixtureReadinessSeed = 7;
export const fixtureReadinessReplications = 100;

const reason = { en: "Fixture reason.", ru: "Причина для теста.", fa: "دلیل آزمایشی." };
const percent = { en: "%", ru: "%", fa: "درصد" };

const indicator = (code: string, pillar: string, direction: 1 | -1, en: string) => ({
  code,
  pillar,
  names: { en, ru: `${en} (ru)`, fa: `${en} (fa)` },
  series: "NY.GDP.PCAP.CD",
  dimensions: {},
  direction,
  directionReason: reason,
  weight: 1,
  fromYear: 2015,
  unit: "PT",
  unitLabels: percent,
  denominator: null,
});

/** A1: tonnes divided by GDP of the same year, in kg per 1,000 $. */
const intensity = {
  ...indicator("A1", "Alpha", 1, "Indicator A1"),
  series: "WAW_MSW_GENERATED",
  unit: "T_PER_YEAR",
  unitLabels: { en: "t", ru: "т", fa: "تن" },
  denominator: {
    code: "D_A1",
    series: "NY.GDP.MKTP.PP.CD",
    dimensions: {},
    names: { en: "GDP, PPP", ru: "ВВП по ППС", fa: "تولید ناخالص داخلی" },
    unit: "INTL_USD_CURRENT",
    unitLabels: { en: "intl $", ru: "междунар. долл.", fa: "دلار بین‌المللی" },
    scaleFactor,
    ratioUnit: "KG_PER_1000_USD",
    ratioUnitLabels: { en: "kg per 1,000 $", ru: "кг на 1000 долл.", fa: "کیلوگرم به ازای ۱۰۰۰ دلار" },
    ratioDecimals: 1,
    note: { en: "Fixture scale note.", ru: "Примечание о масштабе.", fa: "یادداشت مقیاس." },
  },
};

const framework: ReadinessFramework = {
  id: "eco-ce-readiness",
  version: "fixture",
  names: { en: "Fixture readiness index" },
  basis: {
    framework: "unece-oecd-ce",
    source: {
      title: "Fixture framework document",
      publisher: "Fixture publisher",
      year: 2023,
      url: "https://example.org/framework",
      locator: "Table 1",
    },
  },
  indexCode: "Index",
  pillars: [
    {
      code: "Alpha",
      buildingBlock: "material-life-cycle",
      names: { en: "Alpha pillar", ru: "Блок альфа", fa: "بلوک آلفا" },
      weight: 1,
    },
    {
      code: "Beta",
      buildingBlock: "environment",
      names: { en: "Beta pillar", ru: "Блок бета", fa: "بلوک بتا" },
      weight: 1,
    },
  ],
  indicators: [
    intensity,
    indicator("A2", "Alpha", -1, "Indicator A2"),
    indicator("B1", "Beta", 1, "Indicator B1"),
    indicator("B2", "Beta", 1, "Indicator B2"),
  ],
  excluded: [
    { series: "EN_EWT_RCYR", dimensions: {}, kind: "coverage", reason: "Two member states." },
    {
      series: "CDIAC_CO2_PCAP",
      dimensions: {},
      kind: "per-person-pressure",
      reason: "Fixture: consumption per person.",
    },
  ],
  method: {
    screenThreshold: 0.75,
    replications: fixtureReadinessReplications,
    seed: fixtureReadinessSeed,
    uncertainInputs: [
      { name: "Imputation", alternatives: ["column mean", "column median"] },
      { name: "Weights", alternatives: ["±25 % noise on the pillar weights"] },
    ],
  },
};

function fixtureIndex(): ReadinessIndex {
  const answer = handleWhatIfMessage({
    id: 0,
    inputs,
    pillarWeights: {},
    replications: fixtureReadinessReplications,
    seed: fixtureReadinessSeed,
  });
  if (!answer.ok) throw new Error(`fixture readiness index: ${answer.message}`);
  const byArea = new Map(answer.countries.map((country) => [country.area, country]));
  const countries = ["KAZ", "KGZ", "TJK", "TKM", "UZB"].map((area): ReadinessCountry => {
    const computed = byArea.get(area);
    const ranked = computed?.rank !== null && computed?.rank !== undefined;
    const raw = values[area as (typeof units)[number]];
    const divisor = denominators[area as (typeof units)[number]];
    // What the index reads: A1 divided (missing without its denominator), the others as published.
    const read = raw.map((value, column) =>
      value === null || (column === 0 && divisor === null)
        ? null
        : column === 0
          ? Number(value) / (Number(divisor) / scaleFactor)
          : Number(value),
    );
    return {
      area,
      status: ranked ? "ranked" : "insufficient-data",
      coverage: { available: read.filter((value) => value !== null).length, total: 4 },
      score: computed?.score ?? null,
      rank: computed?.rank ?? null,
      rankInterval: computed?.rankInterval
        ? { ...computed.rankInterval, mean: computed.rankInterval.median }
        : null,
      pillars: ["Alpha", "Beta"].map((pillar) => ({
        pillar,
        score: computed?.pillars[pillar] ?? null,
        rank: null,
      })),
      cells: indicatorCodes.map((indicator, column) => ({
        indicator,
        value: raw[column] ?? null,
        year: raw[column] === null ? null : 2020 + column,
        source: raw[column] === null ? null : "wb-wdi",
        denominator:
          column === 0
            ? {
                value: divisor,
                year: divisor === null ? null : 2020,
                source: divisor === null ? null : "wb-wdi",
              }
            : null,
        indicatorValue: read[column] ?? null,
        imputed: ranked && read[column] === null,
        normalised: null,
      })),
    };
  });
  return {
    dataVersion: "fixture",
    framework,
    countries,
    sources: fixtureSources.filter((source) => source.id === "wb-wdi"),
    inputs,
    uncertainty: { replications: fixtureReadinessReplications, seed: fixtureReadinessSeed, failed: [] },
    diagnostics: [],
  };
}

let built: ReadinessIndex | undefined;

/** Built on first use, so page tests that never ask for it do not run the engine. */
export function fixtureReadiness(): ReadinessIndex {
  built ??= fixtureIndex();
  return built;
}
