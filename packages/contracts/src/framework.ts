/**
 * Indicator frameworks (UN SDG indicators, Eurostat's circular-economy monitoring framework, the
 * UNECE/OECD measurement framework) as the baseline ships them, and the coverage matrix: each
 * framework indicator × each ECO country, available, proxy or missing.
 */
import { z } from "zod";
import { localizedTextSchema } from "./localized-text.ts";

/** Where a framework, group or indicator is written down: the document and the place in it. */
export const frameworkSourceSchema = z
  .object({
    title: z.string().min(1),
    publisher: z.string().min(1),
    year: z.number().int(),
    url: z.url(),
    locator: z.string().min(1).describe("Page, table or section of the document."),
  })
  .meta({ id: "FrameworkSource" });
export type FrameworkSource = z.infer<typeof frameworkSourceSchema>;

export const seriesRelations = ["direct", "proxy"] as const;
export type SeriesRelationName = (typeof seriesRelations)[number];

/** One of our series standing for a framework indicator, directly or as a proxy, and why. */
export const frameworkSeriesLinkSchema = z
  .object({
    series: z.string().describe("Series code of `/api/indicators`."),
    relation: z.enum(seriesRelations),
    dimensionKey: z
      .string()
      .describe("The breakdown counted (`DIM=CODE;…`); empty for the total, the usual case."),
    reason: z.string().min(1),
  })
  .meta({ id: "FrameworkSeriesLink" });
export type FrameworkSeriesLink = z.infer<typeof frameworkSeriesLinkSchema>;

export const frameworkGroupSchema = z
  .object({ code: z.string().min(1), names: localizedTextSchema, sortOrder: z.number().int() })
  .meta({ id: "FrameworkGroup" });
export type FrameworkGroup = z.infer<typeof frameworkGroupSchema>;

export const frameworkIndicatorSchema = z
  .object({
    code: z.string().min(1).describe("The framework's own code, e.g. `12.5.1` or `cei_srm030`."),
    groupCode: z.string().min(1),
    names: localizedTextSchema,
    source: frameworkSourceSchema,
    series: z.array(frameworkSeriesLinkSchema),
    sortOrder: z.number().int(),
  })
  .meta({ id: "FrameworkIndicator" });
export type FrameworkIndicator = z.infer<typeof frameworkIndicatorSchema>;

/** `frameworks.json`: one entry per framework, its groups and indicators in display order. */
export const baselineFrameworkSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  names: localizedTextSchema,
  source: frameworkSourceSchema,
  notes: z.string().describe("What the catalogue leaves out and why (e.g. a list not verified)."),
  groups: z.array(frameworkGroupSchema),
  indicators: z.array(frameworkIndicatorSchema),
  sortOrder: z.number().int(),
});
export type BaselineFramework = z.infer<typeof baselineFrameworkSchema>;

export const frameworkSummarySchema = z
  .object({
    id: z.string(),
    names: localizedTextSchema,
    source: frameworkSourceSchema,
    notes: z.string(),
    groups: z.array(frameworkGroupSchema),
    indicatorCount: z.number().int(),
  })
  .meta({ id: "FrameworkSummary" });
export type FrameworkSummary = z.infer<typeof frameworkSummarySchema>;

export const frameworkListSchema = z
  .object({ data: z.array(frameworkSummarySchema) })
  .meta({ id: "FrameworkList" });
export type FrameworkList = z.infer<typeof frameworkListSchema>;

export const coverageStatuses = ["available", "proxy", "missing"] as const;
export type CoverageStatusName = (typeof coverageStatuses)[number];

export const coverageCellSchema = z
  .object({
    area: z.string().describe("ISO 3166-1 alpha-3 code of the country."),
    status: z.enum(coverageStatuses),
    years: z
      .array(z.number().int())
      .describe("Years with a published value of the counted series (direct ones when available)."),
    firstYear: z.number().int().nullable(),
    lastYear: z.number().int().nullable(),
    series: z.array(z.string()).describe("The series those years come from."),
  })
  .meta({ id: "CoverageCell" });
export type CoverageCell = z.infer<typeof coverageCellSchema>;

export const coverageRowSchema = z
  .object({
    code: z.string(),
    groupCode: z.string(),
    names: localizedTextSchema,
    series: z.array(frameworkSeriesLinkSchema),
    cells: z.array(coverageCellSchema).describe("One per country, in the order of `areas`."),
  })
  .meta({ id: "CoverageRow" });
export type CoverageRow = z.infer<typeof coverageRowSchema>;

export const coverageMatrixSchema = z
  .object({
    framework: frameworkSummarySchema,
    areas: z.array(z.string()).describe("The ten ECO member states, in display order."),
    rows: z.array(coverageRowSchema),
  })
  .meta({ id: "CoverageMatrix" });
export type CoverageMatrix = z.infer<typeof coverageMatrixSchema>;

/** The frameworks one series belongs to, for the indicator page. */
export const seriesFrameworksSchema = z
  .object({
    data: z.array(
      z.object({
        framework: z.string(),
        frameworkNames: localizedTextSchema,
        code: z.string(),
        names: localizedTextSchema,
        relation: z.enum(seriesRelations),
        reason: z.string(),
      }),
    ),
  })
  .meta({ id: "SeriesFrameworks" });
export type SeriesFrameworks = z.infer<typeof seriesFrameworksSchema>;
