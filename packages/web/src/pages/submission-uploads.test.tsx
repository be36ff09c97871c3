import { submissionEventListSchema, submissionSchema } from "@circular-atlas/contracts";
import { writeAnswerWorkbook } from "@circular-atlas/formats";
import { act } from "react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { draftKey } from "../rounds/draft-store.ts";
import { completeAnswers } from "../test/fixture-round-series.ts";
import { createRoundsApi, fixtureRoundsSession, starterForm, toDto } from "../test/fixture-rounds.ts";
import { questionInput, setValue } from "../test/form-input.ts";
import { type RenderedApp, renderApp, textOf, waitFor } from "../test/render-app.tsx";

let app: RenderedApp | undefined;
beforeEach(() => localStorage.clear());
afterEach(() => {
  app?.unmount();
  app = undefined;
});

const focalPoint = fixtureRoundsSession("focal-point", ["KAZ"]);
const key = draftKey(1, "KAZ", 7);
const status = (container: HTMLElement) =>
  container.querySelector('[data-testid="autosave-status"]')?.getAttribute("data-status");
const click = (element: Element | null | undefined) =>
  act(async () => (element as HTMLElement | null)?.click());

async function openForm(path: string, api: ReturnType<typeof createRoundsApi>, language = "en") {
  app = await renderApp(path, language, api.routes);
  const { container } = app;
  await waitFor(() => container.querySelector('[data-testid="page-title"]'));
  return container;
}

async function choose(container: HTMLElement, testId: string, file: File) {
  const input = await waitFor(() => container.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`));
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  await act(async () => input.dispatchEvent(new Event("change", { bubbles: true })));
}

const workbook = (answers: Record<string, unknown>) =>
  new File([writeAnswerWorkbook(starterForm, answers) as BlobPart], "answers.xlsx");

describe("uploading answers from a file", () => {
  it("sends pending edits first, takes the workbook's answers, and autosaves on from its revision", async () => {
    const api = createRoundsApi(focalPoint, { KAZ: { revision: 4, answers: { institution: "Ministry" } } });
    const container = await openForm("/rounds/1/KAZ?page=respondent", api);
    await act(async () => setValue(questionInput(container, "institution"), "Mine"));
    expect(status(container)).toBe("pending");
    await choose(
      container,
      "upload-answer-workbook",
      workbook({ institution: "Ministry of Ecology", department: "Waste" }),
    );
    await waitFor(() => container.querySelector('[data-testid="upload-done"]'));
    expect(api.writes.map((write) => write.request)).toEqual([
      "PUT /api/rounds/1/submissions/KAZ/answers",
      "PUT /api/rounds/1/submissions/KAZ/answer-workbook?baseRevision=5",
    ]);
    expect(questionInput(container, "institution").value).toBe("Ministry of Ecology");
    expect(questionInput(container, "department").value).toBe("Waste");
    expect(status(container)).toBe("saved");
    expect(localStorage.getItem(key)).toBeNull();
    expect(textOf(container.querySelector('[data-testid="submission-state"]'))).toContain("revision 6");

    // The next edit is saved from the workbook's revision and answers: no 409, nothing old comes back.
    await act(async () => setValue(questionInput(container, "department"), "Waste management"));
    await waitFor(() => api.submissions.get("KAZ")?.revision === 7, 5_000);
    expect(api.writes.at(-1)?.body).toMatchObject({ baseRevision: 6 });
    expect(api.submissions.get("KAZ")?.answers).toMatchObject({
      institution: "Ministry of Ecology",
      department: "Waste management",
    });
    expect(status(container)).toBe("saved");
    expect(container.querySelector('[data-testid="replaced-answers"]')).toBeNull();
    // What the fixture answers is what the contract says a submission is.
    expect(() =>
      submissionSchema.parse(toDto(focalPoint, "KAZ", api.submissions.get("KAZ") as never)),
    ).not.toThrow();
  });

  it("lists a refused workbook's problems by sheet, row and column, with the headings in Russian", async () => {
    const api = createRoundsApi(focalPoint, { KAZ: { revision: 4, answers: { institution: "Ministry" } } });
    const container = await openForm("/rounds/1/KAZ?page=respondent", api, "ru");
    await choose(
      container,
      "upload-answer-workbook",
      workbook({ institution: "Ministry", ce_strategy_year: "soon" }),
    );
    const table = await waitFor(() => container.querySelector('[data-testid="upload-problems"]'));
    expect(Array.from(table.querySelectorAll("th"), textOf)).toEqual([
      "Лист",
      "Строка",
      "Столбец",
      "Сообщение",
    ]);
    const cells = Array.from(table.querySelectorAll("tbody tr:first-child td"), textOf);
    expect(cells[0]).toBe("answers");
    expect(Number(cells[1])).toBeGreaterThan(2);
    expect(cells[2]).toMatch(/^[A-Z]+$/);
    expect(cells[3]).toContain("ce_strategy_year");
    expect(textOf(table.querySelector("caption"))).toContain("answers.xlsx");
    expect(api.submissions.get("KAZ")).toMatchObject({ revision: 4, answers: { institution: "Ministry" } });
  });

  it("refuses to upload while edits are not on the server, and says so", async () => {
    const api = createRoundsApi(focalPoint, { KAZ: { revision: 4, answers: { institution: "Ministry" } } });
    const container = await openForm("/rounds/1/KAZ?page=respondent", api);
    api.offline = true;
    await act(async () => setValue(questionInput(container, "institution"), "Mine"));
    await choose(container, "upload-indicator-values", new File(["SERIES\n"], "values.csv"));
    expect(textOf(await waitFor(() => container.querySelector('[data-testid="upload-message"]')))).toContain(
      "not saved on the server yet",
    );
    expect(api.writes.some((write) => write.request.includes("indicator-values"))).toBe(false);
    expect(JSON.parse(localStorage.getItem(key) ?? "{}").answers).toEqual({ institution: "Mine" });
  });

  it("uploads indicator values as CSV into the series answers, and lists a bad row", async () => {
    const api = createRoundsApi(focalPoint, { KAZ: { revision: 4, answers: { institution: "Ministry" } } });
    const container = await openForm("/rounds/1/KAZ?page=indicators", api);
    const csv = "SERIES,TIME_PERIOD,OBS_VALUE\nEN_EWT_GENV,2022,12000\n";
    await choose(container, "upload-indicator-values", new File([csv], "values.csv"));
    await waitFor(() => container.querySelector('[data-testid="upload-done"]'));
    expect(api.writes.at(-1)?.request).toBe(
      "PUT /api/rounds/1/submissions/KAZ/indicator-values?baseRevision=4&fileName=values.csv",
    );
    expect(api.submissions.get("KAZ")).toMatchObject({
      revision: 5,
      answers: { institution: "Ministry", ewaste_generated: "12000", ewaste_generated_year: "2022" },
    });
    expect(questionInput(container, "ewaste_generated").value).toBe("12000");

    await choose(container, "upload-indicator-values", new File([`${csv}XX_UNKNOWN,2022,1\n`], "more.csv"));
    const table = await waitFor(() => container.querySelector('[data-testid="upload-problems"]'));
    expect(Array.from(table.querySelectorAll("tbody td"), textOf)).toEqual([
      "",
      "3",
      "A",
      "no question answers the series XX_UNKNOWN",
    ]);
    expect(container.querySelector('[data-testid="upload-done"]')).toBeNull();
    expect(api.submissions.get("KAZ")?.revision).toBe(5);
  });
});

describe("data-quality findings and kept answers", () => {
  const flagged = {
    ...completeAnswers,
    msw_generated: "0",
    msw_per_capita: "9",
    msw_per_capita_year: "2023",
  };

  it("lists a refused submit's data-quality findings per question, with links to them", async () => {
    const api = createRoundsApi(focalPoint, { KAZ: { revision: 4, answers: flagged } });
    const container = await openForm("/rounds/1/KAZ?page=respondent", api);
    await click(container.querySelector('[data-action="submit"]'));
    const list = await waitFor(() => container.querySelector('[data-testid="quality-flags"]'));
    expect(api.writes.at(-1)?.request).toBe("POST /api/rounds/1/submissions/KAZ/actions");
    expect(container.querySelector('[data-testid="problem-list"]')).toBeNull();
    const perQuestion = list.querySelectorAll(":scope > ul > li");
    expect(Array.from(perQuestion, (item) => item.getAttribute("data-path")).sort()).toEqual([
      "msw_generated",
      "msw_per_capita",
    ]);
    const perCapita = list.querySelector('[data-path="msw_per_capita"]');
    expect(perCapita?.querySelector('[data-rule="per-capita-range"]')?.getAttribute("data-blocking")).toBe(
      "true",
    );
    expect(textOf(perCapita)).toContain("9 kg per person a day is implausible");
    expect(textOf(perCapita)).toContain("WAW_MSW_PER_CAPITA · 2023 · 9");
    expect(textOf(list.querySelector("p"))).toBe(
      "The observatory's data-quality rules found 2 issues in the series answers:",
    );
    await click(perCapita?.querySelector("a"));
    expect(app?.router.state.location.search).toBe("?page=indicators");
    expect(api.submissions.get("KAZ")?.state).toBe("draft");
  });

  it("shows the findings recorded on a submit that went through in the history, under the state change", async () => {
    const api = createRoundsApi(focalPoint, {
      KAZ: { revision: 4, answers: { ...completeAnswers, msw_generated: "0" } },
    });
    const container = await openForm("/rounds/1/KAZ?page=respondent", api);
    await click(container.querySelector('[data-action="submit"]'));
    await waitFor(() => container.querySelector('[data-state="submitted"]'));
    expect(() => submissionEventListSchema.parse({ data: api.events })).not.toThrow();
    app?.unmount();
    app = await renderApp("/rounds/1/KAZ/history", "fa", api.routes);
    const row = await waitFor(() => app?.container.querySelector('[data-kind="state"]'));
    const list = row.querySelector('[data-testid="quality-flags"]');
    expect(list?.querySelector('[data-path="msw_generated"] [data-rule="zero-value"]')).not.toBeNull();
    expect(list?.querySelector("a")?.getAttribute("href")).toBe(
      "/rounds/1/KAZ/history?question=msw_generated",
    );
    expect(textOf(list?.querySelector("p"))).toBe("1 یافتهٔ کیفیت داده ثبت شد:");
  });

  it("offers back the answers a load-latest replaced, as edits that are then saved", async () => {
    const api = createRoundsApi(focalPoint, { KAZ: { revision: 5, answers: { institution: "Theirs" } } });
    localStorage.setItem(
      `${key}:replaced`,
      JSON.stringify({ answers: { institution: "Mine" }, baseRevision: 4, keptAt: "2026-05-06T09:00:00Z" }),
    );
    const container = await openForm("/rounds/1/KAZ?page=respondent", api);
    expect(questionInput(container, "institution").value).toBe("Theirs");
    expect(textOf(container.querySelector('[data-testid="replaced-answers"]'))).toContain("09:00 UTC");
    await click(container.querySelector('[data-testid="restore-replaced"]'));
    expect(questionInput(container, "institution").value).toBe("Mine");
    expect(container.querySelector('[data-testid="replaced-answers"]')).toBeNull();
    expect(localStorage.getItem(`${key}:replaced`)).toBeNull();
    await waitFor(() => api.submissions.get("KAZ")?.revision === 6, 5_000);
    expect(api.submissions.get("KAZ")?.answers).toEqual({ institution: "Mine" });
  });

  it("drops this device's copies once the submission is approved", async () => {
    const api = createRoundsApi(focalPoint, {
      KAZ: { state: "approved", revision: 9, answers: { institution: "Final" } },
    });
    localStorage.setItem(
      key,
      JSON.stringify({ answers: { institution: "Old" }, baseRevision: 3, keptAt: "2026-05-01T09:00:00Z" }),
    );
    localStorage.setItem(
      `${key}:replaced`,
      JSON.stringify({ answers: {}, baseRevision: 2, keptAt: "2026-05-01T09:00:00Z" }),
    );
    const container = await openForm("/rounds/1/KAZ?page=respondent", api);
    expect(questionInput(container, "institution").value).toBe("Final");
    expect(container.querySelector('[data-testid="upload-answer-workbook"]')).toBeNull();
    expect(localStorage.getItem(key)).toBeNull();
    expect(localStorage.getItem(`${key}:replaced`)).toBeNull();
  });
});
