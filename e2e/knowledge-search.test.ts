/**
 * Journey: the knowledge base (issue 3, acceptance 1). A reader searches the bundled, sourced
 * seed in English, Russian, Persian and Turkish, with a typo and with dotless ı, and finds the
 * records those words name; facet counts are the numbers of results that choosing them gives;
 * a focal point signs in, writes a draft for their country, is not offered another country,
 * and the API refuses one (403).
 */
import { expect, it } from "vitest";
import { KnowledgeSearchPage } from "./pages/knowledge-search-page.ts";
import { RecordEditorPage } from "./pages/record-editor-page.ts";
import { SignInPage } from "./pages/sign-in-page.ts";
import { type BrowserSuite, describeInBrowser, saveScreenshot } from "./support/browser-suite.ts";

const password = "a passphrase long enough";

/** A focal point for Kazakhstan, made as an operator would: first administrator, then an account. */
async function createFocalPoint(suite: BrowserSuite): Promise<string> {
  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${suite.serverUrl()}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response;
  };
  await post("/api/auth/setup", { email: "admin@example.org", password });
  const signedIn = await post("/api/auth/login", { email: "admin@example.org", password });
  const cookie = (signedIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
  const created = await post(
    "/api/users",
    { email: "focal.kaz@example.org", role: "focal-point", countries: ["KAZ"] },
    { cookie, "x-csrf-token": csrfToken },
  );
  const { passwordToken } = (await created.json()) as { passwordToken: string };
  await post("/api/auth/reset-password", { token: passwordToken, password });
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
    expect(await search.total()).toBe(countryCount);
    expect(await search.results.count()).toBe(Math.min(countryCount, 20));
    const [type] = await search.facetValues("type");
    if (type === undefined) throw new Error("no type facet");
    const typeCount = await search.facetCount("type", type);
    await search.toggleFacet("type", type);
    expect(await search.total()).toBe(typeCount);
    // The API agrees with what the page shows.
    const api = await suite.api<{ total: number }>(`/api/search?q=waste&country=${country}&type=${type}`);
    expect(api.total).toBe(typeCount);
  });

  it("lets a focal point write a draft for their country only", async () => {
    const email = await createFocalPoint(suite);
    const { page, context } = await suite.openPage();
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
