import { describe, expect, it } from "vitest";
import { detectLanguage, languageStorageKey } from "./detect-language.ts";

const storageWith = (value: string | null) => ({
  getItem: (key: string) => (key === languageStorageKey ? value : null),
});

describe("detectLanguage", () => {
  it("prefers ?lang= over the stored choice and the browser", () => {
    expect(detectLanguage({ search: "?lang=fa", storage: storageWith("ru"), preferred: ["en-US"] })).toBe(
      "fa",
    );
  });

  it("uses the stored choice, then the browser's first known language", () => {
    expect(detectLanguage({ search: "", storage: storageWith("ru"), preferred: ["fa-IR"] })).toBe("ru");
    expect(detectLanguage({ search: "", storage: storageWith(null), preferred: ["de-DE", "fa-IR"] })).toBe(
      "fa",
    );
  });

  it("ignores unknown codes and storage that throws", () => {
    const throwing = {
      getItem: () => {
        throw new Error("blocked");
      },
    };
    expect(detectLanguage({ search: "?lang=xx", storage: throwing, preferred: [] })).toBe("en");
  });
});
