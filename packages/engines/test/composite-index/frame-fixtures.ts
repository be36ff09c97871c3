/**
 * A small coin for the frame and step tests: six units (listed out of order, one with an empty
 * group), four indicators in two pillars under one index, a group and a denominator column.
 * Small enough that every expected value in the tests can be computed by hand.
 */
import type { Cell, CellTable } from "../../src/composite-index/cell-values.ts";

export const metaHeader = ["iCode", "iName", "Level", "Parent", "Direction", "Weight", "Type", "Denominator"];

export const smallMeta: CellTable = {
  header: metaHeader,
  rows: [
    ["Goods", "Goods trade", 1, "Econ", 1, 1, "Indicator", "GDP"],
    ["Waste", "Waste per head", 1, "Econ", -1, 1, "Indicator", null],
    ["Jobs", "Green jobs", 1, "Soc", 1, 2, "Indicator", null],
    ["Recyc", "Recycling", 1, "Soc", 1, 1, "Indicator", "Pop"],
    ["Econ", "Economy", 2, "Index", 1, 1, "Aggregate", null],
    ["Soc", "Society", 2, "Index", 1, 1, "Aggregate", null],
    ["Index", "Index", 3, null, 1, 1, "Aggregate", null],
    ["Region", "Region", null, null, null, null, "Group", null],
    ["GDP", "GDP", null, null, null, null, "Denominator", null],
    ["Pop", "Population", null, null, null, null, "Denominator", null],
  ],
};

export const dataHeader = ["uCode", "uName", "Region", "GDP", "Pop", "Goods", "Waste", "Jobs", "Recyc"];

// Listed out of uCode order on purpose: the frame sorts units, outputs keep iData order.
export const smallDataRows: readonly (readonly Cell[])[] = [
  ["DE", "Germany", "West", 4, 80, 20, 5, 30, "NA"],
  ["AM", "Armenia", "East", 2, 3, 6, "", 10, 12],
  ["FR", "France", "West", 3, 60, 9, 4, null, 15],
  ["BY", "Belarus", "East", 1, 9, null, 7, 20, 18],
  ["CZ", "Czechia", "", 2, 10, 8, 6, 25, 9],
  ["EE", "Estonia", "East", 0.5, 1, 4, 3, 15, 6],
];

export const smallData: CellTable = { header: dataHeader, rows: smallDataRows };

export function withCell(table: CellTable, row: number, column: string, value: Cell): CellTable {
  const at = table.header.indexOf(column);
  return {
    header: table.header,
    rows: table.rows.map((cells, r) =>
      r === row ? cells.map((cell, c) => (c === at ? value : cell)) : cells,
    ),
  };
}
