import { walkElements } from "@circular-atlas/formats";
import { act } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { draftKey } from "../rounds/draft-store.ts";
import { createRoundsApi, fixtureRoundsSession, starterForm } from "../test/fixture-rounds.ts";
import { choiceInput, question, questionInput, setValue } from "../test/form-input.ts";
import { type RenderedApp, renderApp, textOf, waitFor } from "../test/render-app.tsx";

let app: RenderedApp | undefined;
beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.useRealTimers();
  app?.unmount();
  app = undefined;
});

const focalPoint = fixtureRoundsSession("focal-point", ["KAZ"]);
const status = (container: HTMLElement) => container.querySelector('[data-testid="autosave-status"]');
const pageTitle = (container: HTMLElement) => textOf(container.querySelector('[data-testid="page-title"]'));
const click = (element: Element | null | undefined) =>
  act(async () => (element as HTMLElement | null)?.click());
const advance = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));

async function openForm(path: string, api = createRoundsApi(focalPoint), language = "en") {
  app = await renderApp(path, language, api.routes);
  const { container } = app;
  await waitFor(() => container.querySelector('[data-testid="page-title"]'));
  return { container, api };
}

describe("SubmissionPage", () => {
  it("shows the questionnaire's sections as pages, with next and previous and a page list", async () => {
    const { container } = await openForm("/rounds/1/KAZ");
    expect(pageTitle(container)).toBe("Introduction");
    await click(container.querySelector('[data-testid="next-page"]'));
    expect(pageTitle(container)).toBe("1. Respondent and institution");
    expect(app?.router.state.location.search).toBe("?page=respondent");
    await click(container.querySelector('[data-page="closing"]'));
    expect(container.querySelector('[data-testid="next-page"]')).toBeNull();
    await click(container.querySelector('[data-testid="previous-page"]'));
    expect(app?.router.state.location.search).toBe("?page=indicators");
  });

  it("hides the strategy's questions until the answer asks for them (skip logic)", async () => {
    const { container } = await openForm("/rounds/1/KAZ?page=policy_framework");
    expect(question(container, "ce_strategy_name")).toBeNull();
    await click(choiceInput(container, "has_ce_strategy", "adopted"));
    expect(question(container, "ce_strategy_name")).not.toBeNull();
    expect(question(container, "ce_strategy_year")).not.toBeNull();
    await click(choiceInput(container, "has_ce_strategy", "no"));
    expect(question(container, "ce_strategy_name")).toBeNull();
  });

  it("adds and removes policy entries of the repeat", async () => {
    const { container } = await openForm("/rounds/1/KAZ?page=policy_framework");
    expect(container.querySelector('[data-repeat="policy"]')).toBeNull();
    await click(choiceInput(container, "has_policies", "yes"));
    const add = container.querySelector('[data-repeat="policy"] [data-testid="add-instance"]');
    await click(add);
    await click(add);
    await act(async () => setValue(questionInput(container, "policy[2]/policy_title"), "Waste programme"));
    expect(container.querySelectorAll('[data-repeat="policy"] .repeat-instance')).toHaveLength(2);
    await click(container.querySelector('[data-instance="policy[1]"] button'));
    expect(container.querySelectorAll('[data-repeat="policy"] .repeat-instance')).toHaveLength(1);
    expect(questionInput(container, "policy[1]/policy_title").value).toBe("Waste programme");
    expect(textOf(question(container, "policy_count_note"))).toContain("1");
  });

  it("gives a constraint's message in Russian, as the form words it", async () => {
    const { container } = await openForm(
      "/rounds/1/KAZ?page=policy_framework",
      createRoundsApi(focalPoint),
      "ru",
    );
    await click(choiceInput(container, "has_ce_strategy", "adopted"));
    await act(async () => setValue(questionInput(container, "ce_strategy_year"), "1989"));
    const year = [...walkElements(starterForm.survey)].find(
      ({ element }) => element.name === "ce_strategy_year",
    );
    const russian = year?.element.kind === "question" ? year.element.constraintMessage["ru"] : undefined;
    expect(russian).toMatch(/[А-Яа-я]/);
    expect(
      textOf(question(container, "ce_strategy_year")?.querySelector('[data-testid="question-problems"]')),
    ).toBe(russian);
    expect(textOf(question(container, "ce_strategy_year")?.querySelector("label"))).toContain(
      "Год утверждения",
    );
  });

  it("lays the form out right to left in Persian, with the form's Persian labels", async () => {
    const { container } = await openForm(
      "/rounds/1/KAZ?page=policy_framework",
      createRoundsApi(focalPoint),
      "fa",
    );
    expect(document.documentElement.dir).toBe("rtl");
    await click(choiceInput(container, "has_ce_strategy", "adopted"));
    expect(textOf(question(container, "ce_strategy_year")?.querySelector("label"))).toContain(
      "سال تصویب (میلادی)",
    );
  });

  it("saves 3 s after the last change, keeps answers on the device while offline, and syncs when online", async () => {
    const { container, api } = await openForm("/rounds/1/KAZ?page=respondent");
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    await act(async () => setValue(questionInput(container, "institution"), "Ministry"));
    await advance(2_000);
    await act(async () => setValue(questionInput(container, "institution"), "Ministry of Ecology"));
    await advance(2_999);
    expect(api.writes).toEqual([]);
    expect(status(container)?.getAttribute("data-status")).toBe("pending");
    await advance(1);
    expect(api.writes.map((write) => write.request)).toEqual(["PUT /api/rounds/1/submissions/KAZ/answers"]);
    expect(api.writes[0]?.body).toMatchObject({
      baseRevision: 0,
      answers: { institution: "Ministry of Ecology" },
    });
    expect(textOf(status(container))).toBe("Saved");

    api.offline = true;
    await act(async () => setValue(questionInput(container, "department"), "Waste"));
    await advance(3_000);
    expect(textOf(status(container))).toBe(
      "Offline — kept on this device. They are sent when the connection is back.",
    );
    const kept = JSON.parse(localStorage.getItem(draftKey(1, "KAZ", 7)) ?? "{}");
    expect(kept).toMatchObject({
      baseRevision: 2,
      answers: { department: "Waste", institution: "Ministry of Ecology" },
    });

    api.offline = false;
    await act(async () => void window.dispatchEvent(new Event("online")));
    await advance(0);
    expect(api.submissions.get("KAZ")).toMatchObject({ revision: 3, answers: { department: "Waste" } });
    expect(textOf(status(container))).toBe("Saved");
    expect(localStorage.getItem(draftKey(1, "KAZ", 7))).toBeNull();
  });

  it("restores answers a closed tab kept on the device and sends them", async () => {
    const api = createRoundsApi(focalPoint, { KAZ: { revision: 4, answers: { institution: "Ministry" } } });
    localStorage.setItem(
      draftKey(1, "KAZ", 7),
      JSON.stringify({
        answers: { institution: "Ministry of Ecology" },
        baseRevision: 4,
        keptAt: "2026-05-06T09:00:00Z",
      }),
    );
    const { container } = await openForm("/rounds/1/KAZ?page=respondent", api);
    expect(questionInput(container, "institution").value).toBe("Ministry of Ecology");
    await waitFor(() => api.submissions.get("KAZ")?.revision === 5, 5_000);
    expect(api.submissions.get("KAZ")?.answers).toEqual({ institution: "Ministry of Ecology" });
  });

  it("does not save over newer answers someone else saved: it says so and offers to load them", async () => {
    const api = createRoundsApi(focalPoint, { KAZ: { revision: 4, answers: { institution: "Ministry" } } });
    const { container } = await openForm("/rounds/1/KAZ?page=respondent", api);
    api.saveElsewhere("KAZ", { institution: "Ministry of Ecology and Natural Resources" });
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    await act(async () => setValue(questionInput(container, "institution"), "Mine"));
    await advance(3_000);
    expect(status(container)?.getAttribute("data-status")).toBe("conflict");
    expect(textOf(status(container))).toContain("revision 5");
    expect(api.submissions.get("KAZ")?.answers).toEqual({
      institution: "Ministry of Ecology and Natural Resources",
    });
    expect(JSON.parse(localStorage.getItem(draftKey(1, "KAZ", 7)) ?? "{}").answers).toEqual({
      institution: "Mine",
    });
    vi.useRealTimers();
    await click(container.querySelector('[data-testid="load-latest"]'));
    await waitFor(
      () => questionInput(container, "institution").value === "Ministry of Ecology and Natural Resources",
    );
    expect(textOf(status(container))).toBe("Saved");
    expect(JSON.parse(localStorage.getItem(`${draftKey(1, "KAZ", 7)}:replaced`) ?? "{}").answers).toEqual({
      institution: "Mine",
    });
  });

  it("lists the form engine's problems before submitting, with links to the questions", async () => {
    const { container, api } = await openForm(
      "/rounds/1/KAZ?page=respondent",
      createRoundsApi(focalPoint, { KAZ: {} }),
    );
    await click(container.querySelector('[data-action="submit"]'));
    const list = await waitFor(() => container.querySelector('[data-testid="problem-list"]'));
    expect(api.writes.some((write) => write.request.endsWith("/actions"))).toBe(false);
    expect(list.querySelector('[data-path="institution"]')).not.toBeNull();
    // Required answers are now marked on the page and counted in the page list.
    expect(
      textOf(question(container, "institution")?.querySelector('[data-testid="question-problems"]')),
    ).not.toBe("");
    await click(list.querySelector('[data-path="ce_strategy_year"] a, [data-path="has_ce_strategy"] a'));
    expect(app?.router.state.location.search).toBe("?page=policy_framework");
  });

  it("lets a reviewer return with a comment per question, which the focal point then reads there", async () => {
    const api = createRoundsApi(fixtureRoundsSession("reviewer"), {
      KAZ: { state: "submitted", revision: 6, answers: { institution: "Ministry" } },
    });
    const { container } = await openForm("/rounds/1/KAZ?page=respondent", api);
    expect(questionInput(container, "institution").disabled).toBe(true);
    await click(container.querySelector('[data-action="return"]'));
    expect(textOf(container.querySelector('[data-testid="action-message"]'))).toBe(
      "Write a comment next to at least one question before returning.",
    );
    await click(question(container, "institution")?.querySelector('[data-testid="comment-question"]'));
    const comment = question(container, "institution")?.querySelector("textarea");
    if (!comment) throw new Error("no comment box");
    await act(async () => setValue(comment, "Give the ministry's full name."));
    expect(textOf(container.querySelector('[data-action="return"]'))).toBe("Return with 1 comment");
    await click(container.querySelector('[data-action="return"]'));
    await waitFor(() => container.querySelector('[data-state="returned"]'));
    expect(api.writes.at(-1)).toEqual({
      request: "POST /api/rounds/1/submissions/KAZ/actions",
      body: {
        action: "return",
        comments: [{ question: "institution", comment: "Give the ministry's full name." }],
        baseRevision: 6,
      },
    });
    app?.unmount();
    const asCountry = createRoundsApi(focalPoint);
    asCountry.submissions.set("KAZ", { ...(api.submissions.get("KAZ") ?? ({} as never)) });
    const reopened = await openForm("/rounds/1/KAZ?page=respondent", asCountry);
    expect(
      textOf(question(reopened.container, "institution")?.querySelector('[data-testid="returned-comment"]')),
    ).toBe("Reviewer (reviewer@example.org): Give the ministry's full name.");
    expect(questionInput(reopened.container, "institution").disabled).toBe(false);
  });
});
