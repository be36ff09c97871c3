/**
 * `atlas questionnaire lint|show <form.xlsx>`: checks an XLSForm questionnaire and prints its
 * findings, or prints the parsed form as JSON. Needs no database.
 */
import {
  describeQuestionnaireFinding,
  lintQuestionnaire,
  type QuestionnaireLint,
  readQuestionnaire,
} from "@circular-atlas/services";
import type { Command } from "commander";
import { exitCodes, UsageError } from "../exit-codes.ts";
import { note, writeResult } from "../output.ts";
import { runCommand } from "../run-command.ts";

export function registerQuestionnaireCommand(program: Command, setExitCode: (code: number) => void): void {
  const questionnaire = program
    .command("questionnaire")
    .description("XLSForm questionnaires (.xlsx with survey, choices and settings sheets)");
  questionnaire
    .command("lint")
    .argument("<form.xlsx>", "an XLSForm workbook")
    .description("list every finding (sheet, row, column, rule, severity); exits 1 when one is an error")
    .option("--format <format>", "text or json", "text")
    .action(async (file: string, options: { format: string }) => {
      setExitCode(
        await runCommand(async () => {
          if (!["text", "json"].includes(options.format))
            throw new UsageError(`--format must be text or json (got ${options.format})`);
          const lint = await lintQuestionnaire({ filePath: file });
          await writeResult(
            options.format === "json" ? JSON.stringify(lint, null, 2) : describeLint(lint),
            undefined,
          );
          return lint.errorCount > 0 ? exitCodes.dataError : exitCodes.ok;
        }),
      );
    });
  questionnaire
    .command("show")
    .argument("<form.xlsx>", "an XLSForm workbook")
    .description(
      "print the parsed form (groups, repeats, questions, choice lists, languages, settings) as JSON; exits 1 with the findings when one is an error",
    )
    .option("--format <format>", "json", "json")
    .action(async (file: string, options: { format: string }) => {
      setExitCode(
        await runCommand(async () => {
          if (options.format !== "json")
            throw new UsageError(`--format must be json (got ${options.format})`);
          const reading = await readQuestionnaire({ filePath: file });
          if (reading.errorCount > 0 || reading.form === undefined) {
            note(describeLint(reading));
            return exitCodes.dataError;
          }
          for (const diagnostic of reading.diagnostics)
            note(describeQuestionnaireFinding(diagnostic, reading.fileName));
          await writeResult(JSON.stringify(reading.form, null, 2), undefined);
          return exitCodes.ok;
        }),
      );
    });
}

/** One line per finding, then the counts. */
function describeLint(lint: QuestionnaireLint): string {
  const lines = lint.diagnostics.map((diagnostic) => describeQuestionnaireFinding(diagnostic, lint.fileName));
  lines.push(`${lint.fileName}: ${lint.errorCount} error(s), ${lint.warningCount} warning(s)`);
  return lines.join("\n");
}
