import { type ValidationReport, validateObservations } from "@circular-atlas/services";
import type { Command } from "commander";
import { splitCodeList } from "../code-list.ts";
import { exitCodes, UsageError } from "../exit-codes.ts";
import { withAtlas } from "../open-for-command.ts";
import { writeResult } from "../output.ts";
import { runCommand } from "../run-command.ts";

interface ValidateOptions {
  indicator?: string;
  area?: string;
  format: string;
}

export function registerValidateCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command("validate")
    .description(
      "run the data-quality rules over the stored observations and list the flags; exits 1 when a flag is an error",
    )
    .option("--indicator <code,...>", "indicator codes, comma-separated (default: every indicator)")
    .option("--area <ISO3,...>", "area codes, comma-separated (default: every area)")
    .option("--format <format>", "text or json", "text")
    .action(async (options: ValidateOptions) => {
      setExitCode(
        await runCommand(async () => {
          if (!["text", "json"].includes(options.format))
            throw new UsageError(`--format must be text or json (got ${options.format})`);
          const indicators = splitCodeList("indicator", options.indicator);
          const areas = splitCodeList("area", options.area);
          return withAtlas({ loadBaseline: true }, async (atlas) => {
            const report = await validateObservations({
              db: atlas.handle.db,
              indicators,
              areas,
            });
            await writeResult(
              options.format === "json" ? JSON.stringify(report, null, 2) : describeValidation(report),
              undefined,
            );
            return report.findings.some((finding) => finding.severity === "error")
              ? exitCodes.dataError
              : exitCodes.ok;
          });
        }),
      );
    });
}

/** One line per flag: where, which rule, how severe, and the figures that raised it. */
function describeValidation(report: ValidationReport): string {
  const lines = report.findings.map((finding) => {
    const breakdown = finding.dimensionKey === "" ? "" : ` [${finding.dimensionKey}]`;
    return `${finding.area} ${finding.indicator}${breakdown} ${finding.timePeriod}: ${finding.severity} ${finding.ruleId}: ${finding.message}`;
  });
  const errors = report.findings.filter((finding) => finding.severity === "error").length;
  lines.push(
    `${report.checked} observation(s) checked with ${report.rules.length} rule(s): ${report.findings.length} flag(s), ${errors} error(s)`,
  );
  return lines.join("\n");
}
