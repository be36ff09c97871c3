/**
 * Indicator values uploaded as observatory files, over a real database holding the bundled
 * baseline and the starter questionnaire: a long CSV and an SDMX-CSV file for KGZ fill its
 * e-waste and municipal-waste answers, audited answer by answer, other answers kept; each row the
 * questionnaire cannot take is a located problem and nothing is stored.
 */
import { fileURLToPath } from "node:url";
import { type DatabaseHandle, findSubmission, listSubmissionEvents } from "@circular-atlas/database";
import { testDatabaseTargets } from "@circular-atlas/database/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBaseline } from "../baseline/load-baseline.ts";
import { bundledBaselineDir } from "../testing/baseline-fixture.ts";
import { serviceFailure, testUser } from "../testing/mapping-fixture.ts";
import { importQuestionnaireVersion } from "./import-questionnaire-version.ts";
import type { IndicatorValueProblem } from "./indicator-value-answers.ts";
import { uploadIndicatorValues } from "./indicator-values-upload.ts";
import { createReportingRound } from "./reporting-rounds.ts";
import { saveSubmissionDraft } from "./submissions.ts";

const starterPath = fileURLToPath(
  new URL("../../../../data/questionnaires/eco-ce-mapping.xlsx", import.meta.url),
);
const now = "2027-02-01T10:00:00Z";
const focalPoint = testUser(1, "focal-point", ["KGZ"]);
const reviewer = testUser(3, "reviewer");
const encode = (text: string) => new TextEncoder().encode(text);

const longCsv = [
  "indicator,area,year,value,unit,source",
  "EN_EWT_GENV,KGZ,2022,10500,T,National Statistical Committee",
  "EN_EWT_GENPCAP,KGZ,2022,1.6,kg per person,National Statistical Committee",
  "WAW_MSW_GENERATED,KGZ,2023,1250000,T_PER_YEAR,National Statistical Committee",
  "",
].join("\n");

// KGZ by its M49 code, as SDMX publishers write it; FREQ and REPORTING_TYPE place, not break down.
const sdmxCsv = [
  "DATAFLOW,FREQ,REPORTING_TYPE,SERIES,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE",
  "IAEG-SDGs:DF_SDG_GLH(1.24),A,N,EN_EWT_RCYV,417,2022,420,T",
  "IAEG-SDGs:DF_SDG_GLH(1.24),A,N,EN_EWT_RCYR,417,2022,4,PT",
  "IAEG-SDGs:DF_SDG_GLH(1.24),A,N,WAW_MSW_PER_CAPITA,417,2023,0.52,KG_PER_CAP_PER_DAY",
  "",
].join("\n");

const problemsOf = (failure: { details: Readonly<Record<string, unknown>> }) =>
  failure.details["problems"] as IndicatorValueProblem[];

for (const target of testDatabaseTargets()) {
  describe(`indicator values uploaded on ${target.kind}`, () => {
    let handle: DatabaseHandle;
    let roundId: number;
    beforeAll(async () => {
      handle = await target.open();
      await loadBaseline({ db: handle.db, directory: bundledBaselineDir });
      ({ id: roundId } = await createReportingRound({
        db: handle.db,
        name: "Mapping 2026",
        period: "2026",
        dueDate: "2027-03-31",
        lockDate: "2027-04-30",
        actor: reviewer,
      }));
      await importQuestionnaireVersion({ db: handle.db, roundId, filePath: starterPath, actor: reviewer });
    }, 120_000);
    afterAll(async () => {
      await handle.close();
    });
    const at = () => ({ db: handle.db, roundId, area: "KGZ", actor: focalPoint, now });

    it("refuses each row the questionnaire cannot take, naming its row and column, and stores nothing", async () => {
      const text = [
        "indicator,area,year,value,unit,source",
        "EN_EWT_GENV,UZB,2022,10500,T,Statistics Agency",
        "EN_EWT_GENV,KGZ,2021,9800,T,National Statistical Committee",
        "EN_EWT_GENV,KGZ,2022,10500,T,National Statistical Committee",
        "EN_MAT_DOMCMPC,KGZ,2022,5.1,kg,National Statistical Committee",
        "SH_H2O_SAFE,KGZ,2022,71,PT,National Statistical Committee",
        "",
      ].join("\n");
      const failure = await serviceFailure(
        uploadIndicatorValues({ ...at(), fileName: "values.csv", bytes: encode(text), baseRevision: 0 }),
      );
      expect(failure.code).toBe("validation-failed");
      expect(
        problemsOf(failure).map((problem) => [
          problem.code,
          problem.row,
          problem.columnName,
          problem.otherRow,
        ]),
      ).toEqual([
        ["indicator-values/other-area", 2, "area", undefined],
        ["indicator-values/duplicate-question", 4, "indicator", 3],
        ["indicator-values/unit-mismatch", 5, "unit", undefined],
        ["indicator-values/series-not-asked", 6, "indicator", undefined],
      ]);
      expect(problemsOf(failure)[1]?.message).toContain("rows 3 and 4 both give EN_EWT_GENV");
      expect(failure.message).toMatch(
        /^values\.csv has 4 problem\(s\); no value was saved:\n {2}row 2, column 2 \(area\)/,
      );
      expect(await findSubmission(handle.db, roundId, "KGZ")).toBeUndefined();
    });

    it("refuses a breakdown the questionnaire does not ask and a value in thousands", async () => {
      const text = [
        "DATAFLOW,FREQ,REPORTING_TYPE,SERIES,REF_AREA,SEX,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT",
        "IAEG-SDGs:DF_SDG_GLH(1.24),A,N,EN_EWT_GENPCAP,417,F,2022,1.5,KG_PER_CAP,0",
        "IAEG-SDGs:DF_SDG_GLH(1.24),A,N,EN_EWT_GENV,417,_T,2022,10.5,T,3",
        "",
      ].join("\n");
      const failure = await serviceFailure(
        uploadIndicatorValues({ ...at(), fileName: "values.csv", bytes: encode(text), baseRevision: 0 }),
      );
      expect(problemsOf(failure).map((problem) => [problem.code, problem.row, problem.column])).toEqual([
        ["indicator-values/breakdown-not-asked", 2, 4],
        ["indicator-values/unit-multiplier", 3, 9],
      ]);
      expect(await findSubmission(handle.db, roundId, "KGZ")).toBeUndefined();
    });

    it("refuses a file in no format the observatory reads, and a stranger's upload", async () => {
      const unknown = await serviceFailure(
        uploadIndicatorValues({
          ...at(),
          fileName: "values.csv",
          bytes: encode("a,b\n1,2\n"),
          baseRevision: 0,
        }),
      );
      expect([unknown.code, problemsOf(unknown).map((problem) => problem.code)]).toEqual([
        "validation-failed",
        ["import/unknown-format"],
      ]);
      const stranger = await serviceFailure(
        uploadIndicatorValues({
          ...at(),
          actor: testUser(2, "focal-point", ["UZB"]),
          fileName: "values.csv",
          bytes: encode(longCsv),
          baseRevision: 0,
        }),
      );
      expect(stranger.code).toBe("forbidden");
    });

    it("fills the series answers from a long CSV, then an SDMX-CSV file, keeping the other answers", async () => {
      const draft = await saveSubmissionDraft({
        ...at(),
        answers: {
          institution: "Ministry of Natural Resources",
          ewaste_generated: "9000",
          ewaste_generated_year: "2020",
        },
        baseRevision: 0,
      });
      const fromCsv = await uploadIndicatorValues({
        ...at(),
        fileName: "values.csv",
        bytes: encode(longCsv),
        baseRevision: draft.revision,
      });
      expect(fromCsv.answers).toEqual({
        institution: "Ministry of Natural Resources",
        ewaste_generated: "10500",
        ewaste_generated_year: "2022",
        ewaste_per_capita: "1.6",
        ewaste_per_capita_year: "2022",
        msw_generated: "1250000",
        msw_generated_year: "2023",
      });
      const events = (await listSubmissionEvents(handle.db, fromCsv.id)).filter(
        (event) => event.revision === fromCsv.revision,
      );
      expect(events.map((event) => [event.question, event.before, event.after])).toEqual([
        ["ewaste_generated", { value: "9000" }, { value: "10500" }],
        ["ewaste_generated_year", { value: "2020" }, { value: "2022" }],
        ["ewaste_per_capita", { value: null }, { value: "1.6" }],
        ["ewaste_per_capita_year", { value: null }, { value: "2022" }],
        ["msw_generated", { value: null }, { value: "1250000" }],
        ["msw_generated_year", { value: null }, { value: "2023" }],
      ]);

      const fromSdmx = await uploadIndicatorValues({
        ...at(),
        fileName: "values-sdmx.csv",
        bytes: encode(sdmxCsv),
        baseRevision: fromCsv.revision,
      });
      expect(fromSdmx.answers).toEqual({
        ...fromCsv.answers,
        ewaste_recycled: "420",
        ewaste_recycled_year: "2022",
        ewaste_recycling_rate: "4",
        ewaste_recycling_rate_year: "2022",
        msw_per_capita: "0.52",
        msw_per_capita_year: "2023",
      });
      const stale = await serviceFailure(
        uploadIndicatorValues({
          ...at(),
          fileName: "values.csv",
          bytes: encode(longCsv),
          baseRevision: draft.revision,
        }),
      );
      expect(stale.code).toBe("conflict");
    });

    it("takes an Open SDG CSV without REF_AREA as the submission's country's", async () => {
      const current = await findSubmission(handle.db, roundId, "KGZ");
      const saved = await uploadIndicatorValues({
        ...at(),
        fileName: "en-haz-genv.csv",
        bytes: encode("Year,SERIES,UNIT_MEASURE,Value\n2022,EN_HAZ_GENV,T,3100\n"),
        baseRevision: current?.revision ?? 0,
      });
      expect([saved.answers["hazardous_generated"], saved.answers["hazardous_generated_year"]]).toEqual([
        "3100",
        "2022",
      ]);
      expect(saved.answers["institution"]).toBe("Ministry of Natural Resources");
    });
  });
}
