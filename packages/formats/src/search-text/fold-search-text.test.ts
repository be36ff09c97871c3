import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { foldCharacters, foldedForms, foldWords } from "./fold-search-text.ts";

const forms = (text: string, language?: string) => foldedForms(foldWords(text, language));

describe("foldWords", () => {
  // The fixtures of the search spec §5.1, each a pair a reader expects to match.
  it("folds Arabic yeh and kaf to their Persian forms", () => {
    expect(forms("بازيافت")).toEqual(forms("بازیافت"));
    expect(forms("كاغذ")).toEqual(forms("کاغذ"));
    expect(forms("بازيافت")).toEqual(["بازیافت"]);
  });

  it("removes harakat, tatweel and the hamza and madda of alef", () => {
    expect(forms("مُحِيط")).toEqual(forms("محیط"));
    expect(forms("مـحـیـط")).toEqual(forms("محیط"));
    expect(forms("آب")).toEqual(["اب"]);
    expect(forms("أمن إدارة")).toEqual(["امن", "اداره"]);
  });

  it("indexes a Persian word with a half-space as joined and as parts", () => {
    const [word] = foldWords("حمل‌ونقل");
    expect(word?.joined).toBe("حملونقل");
    expect(word?.parts).toEqual(["حمل", "ونقل"]);
    expect(forms("حمل\u200cونقل")).toContain("حملونقل");
  });

  it("turns Persian and Arabic-Indic digits into ASCII digits", () => {
    expect(forms("۱۴۰۲")).toEqual(["1402"]);
    expect(forms("٢٠٢٣")).toEqual(["2023"]);
  });

  it("folds dotted and dotless i and Turkish letters, with or without Turkish casing", () => {
    expect(forms("IŞIK", "tr")).toEqual(["isik"]);
    expect(forms("ışık")).toEqual(["isik"]);
    expect(forms("İstanbul")).toEqual(["istanbul"]);
    expect(forms("dönüşüm")).toEqual(forms("donusum"));
    expect(forms("Çevre ve Şehircilik Bakanlığı", "tr")).toEqual(["cevre", "ve", "sehircilik", "bakanligi"]);
  });

  it("splits Turkish suffixes after an apostrophe and keeps the joined form", () => {
    expect(forms("İstanbul'daki")).toEqual(["istanbuldaki", "istanbul", "daki"]);
  });

  it("matches Uzbek apostrophe letters whichever apostrophe is typed", () => {
    const expected = foldWords("Oʻzbekiston")[0]?.joined;
    expect(expected).toBe("ozbekiston");
    for (const typed of ["O'zbekiston", "O’zbekiston", "O‘zbekiston", "O`zbekiston", "Oʼzbekiston"])
      expect(foldWords(typed)[0]?.joined).toBe(expected);
  });

  it("folds ё to е but keeps й and the Kazakh letters, in either case", () => {
    expect(forms("ёлка")).toEqual(forms("елка"));
    expect(forms("Йод")).toEqual(["йод"]);
    expect(forms("ҚАЛДЫҚТАР ӨҢДЕУ ҮЙ ҰЛТТЫҚ ҒЫЛЫМ ҺӘМ ІС")).toEqual(
      forms("қалдықтар өңдеу үй ұлттық ғылым һәм іс"),
    );
    expect(forms("қалдық")).not.toEqual(forms("калдык"));
  });

  it("strips Latin diacritics", () => {
    expect(forms("Économie circulaire")).toEqual(["economie", "circulaire"]);
    expect(forms("Ekologiýa we Daşky gurşaw")).toEqual(["ekologiya", "we", "dasky", "gursaw"]);
    expect(forms("Ətraf mühit")).toEqual(["etraf", "muhit"]);
  });

  it("keeps the offsets of each word in the original text", () => {
    const text = "Zero Waste — «Sıfır Atık»";
    expect(foldWords(text).map((word) => text.slice(word.start, word.end))).toEqual([
      "Zero",
      "Waste",
      "Sıfır",
      "Atık",
    ]);
  });

  it("yields no words for punctuation alone", () => {
    expect(foldWords(" — «» ... ")).toEqual([]);
  });

  test.prop([fc.string({ unit: "grapheme", maxLength: 40 })])(
    "folding a folded text changes nothing",
    (text) => {
      const once = foldCharacters(text);
      expect(foldCharacters(once)).toBe(once);
    },
  );

  test.prop([fc.string({ unit: "grapheme", maxLength: 40 })])("yields only letters and digits", (text) => {
    for (const form of forms(text)) expect(form).toMatch(/^[\p{L}\p{M}\p{N}]+$/u);
  });
});
