/**
 * Open SDG metadata files. The YAML cases are re-typed from the Kazakh national repository
 * (../shared/data/open-sdg-kazakhstan/meta/12-4-2.yml and translations/{en,ru}/…). The golden
 * Markdown case is re-typed from Open SDG's data starter repository (open-sdg/open-sdg-data-starter,
 * meta/1-1-1.md at commit fd0349c: YAML front matter between --- lines and no body); the case
 * with a body is written for the test in that layout. The last suite reads the real repository
 * and is skipped where the shared data are absent.
 */
// biome-ignore lint/correctness/noNodejsModules: the test reads ../shared; the code under test does no IO.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { localiseOpenSdgMetadata, parseOpenSdgMetadata } from "./open-sdg-metadata.ts";
import { parseOpenSdgTranslations } from "./open-sdg-translations.ts";

const kazakh12_4_2 = `availability: 1
classification: 1
comments_limitations: comments_limitations.12-4-2
customisation: meta.customisation-2
goal_meta_link: http://unstats.un.org/sdgs/files/metadata-compilation/Metadata-Goal-12.pdf
indicator_available: national_indicators.12-4-2-title
source_active_1: true
source_compilation_1: sources.12-4-2-source_compilation_1
source_data_1: null
un_custodian_agency: UNSD, UNEP
un_designated_tier: '3'
tags: []
`;

const translations: Record<string, Record<string, Record<string, string>>> = {
  en: {
    comments_limitations: { "12-4-2": "" },
    meta: { "customisation-2": "Global with minor alterations" },
    national_indicators: { "12-4-2-title": "Hazardous waste generation" },
    sources: {},
  },
  ru: {
    comments_limitations: { "12-4-2": "" },
    meta: { "customisation-2": "Глобальный с небольшими изменениями" },
    national_indicators: {},
    sources: {},
  },
};
const groups = new Set(Object.keys(translations["en"] ?? {}));
const translator = (language: string) => (group: string, key: string) =>
  translations[language]?.[group]?.[key];

describe("parseOpenSdgMetadata", () => {
  it("reads a YAML metadata file, keeping values as written and the indicator from the name", () => {
    const parsed = parseOpenSdgMetadata(`\uFEFF${kazakh12_4_2}`, { fileName: "meta/12-4-2.yml" });
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.indicatorId).toBe("12-4-2");
    expect(parsed.content).toBeNull();
    expect(parsed.fields.get("un_designated_tier")).toBe("3");
    expect(parsed.fields.get("availability")).toBe(1);
    expect(parsed.fields.get("source_active_1")).toBe(true);
    expect(parsed.fields.get("source_data_1")).toBeNull();
    expect(parsed.fields.get("tags")).toEqual([]);
  });

  it("reads the Open SDG data starter's meta/1-1-1.md (golden)", () => {
    const parsed = parseOpenSdgMetadata(
      "---\ndata_non_statistical: false\ngoal_meta_link: https://unstats.un.org/sdgs/metadata/files/Metadata-01-01-01a.pdf\ngoal_meta_link_text: United Nations Sustainable Development Goals Metadata (pdf 894kB)\ngraph_title: global_indicators.1-1-1-title\ngraph_type: line\nindicator: 1.1.1\nindicator_name: global_indicators.1-1-1-title\nindicator_sort_order: 01-01-01\npublished: true\nreporting_status: notstarted\nsdg_goal: '1'\ntarget: By 2030, eradicate extreme poverty for all people everywhere, currently measured\n  as people living on less than $1.25 a day\ntarget_id: '1.1'\nun_custodian_agency: World Bank\nun_designated_tier: '1'\n---\n",
      { fileName: "meta/1-1-1.md" },
    );
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.indicatorId).toBe("1-1-1");
    expect(parsed.content).toBe("");
    expect(parsed.fields.size).toBe(15);
    expect(parsed.fields.get("indicator")).toBe("1.1.1");
    expect(parsed.fields.get("sdg_goal")).toBe("1");
    expect(parsed.fields.get("published")).toBe(true);
    expect(parsed.fields.get("data_non_statistical")).toBe(false);
    expect(parsed.fields.get("target")).toBe(
      "By 2030, eradicate extreme poverty for all people everywhere, currently measured as people living on less than $1.25 a day",
    );
    const english = localiseOpenSdgMetadata(parsed.fields, new Set(["global_indicators"]), (group, key) =>
      group === "global_indicators" && key === "1-1-1-title"
        ? "Proportion of the population living below the international poverty line"
        : undefined,
    );
    expect(english.get("indicator_name")).toBe(
      "Proportion of the population living below the international poverty line",
    );
    expect(english.get("published")).toBe("true");
  });

  it("reads Markdown front matter and keeps the body as the page content", () => {
    const parsed = parseOpenSdgMetadata(
      "---\r\nindicator_name: Hazardous waste generated per capita\r\nreporting_status: complete\r\n---\r\n\r\nThe ministry collects the data **annually**.\r\n",
      { fileName: "meta/12-4-2.md" },
    );
    expect(parsed.diagnostics).toEqual([]);
    expect(Object.fromEntries(parsed.fields)).toEqual({
      indicator_name: "Hazardous waste generated per capita",
      reporting_status: "complete",
    });
    expect(parsed.content).toBe("The ministry collects the data **annually**.");
  });

  it("reports broken YAML with its line in the file, and a Markdown file without front matter", () => {
    const broken = parseOpenSdgMetadata("---\nindicator_name: a\nbad: [unclosed\n---\nbody", {
      fileName: "meta/1-1-1.md",
    });
    expect(broken.diagnostics[0]).toMatchObject({ code: "open-sdg/bad-metadata", severity: "error" });
    expect(broken.diagnostics[0]?.row).toBeGreaterThanOrEqual(3);
    expect(parseOpenSdgMetadata("just text", { fileName: "meta/1-1-1.md" }).diagnostics[0]).toMatchObject({
      code: "open-sdg/bad-metadata",
      row: 1,
    });
    expect(parseOpenSdgMetadata("- a\n- b\n", { fileName: "meta/1-1-1.yml" }).diagnostics[0]?.message).toBe(
      "the metadata must be a map of field: value",
    );
    const nested = parseOpenSdgMetadata("graph_limits:\n  min: 0\n", { fileName: "meta/1-1-1.yml" });
    expect(nested.diagnostics).toEqual([
      {
        code: "open-sdg/bad-metadata-field",
        severity: "warning",
        message: "graph_limits: a nested map is not a metadata value; it is ignored",
      },
    ]);
  });

  test.prop([fc.string({ maxLength: 300 }), fc.constantFrom("meta/1-1-1.yml", "meta/1-1-1.md")])(
    "never throws on arbitrary text",
    (text, fileName) => {
      parseOpenSdgMetadata(text, { fileName });
    },
  );
});

describe("localiseOpenSdgMetadata", () => {
  const { fields } = parseOpenSdgMetadata(kazakh12_4_2, { fileName: "meta/12-4-2.yml" });

  it("resolves translation keys per language and leaves untranslated or empty fields missing", () => {
    const english = localiseOpenSdgMetadata(fields, groups, translator("en"));
    expect(Object.fromEntries(english)).toEqual({
      availability: "1",
      classification: "1",
      customisation: "Global with minor alterations",
      goal_meta_link: "http://unstats.un.org/sdgs/files/metadata-compilation/Metadata-Goal-12.pdf",
      indicator_available: "Hazardous waste generation",
      source_active_1: "true",
      un_custodian_agency: "UNSD, UNEP",
      un_designated_tier: "3",
    });
    const russian = localiseOpenSdgMetadata(fields, groups, translator("ru"));
    expect(russian.get("customisation")).toBe("Глобальный с небольшими изменениями");
    // No Russian title in this excerpt: missing, never the English text nor the key.
    expect(russian.has("indicator_available")).toBe(false);
    expect(russian.has("comments_limitations")).toBe(false);
  });

  it("keeps text whose prefix is no translation group (a unit such as data.млн.тонн/год)", () => {
    const units = new Map([["computation_units", "data.млн.тонн/год"]]);
    expect(localiseOpenSdgMetadata(units, groups, translator("ru")).get("computation_units")).toBe(
      "data.млн.тонн/год",
    );
  });
});

const repository = "../shared/data/open-sdg-kazakhstan";
const readText = (path: string) => new TextDecoder().decode(readFileSync(path));
describe.skipIf(!existsSync(repository))("the Kazakh repository's metadata (reads ../shared)", () => {
  it("reads every meta/*.yml without an error, and resolves 12-4-2 in three languages", () => {
    const files = readdirSync(`${repository}/meta`).filter((name) => name.endsWith(".yml"));
    expect(files).toHaveLength(277);
    for (const name of files) {
      const parsed = parseOpenSdgMetadata(readText(`${repository}/meta/${name}`), {
        fileName: `meta/${name}`,
      });
      expect(
        parsed.diagnostics.filter((diagnostic) => diagnostic.severity === "error"),
        name,
      ).toEqual([]);
      expect(parsed.indicatorId).toBe(name.replace(/\.yml$/, ""));
    }
    const { fields } = parseOpenSdgMetadata(readText(`${repository}/meta/12-4-2.yml`), {
      fileName: "meta/12-4-2.yml",
    });
    const load = (language: string) => {
      const byGroup = new Map<string, ReadonlyMap<string, string>>();
      for (const name of readdirSync(`${repository}/translations/${language}`))
        byGroup.set(
          name.replace(/\.yml$/, ""),
          parseOpenSdgTranslations(readText(`${repository}/translations/${language}/${name}`)).labels,
        );
      return byGroup;
    };
    const texts = Object.fromEntries(
      ["en", "ru", "kk"].map((language) => {
        const byGroup = load(language);
        const localised = localiseOpenSdgMetadata(fields, new Set(byGroup.keys()), (group, key) =>
          byGroup.get(group)?.get(key),
        );
        return [language, localised];
      }),
    );
    expect(texts["en"]?.get("indicator_available")).toBe("Hazardous waste generation");
    expect(texts["kk"]?.get("customisation")).toBe("Жаһандық шағын өзгерістермен");
    expect(texts["ru"]?.get("source_compilation_1")).toMatch(
      /^Министерство экологии, геологии и природных ресурсов/,
    );
    // The repository's comments_limitations text for 12-4-2 is empty in every language.
    expect(["en", "ru", "kk"].some((language) => texts[language]?.has("comments_limitations"))).toBe(false);
  });
});
