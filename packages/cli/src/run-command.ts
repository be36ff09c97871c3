/**
 * Runs one command's action and turns what it throws into a message and an exit code: data
 * problems exit 1 with their located diagnostics, usage problems exit 2 with a hint.
 */
import { ServiceError } from "@circular-atlas/services";
import { type ExitCode, exitCodes, UsageError } from "./exit-codes.ts";
import { note } from "./output.ts";

export async function runCommand(action: () => Promise<ExitCode | undefined>): Promise<ExitCode> {
  try {
    return (await action()) ?? exitCodes.ok;
  } catch (error) {
    if (error instanceof UsageError) {
      note(`atlas: ${error.message}\nRun "atlas --help" or "atlas <command> --help" for usage.`);
      return exitCodes.usageError;
    }
    if (error instanceof ServiceError) {
      note(`atlas: ${error.message}`);
      return exitCodes.dataError;
    }
    if (error instanceof Error && error.name === "DatabaseError") {
      note(`atlas: ${error.message}`);
      return exitCodes.dataError;
    }
    if (error instanceof Error && (error as NodeJS.ErrnoException).code === "ENOENT") {
      note(`atlas: ${error.message.replace(/^ENOENT: /, "")}`);
      return exitCodes.dataError;
    }
    note(
      `atlas: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return exitCodes.dataError;
  }
}
