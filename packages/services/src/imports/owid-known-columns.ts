/**
 * OWID variables the observatory already holds as series, so an OWID file imports them without
 * a mapping on the command line. The same columns the bundled baseline reads from OWID
 * (`scripts/baseline/readers/read-owid-co2.ts`, checked against `data/baseline` by the test), with
 * the underlying source OWID's codebook names for each column (kept as the value's source
 * detail), and the SDG 12.2.2 column of OWID's domestic-material-consumption chart, which names
 * its UN SDG series in its header.
 */
export interface OwidKnownColumn {
  readonly indicator: string;
  /** The source OWID's codebook gives for the column (`owid-co2-codebook.csv`, column "source"). */
  readonly sourceDetail?: string;
}

export const owidKnownColumns: Readonly<Record<string, OwidKnownColumn>> = {
  consumption_co2: { indicator: "OWID_CONSUMPTION_CO2", sourceDetail: "Global Carbon Project" },
  total_ghg: { indicator: "OWID_TOTAL_GHG", sourceDetail: "CAIT Climate Data Explorer" },
  "12.2.2 - Domestic material consumption per capita, by type of raw material (tonnes) - EN_MAT_DOMCMPC - Total or no breakdown":
    { indicator: "EN_MAT_DOMCMPC" },
};
