/**
 * The readiness index in COINr's input layout: iData (one row per member state, one column per
 * indicator, then one Denominator column per denominated indicator, empty for missing) and iMeta
 * (indicators at level 1, pillars at level 2, the index at level 3, the denominators without a
 * level), plus pipeline.json and the uncertainty spec. These are exactly what `atlas index build`
 * and `atlas index uncertainty` read, so the published index can be rerun.
 *
 * Each denominated indicator has a Denominator column of its own, although several divide by the
 * same series: a member's emissions and its waste figure come from different years, and each
 * must be divided by the GDP of its own year.
 */
import type { CellTableDto, ReadinessPillar } from "@circular-atlas/contracts";
import { type PickedTable, toDataCell } from "./readiness-cells.ts";
import {
  type ReadinessIndicatorDefinition,
  readinessIndexCode,
  readinessScreenThreshold,
} from "./readiness-framework.ts";

/** Data set names the pipeline writes, in order. */
export const readinessDataSets = {
  denominated: "Denominated",
  screened: "Screened",
  imputed: "Imputed",
  treated: "Treated",
  normalised: "Normalised",
  aggregated: "Aggregated",
} as const;

export const iMetaHeader = [
  "iCode",
  "iName",
  "Level",
  "Parent",
  "Type",
  "Direction",
  "Weight",
  "Unit",
  "Denominator",
];

/** The denominated indicators, in framework order, with their denominators. */
function denominated<T extends ReadinessIndicatorDefinition>(indicators: readonly T[]) {
  return indicators.flatMap((indicator) =>
    indicator.denominator === undefined ? [] : [{ indicator, denominator: indicator.denominator }],
  );
}

export function readinessIData(input: {
  readonly areas: readonly { readonly code: string; readonly name: string }[];
  readonly indicators: readonly ReadinessIndicatorDefinition[];
  readonly cells: PickedTable;
  readonly denominators: PickedTable;
}): CellTableDto {
  const divided = denominated(input.indicators);
  const cell = (table: PickedTable, code: string, area: string) => {
    const picked = table.get(code)?.get(area);
    return picked === undefined ? null : toDataCell(picked);
  };
  return {
    header: [
      "uCode",
      "uName",
      ...input.indicators.map((indicator) => indicator.code),
      ...divided.map(({ denominator }) => denominator.code),
    ],
    rows: input.areas.map((area) => [
      area.code,
      area.name,
      ...input.indicators.map((indicator) => cell(input.cells, indicator.code, area.code)),
      ...divided.map(({ indicator }) => cell(input.denominators, indicator.code, area.code)),
    ]),
  };
}

export function readinessIMeta(input: {
  readonly pillars: readonly ReadinessPillar[];
  /** With the unit of the value the index reads: the series' own, or the ratio's if denominated. */
  readonly indicators: readonly (ReadinessIndicatorDefinition & {
    readonly unit: string;
    readonly denominatorUnit?: string;
  })[];
  /** Pillar weights to use instead of the framework's (what-if); by pillar code. */
  readonly pillarWeights?: Readonly<Record<string, number>>;
}): CellTableDto {
  return {
    header: iMetaHeader,
    rows: [
      ...input.indicators.map((indicator) => [
        indicator.code,
        indicator.names["en"] ?? indicator.code,
        1,
        indicator.pillar,
        "Indicator",
        indicator.direction,
        indicator.weight,
        indicator.denominator?.ratioUnit ?? indicator.unit,
        indicator.denominator?.code ?? null,
      ]),
      ...denominated(input.indicators).map(({ indicator, denominator }) => [
        denominator.code,
        `${denominator.series} in the year of ${indicator.code}'s value`,
        null,
        null,
        "Denominator",
        null,
        null,
        indicator.denominatorUnit ?? null,
        null,
      ]),
      ...input.pillars.map((pillar) => [
        pillar.code,
        pillar.names["en"] ?? pillar.code,
        2,
        readinessIndexCode,
        "Aggregate",
        1,
        input.pillarWeights?.[pillar.code] ?? pillar.weight,
        null,
        null,
      ]),
      [readinessIndexCode, "ECO circular-economy readiness index", 3, null, "Aggregate", 1, 1, null, null],
    ],
  };
}

/**
 * The nominal build (strict mode): divide the intensities by their same-year denominators, screen
 * out members with too little data before anything else sees them, fill the remaining gaps with
 * the indicator's mean, treat outliers as COINr does (with 10 units, at most one point
 * winsorised), min-max to 0–100 after the direction flip, and arithmetic means with the iMeta
 * weights (the frame's `Original` set) up the tree.
 */
export function readinessPipeline(indicators: readonly ReadinessIndicatorDefinition[]): unknown {
  const sets = readinessDataSets;
  return {
    compat: "strict",
    steps: [
      {
        // COINr's table form, as the scale factors are not 1; iMeta's Denominator column names
        // the same columns for a reader of iMeta alone.
        op: "Denominate",
        dset: "Raw",
        denomby: denominated(indicators).map(({ indicator, denominator }) => ({
          iCode: indicator.code,
          Denominator: denominator.code,
          ScaleFactor: denominator.scaleFactor,
        })),
        write_to: sets.denominated,
      },
      {
        op: "Screen",
        dset: sets.denominated,
        unit_screen: "byNA",
        dat_thresh: readinessScreenThreshold,
        write_to: sets.screened,
      },
      { op: "Impute", dset: sets.screened, f_i: "i_mean", impute_by: "column", write_to: sets.imputed },
      {
        op: "Treat",
        dset: sets.imputed,
        global_specs: {
          f1: "winsorise",
          f1_para: { winmax: 1, skew_thresh: 2, kurt_thresh: 3.5 },
          f2: "log_CT",
        },
        write_to: sets.treated,
      },
      {
        op: "Normalise",
        dset: sets.treated,
        global_specs: { f_n: "n_minmax", f_n_para: { l_u: [0, 100] } },
        directions: "Direction",
        write_to: sets.normalised,
      },
      { op: "Aggregate", dset: sets.normalised, f_ag: "a_amean", w: "Original", write_to: sets.aggregated },
    ],
  };
}

/**
 * The uncertain choices of the uncertainty analysis, each with the nominal choice first: how
 * gaps are filled, how indicators are put on one scale, how compensatory the pillar means are,
 * and ±25 % noise on every indicator and pillar weight.
 */
export const readinessUncertainInputs = [
  {
    name: "Imputation",
    step: readinessDataSets.imputed,
    argument: "f_i",
    alternatives: ["i_mean", "i_median", "none"],
    labels: ["column mean", "column median", "none (means skip the gap)"],
  },
  {
    name: "Normalisation",
    step: readinessDataSets.normalised,
    argument: "global_specs",
    // A z-score with mean 50 and sd 10 stays inside (21.5, 78.5) for ten units
    // (|z| ≤ (n − 1)/√n), so the scale never crosses zero.
    alternatives: [
      { f_n: "n_minmax", f_n_para: { l_u: [0, 100] } },
      { f_n: "n_zscore", f_n_para: { m_sd: [50, 10] } },
      { f_n: "n_rank" },
    ],
    labels: ["min-max 0–100", "z-score (mean 50, sd 10)", "rank"],
  },
  {
    name: "Aggregation",
    step: readinessDataSets.aggregated,
    argument: "f_ag",
    // Copeland counts pairwise wins, so a strong indicator cannot make up for a weak one.
    alternatives: ["a_amean", "a_copeland"],
    labels: ["arithmetic mean", "Copeland (pairwise wins, not compensatory)"],
  },
] as const;

export const readinessWeightNoise = 0.25;

export function readinessUncertaintySpec(): unknown {
  return [
    ...readinessUncertainInputs.map(({ name, step, argument, alternatives }) => ({
      name,
      step,
      argument,
      alternatives,
    })),
    {
      name: "Weights",
      step: readinessDataSets.aggregated,
      noise: [
        { level: 1, noise: readinessWeightNoise },
        { level: 2, noise: readinessWeightNoise },
      ],
    },
  ];
}
