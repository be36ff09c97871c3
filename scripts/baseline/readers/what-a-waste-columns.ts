/**
 * Every column of What a Waste's `country_level_data.csv` (current release) and what the
 * baseline makes of it: an indicator with a breakdown, or a stated reason to leave it out. An
 * unknown column stops the build, so a re-issued file cannot slip a series past review.
 */

export interface LoadedColumn {
  readonly indicator: string;
  readonly dimensions: Readonly<Record<string, string>>;
  /** The unit the column name states; the codebook's `units` cell is compared with it. */
  readonly unitLabel: "%" | "tonnes/year" | `Percent of ${string}`;
}

const composition = {
  food_organic_waste: "FOOD_ORGANIC",
  glass: "GLASS",
  metal: "METAL",
  other: "OTHER",
  paper_cardboard: "PAPER_CARDBOARD",
  plastic: "PLASTIC",
  rubber_leather: "RUBBER_LEATHER",
  wood: "WOOD",
  yard_garden_green_waste: "YARD_GARDEN",
} as const;

const treatment = {
  anaerobic_digestion: "ANAEROBIC_DIGESTION",
  compost: "COMPOST",
  controlled_landfill: "CONTROLLED_LANDFILL",
  incineration: "INCINERATION",
  landfill_unspecified: "LANDFILL_UNSPECIFIED",
  open_dump: "OPEN_DUMP",
  other: "OTHER",
  recycling: "RECYCLING",
  sanitary_landfill_landfill_gas_system: "SANITARY_LANDFILL_GAS",
  unaccounted_for: "UNACCOUNTED",
  waterways_marine: "WATERWAYS_MARINE",
} as const;

const specialWaste = {
  agricultural_waste: "AGRICULTURAL",
  construction_and_demolition_waste: "CONSTRUCTION_DEMOLITION",
  e_waste: "E_WASTE",
  hazardous_waste: "HAZARDOUS",
  industrial_waste: "INDUSTRIAL",
  medical_waste: "MEDICAL",
} as const;

/** Collection coverage: the column's area part → URBANISATION code (the whole country has none). */
const coverageArea = { rural: "R", urban: "U", total: null } as const;

/** Collection coverage: the column's basis part → COVERAGE_BASIS code and the codebook's label. */
const coverageBasis = {
  geographic_area: ["AREA", "Percent of Geographic Area"],
  households: ["HOUSEHOLDS", "Percent of households"],
  population: ["POPULATION", "Percent of population"],
  waste: ["WASTE", "Percent of waste"],
} as const;

/** Columns read as observations. */
export const loadedColumns: ReadonlyMap<string, LoadedColumn> = new Map<string, LoadedColumn>([
  [
    "total_msw_total_msw_generated_tons_year",
    { indicator: "WAW_MSW_GENERATED", dimensions: {}, unitLabel: "tonnes/year" },
  ],
  ...Object.entries(composition).map(([part, code]): [string, LoadedColumn] => [
    `composition_${part}_percent`,
    { indicator: "WAW_MSW_COMPOSITION", dimensions: { WASTE_COMPOSITION: code }, unitLabel: "%" },
  ]),
  ...Object.entries(treatment).map(([part, code]): [string, LoadedColumn] => [
    `waste_treatment_${part}_percent`,
    { indicator: "WAW_MSW_TREATMENT", dimensions: { WASTE_TREATMENT: code }, unitLabel: "%" },
  ]),
  ...Object.entries(specialWaste).map(([part, code]): [string, LoadedColumn] => [
    `special_waste_${part}_tons_year`,
    { indicator: "WAW_SPECIAL_WASTE", dimensions: { WASTE_TYPE: code }, unitLabel: "tonnes/year" },
  ]),
  ...Object.entries(coverageArea).flatMap(([areaPart, urbanisation]) =>
    Object.entries(coverageBasis).map(([basisPart, [basis, label]]): [string, LoadedColumn] => [
      `waste_collection_coverage_${areaPart}_percent_of_${basisPart}`,
      {
        indicator: "WAW_MSW_COLLECTION",
        dimensions:
          urbanisation === null
            ? { COVERAGE_BASIS: basis }
            : { COVERAGE_BASIS: basis, URBANISATION: urbanisation },
        unitLabel: label,
      },
    ]),
  ),
]);

/** Columns deliberately left out, and why (the README prints these reasons). */
export const skippedColumns: ReadonlyMap<string, string> = new Map([
  ["iso3c", "join key (ISO alpha-3)"],
  ["region_id", "World Bank region, not a measurement"],
  ["country_name", "names are never joined on"],
  ["income_id", "World Bank income group, not a measurement"],
  ["gdp", "GDP per capita, PPP of an unstated year; WDI's own series is loaded instead"],
  [
    "population_population_number_of_people",
    "population of an unstated year; SP.POP.TOTL of the data year is used instead",
  ],
  ["other_information_information_system_for_solid_waste_management", "Yes/No policy flag, not a number"],
  [
    "other_information_national_agency_to_enforce_solid_waste_laws_and_regulations",
    "Yes/No policy flag, not a number",
  ],
  [
    "other_information_national_law_governing_solid_waste_management_in_the_country",
    "Yes/No policy flag, not a number",
  ],
  ["other_information_ppp_rules_and_regulations", "Yes/No policy flag, not a number"],
  [
    "other_information_summary_of_key_solid_waste_information_made_available_to_the_public",
    "Yes/No policy flag, not a number",
  ],
  ["where_where_is_this_data_measured", "free text"],
]);

/**
 * Codebook measurements whose rows describe a different column. In the current release every
 * `waste_treatment_other_percent` row repeats the year, source and comment of the same country's
 * `composition_other_percent` row (units “%”, composition notes), so it cannot date a treatment
 * share. A value in such a column is reported as undated unless its row differs from the twin's.
 */
export const misfiledMeasurements: ReadonlyMap<string, string> = new Map([
  ["waste_treatment_other_percent", "composition_other_percent"],
]);
