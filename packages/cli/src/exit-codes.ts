/** The CLI's exit codes, the same for every command. */
export const exitCodes = {
  ok: 0,
  /** The data or the database refused: bad file, unknown code, database unreachable. */
  dataError: 1,
  /** The command line itself is wrong: unknown option, missing argument. */
  usageError: 2,
} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

/** Thrown for a usage problem found after parsing (e.g. `--format xml`). */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
