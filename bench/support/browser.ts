/**
 * Debian's Chromium driven by playwright-core, with the flags this machine needs (no background
 * networking, no component updates), and a context that lets requests reach the server under
 * test only: anything else is aborted and recorded, so "self-hosted" is checked, not assumed.
 */
import { existsSync } from "node:fs";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

export const chromiumPath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

export function isChromiumInstalled(): boolean {
  return existsSync(chromiumPath);
}

export async function launchChromium(): Promise<Browser> {
  if (!isChromiumInstalled()) {
    throw new Error(`no Chromium at ${chromiumPath}: apt-get install chromium (or set CHROMIUM_PATH)`);
  }
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  // Chromium goes on setting itself up after launch; a first blank page waits for that, so the
  // start-up it would otherwise compete with is not what gets measured.
  const page = await browser.newPage();
  await page.goto("about:blank");
  await page.close();
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  return browser;
}

export interface LocalOnlyContext {
  readonly context: BrowserContext;
  /** Every URL the page asked for that was not on the server's origin. */
  readonly blockedUrls: string[];
}

export async function openLocalOnlyContext(browser: Browser, origin: string): Promise<LocalOnlyContext> {
  const context = await browser.newContext();
  const blockedUrls: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    blockedUrls.push(url);
    return route.abort("blockedbyclient");
  });
  return { context, blockedUrls };
}

/** The ten member states are drawn as paths of the choropleth once geometry and values arrive. */
export async function waitForMap(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="choropleth"] g.members path[data-area]').length >= 10,
    undefined,
    { timeout: timeoutMs, polling: 25 },
  );
}
