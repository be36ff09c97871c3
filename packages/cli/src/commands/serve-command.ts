import { startServer } from "@circular-atlas/server";
import { appVersion, resolveConfig } from "@circular-atlas/services";
import type { Command } from "commander";
import { UsageError } from "../exit-codes.ts";
import { createProgressBar } from "../progress.ts";
import { runCommand } from "../run-command.ts";

export function registerServeCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command("serve")
    .description(
      "serve the platform (API and web app); on first start, create, migrate and load the database",
    )
    .option("-p, --port <port>", "port to listen on (env PORT, default 8080)")
    .option("--host <host>", "interface to listen on (env HOST, default 0.0.0.0)")
    .action(async (options: { port?: string; host?: string }) => {
      const code = await runCommand(async () => {
        if (options.port !== undefined && !/^\d+$/.test(options.port))
          throw new UsageError(`--port must be a number (got ${options.port})`);
        const config = resolveConfig({
          ...process.env,
          ...(options.port === undefined ? {} : { PORT: options.port }),
          ...(options.host === undefined ? {} : { HOST: options.host }),
        });
        const progress = createProgressBar();
        await startServer(config, { version: appVersion, onProgress: progress.onProgress });
        progress.finish();
        return undefined;
      });
      if (code !== 0) setExitCode(code);
    });
}
