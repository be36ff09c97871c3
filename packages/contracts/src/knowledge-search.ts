/** Search over the knowledge base: the query string, results with snippets, facets and map points. */
import { z } from "zod";
import { searchFacetNames } from "./knowledge-vocabulary.ts";
import { recordStatusSchema, recordTypeSchema } from "./vocabulary-schemas.ts";

const codeList = z
  .string()
  .max(500)
  .regex(/^[A-Za-z0-9._-]+(,[A-Za-z0-9._-]+)*$/, "a comma-separated list of codes")
  .transform((text) => text.split(","));

export const searchQuerySchema = z.object({
  q: z
    .string()
    .max(200, "at most 200 characters")
    .default("")
    .describe('Words, `"phrases"`, `-exclusions`, `or`.'),
  type: codeList.optional(),
  country: codeList.optional(),
  sector: codeList.optional(),
  strategy: codeList.optional(),
  theme: codeList.optional(),
  status: codeList.optional(),
  language: codeList.optional(),
  year: codeList.optional(),
  sort: z.enum(["relevance", "recent"]).default("relevance"),
  page: z.coerce.number().int().min(1).max(500).default(1),
  size: z.coerce.number().int().min(1).max(50).default(20),
  lang: z.string().max(12).optional().describe("The reader's language: titles and snippets prefer it."),
  prefix: z
    .enum(["true", "false"])
    .default("true")
    .transform((value) => value === "true")
    .describe("Match the last word as a prefix (search as you type)."),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export const snippetSegmentSchema = z.object({ text: z.string(), hit: z.boolean() });

export const searchHitSchema = z
  .object({
    id: z.string(),
    type: recordTypeSchema,
    status: recordStatusSchema,
    countries: z.array(z.string()),
    year: z.number().int().nullable(),
    title: z.array(snippetSegmentSchema).describe("The title with matched words marked."),
    snippet: z.array(snippetSegmentSchema).describe("A passage of the summary with matched words marked."),
    language: z.string().describe("Language of title and snippet."),
    dir: z.enum(["ltr", "rtl"]),
    translated: z.boolean(),
    rank: z.number(),
  })
  .meta({ id: "SearchHit" });
export type SearchHit = z.infer<typeof searchHitSchema>;

export const facetCountSchema = z.object({ value: z.string(), count: z.number().int() });

export const searchResultSchema = z
  .object({
    total: z.number().int(),
    page: z.number().int(),
    size: z.number().int(),
    hits: z.array(searchHitSchema),
    facets: z.record(z.enum(searchFacetNames), z.array(facetCountSchema)),
    points: z.array(z.object({ id: z.string(), latitude: z.number(), longitude: z.number() })),
    corrections: z
      .array(z.object({ word: z.string(), suggestions: z.array(z.string()) }))
      .describe("Typed words the index does not hold, and the indexed words they were matched as."),
    tookMs: z.number(),
  })
  .meta({ id: "SearchResult" });
export type SearchResult = z.infer<typeof searchResultSchema>;

export const taxonomyTermSchema = z
  .object({
    scheme: z.string(),
    code: z.string(),
    labels: z.record(z.string(), z.string()),
    parentCode: z.string().nullable(),
  })
  .meta({ id: "TaxonomyTerm" });
export type TaxonomyTerm = z.infer<typeof taxonomyTermSchema>;

export const taxonomySchema = z.object({ data: z.array(taxonomyTermSchema) }).meta({ id: "Taxonomy" });
export type Taxonomy = z.infer<typeof taxonomySchema>;
