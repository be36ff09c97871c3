/** The HTTP face: Fastify routes over services, problem+json errors, strict CSP, the web app. */
export type { BuildAppOptions } from "./app.ts";
export { buildApp } from "./app.ts";
export { contentSecurityPolicy } from "./plugins/security.ts";
export type { RunningServer } from "./start-server.ts";
export { startServer } from "./start-server.ts";
