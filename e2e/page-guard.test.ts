/**
 * The guard every journey relies on, shown to work: it notices a request leaving the machine, a
 * Content Security Policy violation, a console error and an uncaught exception. Without this,
 * "no problems" after a journey could mean the guard saw nothing.
 */
import { expect, it } from "vitest";
import { HomePage } from "./pages/home-page.ts";
import { describeInBrowser } from "./support/browser-suite.ts";

describeInBrowser("page guard", (suite) => {
  it("aborts and records a request to another host", async () => {
    const { page, guard } = await suite.openPage();
    // about:blank has no CSP, so only the guard stands between the page and the network.
    await page.goto("about:blank");
    const outcome = await page.evaluate(() =>
      fetch("http://example.com/tracker.js").then(
        () => "reached",
        () => "failed",
      ),
    );
    expect(outcome).toBe("failed");
    const problems = guard.takeProblems();
    expect(problems.externalRequests).toEqual(["http://example.com/tracker.js"]);
  });

  it("records CSP violations, console errors and uncaught exceptions on the app's pages", async () => {
    const { page, guard } = await suite.openPage();
    await HomePage.open(page);
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.inlineRan = true";
      document.body.append(script);
      console.error("a deliberate console error");
      setTimeout(() => {
        throw new Error("a deliberate uncaught exception");
      }, 0);
    });
    await expect
      .poll(() => guard.problems(), { timeout: 5_000 })
      .toMatchObject({
        cspViolations: [expect.stringContaining("script-src")],
        consoleErrors: expect.arrayContaining([expect.stringContaining("a deliberate console error")]),
        pageErrors: [expect.stringContaining("a deliberate uncaught exception")],
      });
    expect(await page.evaluate(() => "inlineRan" in window)).toBe(false);
    guard.takeProblems();
  });
});
