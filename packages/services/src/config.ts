/**
 * Runtime configuration from the environment, resolved once by the faces. Paths default to the
 * repository layout so `npm start` works from a fresh clone.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface AtlasConfig {
  readonly port: number;
  readonly host: string;
  /** PostgreSQL connection string; PGlite in `dataDir` when absent. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly baselineDir: string;
  /** The bundled knowledge base: taxonomy and seed records. */
  readonly knowledgeDir: string;
  readonly webDir: string;
  readonly logLevel: string;
  /** When session cookies are `Secure`: over HTTPS and on localhost (`auto`), `always` or `never`. */
  readonly cookieSecure: "auto" | "always" | "never";
}

const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url));

export function resolveConfig(env: Readonly<Record<string, string | undefined>> = process.env): AtlasConfig {
  const port = Number(env["PORT"] ?? "8080");
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`PORT must be a port number (got ${env["PORT"]})`);
  const databaseUrl = env["DATABASE_URL"];
  return {
    port,
    host: env["HOST"] ?? "0.0.0.0",
    databaseUrl: databaseUrl === undefined || databaseUrl === "" ? undefined : databaseUrl,
    dataDir: path.resolve(env["ATLAS_DATA_DIR"] ?? ".atlas"),
    baselineDir: path.resolve(env["ATLAS_BASELINE_DIR"] ?? path.join(repositoryRoot, "data", "baseline")),
    knowledgeDir: path.resolve(env["ATLAS_KNOWLEDGE_DIR"] ?? path.join(repositoryRoot, "data", "knowledge")),
    webDir: path.resolve(env["ATLAS_WEB_DIR"] ?? path.join(repositoryRoot, "packages", "web", "dist")),
    logLevel: env["LOG_LEVEL"] ?? "info",
    cookieSecure: cookieSecurity(env["ATLAS_COOKIE_SECURE"]),
  };
}

function cookieSecurity(value: string | undefined): AtlasConfig["cookieSecure"] {
  if (value === undefined || value === "" || value === "auto") return "auto";
  if (value === "always" || value === "never") return value;
  throw new Error(`ATLAS_COOKIE_SECURE must be auto, always or never (got ${value})`);
}
