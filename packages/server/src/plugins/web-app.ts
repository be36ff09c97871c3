/**
 * Serves the built web app: hashed assets cached for a year, `index.html` revalidated every time,
 * and the app shell for any non-API path so that deep links (`/countries/KAZ`) work.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

export async function registerWebApp(app: FastifyInstance, webDir: string): Promise<{ served: boolean }> {
  const indexFile = path.join(webDir, "index.html");
  if (!existsSync(indexFile)) {
    app.log.warn({ webDir }, "no web build found; run `npm run build:web` (npm start does it for you)");
    return { served: false };
  }
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    index: false,
    setHeaders: (response, filePath) => {
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
      response.header("cache-control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
    },
  });
  // Read on every request (it is small): a rebuild while the server runs replaces the hashed
  // assets, and a shell held in memory would point at files that no longer exist.
  const sendShell = async (_request: unknown, reply: import("fastify").FastifyReply) =>
    reply
      .type("text/html; charset=utf-8")
      .header("cache-control", "no-cache")
      .send(await readFile(indexFile, "utf8"));
  app.get("/", sendShell);
  app.get("/*", (request, reply) => {
    // Unknown API paths and missing files are 404s, not pages.
    const pathname = request.url.split("?")[0] ?? "";
    if (pathname.startsWith("/api/") || path.extname(pathname) !== "") return reply.callNotFound();
    return sendShell(request, reply);
  });
  return { served: true };
}
