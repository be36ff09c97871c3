/**
 * Starts the platform: opens (and on first start creates, migrates and loads) the database, then
 * serves the API and the web app until SIGINT or SIGTERM, closing both cleanly.
 */
import { type AtlasConfig, openAtlasDatabase, type ProgressCallback } from "@circular-atlas/services";
import type { FastifyInstance } from "fastify";
import { buildApp } from "./app.ts";

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly url: string;
  close(): Promise<void>;
}

export async function startServer(
  config: AtlasConfig,
  options: { version: string; onProgress?: ProgressCallback; handleSignals?: boolean },
): Promise<RunningServer> {
  const started = performance.now();
  // The logger is the app's, which needs the opened database: bind it once both exist.
  let logIdleConnectionError: ((error: Error) => void) | undefined;
  const atlas = await openAtlasDatabase(config, {
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    onIdleConnectionError: (error) => logIdleConnectionError?.(error),
  });
  let app: FastifyInstance;
  try {
    app = await buildApp({ atlas, config, version: options.version });
  } catch (error) {
    await atlas.handle.close();
    throw error;
  }
  logIdleConnectionError = (error) =>
    app.log.warn({ err: error }, "an idle PostgreSQL connection failed; the pool replaced it");
  app.log.info(
    {
      database: atlas.handle.description,
      migrationsApplied: atlas.migrationsApplied,
      baseline: atlas.baseline,
    },
    "database ready",
  );
  const address = await app.listen({ port: config.port, host: config.host });
  app.log.info(
    { startupMs: Math.round(performance.now() - started) },
    `Circular Atlas serving at ${address}`,
  );
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      await app.close();
      await atlas.handle.close();
    })();
    return closing;
  };
  if (options.handleSignals !== false) {
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.once(signal, () => {
        app.log.info({ signal }, "shutting down");
        close().then(
          () => process.exit(0),
          (error: unknown) => {
            app.log.error({ err: error }, "shutdown failed");
            process.exit(1);
          },
        );
      });
    }
  }
  return { app, url: address, close };
}
