/**
 * What a page must never do: reach beyond this machine (the app is fully self-hosted), log an
 * error, throw, or trip the Content Security Policy. A guard watches one browser context and
 * records each of these; the suite fails a test whose guard recorded anything it did not allow.
 */
import type { BrowserContext } from "playwright-core";

export interface PageProblems {
  /** Requests to anything but localhost, aborted before they left. */
  externalRequests: string[];
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors: string[];
  /** `securitypolicyviolation` events: directive, blocked URI and where. */
  cspViolations: string[];
}

const localHosts = new Set(["127.0.0.1", "localhost", "[::1]"]);
const cspBinding = "__atlasReportCspViolation";

export class PageGuard {
  readonly #problems: PageProblems = {
    externalRequests: [],
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
  };
  readonly #allowedConsoleErrors: RegExp[] = [];

  static async watch(context: BrowserContext): Promise<PageGuard> {
    const guard = new PageGuard();
    await context.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      if (localHosts.has(url.hostname)) return route.continue();
      guard.#problems.externalRequests.push(url.href);
      return route.abort("blockedbyclient");
    });
    await context.exposeBinding(cspBinding, (_source, report: string) => {
      guard.#problems.cspViolations.push(report);
    });
    await context.addInitScript((binding: string) => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const report = `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`;
        const reporter = (window as unknown as Record<string, (text: string) => void>)[binding];
        reporter?.(report);
      });
    }, cspBinding);
    context.on("console", (message) => {
      if (message.type() !== "error") return;
      const text = message.text();
      if (guard.#allowedConsoleErrors.some((pattern) => pattern.test(text))) return;
      guard.#problems.consoleErrors.push(`${text} (${message.location().url})`);
    });
    context.on("weberror", (webError) => {
      guard.#problems.pageErrors.push(String(webError.error()));
    });
    return guard;
  }

  /** Expects console errors matching `pattern` (the browser's own "404" line for a missing country). */
  allowConsoleError(pattern: RegExp): void {
    this.#allowedConsoleErrors.push(pattern);
  }

  problems(): PageProblems {
    return structuredClone(this.#problems);
  }

  /** What was recorded so far; the record starts empty again. */
  takeProblems(): PageProblems {
    const taken = structuredClone(this.#problems);
    for (const list of Object.values(this.#problems)) list.length = 0;
    return taken;
  }
}
