/**
 * Security headers with a strict Content Security Policy: everything from this origin only, no
 * inline script or style, no framing. The web app and the API docs are built to live with it.
 */
import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";

export const contentSecurityPolicy = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "style-src": ["'self'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
} as const;

export async function registerSecurity(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: Object.fromEntries(
        Object.entries(contentSecurityPolicy).map(([key, value]) => [key, [...value]]),
      ),
    },
    // Served over plain HTTP inside ministries' networks as often as behind TLS; HSTS is the proxy's call.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
}
