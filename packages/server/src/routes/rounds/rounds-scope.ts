/**
 * What every route of the mapping exercise shares: answers are personal (drafts, review state),
 * so nothing is kept by a browser or proxy, errors included; and questionnaire workbooks arrive
 * as raw `.xlsx` bytes, capped, within this scope only.
 */
import { countryCodeSchema, problemSchema } from "@circular-atlas/contracts";
import type { FastifyInstance } from "fastify";
import { z } from "zod";

export const xlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Questionnaires are tens of kilobytes; a filled one with many repeats stays well under this. */
export const workbookBodyLimit = 5 * 1024 * 1024;

export const roundErrors = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};

export const roundParams = z.object({ roundId: z.coerce.number().int().positive() });
export const submissionParams = roundParams.extend({ area: countryCodeSchema });

/** The name an uploaded file goes by (`?fileName=`), without folders. */
export const uploadFileName = (fallback: string) =>
  z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[^/\\]+$/, "a file name, without folders")
    .default(fallback);

/** What every write to a submission says about its revision. */
export const revisionNote =
  "Send `baseRevision` as read: a write based on an older revision is refused (409 `conflict`), so two people acting on the same revision cannot both succeed.";

/** Marks every answer of `scope` private and unstored, and reads `.xlsx` bodies as bytes. */
export function prepareRoundsScope(scope: FastifyInstance): void {
  scope.addHook("onSend", async (_request, reply, payload) => {
    reply.header("cache-control", "private, no-store");
    return payload;
  });
  scope.addContentTypeParser(
    xlsxContentType,
    { parseAs: "buffer", bodyLimit: workbookBodyLimit },
    (_request, body, done) => done(null, body),
  );
}
