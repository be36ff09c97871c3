import { z } from "zod";

export const sourceSchema = z
  .object({
    id: z.string(),
    title: z.string().describe("Dataset title."),
    publisher: z.string(),
    licence: z.string().describe("Licence name, e.g. `CC BY 4.0`."),
    licenceUrl: z.string().nullable(),
    url: z.string().nullable().describe("Where the publisher offers the dataset."),
    retrievedOn: z.string().nullable().describe("ISO date the data were retrieved."),
    version: z.string().nullable().describe("Release, vintage or commit."),
    citation: z.string(),
    notes: z.string().nullable(),
  })
  .meta({ id: "Source" });
export type Source = z.infer<typeof sourceSchema>;

export const sourceListSchema = z.object({ data: z.array(sourceSchema) }).meta({ id: "SourceList" });
export type SourceList = z.infer<typeof sourceListSchema>;
