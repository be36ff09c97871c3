import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { smallData, smallMeta, withCell } from "../../test/composite-index/frame-fixtures.ts";
import golden from "../../test/golden/composite-index/frame-steps.json" with { type: "json" };
import type { Cell, CellTable } from "./cell-values.ts";
import { CompositeIndexError } from "./composite-index-error.ts";
import { newCoinFrame } from "./read-inputs.ts";
import { sortCodes } from "./unit-order.ts";

const frame = newCoinFrame({ iData: smallData, iMeta: smallMeta, compat: "strict" });

function metaWith(rows: Cell[][]): CellTable {
  return { header: smallMeta.header, rows };
}

function refusal(build: () => unknown): string {
  try {
    build();
  } catch (error) {
    expect(error).toBeInstanceOf(CompositeIndexError);
    return (error as Error).message;
  }
  throw new Error("expected a refusal");
}

const strict =
  (iData: CellTable, iMeta: CellTable = smallMeta) =>
  () =>
    newCoinFrame({ iData, iMeta, compat: "strict" });

describe("newCoinFrame", () => {
  it("sorts units by uCode (R's order, from the golden script) and remembers their input rows", () => {
    expect(frame.units).toEqual(golden.units);
    expect(frame.inputRowOfUnit).toEqual([1, 3, 4, 0, 5, 2]);
    expect(frame.unitNames).toEqual(["Armenia", "Belarus", "Czechia", "Germany", "Estonia", "France"]);
  });

  it("reads Raw in iMeta order with NaN for every missing spelling (empty, NA, null)", () => {
    expect(frame.raw?.codes).toEqual(["Goods", "Waste", "Jobs", "Recyc"]);
    expect(Array.from(frame.raw?.columns[0] ?? [])).toEqual([6, Number.NaN, 8, 20, 4, 9]);
    expect(Array.from(frame.raw?.columns[1] ?? [])).toEqual([Number.NaN, 7, 6, 5, 3, 4]);
    expect(Array.from(frame.raw?.columns[3] ?? [])).toEqual([12, 18, 9, Number.NaN, 6, 15]);
  });

  it("keeps groups (empty → null), denominators, hierarchy and the Original weights", () => {
    expect(frame.groups.get("Region")).toEqual(["East", "East", null, "West", "East", "West"]);
    expect(Array.from(frame.denominators.get("GDP") ?? [])).toEqual([2, 1, 2, 4, 0.5, 3]);
    expect(frame.indicators).toEqual(["Goods", "Waste", "Jobs", "Recyc"]);
    expect(frame.aggregatesByLevel).toEqual([["Econ", "Soc"], ["Index"]]);
    expect(frame.maxLevel).toBe(3);
    expect(frame.children.get("Soc")).toEqual(["Jobs", "Recyc"]);
    expect(frame.children.get("Index")).toEqual(["Econ", "Soc"]);
    expect(Object.fromEntries(frame.weightSets.get("Original") ?? [])).toEqual({
      Goods: 1,
      Waste: 1,
      Jobs: 2,
      Recyc: 1,
      Econ: 1,
      Soc: 1,
      Index: 1,
    });
    expect(frame.metaByCode.get("Waste")).toMatchObject({
      direction: -1,
      level: 1,
      parent: "Econ",
      iName: "Waste per head",
      denominator: null,
    });
    expect(frame.diagnostics).toEqual([]);
  });

  it("sorts codes as R does (ICU collation: case second, lowercase first, punctuation before digits)", () => {
    expect(sortCodes(golden.sortCodesInput)).toEqual(golden.sortedCodes);
  });

  it("diagnoses an all-missing indicator without refusing it", () => {
    let data = smallData;
    for (let row = 0; row < 6; row += 1) data = withCell(data, row, "Jobs", "NA");
    const coin = newCoinFrame({ iData: data, iMeta: smallMeta, compat: "strict" });
    expect(coin.diagnostics).toEqual([
      expect.objectContaining({
        code: "composite-index/all-missing-indicator",
        where: { table: "iData", column: "Jobs" },
      }),
    ]);
  });

  it.each([
    [
      "a duplicate uCode",
      withCell(smallData, 4, "uCode", "DE"),
      "iData row 5, column uCode: uCode DE already appears in iData row 1",
    ],
    [
      "text in a numeric column",
      withCell(smallData, 2, "Jobs", "n/a"),
      'iData row 3, column Jobs: "n/a" is not a number (missing values are empty or NA)',
    ],
    [
      "a decimal comma",
      withCell(smallData, 0, "Goods", "2,5"),
      'iData row 1, column Goods: "2,5" is not a number (missing values are empty or NA)',
    ],
    [
      "text in a denominator",
      withCell(smallData, 1, "GDP", "big"),
      'iData row 2, column GDP: "big" is not a number (missing values are empty or NA)',
    ],
    [
      "a missing uCode",
      withCell(smallData, 3, "uCode", ""),
      "iData row 4, column uCode: the unit has no uCode",
    ],
    [
      "a uCode with a space (strict)",
      withCell(smallData, 3, "uCode", "B Y"),
      'iData row 4, column uCode: uCode "B Y" contains white space',
    ],
    [
      "a uCode equal to a column",
      withCell(smallData, 3, "uCode", "Jobs"),
      "iData row 4, column uCode: uCode Jobs is also the name of an iData column",
    ],
  ])("refuses %s", (_, iData, message) => {
    expect(refusal(strict(iData))).toBe(message);
  });

  it("refuses iData columns that iMeta does not describe, aggregates in iData and missing columns", () => {
    const extra = { header: [...smallData.header, "Extra"], rows: smallData.rows.map((row) => [...row, 1]) };
    expect(refusal(strict(extra))).toBe("iData header column 10: column Extra is not an iCode in iMeta");
    const aggregate = {
      header: [...smallData.header, "Econ"],
      rows: smallData.rows.map((row) => [...row, 1]),
    };
    expect(refusal(strict(aggregate))).toBe(
      "iData header column 10: column Econ is an Aggregate in iMeta; aggregates are computed, not read from iData",
    );
    const noJobs = {
      header: smallData.header.filter((h) => h !== "Jobs"),
      rows: smallData.rows.map((row) => row.filter((_, c) => c !== 7)),
    };
    expect(refusal(strict(noJobs))).toBe(
      "iData header: iMeta lists Jobs (Type Indicator) but iData has no such column",
    );
    const twice = { header: [...smallData.header, "Jobs"], rows: smallData.rows.map((row) => [...row, 1]) };
    expect(refusal(strict(twice))).toBe("iData header column 10: column Jobs appears twice");
    const noCode = {
      header: smallData.header.map((h) => (h === "uCode" ? "Code" : h)),
      rows: smallData.rows,
    };
    expect(refusal(strict(noCode))).toBe("iData header: the uCode column is missing");
  });

  it("refuses panel data with a clear message, and accepts one Time value", () => {
    const timed = (times: number[]) => ({
      header: [...smallData.header, "Time"],
      rows: smallData.rows.map((row, r) => [...row, times[r] ?? 2020]),
    });
    expect(refusal(strict(timed([2020, 2021])))).toBe(
      "iData column Time: panel data (2 Time values: 2020, 2021) is not supported; build one index per time point",
    );
    expect(newCoinFrame({ iData: timed([]), iMeta: smallMeta, compat: "strict" }).units).toHaveLength(6);
  });

  it("accepts a uCode with a space in coinr mode, as COINr does", () => {
    const coin = newCoinFrame({
      iData: withCell(smallData, 3, "uCode", "B Y"),
      iMeta: smallMeta,
      compat: "coinr",
    });
    expect(coin.units).toContain("B Y");
  });
});

describe("newCoinFrame: iMeta", () => {
  const rows = smallMeta.rows.map((row) => [...row]);
  const edit = (code: string, column: string, value: Cell) =>
    metaWith(
      rows.map((row) =>
        row[0] === code ? row.map((cell, c) => (c === smallMeta.header.indexOf(column) ? value : cell)) : row,
      ),
    );

  it.each([
    [
      "a Parent that does not exist",
      edit("Jobs", "Parent", "Society"),
      "iMeta row 3 (Parent): Parent Society of Jobs is not an iCode in iMeta",
    ],
    [
      "a Parent that is not an aggregate",
      edit("Jobs", "Parent", "Goods"),
      "iMeta row 3 (Parent): Parent Goods of Jobs has Type Indicator; a parent must be an Aggregate",
    ],
    [
      "a Parent two levels up",
      edit("Jobs", "Parent", "Index"),
      "iMeta row 3 (Parent): Parent Index of Jobs is at Level 3, not one level above Jobs (Level 1)",
    ],
    [
      "an orphan",
      edit("Jobs", "Parent", null),
      "iMeta row 3 (Parent): Jobs (Level 1) has no Parent; only the top level (3) may have none",
    ],
    [
      "a cycle",
      edit("Index", "Parent", "Econ"),
      "iMeta row 5 (Parent): the hierarchy has a cycle: Econ → Index → Econ",
    ],
    [
      "a level gap",
      edit("Index", "Level", 4),
      "iMeta (Level): no row has Level 3; levels must run from 1 to 4 without a gap",
    ],
    [
      "an unknown Type",
      edit("Region", "Type", "group"),
      'iMeta row 8 (Type): Type "group" is not one of Indicator, Aggregate, Group, Denominator, Other',
    ],
    ["text in Weight", edit("Jobs", "Weight", "two"), 'iMeta row 3 (Weight): "two" is not a number'],
    ["a missing Weight", edit("Jobs", "Weight", null), "iMeta row 3 (Weight): Indicator Jobs has no Weight"],
    [
      "a Direction of 0",
      edit("Jobs", "Direction", 0),
      "iMeta row 3 (Direction): Direction of Jobs must be 1 or -1, not 0",
    ],
    [
      "an indicator above level 1",
      edit("Jobs", "Level", 2),
      "iMeta row 3 (Level): indicator Jobs is at Level 2; indicators are at Level 1",
    ],
    [
      "an iCode with a leading digit",
      edit("Jobs", "iCode", "1Jobs"),
      'iMeta row 3 (iCode): code "1Jobs" starts with a digit',
    ],
    [
      "an iCode with a space",
      edit("Jobs", "iCode", "Green jobs"),
      'iMeta row 3 (iCode): code "Green jobs" contains white space',
    ],
    [
      "a duplicate iCode",
      edit("Recyc", "iCode", "Jobs"),
      "iMeta row 4 (iCode): iCode Jobs already appears in iMeta row 3",
    ],
    [
      "siblings whose weights sum to zero",
      metaWith(rows.map((row) => (row[3] === "Soc" ? row.map((cell, c) => (c === 5 ? 0 : cell)) : row))),
      "iMeta rows of Jobs, Recyc (Weight): the weights of the children of Soc (Jobs, Recyc) sum to zero, so Soc cannot be aggregated",
    ],
    [
      "an unknown Denominator (strict)",
      edit("Goods", "Denominator", "GNI"),
      "iMeta row 1 (Denominator): Denominator GNI of Goods is not an iCode of Type Denominator",
    ],
  ])("refuses %s", (_, iMeta, message) => {
    expect(refusal(() => newCoinFrame({ iData: smallData, iMeta, compat: "strict" }))).toBe(message);
  });

  it("refuses an aggregate with no child", () => {
    const lonely = metaWith([...rows, ["Env", "Environment", 2, "Index", 1, 1, "Aggregate", null]]);
    expect(refusal(() => newCoinFrame({ iData: smallData, iMeta: lonely, compat: "strict" }))).toBe(
      "iMeta row 11 (iCode): aggregate Env has no child (no row names it as Parent)",
    );
  });

  it("refuses missing required columns", () => {
    const noWeight = {
      header: smallMeta.header.filter((h) => h !== "Weight"),
      rows: rows.map((row) => row.filter((_, c) => c !== 5)),
    };
    expect(refusal(() => newCoinFrame({ iData: smallData, iMeta: noWeight, compat: "strict" }))).toBe(
      "iMeta header: required column(s) missing: Weight",
    );
  });

  it("in coinr mode reports zero-sum sibling weights, an aggregate's Direction −1 and an unknown Denominator as warnings", () => {
    let iMeta = metaWith(
      rows.map((row) => (row[3] === "Soc" ? row.map((cell, c) => (c === 5 ? 0 : cell)) : row)),
    );
    iMeta = {
      ...iMeta,
      rows: iMeta.rows.map((row) =>
        row[0] === "Econ"
          ? row.map((cell, c) => (c === 4 ? -1 : cell))
          : row[0] === "Goods"
            ? row.map((cell, c) => (c === 7 ? "GNI" : cell))
            : row,
      ),
    };
    const coin = newCoinFrame({ iData: smallData, iMeta, compat: "coinr" });
    expect(coin.diagnostics.map((d) => d.code).sort()).toEqual([
      "composite-index/aggregate-direction-ignored",
      "composite-index/unknown-denominator",
      "composite-index/zero-weight-sum",
    ]);
  });
});

// Arbitrary cell tables — shuffled, truncated or garbled versions of the fixture and random
// junk — are either read or refused with the engine's located error; nothing else escapes.
const cell = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 4 }),
  fc.double(),
  fc.integer({ min: -3, max: 5 }),
  fc.constantFrom("NA", "", "Econ", "Index", "Indicator", "Aggregate", "Goods", "1", "-1"),
);
const table = (header: readonly string[]) =>
  fc.record({
    header: fc.oneof(
      fc.constant([...header]),
      fc.shuffledSubarray([...header]),
      fc.array(fc.string({ maxLength: 5 }), { maxLength: 10 }),
    ),
    rows: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 8 }),
  });
const mutated = (base: CellTable) =>
  fc.tuple(fc.nat({ max: 20 }), fc.nat({ max: 10 }), cell).map(([row, column, value]) => ({
    header: base.header,
    rows: base.rows.map((cells, r) =>
      r === row % (base.rows.length + 1) ? cells.map((c, k) => (k === column ? value : c)) : cells,
    ),
  }));

describe("newCoinFrame never throws anything but CompositeIndexError", () => {
  test.prop(
    [
      fc.oneof(table(smallData.header), mutated(smallData)),
      fc.oneof(table(smallMeta.header), mutated(smallMeta)),
      fc.constantFrom("coinr", "strict" as const),
    ],
    { numRuns: 400 },
  )("on arbitrary cell tables", (iData, iMeta, compat) => {
    try {
      newCoinFrame({ iData, iMeta, compat: compat as "coinr" | "strict" });
    } catch (error) {
      expect(error).toBeInstanceOf(CompositeIndexError);
      expect((error as CompositeIndexError).where.length).toBeGreaterThan(0);
    }
  });
});
