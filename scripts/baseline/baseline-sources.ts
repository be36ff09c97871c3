/**
 * `sources.json`: one entry per dataset the build reads, with the facts its PROVENANCE.md
 * records (publisher, licence, retrieval date, commit). Ids are the dataset folder names under
 * the shared data folder, so a row's source leads straight to the files it came from.
 */
import type { BaselineSource } from "@circular-atlas/contracts";
import { worldAtlasFile, worldAtlasVersion } from "./geometry/build-geometry.ts";

const ccBy4 = "https://creativecommons.org/licenses/by/4.0/";
const pddl = "https://opendatacommons.org/licenses/pddl/1-0/";
const retrievedOn = "2026-11-28";

export const baselineSources: readonly BaselineSource[] = [
  {
    id: "datahub-co2-fossil-by-nation",
    title: "Global, Regional, and National Fossil-Fuel CO2 Emissions: 1751–2020 (CDIAC-FF), national file",
    publisher:
      "Research Institute for Environment, Energy, and Economics, Appalachian State University (CDIAC-FF); packaged by datahub.io",
    licence: "ODC-PDDL-1.0 (data package); CDIAC data published openly for reuse",
    licenceUrl: pddl,
    url: "https://rieee.appstate.edu/wp-content/uploads/2024/07/nation.1751_2020.xlsx",
    retrievedOn,
    version:
      "nation.1751_2020; github.com/datasets/co2-fossil-by-nation @ 8545c9bec352c31960bf9340a38fce81cd44a8df",
    citation:
      "Hefner, M. and G. Marland (2023). Global, Regional, and National Fossil-Fuel CO2 Emissions: 1751–2020. CDIAC-FF, Research Institute for Environment, Energy, and Economics, Appalachian State University.",
    notes:
      "Values are thousand tonnes of carbon (Per Capita: tonnes of carbon per person), although the bundled datapackage.json says million tonnes; the baseline converts them to CO2. Countries are named, not coded.",
  },
  {
    id: "datahub-population",
    title: "Population, total (SP.POP.TOTL): datahub.io core dataset “population”",
    publisher: "World Bank, World Development Indicators; packaged by datahub.io",
    licence: "CC BY 4.0 (World Bank data); ODC-PDDL-1.0 (data package)",
    licenceUrl: ccBy4,
    url: "https://data.worldbank.org/indicator/SP.POP.TOTL",
    retrievedOn,
    version: "github.com/datasets/population @ 425fc447a53a26c767a15a7de60c4cc2478a0595 (2026-03-06)",
    citation:
      "World Bank, World Development Indicators: Population, total (SP.POP.TOTL), via datahub.io. CC BY 4.0.",
    notes: null,
  },
  {
    id: "natural-earth-world-atlas",
    title: "World Atlas TopoJSON, countries at 1:50m (Natural Earth Admin 0 boundaries 4.1.0)",
    publisher: "Natural Earth; TopoJSON by Mike Bostock (npm world-atlas)",
    licence: "Natural Earth: public domain; world-atlas: ISC",
    licenceUrl: "https://www.naturalearthdata.com/about/terms-of-use/",
    url: "https://github.com/topojson/world-atlas",
    retrievedOn: null,
    version: `world-atlas ${worldAtlasVersion} (${worldAtlasFile})`,
    citation: "Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com.",
    notes:
      "Used only for geometry.topo.json. Boundaries are Natural Earth's de facto lines and imply no opinion of the ECO on the legal status of any territory.",
  },
  {
    id: "open-sdg-kazakhstan",
    title:
      "Kazakhstan national SDG reporting platform: Open SDG data repository (regions.geojson and REF_AREA codes)",
    publisher:
      "Bureau of National Statistics of the Agency for Strategic Planning and Reforms of the Republic of Kazakhstan",
    licence: "MIT (repository licence, data included)",
    licenceUrl: "https://github.com/kazstat/sdg-data-kazstat/blob/master/LICENSE",
    url: "https://github.com/kazstat/sdg-data-kazstat",
    retrievedOn,
    version: "github.com/kazstat/sdg-data-kazstat @ 72277878d12502232b21c3d4b8ac459630b4f578 (2024-10-24)",
    citation:
      "Bureau of National Statistics of the Republic of Kazakhstan, national SDG reporting platform. MIT License, Copyright (c) 2018 Office for National Statistics.",
    notes:
      "Used only for regions.json and regions.topo.json: the regional boundaries of the national platform's maps and the region codes of its data files. Boundaries imply no opinion of the ECO on any territory's status.",
  },
  {
    id: "owid-co2-data-2020",
    title: "CO2 and Greenhouse Gas Emissions dataset (December 2020 release)",
    publisher: "Our World in Data (Global Carbon Project; CAIT Climate Data Explorer)",
    licence: "CC BY 4.0",
    licenceUrl: ccBy4,
    url: "https://github.com/owid/co2-data",
    retrievedOn,
    version: "github.com/owid/co2-data @ 2a6c4a26fafc29000d1ee0deebf083d60b563c78 (2020-12-09)",
    citation:
      "Hannah Ritchie, Max Roser and Edouard Mathieu, Our World in Data CO2 and greenhouse-gas emissions dataset (December 2020). CC BY 4.0. consumption_co2 from the Global Carbon Project; total_ghg from CAIT Climate Data Explorer.",
    notes:
      "An old vintage kept because later files were not retrievable; replace it with the current OWID release.",
  },
  {
    id: "un-sdg-indicators-ddf",
    title: "SDG indicators (UN Global SDG Indicators Database, DDF extract)",
    publisher: "United Nations Statistics Division; repackaged by Gapminder (open-numbers)",
    licence: "CC BY 4.0",
    licenceUrl: ccBy4,
    url: "https://unstats.un.org/sdgs/indicators/database/",
    retrievedOn,
    version:
      "October 2020 snapshot; github.com/open-numbers/ddf--unstats--sdg_indicators @ 1bfae15828a86ad30e86872411534f5c8136d784 (2020-10-19)",
    citation:
      "United Nations Statistics Division, Global SDG Indicators Database (data pulled October 2020), via Gapminder / open-numbers DDF package. CC BY 4.0.",
    notes:
      "Custodian agencies: UNEP/IRP (material flows), UNITAR/ITU (e-waste), UNSD/UNEP (hazardous waste), UNIDO (9.2.1), ILO (9.2.2), IEA (9.4.1), OECD/IEA/IMF (12.c.1), FAO (6.4.2).",
  },
  {
    id: "wb-wdi-datahub",
    title: "World Development Indicators (41 selected indicators, datahub.io packaging)",
    publisher: "World Bank; packaged by datahub.io",
    licence: "CC BY 4.0",
    licenceUrl: ccBy4,
    url: "https://databank.worldbank.org/source/world-development-indicators",
    retrievedOn,
    version:
      "github.com/datasets/world-development-indicators @ 4ebec5a2273f531ba238a34dbe440394dc5a6c4b (2026-07-01)",
    citation: "World Bank, World Development Indicators, via datahub.io. CC BY 4.0.",
    notes: "ILO modelled employment estimates for the latest years are projections.",
  },
  {
    id: "wb-what-a-waste",
    title: "What a Waste Global Database (country level, current release)",
    publisher: "World Bank",
    licence: "CC BY 4.0",
    licenceUrl: ccBy4,
    url: "https://datacatalog.worldbank.org/search/dataset/0039597/What-a-Waste-Global-Database",
    retrievedOn,
    version:
      "current release; copy github.com/rlansteel/sfa-waste @ 0fbcba2e55867b7b59cc24a6f7c24c3bef6b8c21",
    citation:
      "Kaza, S., Yao, L., Bhada-Tata, P., Van Woerden, F. (2018). What a Waste 2.0: A Global Snapshot of Solid Waste Management to 2050. World Bank. Data: What a Waste Global Database, CC BY 4.0.",
    notes:
      "Each value's year is its data year from country_level_codebook.csv, and source_detail is the codebook's bibliographic source for that value.",
  },
];
