import { describe, expect, it } from "vitest";
import { createWordMatcher, highlightSnippet } from "./highlight-snippet.ts";
import {
  hasSearchTerms,
  parseSearchQuery,
  positiveSearchWords,
  toFoldedTsquery,
  toStemmedTsquery,
} from "./search-query.ts";
import { allowedTypos, editDistance, isTypoOf } from "./typo-tolerance.ts";

describe("parseSearchQuery", () => {
  it("requires every word and matches the last one as a prefix while typing", () => {
    const query = parseSearchQuery("plastic recyc");
    expect(toFoldedTsquery(query)).toBe("('plastic' & 'recyc':*)");
    expect(toStemmedTsquery(query)).toBe("('plastic' & 'recyc':*)");
    expect(toFoldedTsquery(parseSearchQuery("plastic recyc "))).toBe("('plastic' & 'recyc')");
  });

  it("reads phrases, exclusions and alternatives as web search does", () => {
    const query = parseSearchQuery('"circular economy" -plastic or recycling', { prefix: false });
    expect(toFoldedTsquery(query)).toBe("('circular' <-> 'economy') | 'recycling'");
    expect(toFoldedTsquery(query, new Map(), "negated")).toBe("'plastic'");
    expect(toStemmedTsquery(query, new Map(), "negated")).toBe("'plastic'");
  });

  it("folds the query as documents are folded", () => {
    expect(toFoldedTsquery(parseSearchQuery("بازيافت IŞIK", { prefix: false }))).toBe("('بازیافت' & 'isik')");
  });

  it("offers the joined form and the parts of a half-space or apostrophe word", () => {
    expect(toFoldedTsquery(parseSearchQuery("حمل‌ونقل", { prefix: false }))).toBe(
      "('حملونقل' | 'حمل' <-> 'ونقل')",
    );
    expect(toFoldedTsquery(parseSearchQuery("O'zbekiston"))).toBe("('ozbekiston':* | 'o' <-> 'zbekiston':*)");
  });

  it("matches punctuated words as a phrase", () => {
    expect(toFoldedTsquery(parseSearchQuery("deposit-refund", { prefix: false }))).toBe(
      "('deposit' <-> 'refund')",
    );
  });

  it("adds corrections as alternatives of the word they correct", () => {
    const query = parseSearchQuery("recyclng plant", { prefix: false });
    const corrections = new Map([["recyclng", ["recycling"]]]);
    expect(toFoldedTsquery(query, corrections)).toBe("(('recyclng' | 'recycling') & 'plant')");
    expect(toStemmedTsquery(query, corrections)).toBe("(('recyclng' | 'recycling') & 'plant')");
  });

  it("ignores input without words and never produces broken syntax", () => {
    for (const input of ["", "   ", '"', "-", "or", "| |", "«»", "'", "\\", "&!:*()"]) {
      const query = parseSearchQuery(input);
      expect(hasSearchTerms(query)).toBe(false);
      expect(toFoldedTsquery(query)).toBeUndefined();
    }
  });

  it("keeps at most ten words", () => {
    const query = parseSearchQuery("a b c d e f g h i j k l m", { prefix: false });
    expect(positiveSearchWords(query).map((word) => word.word)).toEqual("abcdefghij".split(""));
  });

  it("lists positive words with their prefix flag, exclusions left out", () => {
    expect(positiveSearchWords(parseSearchQuery("waste -landfill recyc"))).toEqual([
      { word: "waste", prefix: false },
      { word: "recyc", prefix: true },
    ]);
  });
});

describe("highlightSnippet", () => {
  it("marks words found through folding, prefixes and shared stems", () => {
    const matcher = createWordMatcher([
      { word: "isik", prefix: false },
      { word: "recyc", prefix: true },
    ]);
    expect(highlightSnippet("Işık recycles paper.", matcher)).toEqual([
      { text: "Işık", hit: true },
      { text: " ", hit: false },
      { text: "recycles", hit: true },
      { text: " paper.", hit: false },
    ]);
    const stems = createWordMatcher([{ word: "переработка", prefix: false }]);
    expect(highlightSnippet("центр переработки", stems).filter((segment) => segment.hit)).toEqual([
      { text: "переработки", hit: true },
    ]);
  });

  it("centres long texts on the first hit, with ellipses", () => {
    const words = Array.from({ length: 100 }, (_, index) => `w${index}`);
    words[60] = "landfill";
    const segments = highlightSnippet(
      words.join(" "),
      createWordMatcher([{ word: "landfill", prefix: false }]),
      {
        maxWords: 10,
      },
    );
    const text = segments.map((segment) => segment.text).join("");
    expect(text).toBe("… w52 w53 w54 w55 w56 w57 w58 w59 landfill w61 …");
  });

  it("keeps what stands before the first word and after the last", () => {
    expect(highlightSnippet("«Sıfır Atık»", createWordMatcher([{ word: "atik", prefix: false }]))).toEqual([
      { text: "«Sıfır ", hit: false },
      { text: "Atık", hit: true },
      { text: "»", hit: false },
    ]);
  });

  it("returns the opening words when nothing matches", () => {
    expect(highlightSnippet("One two three", () => false, { maxWords: 2 })).toEqual([
      { text: "One two …", hit: false },
    ]);
  });
});

describe("typo tolerance", () => {
  it("counts edits in code points, transpositions as one", () => {
    expect(editDistance("recyclng", "recycling")).toBe(1);
    expect(editDistance("перерабтка", "переработка")).toBe(1);
    expect(editDistance("بازیفات", "بازیافت")).toBe(1);
    expect(editDistance("abcd", "abdc")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("allows one typo from five letters and two from nine", () => {
    expect(allowedTypos("kağıt")).toBe(1);
    expect(allowedTypos("cam")).toBe(0);
    expect(allowedTypos("переработка")).toBe(2);
    expect(isTypoOf("recyclng", "recycling")).toBe(true);
    expect(isTypoOf("glass", "grass")).toBe(true);
    expect(isTypoOf("cam", "cap")).toBe(false);
    expect(isTypoOf("plastic", "plastic")).toBe(false);
  });

  it("agrees with a plain recursive definition on small words", () => {
    // A deliberately naive second implementation: the textbook recurrence without a table.
    const naive = (a: string, b: string): number => {
      if (a === "") return b.length;
      if (b === "") return a.length;
      const cost = a.at(-1) === b.at(-1) ? 0 : 1;
      let best = Math.min(
        naive(a.slice(0, -1), b) + 1,
        naive(a, b.slice(0, -1)) + 1,
        naive(a.slice(0, -1), b.slice(0, -1)) + cost,
      );
      if (a.length > 1 && b.length > 1 && a.at(-1) === b.at(-2) && a.at(-2) === b.at(-1))
        best = Math.min(best, naive(a.slice(0, -2), b.slice(0, -2)) + 1);
      return best;
    };
    const words = ["waste", "wsate", "paste", "wast", "awste", "wastes", "ew"];
    for (const a of words) for (const b of words) expect(editDistance(a, b)).toBe(naive(a, b));
  });
});
