/**
 * Indicator values over HTTP: a long CSV (text/csv) and the long template as a workbook fill
 * Kyrgyzstan's series answers from their base revision; a row for another country is refused at
 * its cell with nothing stored; other countries' focal points and readers may not upload.
 */
import { submissionSchema } from "@circular-atlas/contracts";
import { toXlsx } from "@circular-atlas/formats";
import { describe, expect, it } from "vitest";
import { useRoundsApp } from "../../testing/rounds-api-fixture.ts";
import { testAppTargets } from "../../testing/test-app.ts";
import type { TestUser } from "../../testing/test-users.ts";
import { xlsxContentType } from "./rounds-scope.ts";

const header = ["indicator", "area", "year", "value", "unit", "source"];
const longCsv = `${header.join(",")}\nEN_EWT_GENV,KGZ,2022,10500,T,National Statistical Committee\nWAW_MSW_GENERATED,KGZ,2023,1250000,tonnes per year,National Statistical Committee\n`;

for (const target of testAppTargets()) {
  describe(`indicator values API on ${target.kind}`, () => {
    const suite = useRoundsApp(target);

    it("fills the series answers from a CSV and a workbook, and refuses a row for another country", async () => {
      const { call, failed, ok } = suite.client;
      const { reviewer, focalPoint, kazakhFocalPoint, reader } = suite.users;
      const roundId = await suite.client.openRound(reviewer, "Indicator values");
      const put = (
        user: TestUser,
        body: string | Uint8Array,
        type: string,
        baseRevision: number,
        fileName: string,
      ) =>
        call(user, {
          method: "PUT",
          url: `/api/rounds/${roundId}/submissions/KGZ/indicator-values?baseRevision=${baseRevision}&fileName=${fileName}`,
          headers: { "content-type": type },
          payload: typeof body === "string" ? body : Buffer.from(body),
        });

      expect(failed(await put(kazakhFocalPoint, longCsv, "text/csv", 0, "values.csv"), 403).code).toBe(
        "forbidden",
      );
      expect(failed(await put(reader, longCsv, "text/csv", 0, "values.csv"), 403).code).toBe("forbidden");

      const fromCsv = ok(await put(focalPoint, longCsv, "text/csv", 0, "values.csv"), submissionSchema);
      expect([fromCsv.state, fromCsv.revision, fromCsv.editable, fromCsv.answers]).toEqual([
        "draft",
        2,
        true,
        {
          ewaste_generated: "10500",
          ewaste_generated_year: "2022",
          msw_generated: "1250000",
          msw_generated_year: "2023",
        },
      ]);

      const workbook = (rows: string[][]) => toXlsx([{ name: "data", rows: [header, ...rows] }]);
      const foreign = workbook([["EN_EWT_RCYV", "UZB", "2022", "420", "T", "Statistics Agency"]]);
      const refused = failed(await put(focalPoint, foreign, xlsxContentType, 2, "values.xlsx"), 422);
      expect(refused.code).toBe("validation-failed");
      expect(refused.details).toEqual({
        problems: [expect.objectContaining({ code: "indicator-values/other-area", row: 2, cell: "data!B2" })],
      });
      const stale = failed(await put(focalPoint, longCsv, "text/csv", 0, "values.csv"), 409);
      expect(stale.code).toBe("conflict");

      const own = workbook([["EN_EWT_RCYV", "KGZ", "2022", "420", "T", "National Statistical Committee"]]);
      const fromXlsx = ok(await put(focalPoint, own, xlsxContentType, 2, "values.xlsx"), submissionSchema);
      expect([fromXlsx.revision, fromXlsx.answers]).toEqual([
        3,
        { ...fromCsv.answers, ewaste_recycled: "420", ewaste_recycled_year: "2022" },
      ]);
    });
  });
}
