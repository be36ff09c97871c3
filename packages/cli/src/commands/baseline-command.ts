import { loadBaseline } from "@circular-atlas/services";
import type { Command } from "commander";
import { withAtlas } from "../open-for-command.ts";
import { note } from "../output.ts";
import { createProgressBar } from "../progress.ts";
import { runCommand } from "../run-command.ts";

export function registerBaselineCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command("baseline")
    .description("the bundled baseline data (data/baseline)")
    .command("load")
    .description(
      "load the bundled baseline into the database; values imported from files are never overwritten",
    )
    .option("--force", "load even if this baseline version is already loaded")
    .action(async (options: { force?: boolean }) => {
      setExitCode(
        await runCommand(() =>
          withAtlas({ loadBaseline: false }, async (atlas, config) => {
            const progress = createProgressBar();
            const report = await loadBaseline({
              db: atlas.handle.db,
              directory: config.baselineDir,
              force: options.force === true,
              onProgress: progress.onProgress,
            });
            progress.finish();
            const { inserted, updated, kept, removed } = report.observations;
            note(
              report.loaded
                ? `baseline ${report.version.slice(0, 12)} loaded: ${inserted} inserted, ${updated} updated, ${kept} kept (imported values), ${removed} removed`
                : `baseline ${report.version.slice(0, 12)} is already loaded (use --force to reload)`,
            );
            return undefined;
          }),
        ),
      );
    });
}
