import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { LabelledMatrix } from "./labelled-matrix.ts";
import { readPymrioTable } from "./pymrio-table-reader.ts";
import { nrHeaderOf, nrIndexColOf, writePymrioTable } from "./pymrio-table-writer.ts";

const label = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ,.()\t"-]{0,8}$/);
const value = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0, -0),
);

/** Matrices of 1–3 levels per axis, up to 4 × 4, labels with tabs and quotes included. */
const matrix = fc
  .record({
    rowLevels: fc.integer({ min: 1, max: 3 }),
    columnLevels: fc.integer({ min: 1, max: 3 }),
    rows: fc.integer({ min: 0, max: 4 }),
    columns: fc.integer({ min: 1, max: 4 }),
  })
  .chain(({ rowLevels, columnLevels, rows, columns }) =>
    fc.record({
      rowLevelNames: fc.array(label, { minLength: rowLevels, maxLength: rowLevels }),
      columnLevelNames:
        columnLevels === 1
          ? fc.constant([""])
          : fc.array(label, { minLength: columnLevels, maxLength: columnLevels }),
      rowLabels: fc.array(fc.array(label, { minLength: rowLevels, maxLength: rowLevels }), {
        minLength: rows,
        maxLength: rows,
      }),
      columnLabels: fc.array(fc.array(label, { minLength: columnLevels, maxLength: columnLevels }), {
        minLength: columns,
        maxLength: columns,
      }),
      values: fc
        .array(value, { minLength: rows * columns, maxLength: rows * columns })
        .map((list) => Float64Array.from(list)),
    }),
  );

function readBack(matrixIn: LabelledMatrix): LabelledMatrix {
  const text = writePymrioTable(matrixIn);
  const { table, diagnostics } = readPymrioTable(text, {
    file: "T.txt",
    nrHeader: nrHeaderOf(matrixIn),
    nrIndexCol: nrIndexColOf(matrixIn),
  });
  expect(diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
  if (table === undefined) throw new Error("not read back");
  return table;
}

describe("pymrio table round trip", () => {
  test.prop([matrix])("read → write → read keeps labels and values to 12 significant digits", (original) => {
    const back = readBack(original);
    expect(back.rowLevelNames).toEqual(original.rowLevelNames);
    expect(back.columnLevelNames).toEqual(original.columnLevelNames);
    expect(back.rowLabels).toEqual(original.rowLabels);
    expect(back.columnLabels).toEqual(original.columnLabels);
    original.values.forEach((expected, index) => {
      const actual = back.values[index] ?? Number.NaN;
      if (!Number.isFinite(expected)) expect(actual).toBe(expected);
      else expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * 5e-12);
    });
  });

  test.prop([matrix])("write → read → write is byte-identical", (original) => {
    const text = writePymrioTable(original);
    expect(writePymrioTable(readBack(original))).toBe(text);
  });

  it("writes NaN as an empty cell, as pandas' default na_rep does", () => {
    const single: LabelledMatrix = {
      rowLevelNames: ["region", "sector"],
      columnLevelNames: [""],
      rowLabels: [["reg1", "food"]],
      columnLabels: [["indout"], ["other"]],
      values: Float64Array.from([Number.NaN, 1e-5]),
    };
    expect(writePymrioTable(single)).toBe("region\tsector\tindout\tother\nreg1\tfood\t\t1e-05\n");
  });
});
