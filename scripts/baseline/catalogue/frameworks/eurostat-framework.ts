/**
 * Eurostat's circular-economy monitoring framework as revised in 2023: its five dimensions and
 * the indicators with their Eurostat table codes (`cei_*`).
 */
import type { FrameworkSource } from "@circular-atlas/contracts";
import {
  type FrameworkDefinition,
  type FrameworkIndicatorDefinition,
  proxy,
} from "./framework-definition.ts";

const staffWorkingDocument: FrameworkSource = {
  title:
    "Measuring progress towards circular economy in the European Union – Key indicators for a revised monitoring framework (SWD(2023) 306 final)",
  publisher: "European Commission",
  year: 2023,
  url: "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52023SC0306",
  locator: "Section 4.1, Structure of the framework",
};

function cei(
  code: string,
  groupCode: string,
  title: string,
  series: FrameworkIndicatorDefinition["series"] = [],
): FrameworkIndicatorDefinition {
  return {
    code,
    groupCode,
    title,
    source: {
      title: "Circular economy – monitoring framework: indicator tables",
      publisher: "Eurostat",
      year: 2023,
      url: `https://ec.europa.eu/eurostat/databrowser/view/${code}/default/table`,
      locator: `Table ${code}`,
    },
    series,
  };
}

export const eurostatFramework: FrameworkDefinition = {
  id: "eurostat-ce-2023",
  names: {
    en: "Eurostat circular economy monitoring framework (2023)",
    ru: "Система мониторинга циркулярной экономики Евростата (2023)",
    fa: "چارچوب پایش اقتصاد چرخشی یورواستات (۲۰۲۳)",
  },
  source: staffWorkingDocument,
  notes:
    "The five dimensions are those of SWD(2023) 306, section 4.1. The indicator tables listed are the cei_* tables we could confirm by code; green public procurement, biowaste recycling, recovery of construction and demolition waste, the end-of-life recycling input rate and raw-material self-sufficiency are in the framework but not yet in this catalogue.",
  groups: [
    { code: "pc", title: "Production and consumption" },
    { code: "wm", title: "Waste management" },
    { code: "srm", title: "Secondary raw materials" },
    { code: "cie", title: "Competitiveness and innovation" },
    { code: "gsr", title: "Global sustainability and resilience" },
  ],
  indicators: [
    cei("cei_pc020", "pc", "Material footprint"),
    cei("cei_pc030", "pc", "Resource productivity", [
      proxy(
        "EN_MAT_DOMCMPG",
        "DMC per unit of GDP (UN, kg per constant 2010 US$) is the reciprocal of resource productivity (GDP per DMC, in euro or PPS)",
      ),
    ]),
    cei("cei_pc034", "pc", "Waste generation per capita"),
    cei("cei_pc032", "pc", "Generation of waste excluding major mineral wastes per GDP unit"),
    cei("cei_pc031", "pc", "Generation of municipal waste per capita", [
      proxy(
        "WAW_MSW_PER_CAPITA",
        "What a Waste municipal solid waste per capita (kg per person per day, one survey year per country), not Eurostat's municipal waste statistics",
      ),
    ]),
    cei("cei_pc035", "pc", "Food waste"),
    cei("cei_pc040", "pc", "Generation of packaging waste per capita"),
    cei("cei_pc050", "pc", "Generation of plastic packaging waste per capita"),
    cei("cei_wm011", "wm", "Recycling rate of municipal waste", [
      proxy(
        "WAW_MSW_TREATMENT",
        "What a Waste share of municipal solid waste recycled, by the country's own reporting year",
        "WASTE_TREATMENT=RECYCLING",
      ),
    ]),
    cei("cei_wm010", "wm", "Recycling rate of all waste excluding major mineral waste"),
    cei("cei_wm020", "wm", "Recycling rate of packaging waste by type of packaging"),
    cei(
      "cei_wm060",
      "wm",
      "Recycling rate of waste of electrical and electronic equipment (WEEE) separately collected",
      [
        proxy(
          "EN_EWT_RCYR",
          "UN SDG e-waste recycling rate (Global E-waste Monitor), of e-waste generated, not collected",
        ),
      ],
    ),
    cei("cei_srm030", "srm", "Circular material use rate"),
    cei(
      "cei_srm010",
      "srm",
      "Contribution of recycled materials to raw materials demand – end-of-life recycling input rates",
    ),
    cei("cei_srm020", "srm", "Trade in recyclable raw materials"),
    cei("cei_cie012", "cie", "Private investment and gross added value related to circular economy sectors"),
    cei("cei_cie011", "cie", "Persons employed in circular economy sectors"),
    cei("cei_cie020", "cie", "Patents related to recycling and secondary raw materials"),
    cei("cei_gsr010", "gsr", "Consumption footprint"),
    cei("cei_gsr011", "gsr", "Greenhouse gases emissions from production activities", [
      proxy(
        "OWID_TOTAL_GHG",
        "Our World in Data total greenhouse-gas emissions of the territory, not by production activity",
      ),
    ]),
    cei("cei_gsr030", "gsr", "Material import dependency"),
  ],
};
