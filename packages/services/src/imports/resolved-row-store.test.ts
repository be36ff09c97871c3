import { describe, expect, it } from "vitest";
import type { ResolvedRow } from "./resolve-import-rows.ts";
import { IntList, ResolvedRowStore } from "./resolved-row-store.ts";

function resolved(
  overrides: Partial<ResolvedRow["observation"]> & { line?: number; rawValue?: string },
): ResolvedRow {
  const { line = 2, rawValue, ...observation } = overrides;
  const full: ResolvedRow["observation"] = {
    indicatorCode: "EN_MAT_DOMCMPC",
    areaCode: "KAZ",
    timePeriod: "2019",
    year: 2019,
    dimensionKey: "",
    dimensions: {},
    value: "12.4",
    unit: "T_PER_CAP",
    unitMult: 0,
    obsStatus: "A",
    nature: null,
    sourceId: "un-sdg",
    sourceDetail: null,
    originalCode: "EN_MAT_DOMCMPC",
    comment: null,
    ...observation,
  };
  return { line, observation: full, rawValue: rawValue ?? full.value };
}

describe("ResolvedRowStore", () => {
  it("gives back every field of every row as it was added", () => {
    const rows = [
      resolved({ line: 2 }),
      resolved({
        line: 3,
        areaCode: "KGZ",
        timePeriod: "2020-Q1",
        year: 2020,
        dimensionKey: "SEX=F;URBANISATION=U",
        dimensions: { SEX: "F", URBANISATION: "U" },
        value: "0.5",
        rawValue: "0.50",
        unitMult: 3,
        obsStatus: "E",
        nature: "C",
        sourceDetail: "Table 4",
        originalCode: "_L_KG_X",
        comment: "provisional",
      }),
      resolved({ line: 9, derivation: "sum of regions" }),
    ];
    const store = new ResolvedRowStore();
    rows.forEach((row, index) => {
      expect(store.add(row, index === 1 ? "b.csv" : "a.csv")).toBe(index);
    });
    expect(store.length).toBe(3);
    expect(store.row(0)).toEqual({ ...rows[0], fileName: "a.csv" });
    expect(store.row(1)).toEqual({ ...rows[1], fileName: "b.csv" });
    expect(store.row(2)).toEqual({ ...rows[2], fileName: "a.csv" });
    expect([store.line(1), store.fileName(1), store.indicator(1), store.area(1)]).toEqual([
      3,
      "b.csv",
      "EN_MAT_DOMCMPC",
      "KGZ",
    ]);
  });

  it("hands out a breakdown a caller may change without changing the stored row", () => {
    const store = new ResolvedRowStore();
    store.add(resolved({ dimensionKey: "SEX=F", dimensions: { SEX: "F" } }), "a.csv");
    const first = store.row(0).observation.dimensions as Record<string, string>;
    first["SEX"] = "M";
    expect(store.row(0).observation.dimensions).toEqual({ SEX: "F" });
  });

  it("gives equal keys to rows of one series and period only", () => {
    const store = new ResolvedRowStore();
    store.add(resolved({}), "a.csv");
    store.add(resolved({ line: 5 }), "b.csv");
    store.add(resolved({ timePeriod: "2020", year: 2020 }), "a.csv");
    store.add(resolved({ dimensionKey: "SEX=F", dimensions: { SEX: "F" } }), "a.csv");
    store.add(resolved({ areaCode: "KGZ" }), "a.csv");
    store.add(resolved({ value: "99" }), "a.csv");
    const keys = [0, 1, 2, 3, 4, 5].map((index) => store.keyOf(index));
    expect(keys[1]).toBe(keys[0]);
    expect(keys[5]).toBe(keys[0]);
    expect(new Set(keys).size).toBe(4);
    expect(store.seriesId(2)).toBe(store.seriesId(0));
    expect(store.seriesId(3)).not.toBe(store.seriesId(0));
  });

  it("holds many rows in columns that grow", () => {
    const store = new ResolvedRowStore();
    for (let year = 0; year < 5_000; year++)
      store.add(resolved({ line: year + 2, timePeriod: String(1000 + year), year: 1000 + year }), "a.csv");
    expect(store.length).toBe(5_000);
    expect(store.row(4_999).observation.timePeriod).toBe("5999");
    expect(store.line(4_999)).toBe(5_001);
    expect(new Set(Array.from({ length: 5_000 }, (_, index) => store.keyOf(index))).size).toBe(5_000);
  });
});

describe("IntList", () => {
  it("keeps what is pushed past its first capacity, in order", () => {
    const list = new IntList();
    for (let value = 0; value < 3_000; value++) list.push(value * 7 - 1_000);
    expect(list.length).toBe(3_000);
    expect([list.get(0), list.get(1_024), list.get(2_999)]).toEqual([-1_000, 6_168, 19_993]);
  });
});
