import type { Locator, Page } from "playwright-core";
import { AppShell } from "./app-shell.ts";

/** `/quality`: values held for review, and a reviewer's decision on each. */
export class QualityPage extends AppShell {
  readonly count: Locator;
  readonly notice: Locator;

  constructor(page: Page) {
    super(page);
    this.count = this.main.getByTestId("flag-count");
    this.notice = this.main.getByTestId("review-notice");
  }

  static async open(page: Page): Promise<QualityPage> {
    const view = new QualityPage(page);
    await page.goto("/quality");
    await view.count.waitFor();
    return view;
  }

  /** The card of the held value of `area` for `period` (the first, if several breakdowns). */
  heldValue(area: string, period: string): Locator {
    return this.main
      .locator(`.flag-group[data-area="${area}"]`)
      .getByTestId("flagged-value")
      .filter({ has: this.page.locator("dd", { hasText: new RegExp(`^${period}$`) }) })
      .first();
  }

  async figures(card: Locator): Promise<{ held: string | null; published: string | null; rules: string[] }> {
    return {
      held: await card.getByTestId("held-value").getAttribute("data-value"),
      published: await card.getByTestId("published-value").getAttribute("data-value"),
      rules: await card
        .locator(".flag")
        .evaluateAll((items) => items.map((item) => item.getAttribute("data-rule") ?? "")),
    };
  }

  async review(card: Locator, decision: "confirm" | "reject", comment: string): Promise<void> {
    await card.getByTestId("review-comment").fill(comment);
    await card.getByTestId(decision === "confirm" ? "review-confirm" : "review-reject").click();
  }

  /** Presses confirm without a comment; returns the message shown at the field. */
  async confirmWithoutComment(card: Locator): Promise<string> {
    await card.getByTestId("review-comment").fill("");
    await card.getByTestId("review-confirm").click();
    return (await card.locator(".field-error").textContent()) ?? "";
  }
}
