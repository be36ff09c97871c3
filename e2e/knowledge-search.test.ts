/**
 * Journey: the knowledge base (issue 3, acceptance 1). A reader searches the bundled, sourced
 * seed in English, Russian, Persian and Turkish, with a typo and with dotless ı, and finds the
 * records those words name; facet counts are the numbers of results that choosing them gives;
 * an administrator made on the first-run page adds a focal point, who sets a password with the
 * one-time link, signs in, writes a draft for their country, is not offered another country,
 * and is refused one by the API (403).
 */
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { KnowledgeSearchPage } from "./pages/knowledge-search-page.ts";
import { RecordEditorPage } from "./pages/record-editor-page.ts";
import { SignInPage } from "./pages/sign-in-page.ts";
import { describeInBrowser, saveScreenshot } from "./support/browser-suite.ts";

const password = "a passphrase long enough";

/**
 * A focal point for Kazakhstan, made as an operator would in the browser: the first-run page
 * creates the administrator, the accounts page adds the focal point and shows a one-time link,
 * and the focal point sets a password with it.
 */
async function createFocalPoint(page: Page): Promise<string> {
  await page.goto("/setup");
  await page.locator("#setup-email").fill("admin@example.org");
  await page.locator("#new-password").fill(password);
  await page.locator("#new-password-again").fill(password);
  await page.getByRole("button", { name: /create administrator/i }).click();
  await page.getByTestId("account-menu").waitFor();
  await page.goto("/users");
  await page.locator("#user-email").fill("focal.kaz@example.org");
  await page.locator("#user-role").selectOption("focal-point");
  await page.locator("#user-countries-KAZ").check();
  await page.getByRole("button", { name: /add account/i }).click();
  const link = (await page.getByRole("status").locator("code").textContent()) ?? "";
  expect(link).toMatch(/^\/reset-password\?token=[\w-]{43}$/);
  await page.getByRole("button", { name: /sign out/i }).click();
  await page.getByRole("link", { name: /^sign in$/i }).waitFor();
  await page.goto(link);
  await page.locator("#new-password").fill(password);
  await page.locator("#new-password-again").fill(password);
  await page.getByRole("button", { name: /set password/i }).click();
  await page.getByRole("status").waitFor();
  return "focal.kaz@example.org";
}

describeInBrowser("knowledge base", (suite) => {
  it("finds the seeded records in English, Russian, Persian and Turkish, despite a typo and dotless ı", async () => {
    const { page } = await suite.openPage();
    const search = await KnowledgeSearchPage.open(page);
    const cases: [words: string, expected: string][] = [
      ["zero waste regulation", "tur-zero-waste-regulation-2019"],
      ["экологический кодекс", "kaz-environmental-code-2021"],
      // Persian, typed with the Arabic yeh (ي) that many keyboards give.
      ["قانون مديريت پسماندها", "irn-waste-management-law-2004"],
      ["Sıfır Atık Yönetmeliği", "tur-zero-waste-regulation-2019"],
      ["depozito yönetim sistemi", "tur-deposit-management-system"],
    ];
    for (const [words, expected] of cases) {
      await search.search(words);
      expect(await search.resultIds(), words).toContain(expected);
    }
    // A typo ("enviromental"): corrected to a word of the knowledge base, and said so.
    await search.search("enviromental code kazakhstan");
    expect(await search.resultIds()).toContain("kaz-environmental-code-2021");
    expect(await search.corrections.textContent()).toContain("enviromental → environmental");
    // The matched words are marked in the Russian title.
    await search.search("экологический кодекс");
    const card = page.locator('.result-card[data-record="kaz-environmental-code-2021"]');
    expect(await card.locator(".result-title mark").allTextContents()).toEqual(["Экологический", "кодекс"]);
    expect(await card.locator(".result-title").getAttribute("lang")).toBe("ru");
    await saveScreenshot(page, "knowledge-search");
  });

  it("counts each facet value as the number of results choosing it gives", async () => {
    const { page } = await suite.openPage();
    const search = await KnowledgeSearchPage.open(page, "q=waste");
    const total = await search.total();
    expect(total).toBeGreaterThan(10);
    const [country] = await search.facetValues("country");
    if (country === undefined) throw new Error("no country facet");
    const countryCount = await search.facetCount("country", country);
    await search.toggleFacet("country", country);
    await expect.poll(() => search.total(), { timeout: 5_000 }).toBe(countryCount);
    expect(await search.results.count()).toBe(Math.min(countryCount, 20));
    const [type] = await search.facetValues("type");
    if (type === undefined) throw new Error("no type facet");
    const typeCount = await search.facetCount("type", type);
    await search.toggleFacet("type", type);
    await expect.poll(() => search.total(), { timeout: 5_000 }).toBe(typeCount);
    // The API agrees with what the page shows.
    const api = await suite.api<{ total: number }>(`/api/search?q=waste&country=${country}&type=${type}`);
    expect(api.total).toBe(typeCount);
  });

  it("lets a focal point write a draft for their country only", async () => {
    const { page, context } = await suite.openPage();
    const email = await createFocalPoint(page);
    const signIn = await SignInPage.open(page);
    await signIn.signIn(email, password);
    const editor = await RecordEditorPage.open(page);
    // The interface offers Kazakhstan alone (and chooses it).
    expect(await editor.offeredCountries()).toEqual(["KAZ"]);
    expect(await editor.checkedCountries()).toEqual(["KAZ"]);
    const path = await editor.createDraft({
      type: "barrier",
      title: "Few sorting lines for packaging waste in Shymkent",
      summary: "Noted by the national working group; to be verified.",
    });
    await expect.poll(() => page.getByTestId("record-status").textContent()).toBe("Draft");
    expect(await page.locator("h1").textContent()).toBe("Few sorting lines for packaging waste in Shymkent");
    // The API refuses another country, with the browser session's own cookie and CSRF token
    // (asked from here: a refused fetch inside the page would log a console error).
    const cookie = (await context.cookies()).map((item) => `${item.name}=${item.value}`).join("; ");
    const session = (await (
      await fetch(`${suite.serverUrl()}/api/auth/session`, { headers: { cookie } })
    ).json()) as {
      csrfToken: string;
      user: { role: string; countries: string[] };
    };
    expect(session.user).toMatchObject({ role: "focal-point", countries: ["KAZ"] });
    const response = await fetch(`${suite.serverUrl()}/api/records`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, "x-csrf-token": session.csrfToken },
      body: JSON.stringify({
        type: "barrier",
        originalLanguage: "en",
        texts: { en: { title: "Not mine", summary: "" } },
        countries: ["UZB"],
      }),
    });
    const refused = { status: response.status, code: ((await response.json()) as { code: string }).code };
    expect(refused).toEqual({ status: 403, code: "forbidden" });
    // Anonymous readers do not see the draft.
    const id = path.split("/").at(-1) ?? "";
    const anonymous = await fetch(`${suite.serverUrl()}/api/records/${id}`);
    expect(anonymous.status).toBe(404);
    await saveScreenshot(page, "knowledge-draft");
  });
});
