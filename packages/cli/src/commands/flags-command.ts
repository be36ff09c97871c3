/**
 * `atlas flags`: the values the data-quality rules held back, and the reviewer's decision on
 * them. Run from the command line, the decision is the system actor's (whoever holds the
 * machine), and the comment is required, as in the interface.
 */
import { cliActor, type FlaggedValue, listFlaggedValues, reviewFlaggedValue } from "@circular-atlas/services";
import type { Command } from "commander";
import { splitCodeList } from "../code-list.ts";
import { exitCodes, UsageError } from "../exit-codes.ts";
import { withAtlas } from "../open-for-command.ts";
import { writeResult } from "../output.ts";
import { runCommand } from "../run-command.ts";

const flagStates = ["open", "confirmed", "rejected", "superseded"] as const;

function describeValue(value: FlaggedValue): string {
  const breakdown = value.dimensionKey === "" ? "" : ` [${value.dimensionKey}]`;
  const head = `#${value.versionId} ${value.area} ${value.indicator}${breakdown} ${value.timePeriod} = ${value.value} ${value.unit}${value.unitMult === 0 ? "" : ` ×10^${value.unitMult}`} (version ${value.version}, ${value.state})${value.publishedValue === null ? "; a new key" : `; replaces the published ${value.publishedValue}`}`;
  const flags = value.flags.map(
    (flag) =>
      `  ${flag.severity} ${flag.ruleId}: ${flag.message}${flag.state === "open" ? "" : ` — ${flag.state} by ${flag.reviewedBy}: ${flag.reviewComment}`}`,
  );
  return [head, ...flags].join("\n");
}

function parseVersionId(text: string): number {
  const id = Number(text);
  if (!Number.isInteger(id) || id <= 0)
    throw new UsageError(`the version id must be a positive whole number (got ${text})`);
  return id;
}

export function registerFlagsCommand(program: Command, setExitCode: (code: number) => void): void {
  const flags = program
    .command("flags")
    .description("values held back by the data-quality rules, and their review");
  flags
    .command("list", { isDefault: true })
    .description("list flagged values per country and series, with the figures behind each flag")
    .option("--indicator <code,...>", "indicator codes, comma-separated")
    .option("--area <ISO3,...>", "area codes, comma-separated")
    .option("--state <state>", `${flagStates.join(", ")} or all`, "open")
    .option("--format <format>", "text or json", "text")
    .action(async (options: { indicator?: string; area?: string; state: string; format: string }) => {
      setExitCode(
        await runCommand(async () => {
          if (!["text", "json"].includes(options.format))
            throw new UsageError(`--format must be text or json (got ${options.format})`);
          if (options.state !== "all" && !(flagStates as readonly string[]).includes(options.state))
            throw new UsageError(`--state must be ${flagStates.join(", ")} or all (got ${options.state})`);
          const indicators = splitCodeList("indicator", options.indicator);
          const areas = splitCodeList("area", options.area);
          return withAtlas({ loadBaseline: true }, async (atlas) => {
            const values = await listFlaggedValues({
              db: atlas.handle.db,
              indicators,
              areas,
              states:
                options.state === "all" ? [...flagStates] : [options.state as (typeof flagStates)[number]],
            });
            await writeResult(
              options.format === "json"
                ? JSON.stringify(values, null, 2)
                : [...values.map(describeValue), `${values.length} flagged value(s)`].join("\n"),
              undefined,
            );
            return exitCodes.ok;
          });
        }),
      );
    });
  for (const decision of ["confirm", "reject"] as const)
    flags
      .command(decision)
      .argument("<version-id>", "the flagged value's version id (#… in `atlas flags`)")
      .requiredOption("--comment <text>", "why the value is confirmed or rejected (required)")
      .description(
        decision === "confirm"
          ? "confirm a flagged value: it is published as it stands"
          : "reject a flagged value: it stays in the history, never published",
      )
      .action(async (id: string, options: { comment: string }) => {
        setExitCode(
          await runCommand(async () => {
            const versionId = parseVersionId(id);
            return withAtlas({ loadBaseline: true }, async (atlas) => {
              const value = await reviewFlaggedValue({
                db: atlas.handle.db,
                actor: cliActor,
                versionId,
                decision,
                comment: options.comment,
              });
              await writeResult(describeValue(value), undefined);
              return exitCodes.ok;
            });
          }),
        );
      });
}
