/**
 * Caching of read endpoints: an in-process cache of response bodies keyed by URL and data
 * version (so an import anywhere invalidates it within a second, even across processes on one
 * PostgreSQL database), strong validators via ETag, and Cache-Control for browsers and proxies.
 */
import etag from "@fastify/etag";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { hasCredentials } from "./authentication.ts";

interface CachedResponse {
  /** Text, or the bytes of a binary download (an XLSX export). */
  readonly body: string | Buffer;
  readonly contentType: string;
  readonly cacheControl: string | undefined;
  readonly contentDisposition: string | undefined;
}

export interface ResponseCacheOptions {
  /** The current data version; cached bodies of other versions are never served. */
  readonly dataVersion: () => Promise<string>;
  readonly maxEntries?: number;
  readonly maxBodyBytes?: number;
}

const cacheKeys = new WeakMap<FastifyRequest, string>();

/**
 * Read endpoints whose answer depends only on the URL and the data: anonymous GETs. A signed-in
 * caller may see drafts, so their answers are never stored nor served from here.
 */
function isCacheable(request: FastifyRequest): boolean {
  return (
    request.method === "GET" &&
    request.url.startsWith("/api/") &&
    !request.url.startsWith("/api/health") &&
    !request.url.startsWith("/api/auth/") &&
    !hasCredentials(request)
  );
}

export async function registerResponseCache(
  app: FastifyInstance,
  options: ResponseCacheOptions,
): Promise<void> {
  const maxEntries = options.maxEntries ?? 1_000;
  const maxBodyBytes = options.maxBodyBytes ?? 2_000_000;
  const entries = new Map<string, CachedResponse>();

  await app.register(etag);

  app.addHook("onRequest", async (request, reply) => {
    if (!isCacheable(request)) return;
    const key = `${await options.dataVersion()}|${request.url}`;
    const hit = entries.get(key);
    if (hit === undefined) {
      cacheKeys.set(request, key);
      return;
    }
    // Refresh recency: a Map iterates in insertion order, so re-inserting makes eviction LRU.
    entries.delete(key);
    entries.set(key, hit);
    reply.header("content-type", hit.contentType).header("x-cache", "hit");
    if (hit.cacheControl !== undefined) reply.header("cache-control", hit.cacheControl);
    if (hit.contentDisposition !== undefined) reply.header("content-disposition", hit.contentDisposition);
    return reply.send(hit.body);
  });

  app.addHook("onSend", async (request, reply, payload) => {
    const key = cacheKeys.get(request);
    if (
      key === undefined ||
      reply.statusCode !== 200 ||
      !(typeof payload === "string" || Buffer.isBuffer(payload)) ||
      payload.length > maxBodyBytes
    )
      return payload;
    entries.set(key, {
      body: payload,
      contentType: String(reply.getHeader("content-type") ?? "application/json; charset=utf-8"),
      cacheControl: reply.getHeader("cache-control")?.toString(),
      contentDisposition: reply.getHeader("content-disposition")?.toString(),
    });
    if (entries.size > maxEntries) {
      const oldest = entries.keys().next().value;
      if (oldest !== undefined) entries.delete(oldest);
    }
    reply.header("x-cache", "miss");
    return payload;
  });
}

/** Cache-Control for data that changes only when someone imports: short freshness, then revalidate. */
export const dataCacheControl = "public, max-age=60, stale-while-revalidate=600";
/** Cache-Control for what changes only with a new release (geometry). */
export const releaseCacheControl = "public, max-age=86400";
