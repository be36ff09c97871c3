import {
  type ExchangeFormat,
  exchangeFormats,
  exportObservations,
  queryEveryObservation,
  referenceCatalogue,
  toObservationsCsv,
} from "@circular-atlas/services";
import type { Command } from "commander";
import { splitCodeList } from "../code-list.ts";
import { UsageError } from "../exit-codes.ts";
import { withAtlas } from "../open-for-command.ts";
import { note, writeResult } from "../output.ts";
import { runCommand } from "../run-command.ts";

interface ExportOptions {
  indicator: string;
  area?: string;
  format: string;
  out?: string;
  from?: string;
  to?: string;
  breakdown: string;
}

export function registerExportCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command("export")
    .description("export observations: the observatory's CSV or JSON (with sources), or an exchange format")
    .requiredOption("--indicator <code>", "indicator code(s), comma-separated")
    .option("--area <ISO3,...>", "area codes, comma-separated (default: every member state)")
    .option("--format <format>", `csv, json, ${exchangeFormats.join(", ")}`, "csv")
    .option("--from <year>", "first year")
    .option("--to <year>", "last year")
    .option("--breakdown <which>", "total (headline values) or all", "total")
    .option("--out <file>", "write to a file instead of stdout")
    .action(async (options: ExportOptions) => {
      setExitCode(
        await runCommand(async () => {
          const formats = ["csv", "json", ...exchangeFormats];
          if (!formats.includes(options.format))
            throw new UsageError(`--format must be one of ${formats.join(", ")} (got ${options.format})`);
          // A workbook is bytes: on a terminal it would be noise, and a redirect or --out keeps it whole.
          if (
            options.format === "xlsx" &&
            (options.out === undefined || options.out === "-") &&
            process.stdout.isTTY
          )
            throw new UsageError(
              "--format xlsx writes a binary workbook: give --out <file>.xlsx or redirect stdout",
            );
          if (!["total", "all"].includes(options.breakdown))
            throw new UsageError(`--breakdown must be total or all (got ${options.breakdown})`);
          const indicators = splitCodeList("indicator", options.indicator);
          const areas = splitCodeList("area", options.area, "ISO alpha-3 codes");
          const year = (flag: string, value: string | undefined) => {
            if (value === undefined) return undefined;
            if (!/^\d{4}$/.test(value))
              throw new UsageError(`--${flag} must be a four-digit year (got ${value})`);
            return Number(value);
          };
          const selection = {
            indicators,
            areas,
            from: year("from", options.from),
            to: year("to", options.to),
            breakdown: options.breakdown as "total" | "all",
          };
          return withAtlas({ loadBaseline: true }, async (atlas) => {
            const list = await queryEveryObservation({ db: atlas.handle.db, selection });
            if (options.format === "csv" || options.format === "json") {
              await writeResult(
                options.format === "csv" ? toObservationsCsv(list) : JSON.stringify(list, null, 2),
                options.out,
              );
              return undefined;
            }
            const { areas } = await referenceCatalogue(atlas.handle.db);
            const exported = exportObservations(list, options.format as ExchangeFormat, areas);
            for (const diagnostic of exported.diagnostics)
              note(`observation ${diagnostic.row ?? "?"}: not exported: ${diagnostic.message}`);
            await writeResult(exported.bytes ?? exported.text, options.out);
            return undefined;
          });
        }),
      );
    });
}
