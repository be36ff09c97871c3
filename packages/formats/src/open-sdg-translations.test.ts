import { describe, expect, it } from "vitest";
import { parseOpenSdgTranslations } from "./open-sdg-translations.ts";

describe("parseOpenSdgTranslations", () => {
  it("reads flat and folded labels the way the Kazakh files write them", () => {
    // Lines re-typed from ../shared/data/open-sdg-kazakhstan/translations/en/{REF_AREA,global_indicators}.yml.
    const parsed = parseOpenSdgTranslations(
      "\uFEFFKZAKM: Akmola\nKZAKS: city Aksay\n1-1-1-title: Proportion of population below the international poverty line, by sex,\n  age, employment status and geographical location (urban/rural)\n",
    );
    expect(parsed.labels.get("KZAKM")).toBe("Akmola");
    expect(parsed.labels.get("1-1-1-title")).toBe(
      "Proportion of population below the international poverty line, by sex, age, employment status and geographical location (urban/rural)",
    );
    expect(parsed.diagnostics).toEqual([]);
  });

  it("flattens nested maps to dotted keys and reports lists and broken YAML with their line", () => {
    expect(parseOpenSdgTranslations("a:\n  b: x\n  c: 2\n").labels).toEqual(
      new Map([
        ["a.b", "x"],
        ["a.c", "2"],
      ]),
    );
    expect(parseOpenSdgTranslations("a: [1, 2]\n").diagnostics[0]?.message).toBe(
      "a: a list is not a label; it is ignored",
    );
    const broken = parseOpenSdgTranslations("a: b\n  c: : d\n");
    expect(broken.diagnostics[0]).toMatchObject({
      code: "open-sdg/bad-translations",
      severity: "error",
      row: 1,
    });
  });
});
