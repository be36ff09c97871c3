import { describe, expect, it } from "vitest";
import en from "../locales/en.json";
import { fallbackLanguage, findLanguage, languageOf, languages } from "./languages.ts";

type Tree = { [key: string]: string | Tree };

/** Flattens a catalogue to dotted keys, dropping i18next plural suffixes to their base key. */
function flatten(tree: Tree, prefix = ""): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") {
      const base = path.replace(/_(zero|one|two|few|many|other)$/, "");
      result.set(base, [...(result.get(base) ?? []), path]);
    } else {
      for (const [nested, paths] of flatten(value, path)) result.set(nested, paths);
    }
  }
  return result;
}

function strings(tree: Tree): string[] {
  return Object.values(tree).flatMap((value) => (typeof value === "string" ? [value] : strings(value)));
}

describe("language manifest", () => {
  it("lists English, Russian and Persian, Persian right to left", () => {
    expect(languages.map((language) => [language.code, language.dir])).toEqual([
      ["en", "ltr"],
      ["ru", "ltr"],
      ["fa", "rtl"],
    ]);
    expect(findLanguage("fa")?.nativeName).toBe("فارسی");
  });

  it("falls back to English for unknown codes", () => {
    expect(languageOf("xx").code).toBe(fallbackLanguage);
    expect(languageOf(null).code).toBe("en");
  });
});

describe("catalogues", async () => {
  const catalogues = await Promise.all(
    languages.map(async (language) => ({
      code: language.code,
      tree: (await language.loadCatalogue()).default as Tree,
    })),
  );
  const englishKeys = [...flatten(en as Tree).keys()].sort();

  it.each(catalogues)("$code has every English key and no other", ({ tree }) => {
    expect([...flatten(tree).keys()].sort()).toEqual(englishKeys);
  });

  it.each(catalogues)("$code has every plural form its language needs", ({ code, tree }) => {
    const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
    for (const [base, paths] of flatten(tree)) {
      if (paths.length === 1 && paths[0] === base) continue;
      for (const category of categories) expect(paths, `${code} ${base}`).toContain(`${base}_${category}`);
    }
  });

  it.each(catalogues)("$code has no empty string", ({ tree }) => {
    for (const text of strings(tree)) expect(text.trim()).not.toBe("");
  });

  it.each(catalogues)("$code keeps every {{placeholder}} of the English text", ({ tree }) => {
    const flat = (source: Tree) =>
      new Map(
        [...flatten(source)].flatMap(([, paths]) =>
          paths.map((path) => [
            path,
            path.split(".").reduce<Tree | string>((node, key) => (node as Tree)[key] ?? "", source),
          ]),
        ),
      );
    const english = flat(en as Tree);
    const placeholders = (text: unknown) =>
      [...String(text).matchAll(/{{(\w+)(, ?\w+)?}}/g)].map((match) => `${match[1]}${match[2] ?? ""}`).sort();
    for (const [path, text] of flat(tree)) {
      const base = path.replace(/_(zero|one|two|few|many|other)$/, "");
      const reference = english.get(path) ?? english.get(`${base}_other`);
      expect(placeholders(text), path).toEqual(placeholders(reference));
    }
  });
});
