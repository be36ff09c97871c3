import { z } from "zod";

/** Text in several languages keyed by BCP 47 code (`en`, `ru`, `fa`). English is always present. */
export const localizedTextSchema = z.record(z.string(), z.string()).meta({
  id: "LocalizedText",
  description: "Text keyed by BCP 47 language code; `en` is always present.",
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;
