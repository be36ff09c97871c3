/**
 * The SDG indicators of targets 8.4, 9.4, 11.6 and goal 12, with the titles of the UN global
 * indicator framework and the UN SDG series (`data/baseline/indicators.json`) filed under each.
 */
import type { FrameworkSource } from "@circular-atlas/contracts";
import {
  direct,
  type FrameworkDefinition,
  type FrameworkIndicatorDefinition,
  proxy,
} from "./framework-definition.ts";

const indicatorList: FrameworkSource = {
  title:
    "Global indicator framework for the Sustainable Development Goals and targets of the 2030 Agenda for Sustainable Development",
  publisher: "United Nations Statistical Commission (A/RES/71/313, annex, with its annual refinements)",
  year: 2024,
  url: "https://unstats.un.org/sdgs/indicators/indicators-list/",
  locator: "Goals 8, 9, 11 and 12",
};

/** Each indicator cites its UN metadata sheet (field 0.c), where the title and series are listed. */
function sdg(
  code: string,
  title: string,
  series: FrameworkIndicatorDefinition["series"] = [],
): FrameworkIndicatorDefinition {
  const target = code.split(".").slice(0, 2).join(".");
  return {
    code,
    groupCode: target,
    title,
    source: {
      title: `SDG indicator metadata ${code}`,
      publisher: "United Nations Statistics Division (mirrored by the World Bank)",
      year: 2023,
      url: `https://worldbank.github.io/sdg-metadata/metadata/en/${code.replaceAll(".", "-")}`,
      locator: "0.c. Indicator; 0.d. Series",
    },
    series,
  };
}

const unSeries = "a UN SDG series of this indicator (UN SDG Global Database)";
const dmc = [
  direct("EN_MAT_DOMCMPT", unSeries),
  direct("EN_MAT_DOMCMPC", unSeries),
  direct("EN_MAT_DOMCMPG", unSeries),
];

export const sdgFramework: FrameworkDefinition = {
  id: "sdg",
  names: {
    en: "SDG indicators 8.4, 9.4, 11.6 and 12",
    ru: "Индикаторы ЦУР 8.4, 9.4, 11.6 и 12",
    fa: "شاخص‌های اهداف توسعهٔ پایدار ۸٫۴، ۹٫۴، ۱۱٫۶ و ۱۲",
  },
  source: indicatorList,
  notes:
    "Titles in English as the UN list gives them; official translations are not yet in the catalogue. Material footprint (8.4.1, 12.2.1) and the other indicators without a series here are missing from the baseline, not from the framework.",
  groups: [
    { code: "8.4", title: "Target 8.4: resource efficiency in consumption and production" },
    { code: "9.4", title: "Target 9.4: sustainable, resource-efficient industries" },
    { code: "11.6", title: "Target 11.6: environmental impact of cities" },
    { code: "12.1", title: "Target 12.1: sustainable consumption and production programmes" },
    { code: "12.2", title: "Target 12.2: sustainable management of natural resources" },
    { code: "12.3", title: "Target 12.3: food loss and waste" },
    { code: "12.4", title: "Target 12.4: chemicals and all wastes" },
    { code: "12.5", title: "Target 12.5: waste generation" },
    { code: "12.6", title: "Target 12.6: sustainable practices of companies" },
    { code: "12.7", title: "Target 12.7: public procurement" },
    { code: "12.8", title: "Target 12.8: information and awareness" },
    { code: "12.a", title: "Target 12.a: scientific and technological capacity" },
    { code: "12.b", title: "Target 12.b: sustainable tourism" },
    { code: "12.c", title: "Target 12.c: fossil-fuel subsidies" },
  ],
  indicators: [
    sdg("8.4.1", "Material footprint, material footprint per capita, and material footprint per GDP"),
    sdg(
      "8.4.2",
      "Domestic material consumption, domestic material consumption per capita, and domestic material consumption per GDP",
      dmc,
    ),
    sdg("9.4.1", "CO2 emission per unit of value added", [
      direct("EN_ATM_CO2", `${unSeries}: the emissions, without the value added they are divided by`),
      proxy("CDIAC_CO2", "CO2 from fossil fuels and cement (CDIAC), not per unit of value added"),
    ]),
    sdg(
      "11.6.1",
      "Proportion of municipal solid waste collected and managed in controlled facilities out of total municipal solid waste generated, by cities",
      [
        proxy(
          "WAW_MSW_COLLECTION",
          "What a Waste collection coverage of the population, not the UN-Habitat share managed in controlled facilities",
          "COVERAGE_BASIS=POPULATION",
        ),
      ],
    ),
    sdg(
      "11.6.2",
      "Annual mean levels of fine particulate matter (e.g. PM2.5 and PM10) in cities (population weighted)",
    ),
    sdg(
      "12.1.1",
      "Number of countries developing, adopting or implementing policy instruments aimed at supporting the shift to sustainable consumption and production",
    ),
    sdg("12.2.1", "Material footprint, material footprint per capita, and material footprint per GDP"),
    sdg(
      "12.2.2",
      "Domestic material consumption, domestic material consumption per capita, and domestic material consumption per GDP",
      dmc,
    ),
    sdg("12.3.1", "(a) Food loss index and (b) food waste index"),
    sdg(
      "12.4.1",
      "Number of parties to international multilateral environmental agreements on hazardous waste, and other chemicals that meet their commitments and obligations in transmitting information as required by each relevant agreement",
    ),
    sdg(
      "12.4.2",
      "(a) Hazardous waste generated per capita; and (b) proportion of hazardous waste treated, by type of treatment",
      [
        direct("EN_HAZ_GENV", unSeries),
        direct("EN_HAZ_PCAP", unSeries),
        direct("EN_HAZ_TRTDISR", unSeries),
        direct("EN_EWT_GENV", `${unSeries}: e-waste, a sub-indicator of hazardous waste`),
        direct("EN_EWT_GENPCAP", `${unSeries}: e-waste, a sub-indicator of hazardous waste`),
      ],
    ),
    sdg("12.5.1", "National recycling rate, tons of material recycled", [
      direct("EN_EWT_RCYV", `${unSeries}: e-waste only`),
      direct("EN_EWT_RCYR", `${unSeries}: e-waste only`),
      proxy(
        "WAW_MSW_TREATMENT",
        "What a Waste share of municipal solid waste recycled, not all waste",
        "WASTE_TREATMENT=RECYCLING",
      ),
    ]),
    sdg("12.6.1", "Number of companies publishing sustainability reports"),
    sdg(
      "12.7.1",
      "Number of countries implementing sustainable public procurement policies and action plans",
    ),
    sdg(
      "12.8.1",
      "Extent to which (i) global citizenship education and (ii) education for sustainable development are mainstreamed in (a) national education policies; (b) curricula; (c) teacher education; and (d) student assessment",
    ),
    sdg(
      "12.a.1",
      "Installed renewable energy-generating capacity in developing countries (in watts per capita)",
    ),
    sdg(
      "12.b.1",
      "Implementation of standard accounting tools to monitor the economic and environmental aspects of tourism sustainability",
    ),
    sdg("12.c.1", "Amount of fossil-fuel subsidies (production and consumption) per unit of GDP", [
      direct("ER_FFS_PRTSPR", unSeries),
    ]),
  ],
};
