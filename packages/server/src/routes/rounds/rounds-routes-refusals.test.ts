/**
 * The mapping exercise's API refusing what it must: two reviewers approving the same revision
 * (one wins, the other gets 409 naming the revision), broken, mistyped and oversized uploads,
 * unknown versions and areas, and readers.
 */
import { problemSchema, submissionSchema } from "@circular-atlas/contracts";
import { toXlsx } from "@circular-atlas/formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testAppTargets } from "../../testing/test-app.ts";
import type { TestUser } from "../../testing/test-users.ts";
import {
  createMappingUsers,
  type MappingUsers,
  roundsClient,
  withoutClearance,
} from "./rounds-api-fixture.ts";
import { xlsxContentType } from "./rounds-scope.ts";

for (const target of testAppTargets()) {
  describe(`mapping exercise API refusals on ${target.kind}`, () => {
    let test: TestApp;
    let users: MappingUsers;
    let client: ReturnType<typeof roundsClient>;
    beforeAll(async () => {
      test = await target.open();
      users = await createMappingUsers(test);
      client = roundsClient(test);
    }, 120_000);
    afterAll(async () => {
      await test?.close();
    });

    it("lets exactly one of two reviewers approving the same revision succeed", async () => {
      const { call, ok } = client;
      const { admin, reviewer, secondReviewer, focalPoint, lead } = users;
      const roundId = await client.openRound(reviewer, "Concurrent approvals");
      const url = `/api/rounds/${roundId}/submissions/KGZ`;
      const saved = submissionSchema.parse(
        (
          await call(focalPoint, {
            method: "PUT",
            url: `${url}/answers`,
            payload: { answers: { ...withoutClearance, clearance: "yes" }, baseRevision: 0 },
          })
        ).json(),
      );
      const act = (user: TestUser, action: string, baseRevision: number) =>
        call(user, { method: "POST", url: `${url}/actions`, payload: { action, baseRevision } });
      const submitted = ok(await act(focalPoint, "submit", saved.revision), submissionSchema);
      const endorsed = ok(await act(lead, "endorse", submitted.revision), submissionSchema);
      const answers = await Promise.all([
        act(reviewer, "approve", endorsed.revision),
        act(secondReviewer, "approve", endorsed.revision),
      ]);
      expect(answers.map((response) => response.statusCode).sort()).toEqual([200, 409]);
      const refused = problemSchema.parse(answers.find((response) => response.statusCode === 409)?.json());
      expect([refused.code, refused.detail]).toEqual([
        "conflict",
        `the submission of KGZ is at revision ${endorsed.revision + 1}, not ${endorsed.revision}: someone changed it since you loaded it; reload it and try again`,
      ]);
      const admins = ok(await call(admin, { url }), submissionSchema);
      expect([admins.state, admins.revision]).toEqual(["approved", endorsed.revision + 1]);
    });

    it("refuses broken, mistyped and oversized uploads with a clear problem", async () => {
      const { call, failed, upload } = client;
      const { reviewer, reader } = users;
      const roundId = await client.openRound(reviewer, "Uploads");
      const broken = toXlsx([
        {
          name: "survey",
          rows: [
            ["type", "name", "label"],
            ["text", "name", "Name"],
            ["integr", "year", "Year"],
          ],
        },
        {
          name: "settings",
          rows: [
            ["form_id", "version"],
            ["broken", "1"],
          ],
        },
      ]);
      const lint = failed(await upload(reviewer, roundId, broken, "broken.xlsx"), 422);
      expect(lint.code).toBe("validation-failed");
      expect((lint.details as { findings: unknown[] }).findings).toEqual([
        {
          sheet: "survey",
          row: 3,
          column: "A",
          ruleId: "xlsform/unknown-type",
          severity: "error",
          message: '"integr": no XLSForm type has this name; did you mean "integer"?',
        },
      ]);
      const json = failed(
        await call(reviewer, {
          method: "POST",
          url: `/api/rounds/${roundId}/questionnaires`,
          payload: { survey: [] },
        }),
        400,
      );
      expect(json.detail).toBe(
        `send the questionnaire workbook's bytes as the request body, with content-type ${xlsxContentType}`,
      );
      const huge = failed(await upload(reviewer, roundId, new Uint8Array(5 * 1024 * 1024 + 1)), 413);
      expect(huge.status).toBe(413);
      failed(await call(reviewer, { url: `/api/rounds/${roundId}/questionnaire?version=999999` }), 404);
      failed(await call(reviewer, { url: `/api/rounds/${roundId}/submissions/TJK` }), 404);
      failed(await call(reader, { url: "/api/rounds" }), 403);
    });
  });
}
