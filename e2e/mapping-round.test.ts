/**
 * A whole round of the mapping exercise in the browser (issue 5, acceptance 1). Kyrgyzstan's
 * focal point answers the starter questionnaire in Russian — a skip-logic branch (the national
 * strategy's year only once it is adopted), a repeat (a policy), a constraint message — loses the
 * connection half-way, closes the tab, comes back and submits; the country lead endorses; the
 * Secretariat returns one question with a comment; the focal point fixes it and resubmits; the
 * lead endorses again; the Secretariat approves and publishes. The e-waste value then shows on
 * Kyrgyzstan's profile, the policy is a draft knowledge record citing the submission, and the
 * audit shows every step. The round, its questionnaire and the accounts are made with `atlas`
 * before the server starts, as the Secretariat's operator would.
 */
import type { BrowserContext, Page } from "playwright-core";
import { expect, it } from "vitest";
import { CountryProfilePage } from "./pages/country-profile-page.ts";
import { SignInPage } from "./pages/sign-in-page.ts";
import { SubmissionPage } from "./pages/submission-page.ts";
import { runAtlasCommand } from "./support/atlas-server.ts";
import { describeInBrowser, saveScreenshot } from "./support/browser-suite.ts";

const password = "a passphrase long enough";
const accounts = {
  focalPoint: {
    email: "focal.point@example.kg",
    role: "focal-point",
    country: "KGZ",
    name: "Айгуль Осмонова",
  },
  lead: { email: "country.lead@example.kg", role: "country-lead", country: "KGZ", name: "Бакыт Джумабаев" },
  reviewer: {
    email: "reviewer@eco.example.org",
    role: "reviewer",
    country: undefined,
    name: "ECO Secretariat",
  },
} as const;
type AccountName = keyof typeof accounts;

const tokens = new Map<AccountName, string>();
let roundId = "";

function prepareRound(dataDir: string): void {
  roundId = runAtlasCommand(dataDir, [
    "round",
    "create",
    "--name",
    "Mapping 2026",
    "--period",
    "2025",
    "--due",
    "2099-01-31",
    "--lock",
    "2099-03-31",
    "--area",
    "KGZ,KAZ",
  ]).trim();
  runAtlasCommand(dataDir, [
    "questionnaire",
    "import",
    "data/questionnaires/eco-ce-mapping.xlsx",
    "--round",
    roundId,
  ]);
  for (const [key, account] of Object.entries(accounts) as [AccountName, (typeof accounts)[AccountName]][]) {
    const args = ["user", "add", account.email, "--role", account.role, "--name", account.name];
    if (account.country !== undefined) args.push("--country", account.country);
    tokens.set(key, runAtlasCommand(dataDir, args).trim());
  }
}

/** Sets the account's password with the token `atlas user add` printed, then signs in. */
async function signInAs(page: Page, name: AccountName): Promise<void> {
  await page.goto(`/reset-password?token=${encodeURIComponent(tokens.get(name) ?? "")}`);
  await page.locator("#new-password").fill(password);
  await page.locator("#new-password-again").fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.locator("main [role=status]").waitFor();
  const signIn = await SignInPage.open(page);
  await signIn.signIn(accounts[name].email, password);
}

describeInBrowser(
  "a round of the mapping exercise",
  (suite) => {
    it("is answered in Russian with a lost connection, returned, resubmitted, approved, published and audited", async () => {
      // ----- The focal point answers, in Russian.
      const focal = await suite.openPage();
      const page = focal.page;
      await signInAs(page, "focalPoint");
      await new SignInPage(page).switchLanguage("ru");
      const form = await SubmissionPage.open(page, roundId, "KGZ");
      expect(await form.state()).toBe("not-started");

      await form.goToSection("respondent");
      await form.answer("country", "KGZ");
      await form.answer("institution", "Министерство природных ресурсов, экологии и технического надзора");
      await form.answer("respondent_name", accounts.focalPoint.name);
      // The constraint's own Russian message, not a generic one.
      await form.answer("respondent_email", "osmonova.mnr.gov.kg");
      await expect
        .poll(() => form.problemsOf("respondent_email"))
        .toEqual(["Укажите действительный адрес электронной почты, например name@ministry.gov."]);
      await form.answer("respondent_email", "a.osmonova@mnr.gov.kg");
      await expect.poll(() => form.problemsOf("respondent_email")).toEqual([]);
      await form.answer("answer_language", "ru");
      await form.answer("completion_date", "2026-11-30");
      // The first save creates the submission: a draft at revision 2.
      await form.waitForStatus("saved");
      await form.waitForState("draft");

      await form.goToSection("priorities");
      await form.answer("priority_sectors", ["E"]);
      await form.answer("priority_strategies", ["R3"]);
      await form.answer("priority_themes", ["municipal-waste"]);
      await form.answer("priority_count", "1");
      await form.answer("priority[1]/priority_title", "Раздельный сбор коммунальных отходов в Бишкеке и Оше");

      // Skip logic: the strategy's year is asked only once the strategy is adopted.
      await form.goToSection("policy_framework");
      expect(await form.isShown("ce_strategy_year")).toBe(false);
      await form.answer("has_ce_strategy", "drafting");
      await expect.poll(() => form.isShown("ce_strategy_name")).toBe(true);
      expect(await form.isShown("ce_strategy_year")).toBe(false);
      await form.answer("has_ce_strategy", "adopted");
      await form.answer("ce_strategy_name", "Концепция зелёной экономики Кыргызской Республики");
      await form.answer("ce_strategy_year", "2018");
      await form.answer("ce_in_other_plans", "no");
      // A repeat: one policy in force.
      expect(await form.isShown("policy[1]/policy_title")).toBe(false);
      await form.answer("has_policies", "yes");
      await form.addInstance("policy");
      await form.answer(
        "policy[1]/policy_title",
        "Закон Кыргызской Республики «Об отходах производства и потребления»",
      );
      await form.answer("policy[1]/policy_kind", "law");
      await form.answer("policy[1]/policy_status", "in-force");
      await form.answer("policy[1]/policy_year", "2001");
      await form.waitForStatus("saved");

      await form.goToSection("good_practices");
      await form.answer("has_good_practices", "no");
      await form.waitForStatus("saved");

      // ----- The connection drops: answers are kept on the device, and the tab is closed.
      focal.guard.allowConsoleError(/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::ERR/);
      await focal.context.setOffline(true);
      await form.goToSection("infrastructure");
      await form.answer("separate_collection", "pilots");
      await form.goToSection("financing");
      await form.answer("dedicated_budget", "no");
      await form.answer("financing_mechanisms", ["public-budget"]);
      await form.answer("investment_areas", ["sorting"]);
      await form.answer("has_initiatives", "no");
      await form.waitForStatus("offline");
      await page.close();
      await focal.context.setOffline(false);

      // ----- Back online in a new tab: the kept answers come back and are synced.
      const again = await focal.context.newPage();
      const resumed = await SubmissionPage.open(again, roundId, "KGZ");
      await resumed.waitForStatus("saved");
      await resumed.goToSection("financing");
      expect(await resumed.value("dedicated_budget")).toBe("no");
      expect(await resumed.value("investment_areas")).toBe("sorting");
      const afterSync = await submissionOf(focal.context);
      expect(afterSync.answers).toMatchObject({ separate_collection: "pilots", has_initiatives: "no" });

      await resumed.goToSection("capacity");
      await resumed.answer("capacity_needs", ["waste-statistics"]);
      await resumed.goToSection("just_transition");
      await resumed.answer("informal_sector", "unknown");
      await resumed.goToSection("indicators");
      await resumed.answer("ewaste_generated", "11234.5");
      await resumed.answer("ewaste_generated_year", "2023");
      await resumed.goToSection("closing");
      await resumed.answer("data_sources", "Национальный статистический комитет Кыргызской Республики");
      await resumed.answer("support_requested", "no");
      await resumed.answer("clearance", "yes");
      await resumed.take("submit");
      await resumed.waitForState("submitted");
      await saveScreenshot(again, "mapping-round-submitted-ru");

      // ----- The country lead endorses; the Secretariat returns one question with a comment.
      const lead = await suite.openPage();
      await signInAs(lead.page, "lead");
      const leadView = await SubmissionPage.open(lead.page, roundId, "KGZ");
      await leadView.take("endorse");
      await expect.poll(() => leadView.mayTake("endorse")).toBe(false);

      const secretariat = await suite.openPage();
      await signInAs(secretariat.page, "reviewer");
      let review = await SubmissionPage.open(secretariat.page, roundId, "KGZ");
      await review.goToSection("respondent");
      await review.commentOn("institution", "Please give the full official name of the ministry.");
      await review.take("return");
      await review.waitForState("returned");

      // ----- The focal point sees the comment, fixes the answer and resubmits.
      const fixing = await SubmissionPage.open(again, roundId, "KGZ");
      await fixing.goToSection("respondent");
      expect((await fixing.returnedComments("institution")).join(" ")).toContain(
        "Please give the full official name of the ministry.",
      );
      await fixing.answer(
        "institution",
        "Министерство природных ресурсов, экологии и технического надзора Кыргызской Республики",
      );
      await fixing.waitForStatus("saved");
      await fixing.take("submit");
      await fixing.waitForState("resubmitted");

      await SubmissionPage.open(lead.page, roundId, "KGZ");
      await leadView.take("endorse");
      await expect.poll(() => leadView.mayTake("endorse")).toBe(false);

      // ----- The Secretariat approves (the focal point can no longer edit) and publishes.
      review = await SubmissionPage.open(secretariat.page, roundId, "KGZ");
      await review.take("approve");
      await review.waitForState("approved");
      const locked = await SubmissionPage.open(again, roundId, "KGZ");
      expect(await locked.mayTake("submit")).toBe(false);
      await locked.goToSection("respondent");
      expect(await again.locator('[data-question="institution"] input').isDisabled()).toBe(true);
      await review.take("publish");
      const report = await review.publicationReport();
      await review.waitForState("published");
      const recordLinks = await secretariat.page
        .getByTestId("publication-report")
        .locator("a[href^='/knowledge/']")
        .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
      expect(recordLinks.length, report).toBeGreaterThanOrEqual(2);

      // ----- The value is on the public country profile, with the submission as its source.
      const visitor = await suite.openPage();
      const profile = await CountryProfilePage.open(visitor.page, "KGZ");
      const headline = await profile.headline("EN_EWT_GENV");
      expect(headline.value).toBe("11234.5");
      expect(headline.year).toContain("2023");
      const published = await suite.api<{ data: { value: string; source: string }[] }>(
        "/api/observations?indicator=EN_EWT_GENV&area=KGZ&from=2023&to=2023",
      );
      expect(published.data.map((row) => row.value)).toEqual(["11234.5"]);
      const sources = await suite.api<{ data: { id: string; title: string; citation: string }[] }>(
        "/api/sources",
      );
      const source = sources.data.find((entry) => entry.id === published.data[0]?.source);
      expect(`${source?.title} ${source?.citation}`).toMatch(
        /mapping exercise "Mapping 2026" \(2025\): answers of KGZ, submission \d+/,
      );

      // ----- The policy is a draft knowledge record citing the submission.
      const records = await Promise.all(
        recordLinks.map(async (href) => {
          const response = await secretariat.page.request.get(
            `/api${href.replace("/knowledge/", "/records/")}`,
          );
          expect(response.status()).toBe(200);
          return (await response.json()) as {
            type: string;
            status: string;
            sources: { title: string }[];
            texts: { title: string }[];
          };
        }),
      );
      const policy = records.find((record) => record.type === "policy");
      expect(policy?.status).toBe("draft");
      expect(JSON.stringify(policy?.texts)).toContain("Об отходах производства и потребления");
      expect(policy?.sources.map((entry) => entry.title).join(" ")).toMatch(/submission \d+/);
      await secretariat.page.goto(recordLinks.find((href) => href !== "") ?? "/");
      await secretariat.page.locator("article.record").waitFor();

      // ----- The audit shows every step, and each question's own history.
      await secretariat.page.goto(`/rounds/${roundId}/KGZ/history`);
      const rows = secretariat.page.getByTestId("history-table").locator("tbody tr");
      await rows.first().waitFor();
      const events = (
        await apiAs<{ data: { kind: string; toState: string | null; by: string }[] }>(
          secretariat.context,
          `/api/rounds/${roundId}/submissions/KGZ/events`,
        )
      ).data;
      expect(await rows.count()).toBe(events.length);
      expect(
        events.filter((event) => event.kind === "state").map((event) => `${event.toState} by ${event.by}`),
      ).toEqual([
        `submitted by ${accounts.focalPoint.email}`,
        `submitted+endorsed by ${accounts.lead.email}`,
        `returned by ${accounts.reviewer.email}`,
        `resubmitted by ${accounts.focalPoint.email}`,
        `resubmitted+endorsed by ${accounts.lead.email}`,
        `approved by ${accounts.reviewer.email}`,
        `published by ${accounts.reviewer.email}`,
      ]);
      await secretariat.page.goto(`/rounds/${roundId}/KGZ/history?question=institution`);
      const institution = secretariat.page.locator('[data-testid="history-table"] tbody tr');
      await institution.first().waitFor();
      const kinds = await institution.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-kind")));
      expect(kinds).toEqual(["answer", "comment", "answer"]);
      expect(await institution.last().textContent()).toContain("Кыргызской Республики");
    }, 240_000);
  },
  { prepareData: prepareRound },
);

/** GETs an API path with the context's session. */
async function apiAs<T>(context: BrowserContext, path: string): Promise<T> {
  const response = await context.request.get(path);
  expect(response.status(), `GET ${path}`).toBe(200);
  return (await response.json()) as T;
}

function submissionOf(
  context: BrowserContext,
): Promise<{ answers: Record<string, unknown>; revision: number }> {
  return apiAs(context, `/api/rounds/${roundId}/submissions/KGZ`);
}
