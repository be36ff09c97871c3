/**
 * `atlas round create`: opens a reporting round of the mapping exercise and prints its id, for
 * `atlas questionnaire import --round <id>`; `atlas round status <id>`: its completeness.
 */
import {
  cliActor,
  createReportingRound,
  getRoundCompleteness,
  type RoundCompleteness,
} from "@circular-atlas/services";
import type { Command } from "commander";
import { splitCodeList } from "../code-list.ts";
import { exitCodes, UsageError } from "../exit-codes.ts";
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
              actor: cliActor,
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
  round
    .command("status")
    .argument("<id>", "the round id")
    .description("the completeness of a round: each member state's state, and who is overdue")
    .option("--format <format>", "text or json", "text")
    .action(async (id: string, options: { format: string }) => {
      setExitCode(
        await runCommand(async () => {
          if (!/^[1-9]\d*$/.test(id))
            throw new UsageError(`the round id is a positive whole number (got ${id})`);
          if (!["text", "json"].includes(options.format))
            throw new UsageError(`--format must be text or json (got ${options.format})`);
          return withAtlas({ loadBaseline: true }, async (atlas) => {
            const completeness = await getRoundCompleteness({
              db: atlas.handle.db,
              actor: cliActor,
              roundId: Number(id),
              now: new Date().toISOString(),
            });
            await writeResult(
              options.format === "json"
                ? JSON.stringify(completeness, null, 2)
                : describeCompleteness(completeness),
              undefined,
            );
            return exitCodes.ok;
          });
        }),
      );
    });
}

/** One line per member state, then the counts. */
function describeCompleteness(completeness: RoundCompleteness): string {
  const { round } = completeness;
  const lines = completeness.countries.map(
    (country) =>
      `${country.area}: ${country.state}${country.leadEndorsed ? " (endorsed by the country lead)" : ""}${country.overdue ? `, overdue since ${round.dueDate}` : ""}`,
  );
  lines.push(
    `round ${round.id} "${round.name}" (${round.period}), due ${round.dueDate}: ${completeness.expected} expected, ${completeness.submitted} submitted, ${completeness.approved} approved, ${completeness.published} published, ${completeness.overdue} overdue`,
  );
  return lines.join("\n");
}
