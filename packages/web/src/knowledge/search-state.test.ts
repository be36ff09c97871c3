import { describe, expect, it } from "vitest";
import { readSearchState, toApiQuery, toggleFilter, toSearchParams } from "./search-state.ts";

describe("search state in the address", () => {
  it("reads words, filters and page, and writes them back the same", () => {
    const params = new URLSearchParams(
      "q=%D0%BF%D0%B5%D1%80%D0%B5%D1%80%D0%B0%D0%B1%D0%BE%D1%82%D0%BA%D0%B0&country=KAZ,UZB&type=policy&page=2",
    );
    const state = readSearchState(params);
    expect(state).toEqual({
      q: "переработка",
      filters: { country: ["KAZ", "UZB"], type: ["policy"] },
      page: 2,
    });
    expect(readSearchState(toSearchParams(state))).toEqual(state);
  });

  it("ignores a bad page and empty filters", () => {
    expect(readSearchState(new URLSearchParams("page=-3&country="))).toEqual({ q: "", filters: {}, page: 1 });
  });

  it("toggles a facet value and returns to the first page", () => {
    const state = { q: "waste", filters: { country: ["KAZ"] }, page: 3 };
    expect(toggleFilter(state, "country", "UZB")).toEqual({
      q: "waste",
      filters: { country: ["KAZ", "UZB"] },
      page: 1,
    });
    expect(toggleFilter(state, "country", "KAZ").filters.country).toEqual([]);
  });

  it("asks the API in the reader's language", () => {
    expect(toApiQuery({ q: "atık", filters: {}, page: 1 }, "fa")).toBe("q=at%C4%B1k&lang=fa&size=20");
  });
});
