import { describe, expect, it } from "vitest";
import type { LabelledMatrix } from "./labelled-matrix.ts";
import { readPymrioFolder } from "./pymrio-folder-reader.ts";
import { writePymrioFolder } from "./pymrio-folder-writer.ts";
import type { PymrioSystem, PymrioTable } from "./pymrio-system.ts";
import { smallMrioFiles } from "./test/small-mrio.ts";

function matrixOf(table: PymrioTable | undefined): LabelledMatrix {
  if (table?.kind !== "matrix") throw new Error("expected a numeric table");
  return table.matrix;
}

function readSmall(): PymrioSystem {
  const { system, diagnostics } = readPymrioFolder(smallMrioFiles);
  expect(diagnostics).toEqual([]);
  if (system === undefined) throw new Error("no system");
  return system;
}

describe("readPymrioFolder", () => {
  it("reads the core tables with their level names, labels and values", () => {
    const system = readSmall();
    expect([...system.tables.keys()]).toEqual(["Z", "Y", "x", "unit", "population"]);
    const Z = matrixOf(system.tables.get("Z"));
    expect(Z.rowLevelNames).toEqual(["region", "sector"]);
    expect(Z.columnLevelNames).toEqual(["region", "sector"]);
    expect(Z.rowLabels[3]).toEqual(["reg2", "mining"]);
    expect(Z.columnLabels[1]).toEqual(["reg1", "mining"]);
    expect([...Z.values]).toEqual([10, 5, 2.5, 0, 4, 20, 1, 3, 1.5, 0, 30, 6, 0, 2, 8, 40]);
    const Y = matrixOf(system.tables.get("Y"));
    expect(Y.columnLevelNames).toEqual(["region", "category"]);
    expect(Y.columnLabels[3]).toEqual(["reg2", "government"]);
  });

  it("reads x as Z·1 + Y·1 worked out by hand", () => {
    const system = readSmall();
    const Z = matrixOf(system.tables.get("Z"));
    const Y = matrixOf(system.tables.get("Y"));
    const x = matrixOf(system.tables.get("x"));
    expect(x.columnLabels).toEqual([["indout"]]);
    const rowSum = (matrix: LabelledMatrix, row: number) =>
      matrix.values.slice(row * 4, row * 4 + 4).reduce((sum, value) => sum + value, 0);
    expect([0, 1, 2, 3].map((row) => rowSum(Z, row) + rowSum(Y, row))).toEqual([...x.values]);
    expect([...x.values]).toEqual([85, 34, 121.5, 81]);
  });

  it("reads units as text and population with an unnamed index", () => {
    const system = readSmall();
    const unit = system.tables.get("unit");
    expect(unit?.kind === "text" && unit.table.values).toEqual(["M.EUR", "M.EUR", "M.EUR", "M.EUR"]);
    const population = matrixOf(system.tables.get("population"));
    expect(population.rowLevelNames).toEqual([""]);
    expect(population.rowLabels).toEqual([["Population"]]);
    expect(population.columnLabels).toEqual([["reg1"], ["reg2"]]);
    expect([...population.values]).toEqual([1200000, 850000]);
  });

  it("reads the extension under its folder's attribute name with (stressor, compartment) rows", () => {
    const system = readSmall();
    expect(system.extensions.map((extension) => [extension.attributeName, extension.name])).toEqual([
      ["emissions", "Emissions"],
    ]);
    const F = matrixOf(system.extensions[0]?.tables.get("F"));
    expect(F.rowLevelNames).toEqual(["stressor", "compartment"]);
    expect(F.rowLabels).toEqual([
      ["emission_type1", "air"],
      ["emission_type2", "water"],
    ]);
    expect(F.values[2]).toBe(1.23456789012e-5);
    expect(F.values[7]).toBe(123456789012);
  });

  it("reads metadata.json with the history newest first", () => {
    const metadata = readSmall().metadata;
    expect(metadata?.name).toBe("small");
    expect(metadata?.system).toBe("pxp");
    expect(metadata?.history[1]).toBe("20240607 10:00:00 - NOTE -  Café data entered by hand");
  });

  it("skips A, L and Z without includeCore, and reads only the matrices asked for", () => {
    const withoutCore = readPymrioFolder(smallMrioFiles, { includeCore: false }).system;
    expect([...(withoutCore?.tables.keys() ?? [])]).toEqual(["Y", "x", "unit", "population"]);
    const subset = readPymrioFolder(smallMrioFiles, { matrices: ["x", "F"] }).system;
    expect([...(subset?.tables.keys() ?? [])]).toEqual(["x"]);
    expect([...(subset?.extensions[0]?.tables.keys() ?? [])]).toEqual(["F"]);
  });

  it("finds the system inside a wrapping folder, as in a zip archive", () => {
    const wrapped = Object.fromEntries(
      Object.entries(smallMrioFiles).map(([path, text]) => [`small/${path}`, text]),
    );
    const { system, diagnostics } = readPymrioFolder(wrapped);
    expect(diagnostics).toEqual([]);
    expect(system?.extensions[0]?.attributeName).toBe("emissions");
  });
});

describe("writePymrioFolder", () => {
  it("writes back the hand-written files byte for byte", () => {
    expect(writePymrioFolder(readSmall())).toEqual(smallMrioFiles);
  });

  it("is byte-identical on write → read → write", () => {
    const written = writePymrioFolder(readSmall());
    const again = readPymrioFolder(written);
    expect(again.diagnostics).toEqual([]);
    if (again.system === undefined) throw new Error("no system");
    expect(writePymrioFolder(again.system)).toEqual(written);
  });
});
