/**
 * `atlas questionnaire lint|show <form.xlsx>`: checks an XLSForm questionnaire and prints its
 * findings, or prints the parsed form as JSON (no database needed); `atlas questionnaire import
 * <form.xlsx> --round <id>` stores it as a version of a round's questionnaire.
 */
import {
  cliActor,
  describeQuestionnaireFinding,
  importQuestionnaireVersion,
  lintQuestionnaire,
  type QuestionnaireLint,
  readQuestionnaire,
} from "@circular-atlas/services";
import type { Command } from "commander";
import { exitCodes, UsageError } from "../exit-codes.ts";
import { withAtlas } from "../open-for-command.ts";
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
  questionnaire
    .command("import")
    .argument("<form.xlsx>", "an XLSForm workbook")
    .description(
      "store the form as a version of a round's questionnaire; refused whole, with every finding, when the linter finds an error",
    )
    .requiredOption("--round <id>", "the reporting round (atlas round create prints its id)")
    .action(async (file: string, options: { round: string }) => {
      setExitCode(
        await runCommand(async () => {
          if (!/^[1-9]\d*$/.test(options.round))
            throw new UsageError(
              `--round must be a round id, a positive whole number (got ${options.round})`,
            );
          return withAtlas({ loadBaseline: true }, async (atlas) => {
            const stored = await importQuestionnaireVersion({
              db: atlas.handle.db,
              roundId: Number(options.round),
              filePath: file,
              actor: cliActor,
            });
            for (const warning of stored.warnings)
              note(describeQuestionnaireFinding(warning, stored.fileName));
            await writeResult(
              `${stored.fileName}: ${stored.formId} version ${stored.version} ${stored.created ? "stored" : "already stored, unchanged,"} for round ${stored.roundId} (questionnaire version ${stored.id})`,
              undefined,
            );
            return undefined;
          });
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
