/**
 * The ECO circular-economy readiness index: its framework (pillars from the UNECE/OECD building
 * blocks, indicators read from the observatory's series), the engine's inputs in COINr's layout
 * so anyone can rerun it, and per member state the score, rank, rank interval, pillar scores,
 * coverage and every input cell with its year and source.
 */
import { z } from "zod";
import { frameworkSourceSchema } from "./framework.ts";
import { localizedTextSchema } from "./localized-text.ts";
import { sourceSchema } from "./source.ts";

/**
 * What a denominated indicator is divided by: another series of the same member state and the
 * same year (the engine's Denominate step, x / (d / scaleFactor)). A value whose year has no
 * denominator value is missing; years are never mixed.
 */
export const readinessDenominatorSchema = z
  .object({
    code: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9_]*$/)
      .describe("iCode of the Denominator column in iData and iMeta (one per indicator, as years differ)."),
    series: z.string().describe("Series code of `/api/indicators`."),
    dimensions: z.record(z.string(), z.string()).describe("The breakdown read (`{}` for the total)."),
    names: localizedTextSchema.describe("The denominator series' name."),
    unit: z.string().describe("The denominator series' unit."),
    unitLabels: localizedTextSchema,
    scaleFactor: z
      .number()
      .positive()
      .describe("The index reads value ÷ (denominator ÷ scaleFactor), in `ratioUnit`."),
    ratioUnit: z.string().describe("Unit of the ratio the index reads (iMeta's Unit)."),
    ratioUnitLabels: localizedTextSchema,
    ratioDecimals: z.number().int().min(0).describe("Decimals to show the ratio with."),
    note: localizedTextSchema.describe(
      "How the scale factor gives the unit, and what the price basis means.",
    ),
  })
  .meta({ id: "ReadinessDenominator" });
export type ReadinessDenominator = z.infer<typeof readinessDenominatorSchema>;

/** One indicator of the index: which series and breakdown it reads, and how. */
export const readinessIndicatorSchema = z
  .object({
    code: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9_]*$/)
      .describe("iCode in the engine's iMeta."),
    pillar: z.string().describe("Code of the pillar it belongs to."),
    names: localizedTextSchema,
    series: z.string().describe("Series code of `/api/indicators`."),
    dimensions: z
      .record(z.string(), z.string())
      .describe("The breakdown read (`{}` for the total), as in an observation's `dimensions`."),
    direction: z.union([z.literal(1), z.literal(-1)]).describe("+1: higher is better; −1: lower is better."),
    directionReason: localizedTextSchema,
    weight: z.number().positive().describe("Weight within its pillar (relative; equal by default)."),
    fromYear: z
      .number()
      .int()
      .describe("The latest value from this year on is used; older values count as missing."),
    unit: z.string().describe("Unit of the series read (the numerator's, for a denominated indicator)."),
    unitLabels: localizedTextSchema,
    denominator: readinessDenominatorSchema
      .nullable()
      .describe("For an intensity (per unit of GDP, …): what the series is divided by; null otherwise."),
  })
  .meta({ id: "ReadinessIndicator" });
export type ReadinessIndicator = z.infer<typeof readinessIndicatorSchema>;

export const readinessPillarSchema = z
  .object({
    code: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/),
    /** The UNECE/OECD building block (`frameworks.json` group code) the pillar stands for. */
    buildingBlock: z.string(),
    names: localizedTextSchema,
    weight: z.number().positive().describe("Weight in the index (relative)."),
  })
  .meta({ id: "ReadinessPillar" });
export type ReadinessPillar = z.infer<typeof readinessPillarSchema>;

/** Why a series was left out: too few members report it, it measures the size of consumption, or a close substitute was preferred. */
export const readinessExclusionKinds = ["coverage", "per-person-pressure", "substitute"] as const;

/** A series considered and left out, with the reason. */
export const readinessExclusionSchema = z
  .object({
    series: z.string(),
    dimensions: z.record(z.string(), z.string()),
    kind: z
      .enum(readinessExclusionKinds)
      .describe(
        "per-person-pressure: consumption per person, which falls with income, so it is no measure of readiness; it stays in the observatory.",
      ),
    reason: z.string(),
  })
  .meta({ id: "ReadinessExclusion" });

export const readinessMethodSchema = z
  .object({
    screenThreshold: z
      .number()
      .min(0)
      .max(1)
      .describe("A member state is ranked only with data for at least this share of the indicators."),
    replications: z.number().int().positive(),
    seed: z.number().int(),
    uncertainInputs: z.array(
      z.object({
        name: z.string(),
        alternatives: z.array(z.string()).describe("Human-readable alternatives, the nominal first."),
      }),
    ),
  })
  .meta({ id: "ReadinessMethod" });

export const readinessFrameworkSchema = z
  .object({
    id: z.string(),
    version: z.string(),
    names: localizedTextSchema,
    basis: z.object({ framework: z.string(), source: frameworkSourceSchema }),
    indexCode: z.string().describe("iCode of the index (the top level)."),
    pillars: z.array(readinessPillarSchema),
    indicators: z.array(readinessIndicatorSchema),
    excluded: z.array(readinessExclusionSchema),
    method: readinessMethodSchema,
  })
  .meta({ id: "ReadinessFramework" });
export type ReadinessFramework = z.infer<typeof readinessFrameworkSchema>;

/** A CSV-like table in COINr's layout (iData, iMeta); null is a missing cell. */
export const cellTableSchema = z
  .object({
    header: z.array(z.string()),
    rows: z.array(z.array(z.union([z.string(), z.number(), z.null()]))),
  })
  .meta({ id: "CellTable" });
export type CellTableDto = z.infer<typeof cellTableSchema>;

/** One input of one member state: the value as published, its year and source, and what became of it. */
export const readinessCellSchema = z
  .object({
    indicator: z.string(),
    value: z.string().nullable().describe("Exact decimal as published; null when missing in the window."),
    year: z.number().int().nullable(),
    source: z.string().nullable().describe("Source id; see `sources`."),
    denominator: z
      .object({
        value: z.string().nullable().describe("Exact decimal as published; null when that year has none."),
        year: z.number().int().nullable().describe("Always the year of `value`."),
        source: z.string().nullable(),
      })
      .nullable()
      .describe("For a denominated indicator, the denominator of the same year; null for other indicators."),
    indicatorValue: z
      .number()
      .nullable()
      .describe(
        "The value the index reads, before imputation: as published, or value ÷ (denominator ÷ scale factor) as the engine's Denominate step computed it; null when missing.",
      ),
    imputed: z.boolean().describe("Missing, and filled by the imputation step for the nominal index."),
    normalised: z.number().nullable().describe("After treatment and min-max normalisation (0–100)."),
  })
  .meta({ id: "ReadinessCell" });
export type ReadinessCell = z.infer<typeof readinessCellSchema>;

export const readinessStatuses = ["ranked", "insufficient-data"] as const;
export type ReadinessStatusName = (typeof readinessStatuses)[number];

export const rankIntervalSchema = z
  .object({
    median: z.number(),
    q5: z.number(),
    q95: z.number(),
    mean: z.number(),
  })
  .meta({ id: "RankInterval" });
export type RankInterval = z.infer<typeof rankIntervalSchema>;

export const readinessCountrySchema = z
  .object({
    area: z.string(),
    status: z.enum(readinessStatuses),
    coverage: z.object({
      available: z
        .number()
        .int()
        .describe(
          "Indicators with a value in their window (and, if denominated, a denominator of its year).",
        ),
      total: z.number().int(),
    }),
    score: z.number().nullable().describe("Index score, 0–100; null when not ranked."),
    rank: z.number().int().nullable().describe("1 = highest score; ties share the smaller rank."),
    rankInterval: rankIntervalSchema
      .nullable()
      .describe("Median and 5–95 % interval of the rank over the uncertainty analysis's replications."),
    pillars: z.array(
      z.object({
        pillar: z.string(),
        score: z.number().nullable(),
        rank: z.number().int().nullable(),
      }),
    ),
    cells: z.array(readinessCellSchema),
  })
  .meta({ id: "ReadinessCountry" });
export type ReadinessCountry = z.infer<typeof readinessCountrySchema>;

export const readinessIndexSchema = z
  .object({
    dataVersion: z.string(),
    framework: readinessFrameworkSchema,
    countries: z.array(readinessCountrySchema).describe("Every member state, in the areas' order."),
    sources: z.array(sourceSchema).describe("Every source a cell cites."),
    inputs: z
      .object({
        iData: cellTableSchema,
        iMeta: cellTableSchema,
        pipeline: z.unknown().describe("pipeline.json for `atlas index build`."),
        uncertainty: z.unknown().describe("spec.json for `atlas index uncertainty`."),
      })
      .describe("The engine's inputs, to rerun the index with the CLI or in the browser."),
    uncertainty: z.object({
      replications: z.number().int(),
      seed: z.number().int(),
      failed: z.array(z.object({ replication: z.number().int(), message: z.string() })),
    }),
    diagnostics: z
      .array(
        z.object({
          code: z.string(),
          severity: z.enum(["info", "warning", "error"]),
          message: z.string(),
          where: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
        }),
      )
      .describe("The engine's findings that still allowed a result (imputed cells, treated outliers, …)."),
  })
  .meta({ id: "ReadinessIndex" });
export type ReadinessIndex = z.infer<typeof readinessIndexSchema>;
