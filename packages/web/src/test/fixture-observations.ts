import type { CountryProfile, Indicator, Observation } from "@circular-atlas/contracts";
import {
  employmentCodes,
  fixtureAreas,
  fixtureDimensionCodes,
  fixtureIndicators,
  fixtureSources,
  memberCodes,
  yearsFrom2000,
} from "./fixture-catalogue.ts";

const base: Record<string, number> = {
  AFG: 1.2,
  AZE: 4,
  IRN: 9.4,
  KAZ: 16,
  KGZ: 5.3,
  PAK: 2.9,
  TJK: 1.5,
  TUR: 9.9,
  TKM: 7.1,
  UZB: 8.3,
};

function observation(
  indicator: Indicator,
  area: string,
  year: number,
  value: string,
  extra: Partial<Observation> = {},
): Observation {
  return {
    indicator: indicator.code,
    area,
    timePeriod: String(year),
    year,
    dimensions: {},
    value,
    unit: indicator.unit,
    unitMult: 0,
    obsStatus: "A",
    nature: null,
    source: indicator.defaultSourceId ?? "wb-wdi",
    sourceDetail: null,
    originalCode: indicator.code,
    derivation: indicator.derivation,
    comment: null,
    ...extra,
  };
}

function byCode(code: string): Indicator {
  const found = fixtureIndicators.find((indicator) => indicator.code === code);
  if (!found) throw new Error(`missing fixture indicator: ${code}`);
  return found;
}

function series(
  code: string,
  build: (indicator: Indicator, area: string, year: number) => Observation[],
): Observation[] {
  const indicator = byCode(code);
  return memberCodes.flatMap((area) => yearsFrom2000.flatMap((year) => build(indicator, area, year)));
}

const grow = (area: string, year: number) => (base[area] ?? 1) * (1 + 0.03 * (year - 2000));

/** Every fixture observation, all breakdowns. */
export const fixtureObservations: Observation[] = [
  ...series("SP.POP.TOTL", (indicator, area, year) => [
    observation(indicator, area, year, (grow(area, year) * 3_000_000).toFixed(0)),
  ]),
  ...series("NY.GDP.PCAP.CD", (indicator, area, year) => [
    observation(indicator, area, year, (grow(area, year) * 500).toFixed(0)),
  ]),
  ...series("EN_MAT_DOMCMPC", (indicator, area, year) => {
    const total = grow(area, year);
    const shares = { BIM: 0.3, FOF: 0.25, MEO: 0.15, NMM: 0.3 };
    return [
      observation(indicator, area, year, total.toFixed(2)),
      ...Object.entries(shares).map(([group, share]) =>
        observation(indicator, area, year, (total * share).toFixed(2), {
          dimensions: { TYPE_OF_PRODUCT: group },
        }),
      ),
      observation(indicator, area, year, (total * 0.2).toFixed(2), {
        dimensions: { TYPE_OF_PRODUCT: "CRO" },
      }),
    ];
  }),
  ...["KAZ", "KGZ", "TUR"].flatMap((area) =>
    Object.entries({ FOOD: "55.5", PAPER: "12", PLASTIC: "10.3" }).map(([type, value]) =>
      observation(byCode("EN_MSW_COMP"), area, 2016, value, { dimensions: { WASTE_TYPE: type } }),
    ),
  ),
  ...series("EN_EWT_GENPCAP", (indicator, area, year) =>
    area === "TJK" || area === "UZB" ? [] : [observation(indicator, area, year, grow(area, year).toFixed(1))],
  ),
  ...series("SL_EMP_SECTOR", (indicator, area, year) =>
    year < 2015
      ? []
      : ["F", "M"].flatMap((sex) =>
          Object.entries({ AGR: 20, IND: 25, SRV: 55 }).map(([activity, value]) =>
            observation(indicator, area, year, String(value + (sex === "F" ? -3 : 3)), {
              dimensions: { SEX: sex, ACTIVITY: activity },
            }),
          ),
        ),
  ),
  ...employmentCodes.flatMap((code) =>
    series(code, (indicator, area, year) => {
      // Agriculture, industry and services shares that add up to 100 for each sex.
      const share = { AGR: 20, IND: 25, SRV: 55 }[code.slice(3, 6)] ?? 0;
      return year >= 2010
        ? [
            observation(
              indicator,
              area,
              year,
              String(share + (code.includes(".FE.") ? -2 : 2) * (code.includes("SRV") ? -2 : 1)),
            ),
          ]
        : [];
    }),
  ),
  ...series("CO2_PCAP", (indicator, area, year) =>
    area === "AFG" ? [] : [observation(indicator, area, year, (grow(area, year) / 2).toFixed(2))],
  ),
];

/** The profile the server would send for `area`: one section per topic, every observation. */
export function fixtureProfile(area: string): CountryProfile {
  const areaRecord = fixtureAreas.find((candidate) => candidate.code === area);
  if (!areaRecord) throw new Error(`missing fixture area: ${area}`);
  const topics = [...new Set(fixtureIndicators.map((indicator) => indicator.topic))];
  return {
    area: areaRecord,
    sections: topics.map((topic) => ({
      topic,
      indicators: fixtureIndicators
        .filter((indicator) => indicator.topic === topic)
        .map((indicator) => ({
          indicator,
          observations: fixtureObservations.filter(
            (item) => item.indicator === indicator.code && item.area === area,
          ),
        })),
    })),
    dimensionCodes: fixtureDimensionCodes,
    sources: fixtureSources,
  };
}
