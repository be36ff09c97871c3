/**
 * `atlas records …`: the knowledge base as files. Imports are checked whole before anything is
 * written (and written as the operator, who may set any status); exports import back unchanged.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { recordTypes } from "@circular-atlas/contracts";
import { cliActor, exportRecords, importRecords, type RecordFileFormat } from "@circular-atlas/services";
import { type Command, Option } from "commander";
import { UsageError } from "../exit-codes.ts";
import { withAtlas } from "../open-for-command.ts";
import { note, writeResult } from "../output.ts";
import { runCommand } from "../run-command.ts";

function formatOf(file: string, format: string): RecordFileFormat {
  if (format === "json" || format === "csv") return format;
  const extension = path.extname(file).toLowerCase();
  if (extension === ".json") return "json";
  if (extension === ".csv") return "csv";
  throw new UsageError(`cannot tell the format of ${file}; name it .json or .csv, or pass --format json|csv`);
}

const list = (text: string) =>
  text
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);

export function registerRecordsCommand(program: Command, setExitCode: (code: number) => void): void {
  const records = program
    .command("records")
    .description("knowledge-base records: import and export as JSON or CSV");

  records
    .command("import")
    .argument("<file>", "a JSON array of records, or the records CSV")
    .addOption(
      new Option("--format <format>", "json or csv (default: from the file name)")
        .choices(["auto", "json", "csv"])
        .default("auto"),
    )
    .option("--dry-run", "check the file and report what would change, without writing")
    .description("import records, all or nothing: any problem leaves the knowledge base unchanged")
    .action(async (file: string, options: { format: string; dryRun?: boolean }) => {
      setExitCode(
        await runCommand(async () => {
          const format = formatOf(file, options.format);
          const text = await readFile(file, "utf8");
          return withAtlas({ loadBaseline: true }, async (atlas) => {
            const report = await importRecords({
              db: atlas.handle.db,
              actor: cliActor,
              text,
              format,
              fileName: path.basename(file),
              dryRun: options.dryRun === true,
            });
            const verb = report.written ? "imported" : "would import";
            note(
              `${report.fileName}: ${verb} ${report.records} record(s): ${report.created.length} new, ${report.updated.length} changed`,
            );
            await writeResult(JSON.stringify(report, null, 2), undefined);
            return undefined;
          });
        }),
      );
    });

  records
    .command("export")
    .addOption(new Option("--format <format>", "json or csv").choices(["json", "csv"]).default("json"))
    .option("--country <ISO3,...>", "only records of these countries", list)
    .addOption(
      new Option("--type <type,...>", `only these types (${recordTypes.join(", ")})`).argParser(list),
    )
    .option("--out <file>", "write to a file instead of stdout")
    .description("export every record (drafts included: the operator sees all) in the import format")
    .action(
      async (options: { format: RecordFileFormat; country?: string[]; type?: string[]; out?: string }) => {
        setExitCode(
          await runCommand(async () => {
            const unknown = (options.type ?? []).filter(
              (type) => !(recordTypes as readonly string[]).includes(type),
            );
            if (unknown.length > 0) throw new UsageError(`--type: unknown type(s) ${unknown.join(", ")}`);
            return withAtlas({ loadBaseline: true }, async (atlas) => {
              const exported = await exportRecords({
                db: atlas.handle.db,
                viewer: cliActor,
                format: options.format,
                filter: {
                  ...(options.country === undefined
                    ? {}
                    : { countries: options.country.map((code) => code.toUpperCase()) }),
                  ...(options.type === undefined ? {} : { types: options.type as never }),
                },
              });
              await writeResult(exported.text, options.out);
              note(
                `exported ${exported.count} record(s)${options.out === undefined ? "" : ` to ${options.out}`}`,
              );
              return undefined;
            });
          }),
        );
      },
    );
}
