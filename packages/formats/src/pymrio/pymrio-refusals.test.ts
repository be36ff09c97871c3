import { describe, expect, it } from "vitest";
import { formatPymrioDiagnostic } from "./pymrio-diagnostic.ts";
import { readPymrioFolder } from "./pymrio-folder-reader.ts";
import { readPymrioTable } from "./pymrio-table-reader.ts";
import { smallMrioFiles, withFile } from "./test/small-mrio.ts";

const errorsOf = (files: Record<string, string>) =>
  readPymrioFolder(files).diagnostics.map((diagnostic) => formatPymrioDiagnostic(diagnostic));

const z = smallMrioFiles["Z.txt"] ?? "";

describe("pymrio refusals", () => {
  it("locates a data row with the wrong number of cells", () => {
    const files = withFile("Z.txt", z.replace("reg1\tmining\t4\t20\t1\t3", "reg1\tmining\t4\t20\t1"));
    expect(errorsOf(files)).toContain(
      "Z.txt, row 5, column 6: error: line 5 has 5 cell(s), expected 6 (as the header lines) [pymrio/wrong-cell-count]",
    );
  });

  it("locates a non-number", () => {
    const files = withFile("Z.txt", z.replace("\t30\t", "\t3O\t"));
    expect(errorsOf(files)).toEqual([
      'Z.txt, row 6, column 5: error: "3O" is not a number [pymrio/bad-number]',
    ]);
  });

  it("reads nan, inf, -inf and an empty cell, reporting each", () => {
    const text = "region\tsector\tindout\nr\ta\tnan\nr\tb\tinf\nr\tc\t-inf\nr\td\t\nr\te\t+1.5E3\n";
    const { table, diagnostics } = readPymrioTable(text, { file: "x.txt", nrHeader: 1, nrIndexCol: 2 });
    expect([...(table?.values ?? [])]).toEqual([
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      Number.NaN,
      1500,
    ]);
    expect(
      diagnostics.map((diagnostic) => [
        diagnostic.code,
        diagnostic.severity,
        diagnostic.row,
        diagnostic.column,
      ]),
    ).toEqual([
      ["pymrio/non-finite-number", "warning", 2, 3],
      ["pymrio/non-finite-number", "warning", 3, 3],
      ["pymrio/non-finite-number", "warning", 4, 3],
      ["pymrio/missing-number", "warning", 5, 3],
    ]);
  });

  it("names a file listed in file_parameters.json that is absent", () => {
    expect(errorsOf(withFile("emissions/F_Y.txt", undefined))).toEqual([
      "emissions/F_Y.txt: error: F_Y is listed in file_parameters but F_Y.txt is absent [pymrio/missing-file]",
    ]);
  });

  it("locates a row label that differs from Z's", () => {
    const x = (smallMrioFiles["x.txt"] ?? "").replace("reg2\tfood", "reg2\tfod");
    expect(errorsOf(withFile("x.txt", x))).toEqual([
      "x.txt, row 4, column 1: error: row 3 of x is (reg2, fod) where Z has (reg2, food) [pymrio/label-mismatch]",
    ]);
  });

  it("locates a column label of an extension that differs from Z's rows, on the level's header line", () => {
    const F = (smallMrioFiles["emissions/F.txt"] ?? "").replace(
      "sector\t\tfood\tmining\tfood\tmining",
      "sector\t\tfood\tmining\tmining\tfood",
    );
    expect(errorsOf(withFile("emissions/F.txt", F))).toEqual([
      "emissions/F.txt, row 2, column 5: error: column 3 of F is (reg2, mining) where Z has (reg2, food) [pymrio/label-mismatch]",
    ]);
  });

  it("reports final-demand columns of F_Y that differ from Y's, and a missing row", () => {
    const FY = (smallMrioFiles["emissions/F_Y.txt"] ?? "").replace(
      "households\tgovernment\thouseholds",
      "households\tgovernment\thousehold",
    );
    expect(errorsOf(withFile("emissions/F_Y.txt", FY))[0]).toContain(
      "column 3 of F_Y is (reg2, household) where Y has (reg2, households)",
    );
    const Y = (smallMrioFiles["Y.txt"] ?? "").replace("reg2\tmining\t1\t0\t25\t5\n", "");
    expect(errorsOf(withFile("Y.txt", Y))).toEqual([
      "Y.txt, row 6, column 1: error: Y has 3 rows but Z has 4 [pymrio/label-mismatch]",
    ]);
  });

  it("refuses an nr_header that does not match the file's header lines", () => {
    const parameters = (smallMrioFiles["file_parameters.json"] ?? "").replace(
      '"name": "Z.txt",\n            "nr_index_col": "2",\n            "nr_header": "2"',
      '"name": "Z.txt",\n            "nr_index_col": "2",\n            "nr_header": "3"',
    );
    expect(errorsOf(withFile("file_parameters.json", parameters))).toEqual([
      "Z.txt, row 3: error: nr_header is 3 but the file has 2 header line(s): line 3 holds the row-level names [pymrio/unknown-layout]",
    ]);
    const { diagnostics } = readPymrioTable(z, { file: "Z.txt", nrHeader: 1, nrIndexCol: 2 });
    expect(diagnostics.map(formatPymrioDiagnostic)).toEqual([
      "Z.txt, row 1: error: nr_header is 1 but the file seems to have 2 header lines [pymrio/unknown-layout]",
    ]);
  });

  it("refuses nr_header 1 for a one-row-level file with two header lines, yet reads a row of NaNs", () => {
    const twoLines = "region\treg1\treg2\nsector\tfood\tfood\nstressor\t\t\nCO2\t1\t2\n";
    expect(
      readPymrioTable(twoLines, { file: "F.txt", nrHeader: 1, nrIndexCol: 1 }).diagnostics[0]?.message,
    ).toBe("nr_header is 1 but the file seems to have 2 header lines");
    const nanRow = "stressor\treg1\treg2\nCO2\t\t\nCH4\t1\t2\n";
    expect(readPymrioTable(nanRow, { file: "F.txt", nrHeader: 1, nrIndexCol: 1 }).table?.rowLabels).toEqual([
      ["CO2"],
      ["CH4"],
    ]);
  });

  it("refuses an nr_index_col that does not match the row-level names line", () => {
    const { diagnostics } = readPymrioTable(z, { file: "Z.txt", nrHeader: 2, nrIndexCol: 1 });
    expect(diagnostics.map(formatPymrioDiagnostic)).toEqual([
      "Z.txt, row 3: error: nr_index_col is 1 but line 3 names 2 row level(s) [pymrio/unknown-layout]",
    ]);
  });

  it("refuses a file too short for its header, and an unclosed quote", () => {
    expect(
      readPymrioTable("region\t\treg1\n", { file: "Z.txt", nrHeader: 2, nrIndexCol: 2 }).diagnostics[0]
        ?.message,
    ).toBe("the file has 1 line(s) but nr_header = 2 needs 3 header line(s)");
    const quoted = readPymrioTable('region\tsector\tunit\nr\t"a\tM.EUR\n', {
      file: "unit.txt",
      nrHeader: 1,
      nrIndexCol: 2,
    });
    expect(
      quoted.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.row, diagnostic.column]),
    ).toContainEqual(["pymrio/unterminated-quote", 2, 2]);
  });

  it("refuses bad file_parameters.json and metadata.json, and pickle tables", () => {
    expect(errorsOf(withFile("file_parameters.json", "{"))[0]).toMatch(
      /^file_parameters\.json: error: not JSON/,
    );
    expect(errorsOf(withFile("file_parameters.json", '{"systemtype": "Other", "files": {}}'))).toEqual([
      'file_parameters.json: error: "systemtype" must be "IOSystem" or "Extension" (found "Other") [pymrio/bad-file-parameters]',
    ]);
    const noCount =
      '{"systemtype": "IOSystem", "files": {"Z": {"name": "Z.txt", "nr_index_col": "two", "nr_header": "2"}}}';
    expect(errorsOf(withFile("file_parameters.json", noCount))[0]).toContain(
      '"files"."Z" needs "nr_index_col" and "nr_header"',
    );
    expect(errorsOf(withFile("metadata.json", '{"history": "x"}'))).toEqual([
      'metadata.json: error: "history" must be a list of strings [pymrio/bad-metadata]',
    ]);
    const pickle =
      '{"systemtype": "IOSystem", "files": {"Z": {"name": "Z.pkl", "nr_index_col": "2", "nr_header": "2"}}}';
    const files = { "file_parameters.json": pickle, "Z.pkl": "binary" };
    expect(errorsOf(files)[0]).toContain("[pymrio/unsupported-table-format]");
  });

  it("refuses a folder with no system index", () => {
    expect(errorsOf({ "Z.txt": z })).toEqual([
      "error: no file_parameters.json (or legacy .ini) at the top of the folder [pymrio/no-system]",
    ]);
  });

  it("reads the legacy FY key as F_Y", () => {
    const parameters = (smallMrioFiles["emissions/file_parameters.json"] ?? "").replace(
      '"F_Y": {',
      '"FY": {',
    );
    const { system, diagnostics } = readPymrioFolder(withFile("emissions/file_parameters.json", parameters));
    expect(diagnostics).toEqual([]);
    expect([...(system?.extensions[0]?.tables.keys() ?? [])]).toEqual(["F", "F_Y", "unit"]);
  });
});
