/**
 * Home-page weight (acceptance criterion 5): the JavaScript the home page loads is at most
 * 200 KB gzipped in total, and everything is self-hosted. Measured in Chromium: every script
 * response of a first visit to `/`, until the map is drawn and the network is idle, gzipped
 * here at level 9 (independent of how the server compresses), next to the bytes the server sent.
 * Requests to any other origin are aborted and reported.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Response } from "playwright-core";
import { startAtlas } from "./support/atlas-server.ts";
import type { BenchContext, Benchmark, BenchResult } from "./support/bench-context.ts";
import { launchChromium, openLocalOnlyContext, waitForMap } from "./support/browser.ts";
import { formatSetting } from "./support/machine.ts";
import { formatKB, formatRatio, formatVerdict, markdownTable } from "./support/markdown.ts";

const targetBytes = 200_000;

interface LoadedResource {
  readonly path: string;
  readonly type: string;
  readonly status: number;
  readonly rawBytes: number;
  readonly gzip9Bytes: number;
  readonly sentBytes: number;
  readonly encoding: string;
}

interface HomeLoad {
  readonly resources: readonly LoadedResource[];
  readonly blockedUrls: readonly string[];
}

export const homeWeight: Benchmark = {
  name: "home-weight",
  title: "Home-page weight",
  run: async (context) => {
    const prepared = await context.prepareCopy();
    const server = await startAtlas({
      root: prepared.root,
      dataDir: prepared.dataDir,
      via: "serve",
      logLevel: "warn",
    });
    try {
      const load = await loadHomePage(server.baseUrl);
      const distAssets = path.join(prepared.root, "packages", "web", "dist", "assets");
      return { markdown: describeHomeWeight(context, load, distAssets) };
    } finally {
      await server.process.stop();
    }
  },
};

async function loadHomePage(baseUrl: string): Promise<HomeLoad> {
  const browser = await launchChromium();
  try {
    const { context, blockedUrls } = await openLocalOnlyContext(browser, baseUrl);
    const page = await context.newPage();
    const pending: Promise<LoadedResource>[] = [];
    page.on("response", (response) => pending.push(describeResponse(response, baseUrl)));
    await page.goto(`${baseUrl}/`);
    await waitForMap(page, 60_000);
    // Chunks the home page imports lazily (after the map) count too.
    await page.waitForLoadState("networkidle");
    const resources = await Promise.all(pending);
    await context.close();
    return { resources, blockedUrls };
  } finally {
    await browser.close();
  }
}

async function describeResponse(response: Response, baseUrl: string): Promise<LoadedResource> {
  const body = await response.body();
  const sizes = await response.request().sizes();
  const contentType = response.headers()["content-type"] ?? "";
  const isScript = response.request().resourceType() === "script" || contentType.includes("javascript");
  return {
    path: response.url().replace(baseUrl, ""),
    type: isScript ? "script" : response.request().resourceType(),
    status: response.status(),
    rawBytes: body.length,
    gzip9Bytes: gzipSync(body, { level: 9 }).length,
    sentBytes: sizes.responseBodySize,
    encoding: response.headers()["content-encoding"] ?? "identity",
  };
}

function describeHomeWeight(
  context: BenchContext,
  load: HomeLoad,
  distAssets: string,
): BenchResult["markdown"] {
  const scripts = load.resources.filter((resource) => resource.type === "script");
  const others = load.resources.filter((resource) => resource.type !== "script");
  const sum = (items: readonly LoadedResource[], pick: (item: LoadedResource) => number) =>
    items.reduce((total, item) => total + pick(item), 0);
  const scriptGzip = sum(scripts, (item) => item.gzip9Bytes);
  const selfHosted = load.blockedUrls.length === 0;
  const row = (item: LoadedResource) => [
    `\`${item.path}\``,
    String(item.status),
    formatKB(item.rawBytes),
    formatKB(item.gzip9Bytes),
    `${formatKB(item.sentBytes)} (${item.encoding})`,
  ];
  const headers = ["resource", "status", "raw", "gzip -9", "sent by the server"];
  const totalRow = (label: string, items: readonly LoadedResource[]) => [
    `**${label}**`,
    "",
    formatKB(sum(items, (item) => item.rawBytes)),
    `**${formatKB(sum(items, (item) => item.gzip9Bytes))}**`,
    formatKB(sum(items, (item) => item.sentBytes)),
  ];
  const loadedNames = new Set(scripts.map((item) => path.basename(item.path)));
  const notLoaded = readdirSync(distAssets)
    .filter((name) => name.endsWith(".js") && !loadedNames.has(name))
    .sort()
    .map((name) => {
      const body = readFileSync(path.join(distAssets, name));
      return [`\`${name}\``, formatKB(body.length), formatKB(gzipSync(body, { level: 9 }).length)];
    });
  return `## Home-page weight

**Target** (criterion 5): the home page's JavaScript is at most 200 KB gzipped in total, and
everything is self-hosted. No reference tool: compared with the target (KB = 1,000 bytes, the
stricter reading; the limit is 200,000 bytes).

**Result**: ${formatVerdict(scriptGzip <= targetBytes && selfHosted)}. ${scripts.length} script(s), ${scriptGzip.toLocaleString("en")} bytes
gzipped = ${formatRatio(scriptGzip, targetBytes)}. ${
    selfHosted
      ? `Self-hosted: all ${load.resources.length} requests went to the server under test, none elsewhere.`
      : `Not self-hosted: the page asked for ${load.blockedUrls.map((url) => `\`${url}\``).join(", ")}.`
  }

JavaScript loaded by a first visit to \`/\` (until the map is drawn and the network is idle):

${markdownTable(headers, [...scripts.map(row), totalRow("JavaScript total", scripts)])}

Everything else the page loaded:

${markdownTable(headers, [...others.map(row), totalRow("other total", others)])}

Chunks in \`packages/web/dist/assets\` that the home page did not load (other routes, other
languages), for reference:

${markdownTable(["chunk", "raw", "gzip -9"], notLoaded)}

Method: Debian's Chromium (headless, playwright-core) opens \`/\` in a fresh context against
\`atlas serve\` on 127.0.0.1, waits for the ten member states on the map and for the network to
be idle, and records every response. "gzip -9" is each decoded body gzipped here with zlib at
level 9; "sent by the server" is the encoded body size Chromium received, with the server's own
\`content-encoding\`. Any request to another origin is aborted and listed.

${formatSetting(context.setting)} Reproduce: \`npm run bench -- home-weight\`.`;
}
