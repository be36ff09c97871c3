import type { Locator, Page } from "playwright-core";
import { AppShell } from "./app-shell.ts";
import { textOf } from "./text-of.ts";

export type AutosaveStatus = "saved" | "pending" | "saving" | "offline" | "failed" | "conflict";
export type SubmissionAction = "submit" | "endorse" | "return" | "approve" | "unapprove" | "publish";

/**
 * `/rounds/:roundId/:area`: one country's questionnaire, a page per section, with its autosave
 * status and the review actions the signed-in user may take.
 */
export class SubmissionPage extends AppShell {
  readonly status: Locator;
  readonly actions: Locator;

  constructor(page: Page) {
    super(page);
    this.status = page.getByTestId("autosave-status");
    this.actions = page.getByTestId("submission-actions");
  }

  static async open(page: Page, roundId: string, area: string): Promise<SubmissionPage> {
    await page.goto(`/rounds/${roundId}/${area}`);
    const view = new SubmissionPage(page);
    await view.waitUntilShown();
    return view;
  }

  async waitUntilShown(): Promise<void> {
    await this.page.getByTestId("submission-state").waitFor();
  }

  /** Goes to a section (its group name) through the page list. */
  async goToSection(name: string): Promise<void> {
    await this.page.locator(`.form-page-list [data-page="${name}"]`).click();
    await this.page.locator(`.form-page-list [data-page="${name}"][aria-current="step"]`).waitFor();
  }

  question(path: string): Locator {
    return this.page.locator(`[data-question="${path}"]`);
  }

  /** Whether a question is on the current page (skip logic removes irrelevant ones). */
  async isShown(path: string): Promise<boolean> {
    return (await this.question(path).count()) > 0;
  }

  /**
   * Answers a question on the current page the way a person would: types into a text, number
   * or date box, picks from a list, clicks a radio button or ticks the boxes of every choice.
   */
  async answer(path: string, value: string | readonly string[]): Promise<void> {
    const question = this.question(path);
    await question.waitFor();
    const select = question.locator("select");
    if ((await select.count()) > 0) {
      await select.selectOption(typeof value === "string" ? value : [...value]);
      return;
    }
    const radios = question.locator('input[type="radio"]');
    if ((await radios.count()) > 0) {
      await question.locator(`input[type="radio"][value="${String(value)}"]`).check();
      return;
    }
    const boxes = question.locator('input[type="checkbox"]');
    if ((await boxes.count()) > 0) {
      for (const choice of typeof value === "string" ? [value] : value)
        await question.locator(`input[type="checkbox"][value="${choice}"]`).check();
      return;
    }
    const box = question.locator("input, textarea").first();
    await box.fill(String(value));
    // Constraints are checked as the answer is left, as they are for a person.
    await box.blur();
  }

  async value(path: string): Promise<string> {
    const question = this.question(path);
    const select = question.locator("select");
    if ((await select.count()) > 0) return select.inputValue();
    const checked = question.locator('input[type="radio"]:checked, input[type="checkbox"]:checked');
    if ((await checked.count()) > 0)
      return (
        await checked.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))
      ).join(" ");
    return question.locator("input, textarea").first().inputValue();
  }

  /** The problems shown under a question, in the page's language. */
  async problemsOf(path: string): Promise<string[]> {
    const items = this.question(path).getByTestId("question-problems").locator("li");
    return (await items.allTextContents()).map((text) => text.trim());
  }

  async addInstance(repeatPath: string): Promise<void> {
    await this.page.locator(`[data-repeat="${repeatPath}"]`).getByTestId("add-instance").click();
  }

  async autosaveStatus(): Promise<string> {
    return (await this.status.getAttribute("data-status")) ?? "";
  }

  async waitForStatus(status: AutosaveStatus, timeout = 20_000): Promise<void> {
    await this.page.locator(`[data-testid="autosave-status"][data-status="${status}"]`).waitFor({ timeout });
  }

  async state(): Promise<string> {
    return (await this.page.getByTestId("submission-state").getAttribute("data-state")) ?? "";
  }

  async waitForState(state: string): Promise<void> {
    await this.page.locator(`[data-testid="submission-state"][data-state="${state}"]`).waitFor();
  }

  async mayTake(action: SubmissionAction): Promise<boolean> {
    return (await this.actions.locator(`[data-action="${action}"]`).count()) > 0;
  }

  async take(action: SubmissionAction): Promise<void> {
    await this.actions.locator(`[data-action="${action}"]`).click();
  }

  /** A reviewer's comment next to a question, sent with the return. */
  async commentOn(path: string, comment: string): Promise<void> {
    await this.question(path).getByTestId("comment-question").click();
    await this.question(path).getByTestId("review-comment").fill(comment);
  }

  async returnedComments(path: string): Promise<string[]> {
    return (await this.question(path).getByTestId("returned-comment").allTextContents()).map((text) =>
      text.trim(),
    );
  }

  async actionMessage(): Promise<string> {
    return textOf(this.page.getByTestId("action-message"));
  }

  async publicationReport(): Promise<string> {
    const report = this.page.getByTestId("publication-report");
    await report.waitFor();
    return textOf(report);
  }

  historyLink(path: string): Locator {
    return this.question(path).getByTestId("question-history");
  }
}
