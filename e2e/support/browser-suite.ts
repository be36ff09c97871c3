/**
 * `describeInBrowser`: one real server and one headless Chromium per test file, a fresh browser
 * context (empty storage, English, UTC) per test, and after each test the check that the page
 * stayed on this machine, logged no error and broke no CSP rule.
 *
 * Without Chromium the journeys are skipped with the install command, except in CI
 * (`CI=true`), where its absence is a failure: acceptance must not pass by skipping.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type AtlasServer,
  type AtlasServerOptions,
  repositoryRoot,
  startAtlasServer,
} from "./atlas-server.ts";
import { chromiumArgs, chromiumInstallHint, findChromium } from "./chromium-executable.ts";
import { PageGuard } from "./page-guard.ts";

export interface OpenedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly guard: PageGuard;
}

export interface BrowserSuite {
  /** The server's origin, `http://127.0.0.1:<port>`. */
  serverUrl(): string;
  /** GETs an API path from the server (for expected values) and parses the JSON. */
  api<T>(path: string): Promise<T>;
  /** A page in a fresh context, guarded; closed and checked after the test. */
  openPage(options?: { extraHTTPHeaders?: Record<string, string> }): Promise<OpenedPage>;
}

export const screenshotDir = join(repositoryRoot, "test-results", "screenshots");

/** Saves a full-page screenshot as test-results/screenshots/<name>.png (an artifact for review). */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true, animations: "disabled" });
  return path;
}

/**
 * `describe(title)` given the path of Chromium; without one, the suite's tests are skipped (its
 * body sees `undefined`) with the install command, except in CI, where a failing test says so.
 */
export function describeWithChromium(
  title: string,
  body: (executablePath: string | undefined) => void,
): void {
  const executablePath = findChromium();
  if (executablePath !== null) {
    describe(title, () => body(executablePath));
    return;
  }
  const reason = `Chromium not found (/usr/bin/chromium, chromium on PATH or ATLAS_CHROMIUM); install it with \`${chromiumInstallHint}\``;
  if (process.env["CI"] === "true") {
    describe(title, () => {
      it("has Chromium to run the browser journeys (CI must not skip them)", () => {
        throw new Error(`${reason}. In CI the browser journeys are required.`);
      });
    });
  } else {
    console.warn(`skipping "${title}": ${reason}`);
    describe.skip(`${title} (skipped: ${reason})`, () => body(undefined));
  }
}

export function describeInBrowser(
  title: string,
  body: (suite: BrowserSuite) => void,
  serverOptions: AtlasServerOptions = {},
): void {
  describeWithChromium(title, (executablePath) => {
    if (executablePath === undefined) {
      body(unavailableSuite);
      return;
    }
    let server: AtlasServer | undefined;
    let browser: Browser | undefined;
    const opened: OpenedPage[] = [];

    beforeAll(async () => {
      // Both at once (the server takes longer); whichever started is stopped again in afterAll.
      const [started, launched] = await Promise.allSettled([
        startAtlasServer(serverOptions),
        chromium.launch({ executablePath, headless: true, args: [...chromiumArgs] }),
      ]);
      if (started.status === "fulfilled") server = started.value;
      if (launched.status === "fulfilled") browser = launched.value;
      if (started.status === "rejected") throw started.reason;
      if (launched.status === "rejected") throw launched.reason;
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    afterEach(async () => {
      const pages = opened.splice(0);
      // Let late console messages and requests of the page arrive before judging it.
      await Promise.all(pages.map(({ page }) => page.waitForLoadState("networkidle").catch(() => {})));
      await Promise.all(pages.map(({ context }) => context.close()));
      for (const { guard } of pages) {
        expect(
          guard.takeProblems(),
          "the page reached off this machine, logged an error or broke the CSP",
        ).toEqual({
          externalRequests: [],
          consoleErrors: [],
          pageErrors: [],
          cspViolations: [],
        });
      }
    });

    const running = () => {
      if (!server || !browser) throw new Error("the server and browser start in beforeAll");
      return { server, browser };
    };

    body({
      serverUrl: () => running().server.url,
      async api<T>(path: string): Promise<T> {
        const response = await fetch(`${running().server.url}${path}`);
        if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
        return (await response.json()) as T;
      },
      async openPage(options = {}) {
        const context = await running().browser.newContext({
          baseURL: running().server.url,
          locale: "en-US",
          timezoneId: "UTC",
          viewport: { width: 1280, height: 900 },
          acceptDownloads: true,
          ...(options.extraHTTPHeaders ? { extraHTTPHeaders: options.extraHTTPHeaders } : {}),
        });
        const guard = await PageGuard.watch(context);
        const page = await context.newPage();
        page.setDefaultTimeout(20_000);
        const entry = { page, context, guard };
        opened.push(entry);
        return entry;
      },
    });
  });
}

const unavailableSuite: BrowserSuite = {
  serverUrl: () => {
    throw new Error("no browser");
  },
  api: () => Promise.reject(new Error("no browser")),
  openPage: () => Promise.reject(new Error("no browser")),
};
