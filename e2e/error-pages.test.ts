/**
 * Journey 5: addresses that lead nowhere get a sentence from the message catalogue, in the UI
 * language, never a stack trace or a server message.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { AppShell } from "./pages/app-shell.ts";
import { textOf } from "./pages/text-of.ts";
import { repositoryRoot } from "./support/atlas-server.ts";
import { describeInBrowser } from "./support/browser-suite.ts";

interface Catalogue {
  errors: Record<string, string>;
  notFound: { title: string };
}

function catalogue(language: string): Catalogue {
  return JSON.parse(
    readFileSync(join(repositoryRoot, "packages/web/src/locales", `${language}.json`), "utf8"),
  ) as Catalogue;
}

/**
 * Chromium's own console line for a failed fetch; the failure is the point of these journeys.
 * (An unknown indicator is a 404 from /api/indicators/:code and a 400 from /api/observations.)
 */
const notFoundConsoleLine = /Failed to load resource: the server responded with a status of 40[04]/;
const developerText = /\bat \S+ \(|Error:|stack|\.tsx?:\d+|problem\+json|unknown-area|SELECT /i;

describeInBrowser("error pages", (suite) => {
  it("says in words that there is no country XXX, in English and in Persian", async () => {
    const { page, guard } = await suite.openPage();
    guard.allowConsoleError(notFoundConsoleLine);
    const shell = new AppShell(page);

    await page.goto("/countries/XXX");
    await shell.errorMessage.waitFor();
    expect(await textOf(shell.errorMessage.locator("p"))).toBe(catalogue("en").errors["unknown-area"]);
    expect(await textOf(shell.main)).not.toMatch(developerText);

    await shell.switchLanguage("fa");
    await expect
      .poll(() => textOf(shell.errorMessage.locator("p")))
      .toBe(catalogue("fa").errors["unknown-area"]);
    expect(await textOf(shell.main)).not.toMatch(developerText);
  });

  it("says in words that an unknown indicator does not exist", async () => {
    const { page, guard } = await suite.openPage();
    guard.allowConsoleError(notFoundConsoleLine);
    const shell = new AppShell(page);
    await page.goto("/indicators/NO_SUCH_INDICATOR");
    await shell.errorMessage.waitFor();
    expect(await textOf(shell.errorMessage.locator("p"))).toBe(catalogue("en").errors["unknown-indicator"]);
    expect(await textOf(shell.main)).not.toMatch(developerText);
  });

  it("shows the not-found page for an address the app does not know", async () => {
    const { page } = await suite.openPage();
    const shell = new AppShell(page);
    const response = await page.goto("/no/such/page?lang=fa");
    expect(response?.status()).toBe(200);
    await expect.poll(() => textOf(shell.heading)).toBe(catalogue("fa").notFound.title);
  });
});
