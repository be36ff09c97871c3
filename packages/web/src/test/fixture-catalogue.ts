/**
 * Contract-shaped fixtures for the web unit tests: a few indicators of each kind the pages must
 * handle (plain totals, a material-group breakdown, a one-year composition, a two-dimension
 * breakdown, a derived series, a gap), the ten member states and their sources. Values are made
 * up by formula, not real data; the real-server journeys live in e2e/.
 */
import type { Area, DimensionCode, Indicator, Source } from "@circular-atlas/contracts";

export const memberCodes = ["AFG", "AZE", "IRN", "KAZ", "KGZ", "PAK", "TJK", "TUR", "TKM", "UZB"] as const;

const m49: Record<string, number> = {
  AFG: 4,
  AZE: 31,
  IRN: 364,
  KAZ: 398,
  KGZ: 417,
  PAK: 586,
  TJK: 762,
  TUR: 792,
  TKM: 795,
  UZB: 860,
};

const iso2: Record<string, string> = {
  AFG: "AF",
  AZE: "AZ",
  IRN: "IR",
  KAZ: "KZ",
  KGZ: "KG",
  PAK: "PK",
  TJK: "TJ",
  TUR: "TR",
  TKM: "TM",
  UZB: "UZ",
};

export const fixtureAreas: Area[] = [
  { code: "ECO", m49: null, iso2: null, level: "organisation", parentCode: null, names: {} },
  ...memberCodes.map(
    (code): Area => ({
      code,
      m49: m49[code] ?? null,
      iso2: iso2[code] ?? null,
      level: "country",
      parentCode: "ECO",
      names: {},
    }),
  ),
];

export const fixtureSources: Source[] = [
  {
    id: "wb-wdi",
    title: "World Development Indicators",
    publisher: "World Bank",
    licence: "CC BY 4.0",
    licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
    url: "https://databank.worldbank.org/source/world-development-indicators",
    retrievedOn: "2026-11-28",
    version: "4ebec5a",
    citation: "World Bank, World Development Indicators.",
    notes: null,
  },
  {
    id: "unsd-sdg",
    title: "UN SDG Global Indicators Database (DDF extract)",
    publisher: "United Nations Statistics Division",
    licence: "CC BY 4.0",
    licenceUrl: null,
    url: null,
    retrievedOn: null,
    version: null,
    citation: "UN Statistics Division, SDG Global Database; Gapminder / open-numbers.",
    notes: "October 2020 snapshot.",
  },
];

function coverage(years: number[], areaCount: number): Indicator["coverage"] {
  return { firstYear: years[0] ?? null, lastYear: years.at(-1) ?? null, years, areaCount };
}

export const yearsFrom2000 = Array.from({ length: 18 }, (_, index) => 2000 + index);

function indicator(fields: Partial<Indicator> & Pick<Indicator, "code" | "topic" | "names">): Indicator {
  return {
    descriptions: { en: `What ${fields.code} measures.` },
    unit: "NUMBER",
    unitLabels: { en: "number", ru: "число", fa: "عدد" },
    decimals: 1,
    dimensions: [],
    sdgIndicators: [],
    defaultSourceId: "wb-wdi",
    derivation: null,
    coverage: coverage(yearsFrom2000, 10),
    ...fields,
  };
}

export const fixtureIndicators: Indicator[] = [
  indicator({
    code: "SP.POP.TOTL",
    topic: "population-economy",
    names: { en: "Population", ru: "Население", fa: "جمعیت" },
    unit: "PERSONS",
    unitLabels: { en: "persons", ru: "человек", fa: "نفر" },
    decimals: 0,
  }),
  indicator({
    code: "NY.GDP.PCAP.CD",
    topic: "population-economy",
    // No Persian name: the page must fall back to English and mark it.
    names: { en: "GDP per capita (current US$)", ru: "ВВП на душу населения (текущие долл. США)" },
    unit: "USD",
    unitLabels: { en: "US$", ru: "долл. США", fa: "دلار آمریکا" },
    decimals: 0,
  }),
  indicator({
    code: "EN_MAT_DOMCMPC",
    topic: "materials",
    names: { en: "Domestic material consumption per capita", ru: "ВМП на душу", fa: "مصرف داخلی مواد سرانه" },
    unit: "T_PER_CAP",
    unitLabels: { en: "tonnes per person", ru: "т на человека", fa: "تن به ازای هر نفر" },
    dimensions: ["TYPE_OF_PRODUCT"],
    sdgIndicators: ["12.2.2", "8.4.2"],
    defaultSourceId: "unsd-sdg",
  }),
  indicator({
    code: "EN_MSW_COMP",
    topic: "waste",
    names: { en: "Municipal solid waste composition", ru: "Состав ТБО", fa: "ترکیب پسماند شهری" },
    unit: "PT",
    unitLabels: { en: "%", ru: "%", fa: "٪" },
    dimensions: ["WASTE_TYPE"],
    // The API counts headline values only, and this indicator publishes none.
    coverage: coverage([], 0),
  }),
  indicator({
    code: "EN_EWT_GENPCAP",
    topic: "waste",
    names: {
      en: "E-waste generated per capita",
      ru: "Электронные отходы на душу",
      fa: "پسماند الکترونیکی سرانه",
    },
    unit: "KG",
    unitLabels: { en: "kg", ru: "кг", fa: "کیلوگرم" },
    defaultSourceId: "unsd-sdg",
    coverage: coverage(yearsFrom2000, 8),
  }),
  indicator({
    code: "SL_EMP_SECTOR",
    topic: "industry-employment",
    names: { en: "Employment by sector", ru: "Занятость по секторам", fa: "اشتغال بر حسب بخش" },
    unit: "PT",
    unitLabels: { en: "% of employment", ru: "% занятых", fa: "٪ شاغلان" },
    dimensions: ["SEX", "ACTIVITY"],
  }),
  indicator({
    code: "CO2_PCAP",
    topic: "energy-climate",
    names: { en: "CO2 emissions per capita", ru: "Выбросы CO2 на душу", fa: "انتشار CO2 سرانه" },
    unit: "T_PER_CAP",
    unitLabels: { en: "tonnes per person", ru: "т на человека", fa: "تن به ازای هر نفر" },
    decimals: 2,
    derivation: "EN_ATM_CO2 × 10^6 / SP.POP.TOTL",
  }),
];

/** The six WDI shares the profile combines into "employment by sector, women and men". */
export const employmentCodes = ["AGR", "IND", "SRV"].flatMap((sector) =>
  ["FE", "MA"].map((sex) => `SL.${sector}.EMPL.${sex}.ZS`),
);

fixtureIndicators.push(
  ...employmentCodes.map((code) =>
    indicator({
      code,
      topic: "industry-employment",
      names: { en: `Employment share ${code}` },
      unit: "PT",
      unitLabels: { en: "%", ru: "%", fa: "درصد" },
    }),
  ),
);

function code(dimension: string, value: string, en: string, sortOrder: number): DimensionCode {
  return {
    dimension,
    code: value,
    names: { en, ru: `${en} (ru)`, fa: `${en} (fa)` },
    parentCode: null,
    sortOrder,
  };
}

export const fixtureDimensionCodes: DimensionCode[] = [
  code("TYPE_OF_PRODUCT", "BIM", "Biomass", 1),
  code("TYPE_OF_PRODUCT", "FOF", "Fossil fuels", 2),
  code("TYPE_OF_PRODUCT", "MEO", "Metal ores", 3),
  code("TYPE_OF_PRODUCT", "NMM", "Non-metallic minerals", 4),
  { ...code("TYPE_OF_PRODUCT", "CRO", "Crops", 5), parentCode: "BIM" },
  code("WASTE_TYPE", "FOOD", "Food and green", 1),
  code("WASTE_TYPE", "PAPER", "Paper and cardboard", 2),
  code("WASTE_TYPE", "PLASTIC", "Plastic", 3),
  code("SEX", "F", "Female", 1),
  code("SEX", "M", "Male", 2),
  code("ACTIVITY", "AGR", "Agriculture", 1),
  code("ACTIVITY", "IND", "Industry", 2),
  code("ACTIVITY", "SRV", "Services", 3),
];
