import { queryObservations, toObservationsCsv } from "@circular-atlas/services";
import type { Command } from "commander";
import { splitCodeList } from "../code-list.ts";
import { UsageError } from "../exit-codes.ts";
import { withAtlas } from "../open-for-command.ts";
import { writeResult } from "../output.ts";
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
    .description("export observations with their sources as CSV or JSON")
    .requiredOption("--indicator <code>", "indicator code(s), comma-separated")
    .option("--area <ISO3,...>", "area codes, comma-separated (default: every member state)")
    .option("--format <format>", "csv or json", "csv")
    .option("--from <year>", "first year")
    .option("--to <year>", "last year")
    .option("--breakdown <which>", "total (headline values) or all", "total")
    .option("--out <file>", "write to a file instead of stdout")
    .action(async (options: ExportOptions) => {
      setExitCode(
        await runCommand(async () => {
          if (!["csv", "json"].includes(options.format))
            throw new UsageError(`--format must be csv or json (got ${options.format})`);
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
            const list = await queryObservations({ db: atlas.handle.db, selection });
            await writeResult(
              options.format === "csv" ? toObservationsCsv(list) : JSON.stringify(list, null, 2),
              options.out,
            );
            return undefined;
          });
        }),
      );
    });
}
