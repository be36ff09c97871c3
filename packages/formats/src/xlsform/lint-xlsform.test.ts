// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes references as ${name}.
/**
 * Every defect class on its deliberately broken workbook (`xlsform-broken-forms.ts`): the exact
 * findings, worked out by hand; then that every rule id has a broken form and a README entry.
 */
// biome-ignore lint/correctness/noNodejsModules: the test reads the folder's README; the code under test does no IO.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lintXlsForm } from "./lint-xlsform.ts";
import { readXlsForm } from "./read-xlsform.ts";
import { type BrokenForm, brokenForms as cases } from "./xlsform-broken-forms.ts";
import { xlsFormRules } from "./xlsform-rules.ts";
import { compactFinding, type TestFormSheets, xlsFormWorkbook } from "./xlsform-test-workbook.ts";

describe("XLSForm defects", () => {
  it.each(cases)("$rule: $title", ({ rule, sheets, expected, message, options }) => {
    const bytes = sheets instanceof Uint8Array ? sheets : xlsFormWorkbook(sheets);
    const { diagnostics } = readXlsForm(bytes, options);
    expect(diagnostics.map(compactFinding)).toEqual(expected);
    if (message !== undefined)
      expect(diagnostics.find((diagnostic) => diagnostic.code === rule)?.message).toContain(message);
  });

  it("lints a form on its own, with the findings the reader gives", () => {
    const broken = cases.find((item) => item.rule === "xlsform/undefined-reference") as BrokenForm;
    const { form, diagnostics } = readXlsForm(xlsFormWorkbook(broken.sheets as TestFormSheets));
    expect(form).toBeDefined();
    expect(
      lintXlsForm(form as NonNullable<typeof form>)
        .map(compactFinding)
        .sort(),
    ).toEqual(diagnostics.map(compactFinding).sort());
  });

  it("has a broken form for every rule id", () => {
    const covered = new Set(cases.map((item) => item.rule));
    expect(
      Object.keys(xlsFormRules).filter((rule) => !covered.has(rule as keyof typeof xlsFormRules)),
    ).toEqual([]);
  });

  it("explains every rule id in the README, with its severity", () => {
    const readme = new TextDecoder().decode(readFileSync("packages/formats/src/xlsform/README.md"));
    const missing = Object.entries(xlsFormRules).filter(
      ([rule, severity]) => !new RegExp(`\\|\\s*\`${rule}\`\\s*\\|\\s*${severity}\\s*\\|`).test(readme),
    );
    expect(missing).toEqual([]);
  });
});
