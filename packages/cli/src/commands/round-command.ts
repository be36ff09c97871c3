/**
 * `atlas round create`: opens a reporting round of the mapping exercise and prints its id, for
 * `atlas questionnaire import --round <id>`.
 */
import { createReportingRound } from "@circular-atlas/services";
import type { Command } from "commander";
import { splitCodeList } from "../code-list.ts";
import { withAtlas } from "../open-for-command.ts";
import { note, writeResult } from "../output.ts";
import { runCommand } from "../run-command.ts";

interface CreateOptions {
  name: string;
  period: string;
  due: string;
  lock: string;
  area?: string;
}

export function registerRoundCommand(program: Command, setExitCode: (code: number) => void): void {
  const round = program.command("round").description("reporting rounds of the mapping exercise");
  round
    .command("create")
    .description("open a reporting round and print its id")
    .requiredOption("--name <name>", 'the round\'s name, unique (e.g. "Mapping 2026")')
    .requiredOption("--period <YYYY>", "the reporting period the answers describe")
    .requiredOption("--due <date>", "the date answers are due (YYYY-MM-DD)")
    .requiredOption(
      "--lock <date>",
      "the date after which nothing more is accepted (YYYY-MM-DD), on or after --due",
    )
    .option("--area <ISO3,...>", "member states asked, comma-separated (default: every member state)")
    .action(async (options: CreateOptions) => {
      setExitCode(
        await runCommand(async () => {
          const areas = splitCodeList("area", options.area);
          return withAtlas({ loadBaseline: true }, async (atlas) => {
            const created = await createReportingRound({
              db: atlas.handle.db,
              name: options.name,
              period: options.period,
              dueDate: options.due,
              lockDate: options.lock,
              areas,
              actor: { label: "cli" },
            });
            note(
              `round ${created.id} "${created.name}" (${created.period}): due ${created.dueDate}, locked from ${created.lockDate}; asks ${created.areas.join(", ")}`,
            );
            await writeResult(String(created.id), undefined);
            return undefined;
          });
        }),
      );
    });
}
