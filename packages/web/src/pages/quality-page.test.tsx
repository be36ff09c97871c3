import { act } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { createQualityApi, fixtureSession } from "../test/fixture-quality.ts";
import { type RenderedApp, renderApp, textOf, waitFor } from "../test/render-app.tsx";

let app: RenderedApp | undefined;
afterEach(() => app?.unmount());

const cards = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('[data-testid="flagged-value"]'));

function setValue(element: HTMLTextAreaElement | HTMLSelectElement, value: string) {
  // React tracks the value itself; the native setter plus an input event is what a user's typing does.
  const prototype = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement : HTMLSelectElement;
  Object.getOwnPropertyDescriptor(prototype.prototype, "value")?.set?.call(element, value);
  element.dispatchEvent(
    new Event(element instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }),
  );
}

describe("QualityPage", () => {
  it("sends a signed-out reader to sign in, coming back here afterwards", async () => {
    app = await renderApp("/quality?area=KGZ", "en", createQualityApi(null).routes);
    const { router } = app;
    await waitFor(() => router.state.location.pathname === "/sign-in");
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent("/quality?area=KGZ")}`);
  });

  it("lists held values per country and series with the published value and each rule's message", async () => {
    app = await renderApp("/quality", "en", createQualityApi(fixtureSession("focal-point", ["KGZ"])).routes);
    const { container } = app;
    await waitFor(() => cards(container).length === 3);
    expect(Array.from(container.querySelectorAll(".flag-group h2"), textOf)).toEqual([
      "Kyrgyzstan · Domestic material consumption per capita EN_MAT_DOMCMPC",
      "Kazakhstan · Domestic material consumption per capita EN_MAT_DOMCMPC",
    ]);
    const [first, second] = cards(container);
    expect(textOf(first?.querySelector('[data-testid="held-value"]'))).toBe("467 T_PER_CAP");
    expect(first?.querySelector('[data-testid="published-value"]')?.getAttribute("data-value")).toBe("46.7");
    expect(Array.from(first?.querySelectorAll(".flag") ?? [], textOf)).toEqual([
      "error scale-shift 467 is 10 × the accepted value 46.7",
      "warning year-on-year-jump 467 in 2015 is 9.6 × the 2014 value 48.75",
    ]);
    // The leading zero is the finding: the value is shown as written, and a new key has nothing published.
    expect(textOf(second?.querySelector('[data-testid="held-value"]'))).toBe("01 T_PER_CAP");
    expect(textOf(second?.querySelector('[data-testid="published-value"]'))).toBe("none published");
    expect(textOf(first)).toContain("import 7, received");
    // A focal point reads; only reviewers and administrators decide.
    expect(container.querySelector('[data-testid="review-confirm"]')).toBeNull();
    const rules = container.querySelector('[data-testid="quality-rules"]');
    expect(textOf(rules?.querySelector("summary"))).toBe("The built-in rules (2 rules; none saved yet)");
    expect(
      Array.from(rules?.querySelectorAll("tbody tr") ?? [], (row) => Array.from(row.children).map(textOf)),
    ).toEqual([
      ["percent-range", "error", "PT", '{"min":0,"max":100}'],
      ["leading-zero (switched off)", "warning", "every series", "{}"],
    ]);
    expect(rules?.querySelector('a[href="/api/docs"]')).toBeNull();
  });

  it("filters by country, rule and severity from the address and the selects", async () => {
    app = await renderApp("/quality?area=KGZ", "en", createQualityApi(fixtureSession("reviewer")).routes);
    const { container, router } = app;
    await waitFor(() => cards(container).length === 2);
    const severity = container.querySelector<HTMLSelectElement>('[data-filter="severity"]');
    if (!severity) throw new Error("no severity filter");
    await act(async () => setValue(severity, "error"));
    await waitFor(() => cards(container).length === 1);
    expect(router.state.location.search).toBe("?area=KGZ&severity=error");
    expect(textOf(container.querySelector('[data-testid="flag-count"]'))).toBe("1 value awaiting review");
    const area = container.querySelector<HTMLSelectElement>('[data-filter="area"]');
    if (!area) throw new Error("no area filter");
    await act(async () => setValue(area, ""));
    await waitFor(() => cards(container).length === 2);
    expect(cards(container).map((card) => card.getAttribute("data-version"))).toEqual(["101", "103"]);
  });

  it("lets a reviewer confirm with a required comment, then updates the list", async () => {
    const quality = createQualityApi(fixtureSession("reviewer"));
    app = await renderApp("/quality", "en", quality.routes);
    const { container } = app;
    await waitFor(() => cards(container).length === 3);
    const card = cards(container)[0];
    const confirm = card?.querySelector<HTMLButtonElement>('[data-testid="review-confirm"]');
    await act(async () => confirm?.click());
    expect(textOf(card?.querySelector(".field-error"))).toBe("Say why the value is confirmed or rejected.");
    expect(quality.reviews).toEqual([]);
    const comment = card?.querySelector<HTMLTextAreaElement>('[data-testid="review-comment"]');
    if (!comment) throw new Error("no comment field");
    await act(async () => setValue(comment, "  checked with the NSC  "));
    await act(async () => confirm?.click());
    await waitFor(() => cards(container).length === 2);
    expect(quality.reviews).toEqual([
      { versionId: 101, decision: "confirm", comment: "checked with the NSC" },
    ]);
    expect(textOf(container.querySelector('[data-testid="review-notice"]'))).toBe(
      "467 (2015) is confirmed and published.",
    );
  });

  it("says so in the UI language when a value was reviewed by someone else meanwhile", async () => {
    const quality = createQualityApi(fixtureSession("admin"));
    app = await renderApp("/quality", "fa", quality.routes);
    const { container } = app;
    await waitFor(() => cards(container).length === 3);
    // Another reviewer decides on 103 first; this page still shows it.
    quality.held = quality.held.filter((value) => value.versionId !== 103);
    const card = cards(container).find((candidate) => candidate.getAttribute("data-version") === "103");
    const comment = card?.querySelector<HTMLTextAreaElement>('[data-testid="review-comment"]');
    if (!comment) throw new Error("no comment field");
    await act(async () => setValue(comment, "رقم اعشار گم شده"));
    await act(async () => card?.querySelector<HTMLButtonElement>('[data-testid="review-reject"]')?.click());
    const error = await waitFor(() => card?.querySelector('[data-testid="error-message"]'));
    expect(textOf(error)).toBe(app.i18n.t("errors.conflict"));
    expect(document.documentElement.dir).toBe("rtl");
  });
});
