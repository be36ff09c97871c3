/**
 * Renders the whole app (router, i18n, API client) at a path under jsdom, against the fixture
 * `fetch`, for page tests. No testing library: React's own `act` plus a polling `waitFor`.
 */
import { act } from "react";
import { createRoot } from "react-dom/client";
import { createMemoryRouter, RouterProvider } from "react-router";
import { createApiClient } from "../api/api-client.ts";
import { routes } from "../app.tsx";
import { createI18n, type I18n } from "../i18n/setup-i18n.ts";
import { Root } from "../root.tsx";
import { createFixtureFetch, type ExtraRoutes } from "./fixture-fetch.ts";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface RenderedApp {
  container: HTMLElement;
  requests: string[];
  i18n: I18n;
  router: ReturnType<typeof createMemoryRouter>;
  unmount: () => void;
}

export async function renderApp(path: string, language = "en", extra?: ExtraRoutes): Promise<RenderedApp> {
  const { fetch, requests } = createFixtureFetch(extra);
  const i18n = await createI18n(language);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const container = document.createElement("div");
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => {
    root.render(
      <Root api={createApiClient({ fetch })} i18n={i18n}>
        <RouterProvider router={router} />
      </Root>,
    );
  });
  return {
    container,
    requests,
    i18n,
    router,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Retries `find` (inside `act`, so effects flush) until it returns a value or time runs out. */
export async function waitFor<T>(find: () => T | null | undefined | false, timeoutMs = 3000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() - started > timeoutMs) throw new Error("waitFor timed out");
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
}

export function textOf(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, " ").trim() ?? "";
}
