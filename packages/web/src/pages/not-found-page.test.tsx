import { act } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { languageStorageKey } from "../i18n/detect-language.ts";
import { type RenderedApp, renderApp, textOf, waitFor } from "../test/render-app.tsx";

let app: RenderedApp | undefined;
afterEach(() => {
  app?.unmount();
  localStorage.clear();
});

describe("NotFoundPage and the layout around it", () => {
  it("answers an unknown address with a page in the layout", async () => {
    app = await renderApp("/no/such/page");
    const heading = await waitFor(() => app?.container.querySelector("h1"));
    expect(textOf(heading)).toBe("Page not found");
    expect(app.container.querySelector("nav a[href='/indicators']")).not.toBeNull();
    expect(app.container.querySelector("main#main")).not.toBeNull();
  });

  it("switches language from the manifest, remembers it and mirrors the page", async () => {
    app = await renderApp("/no/such/page");
    const { container } = app;
    await waitFor(() => container.querySelector("h1"));
    const switcher = container.querySelector<HTMLSelectElement>('[data-testid="language-switcher"]');
    expect(Array.from(switcher?.options ?? [], (option) => option.textContent)).toEqual([
      "English",
      "Русский",
      "فارسی",
    ]);
    await act(async () => {
      if (!switcher) return;
      switcher.value = "fa";
      switcher.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await waitFor(() => textOf(container.querySelector("h1")) === "صفحه پیدا نشد");
    expect(document.documentElement.dir).toBe("rtl");
    expect(localStorage.getItem(languageStorageKey)).toBe("fa");
  });
});
