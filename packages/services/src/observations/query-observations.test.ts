/**
 * `/api/observations` selection: SDMX-style keys (series, areas, breakdown positions, `_T`,
 * alternatives, open positions), their errors, and paging over the stable order. Expected rows
 * are counted by hand from the fixtures below.
 */
import {
  createImportBatch,
  type DatabaseHandle,
  type NewObservation,
  writeObservations,
} from "@circular-atlas/database";
import { seedReferenceData, testDatabaseTargets } from "@circular-atlas/database/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ObservationSelection, queryEveryObservation, queryObservations } from "./query-observations.ts";
import { parseSeriesKey } from "./series-key.ts";

const observation = (
  overrides: Partial<NewObservation> & Pick<NewObservation, "areaCode" | "timePeriod" | "value">,
): NewObservation => ({
  indicatorCode: "EN_MAT_DOMCMPC",
  year: Number(overrides.timePeriod.slice(0, 4)),
  dimensionKey: "",
  dimensions: {},
  unit: "T_PER_CAP",
  sourceId: "test-source",
  originalCode: "EN_MAT_DOMCMPC",
  ...overrides,
});

const biomass = { dimensionKey: "TYPE_OF_PRODUCT=BIM", dimensions: { TYPE_OF_PRODUCT: "BIM" } };
const fixtures: NewObservation[] = [
  observation({ areaCode: "KAZ", timePeriod: "2016", value: "28.1" }),
  observation({ areaCode: "KAZ", timePeriod: "2017", value: "27.4" }),
  observation({ areaCode: "UZB", timePeriod: "2017", value: "9.9" }),
  observation({ areaCode: "KAZ", timePeriod: "2017", value: "3.5", ...biomass }),
  observation({ areaCode: "UZB", timePeriod: "2017", value: "2.5", ...biomass }),
  observation({
    indicatorCode: "SP.POP.TOTL",
    originalCode: "SP.POP.TOTL",
    areaCode: "KAZ",
    timePeriod: "2020",
    value: "18755666",
    unit: "PERSONS",
  }),
];

describe("parseSeriesKey", () => {
  const known = new Set(["EN_MAT_DOMCMPC", "SP.POP.TOTL", "SP.POP"]);
  const isSeries = (code: string) => known.has(code);

  it("reads positions, alternatives (also a query string's decoded '+') and open positions", () => {
    expect(parseSeriesKey("EN_MAT_DOMCMPC.KAZ UZB.BIM+_T", isSeries)).toEqual({
      series: ["EN_MAT_DOMCMPC"],
      areas: ["KAZ", "UZB"],
      breakdowns: [["BIM", "_T"]],
    });
    expect(parseSeriesKey(".KAZ", isSeries)).toEqual({ series: [], areas: ["KAZ"], breakdowns: [] });
  });

  it("lets the series position keep the dots of World Bank codes, longest known code first", () => {
    expect(parseSeriesKey("en_mat_domcmpc+SP.POP.TOTL.KAZ", isSeries)).toEqual({
      series: ["EN_MAT_DOMCMPC", "SP.POP.TOTL"],
      areas: ["KAZ"],
      breakdowns: [],
    });
    expect(parseSeriesKey("SP.POP.KAZ", isSeries).series).toEqual(["SP.POP"]);
    // Unknown codes are left whole for the caller to report as unknown.
    expect(parseSeriesKey("NO_SUCH.KAZ", isSeries).series).toEqual(["NO_SUCH"]);
  });

  it("names the position of a code that is not one", () => {
    expect(() => parseSeriesKey("EN_MAT_DOMCMPC.KAZ;DROP", isSeries)).toThrow(/position 2 holds "KAZ;DROP"/);
    expect(() => parseSeriesKey("EN_MAT_DOMCMPC..++", isSeries)).toThrow(/position 3 holds ""/);
  });
});

for (const target of testDatabaseTargets()) {
  describe(`observation queries on ${target.kind}`, () => {
    let handle: DatabaseHandle;
    const query = (selection: Partial<ObservationSelection>) =>
      queryObservations({ db: handle.db, selection: { indicators: [], breakdown: "total", ...selection } });
    const values = async (selection: Partial<ObservationSelection>) =>
      (await query(selection)).data.map(
        (row) => `${row.indicator}/${row.area}/${row.timePeriod}/${row.value}`,
      );

    beforeAll(async () => {
      handle = await target.open();
      await seedReferenceData(handle.db);
      const importId = await createImportBatch(handle.db, { kind: "file", format: "test" });
      await writeObservations(handle.db, fixtures, importId, { keepImported: false });
    });
    afterAll(async () => {
      await handle.close();
    });

    it("filters by series and area positions, totals only unless a breakdown is asked for", async () => {
      expect(await values({ key: "EN_MAT_DOMCMPC.KAZ" })).toEqual([
        "EN_MAT_DOMCMPC/KAZ/2016/28.1",
        "EN_MAT_DOMCMPC/KAZ/2017/27.4",
      ]);
      expect(await values({ key: ".KAZ" })).toEqual([
        "EN_MAT_DOMCMPC/KAZ/2016/28.1",
        "EN_MAT_DOMCMPC/KAZ/2017/27.4",
        "SP.POP.TOTL/KAZ/2020/18755666",
      ]);
      expect(await values({ key: "EN_MAT_DOMCMPC.KAZ+UZB.BIM" })).toEqual([
        "EN_MAT_DOMCMPC/KAZ/2017/3.5",
        "EN_MAT_DOMCMPC/UZB/2017/2.5",
      ]);
      expect(await values({ key: "EN_MAT_DOMCMPC.UZB.BIM+_T" })).toEqual([
        "EN_MAT_DOMCMPC/UZB/2017/9.9",
        "EN_MAT_DOMCMPC/UZB/2017/2.5",
      ]);
      // An open breakdown position with breakdown=all matches totals and every code.
      expect(await values({ key: "EN_MAT_DOMCMPC.UZB", breakdown: "all" })).toHaveLength(2);
    });

    it("intersects a key with the indicator and area parameters", async () => {
      expect(await values({ indicators: ["SP.POP.TOTL"], key: "EN_MAT_DOMCMPC+SP.POP.TOTL" })).toEqual([
        "SP.POP.TOTL/KAZ/2020/18755666",
      ]);
      expect(await values({ indicators: ["EN_MAT_DOMCMPC"], areas: ["UZB"], key: ".KAZ" })).toEqual([]);
    });

    it("rejects keys that are unknown or ambiguous, naming what is wrong", async () => {
      await expect(query({ key: "NO_SUCH_SERIES.KAZ" })).rejects.toThrow(
        /unknown indicator code\(s\): NO_SUCH_SERIES/,
      );
      await expect(query({ key: "EN_MAT_DOMCMPC.XYZ" })).rejects.toThrow(/unknown area code\(s\): XYZ/);
      await expect(query({ key: "EN_MAT_DOMCMPC+SP.POP.TOTL..BIM" })).rejects.toThrow(
        /same dimensions, but EN_MAT_DOMCMPC has \(TYPE_OF_PRODUCT\) and SP.POP.TOTL has \(none\)/,
      );
      await expect(query({ key: "EN_MAT_DOMCMPC...BIM" })).rejects.toThrow(/position 4 is a breakdown/);
      await expect(query({})).rejects.toThrow(/give `indicator` or an SDMX-style `key`/);
    });

    it("pages through the stable order and reports the total", async () => {
      const selection = { indicators: ["EN_MAT_DOMCMPC"], breakdown: "all" as const };
      const all = (await query(selection)).data;
      expect(all).toHaveLength(5);
      const first = await query({ ...selection, limit: 2 });
      const second = await query({ ...selection, limit: 2, offset: 2 });
      const third = await query({ ...selection, limit: 2, offset: 4 });
      expect(first.paging).toEqual({ offset: 0, limit: 2, total: 5 });
      expect(third.data).toHaveLength(1);
      expect([...first.data, ...second.data, ...third.data]).toEqual(all);
      expect((await query({ ...selection, offset: 9 })).data).toEqual([]);
      const every = await queryEveryObservation({ db: handle.db, selection: { ...selection, limit: 2 } });
      expect(every.data).toEqual(all);
      expect(every.sources.map((source) => source.id)).toEqual(["test-source"]);
    });
  });
}
