/**
 * The observatory's data-quality rules on a submission's series answers, run when it is
 * submitted: the values go through a dry run of the very import that publishing makes, so they
 * are classified exactly as that import will classify them, against the values published now.
 * An error of a high-priority rule refuses the submission; every other finding lets it through
 * and is recorded on its state event (at publication the import holds such values for review).
 */
import type { AtlasDatabase, AtlasExecutor, SubmissionRow } from "@circular-atlas/database";
import { isBlockingRule } from "@circular-atlas/engines";
import { cleanAnswers, type FormAnswers, type XlsForm } from "@circular-atlas/formats";
import { importObservations } from "../imports/import-observations.ts";
import { loadQualityRules } from "../quality/quality-rules.ts";
import { ServiceError } from "../service-error.ts";
import { openSdgCsv, seriesValues } from "./series-answers.ts";

/** A data-quality finding on a series answer, named by the question it answers. */
export interface SubmissionQualityFlag {
  readonly question: string;
  readonly ruleId: string;
  readonly severity: "error" | "warning";
  /** True when the finding refuses the submission (an error of a high-priority rule). */
  readonly blocking: boolean;
  readonly message: string;
  readonly value: string;
  readonly series: string;
  readonly timePeriod: string;
}

/** The findings that do not block; throws `validation-failed` with `details.qualityFlags` when any does. */
export async function checkSeriesQuality(
  db: AtlasExecutor,
  current: SubmissionRow,
  form: XlsForm,
  now: string,
): Promise<SubmissionQualityFlag[]> {
  const values = seriesValues(form, cleanAnswers(form, current.answers as FormAnswers, { now }));
  if (values.length === 0) return [];
  const report = await importObservations({
    db: db as unknown as AtlasDatabase,
    fileName: `submission-${current.id}.csv`,
    text: openSdgCsv(values, current.areaCode),
    format: "open-sdg-csv",
    source: `Circular Atlas mapping exercise: answers of ${current.areaCode}, submission ${current.id}`,
    dryRun: true,
  }).catch((error: unknown) => {
    // The observatory would refuse a value outright at publication: say so now, by question.
    if (error instanceof ServiceError && error.code === "import-invalid")
      throw new ServiceError(
        "validation-failed",
        `the observatory refuses the series answers of ${current.areaCode}: ${error.message}`,
        { problems: [], importDiagnostics: error.details["diagnostics"] ?? [] },
      );
    throw error;
  });
  const { rules } = await loadQualityRules(db);
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const flags = report.flags.map((flag): SubmissionQualityFlag => {
    const rule = byId.get(flag.ruleId);
    return {
      // Value i is on CSV line i + 2.
      question: values[flag.row - 2]?.question ?? "",
      ruleId: flag.ruleId,
      severity: flag.severity,
      blocking: rule !== undefined && isBlockingRule(rule),
      message: flag.message,
      value: flag.value,
      series: flag.indicator,
      timePeriod: flag.timePeriod,
    };
  });
  const blocking = flags.filter((flag) => flag.blocking);
  if (blocking.length > 0)
    throw new ServiceError(
      "validation-failed",
      `the answers of ${current.areaCode} break ${blocking.length} data-quality rule(s) of high priority; fix them before submitting:\n${blocking.map((flag) => `  ${flag.question}: ${flag.message} [${flag.ruleId}]`).join("\n")}`,
      { problems: [], qualityFlags: flags },
    );
  return flags;
}
