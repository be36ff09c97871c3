/**
 * The browser and the server evaluate alike: the expression evaluator and the form engine,
 * bundled as the browser gets them (esbuild, ES2022) and run in Debian's Chromium under a Turkish
 * locale and Tehran's time zone, give the same outcome as in Node (values to the last bit,
 * conversions, parse problems, evaluation errors) for random expressions and random answers to
 * the starter questionnaire. A failure prints its seed: ATLAS_PROPERTY_SEED=<seed> replays it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readXlsForm, type XlsForm } from "@circular-atlas/formats";
import { build } from "esbuild";
import fc from "fast-check";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { repositoryRoot } from "./support/atlas-server.ts";
import { describeWithChromium } from "./support/browser-suite.ts";
import { chromiumArgs } from "./support/chromium-executable.ts";
import { type ExpressionOutcome, evaluateCases, evaluateForms } from "./support/evaluation-outcomes.ts";
import { expressionCase, formAnswers } from "./support/expression-arbitraries.ts";

const seed = Number(process.env["ATLAS_PROPERTY_SEED"] ?? Date.now() % 2 ** 31);
const expressionCount = 5_000;
const answerSetCount = 120;
/** Cases per page.evaluate: one round trip carries hundreds (form states are large: tens). */
const batchSize = 500;
const formBatchSize = 40;
const now = "2026-05-06T09:30:00+05:00";

/** The page's global, set by the bundle. */
declare const atlasEvaluation: {
  evaluateCases: typeof evaluateCases;
  evaluateForms: typeof evaluateForms;
};

describeWithChromium("the evaluator in Chromium and in Node", (executablePath) => {
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    if (executablePath === undefined) return;
    const bundle = await bundleEvaluation();
    browser = await chromium.launch({ executablePath, headless: true, args: [...chromiumArgs] });
    // A locale and zone unlike the server's: the evaluator must depend on neither.
    const context = await browser.newContext({ locale: "tr-TR", timezoneId: "Asia/Tehran" });
    page = await context.newPage();
    await page.setContent("<!doctype html><title>evaluation</title>");
    await page.addScriptTag({ content: bundle });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("gives the same outcome for 5,000 random expressions and answers", async () => {
    const cases = fc.sample(expressionCase, { numRuns: expressionCount, seed });
    const inNode = evaluateCases(cases);
    const inBrowser: ExpressionOutcome[] = [];
    for (let start = 0; start < cases.length; start += batchSize)
      inBrowser.push(
        ...(await page.evaluate(
          (batch) => atlasEvaluation.evaluateCases(batch),
          cases.slice(start, start + batchSize),
        )),
      );
    expect(differences(cases, inNode, inBrowser), `seed ${seed}`).toEqual([]);
    // The cases reach every kind of outcome, so agreement is not only on the easy ones.
    const kinds = new Set(inNode.map((outcome) => Object.keys(outcome)[0]));
    expect([...kinds].sort(), `seed ${seed}`).toEqual(["error", "problem", "value"]);
  });

  it("gives the same form state for random answers to the starter questionnaire", async () => {
    const form = starterQuestionnaire();
    const languages = ["en", "ru", "fa"];
    const runs = fc
      .sample(formAnswers(form), { numRuns: answerSetCount, seed })
      .map((answers, index) => ({ answers, now, language: languages[index % languages.length] ?? "en" }));
    const inNode = evaluateForms(form, runs);
    const inBrowser: string[] = [];
    for (let start = 0; start < runs.length; start += formBatchSize)
      inBrowser.push(
        ...(await page.evaluate(({ form, batch }) => atlasEvaluation.evaluateForms(form, batch), {
          form,
          batch: runs.slice(start, start + formBatchSize),
        })),
      );
    // States are long: a difference shows where the two texts part, not the whole of them.
    const parting = differences(runs, inNode, inBrowser).map(({ input, node, browser }) => {
      const [inNodeText, inBrowserText] = [String(node), String(browser)];
      let at = 0;
      while (inNodeText[at] === inBrowserText[at]) at++;
      const around = (text: string) => text.slice(Math.max(0, at - 150), at + 150);
      return {
        answers: input.answers,
        language: input.language,
        node: around(inNodeText),
        browser: around(inBrowserText),
      };
    });
    expect(parting, `seed ${seed}`).toEqual([]);
    expect(
      inNode.filter((state) => state.startsWith("crash")),
      `seed ${seed}`,
    ).toEqual([]);
  });
});

/** The first five inputs whose outcomes differ, with both outcomes. */
function differences<Input>(
  inputs: readonly Input[],
  inNode: readonly unknown[],
  inBrowser: readonly unknown[],
): { input: Input; node: unknown; browser: unknown }[] {
  expect(inBrowser).toHaveLength(inNode.length);
  return inputs
    .flatMap((input, index) =>
      JSON.stringify(inNode[index]) === JSON.stringify(inBrowser[index])
        ? []
        : [{ input, node: inNode[index], browser: inBrowser[index] }],
    )
    .slice(0, 5);
}

/** The evaluation module as one script that sets `atlasEvaluation`, built as the web app targets. */
async function bundleEvaluation(): Promise<string> {
  const result = await build({
    entryPoints: [join(repositoryRoot, "e2e/support/evaluation-outcomes.ts")],
    bundle: true,
    format: "iife",
    globalName: "atlasEvaluation",
    platform: "browser",
    target: "es2022",
    minify: true,
    write: false,
    logLevel: "silent",
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error("esbuild wrote no bundle");
  return output.text;
}

function starterQuestionnaire(): XlsForm {
  const read = readXlsForm(
    new Uint8Array(readFileSync(join(repositoryRoot, "data/questionnaires/eco-ce-mapping.xlsx"))),
  );
  if (read.form === undefined) throw new Error("the starter questionnaire does not read");
  return read.form;
}
