import { restoreBackupFile, writeBackupFile } from "@circular-atlas/services";
import type { Command } from "commander";
import { withAtlas } from "../open-for-command.ts";
import { note } from "../output.ts";
import { runCommand } from "../run-command.ts";

export function registerDbCommand(program: Command, setExitCode: (code: number) => void): void {
  const db = program.command("db").description("database administration: migrations, backup and restore");
  db.command("migrate")
    .description("apply pending migrations to the configured database")
    .action(async () => {
      setExitCode(
        await runCommand(() =>
          withAtlas({ loadBaseline: false }, async (atlas) => {
            // Opening the database applies pending migrations; report which ones that was.
            const applied = atlas.migrationsApplied;
            note(
              applied.length === 0
                ? `${atlas.handle.description}: already up to date`
                : `${atlas.handle.description}: applied ${applied.join(", ")}`,
            );
            return undefined;
          }),
        ),
      );
    });
  db.command("backup")
    .argument("<file>", "where to write the backup (gzip-compressed JSON lines)")
    .description("write every row of every table to a file that restores into PGlite or PostgreSQL")
    .action(async (file: string) => {
      setExitCode(
        await runCommand(() =>
          withAtlas({ loadBaseline: false }, async (atlas) => {
            const { rows } = await writeBackupFile({ handle: atlas.handle, file });
            note(`backed up ${rows} rows from ${atlas.handle.description} to ${file}`);
            return undefined;
          }),
        ),
      );
    });
  db.command("restore")
    .argument("<file>", "a backup written by `atlas db backup`")
    .description("replace the database's contents with a backup, in one transaction (all or nothing)")
    .action(async (file: string) => {
      setExitCode(
        await runCommand(() =>
          withAtlas({ loadBaseline: false }, async (atlas) => {
            const counts = await restoreBackupFile({ handle: atlas.handle, file });
            const summary = Object.entries(counts.tables)
              .map(([table, rows]) => `${table} ${rows}`)
              .join(", ");
            note(`restored ${file} into ${atlas.handle.description}: ${summary || "no rows"}`);
            return undefined;
          }),
        ),
      );
    });
}
