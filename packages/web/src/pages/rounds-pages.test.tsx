import {
  reportingRoundListSchema,
  roundCompletenessSchema,
  submissionEventListSchema,
  submissionSchema,
} from "@circular-atlas/contracts";
import { act } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { json } from "../test/fixture-fetch.ts";
import { createRoundsApi, fixtureRound, fixtureRoundsSession, toDto } from "../test/fixture-rounds.ts";
import { type RenderedApp, renderApp, textOf, waitFor } from "../test/render-app.tsx";

let app: RenderedApp | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

const reviewer = fixtureRoundsSession("reviewer");

describe("the mapping exercise's pages", () => {
  it("answer the way the API contracts say", async () => {
    const api = createRoundsApi(reviewer, { KAZ: { state: "submitted" } });
    const answer = async (path: string) => {
      const response = api.routes(new URL(path, "http://atlas.test"), undefined);
      return response?.json();
    };
    expect(() => reportingRoundListSchema.parse({ data: [fixtureRound] })).not.toThrow();
    expect(() =>
      submissionSchema.parse(toDto(reviewer, "KAZ", api.submissions.get("KAZ") as never)),
    ).not.toThrow();
    roundCompletenessSchema.parse(await answer("/api/rounds/1/completeness"));
    submissionEventListSchema.parse(await answer("/api/rounds/1/submissions/KAZ/events"));
    submissionSchema.parse(await answer("/api/rounds/1/submissions/UZB"));
  });

  it("lists the rounds with their dates and questionnaire, and offers reviewers a new round and an upload", async () => {
    app = await renderApp("/rounds", "en", createRoundsApi(reviewer).routes);
    const { container } = app;
    const row = await waitFor(() => container.querySelector('[data-round="1"]'));
    expect(Array.from(row.children, textOf)).toEqual([
      "ECO-CE-2026",
      "2026",
      "June 30, 2026",
      "December 31, 2026",
      `ECO circular-economy mapping questionnaire (${fixtureRound.questionnaires[0]?.version})`,
    ]);
    expect(row.querySelector("a")?.getAttribute("href")).toBe("/rounds/1");
    expect(container.querySelector('[data-testid="new-round-form"]')).not.toBeNull();
    expect(container.querySelector('[data-testid="questionnaire-upload"] input[type="file"]')).not.toBeNull();
    expect(textOf(container.querySelector('a[href="/rounds"]'))).toBe("Mapping exercise");
  });

  it("shows a questionnaire's lint findings by sheet, row and column when the upload is refused", async () => {
    const api = createRoundsApi(reviewer);
    const finding = {
      sheet: "survey",
      row: 12,
      column: "D",
      ruleId: "xlsform/unknown-type",
      severity: "error",
      message: "unknown type",
    };
    app = await renderApp("/rounds", "en", (url, init) =>
      url.pathname === "/api/rounds/1/questionnaires"
        ? json(
            {
              type: "x",
              title: "t",
              status: 422,
              code: "validation-failed",
              detail: "lint",
              details: { findings: [finding] },
            },
            422,
          )
        : api.routes(url, init),
    );
    const { container } = app;
    const input = await waitFor(() =>
      container.querySelector<HTMLInputElement>('[data-testid="questionnaire-upload"] input[type="file"]'),
    );
    const file = new File([new Uint8Array([80, 75])], "broken.xlsx");
    Object.defineProperty(input, "files", { value: [file] });
    await act(async () => input.dispatchEvent(new Event("change", { bubbles: true })));
    await act(async () =>
      container.querySelector<HTMLButtonElement>('[data-testid="questionnaire-upload"] button')?.click(),
    );
    const table = await waitFor(() => container.querySelector('[data-testid="lint-findings"]'));
    expect(Array.from(table.querySelectorAll("tbody td"), textOf)).toEqual([
      "survey",
      "12",
      "D",
      "xlsform/unknown-type",
      "unknown type",
    ]);
  });

  it("shows a focal point the rounds without the reviewers' forms", async () => {
    app = await renderApp(
      "/rounds",
      "en",
      createRoundsApi(fixtureRoundsSession("focal-point", ["KAZ"])).routes,
    );
    const { container } = app;
    await waitFor(() => container.querySelector('[data-round="1"]'));
    expect(container.querySelector('[data-testid="new-round-form"]')).toBeNull();
  });

  it("shows each member state's progress in Russian, overdue said in words, with links to the answers", async () => {
    const api = createRoundsApi(reviewer, {
      KAZ: {
        state: "approved",
        revision: 9,
        leadEndorsed: true,
        submittedAt: "2026-05-01T10:00:00+00:00",
        approvedAt: "2026-05-03T10:00:00+00:00",
      },
      UZB: { state: "draft", revision: 3 },
    });
    app = await renderApp("/rounds/1", "ru", api.routes);
    const { container } = app;
    const kaz = await waitFor(() => container.querySelector('[data-area="KAZ"]'));
    expect(Array.from(kaz.children, textOf)).toEqual([
      "Казахстан",
      "Утверждена",
      "9",
      "1 мая 2026 г.",
      "3 мая 2026 г.",
      "Да",
      "В срок",
    ]);
    expect(kaz.querySelector("a")?.getAttribute("href")).toBe("/rounds/1/KAZ");
    expect(textOf(container.querySelector('[data-area="UZB"] [data-testid="overdue"]'))).toBe("⚠ Просрочено");
    expect(textOf(container.querySelector('[data-total="overdue"] dd'))).toBe("9");
    expect(textOf(container.querySelector('[data-total="approved"] dd'))).toBe("1");
  });

  it("lists the audit per question, with before and after, who and revision", async () => {
    const api = createRoundsApi(fixtureRoundsSession("focal-point", ["KAZ"]), {
      KAZ: { revision: 2, answers: { institution: "M" } },
    });
    api.routes(new URL("http://atlas.test/api/rounds/1/submissions/KAZ/answers"), {
      method: "PUT",
      body: JSON.stringify({ baseRevision: 2, answers: { institution: "Ministry", department: "Waste" } }),
    });
    app = await renderApp("/rounds/1/KAZ/history?question=institution", "en", api.routes);
    const { container } = app;
    const rows = await waitFor(() => {
      const found = container.querySelectorAll('[data-testid="history-table"] tbody tr');
      return found.length > 0 && found;
    });
    expect(rows).toHaveLength(1);
    expect(Array.from(rows[0]?.children ?? [], textOf).slice(1)).toEqual([
      "focal-point@example.org",
      "3",
      "institution",
      "M → Ministry",
    ]);
    expect(textOf(container.querySelector('[data-testid="history-filter"]'))).toContain("institution");
  });
});
