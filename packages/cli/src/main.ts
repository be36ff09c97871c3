/**
 * `atlas`: the command-line face of Circular Atlas. Every command: `--help`; results to stdout or
 * `--out`; diagnostics to stderr; exit 0 when it worked, 1 for a data error, 2 for a usage error.
 */
import { appVersion } from "@circular-atlas/services";
import { Command, CommanderError } from "commander";
import { registerBaselineCommand } from "./commands/baseline-command.ts";
import { registerDbCommand } from "./commands/db-command.ts";
import { registerExportCommand } from "./commands/export-command.ts";
import { registerFlagsCommand } from "./commands/flags-command.ts";
import { registerImportCommand } from "./commands/import-command.ts";
import { registerIndexCommand } from "./commands/index-command.ts";
import { registerQuestionnaireCommand } from "./commands/questionnaire-command.ts";
import { registerRecordsCommand } from "./commands/records-command.ts";
import { registerRoundCommand } from "./commands/round-command.ts";
import { registerServeCommand } from "./commands/serve-command.ts";
import { registerUserCommand } from "./commands/user-command.ts";
import { registerValidateCommand } from "./commands/validate-command.ts";
import { exitCodes } from "./exit-codes.ts";

export function createProgram(setExitCode: (code: number) => void): Command {
  const program = new Command("atlas")
    .description(
      "Circular Atlas: indicators and knowledge of the circular-economy transition of the ECO member states.\n" +
        "Configuration: DATABASE_URL (PostgreSQL; PGlite in ATLAS_DATA_DIR, default ./.atlas, when unset), PORT, LOG_LEVEL.",
    )
    .version(appVersion)
    .showHelpAfterError('(run "atlas --help" for usage)')
    .exitOverride();
  const commands = [
    registerServeCommand,
    registerDbCommand,
    registerBaselineCommand,
    registerImportCommand,
    registerExportCommand,
    registerUserCommand,
    registerRecordsCommand,
    registerValidateCommand,
    registerFlagsCommand,
    registerQuestionnaireCommand,
    registerRoundCommand,
    registerIndexCommand,
  ];
  for (const register of commands) register(program, setExitCode);
  // Subcommands inherit exit overriding only when set on each; apply it everywhere.
  const override = (command: Command) => {
    command.exitOverride();
    for (const child of command.commands) override(child);
  };
  override(program);
  return program;
}

/** Parses `argv`, runs the command, and returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode: number = exitCodes.ok;
  const program = createProgram((code) => {
    exitCode = code;
  });
  try {
    if (argv.length <= 2) {
      program.outputHelp();
      return exitCodes.usageError;
    }
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successes; everything else commander rejects is a usage error.
      return ["commander.helpDisplayed", "commander.version", "commander.help"].includes(error.code)
        ? exitCodes.ok
        : exitCodes.usageError;
    }
    throw error;
  }
}
