import { describe, expect, it } from "vitest";
import { formatPymrioDiagnostic } from "./pymrio-diagnostic.ts";
import { readPymrioFolder } from "./pymrio-folder-reader.ts";
import { toPymrioAttributeName } from "./pymrio-system.ts";
import { smallMrioFiles } from "./test/small-mrio.ts";

// configparser lower-cases keys, so pymrio < 0.4 wrote `z`, `z_nr_index_col`, `fy`.
const coreIni = `[systemtype]
systemtype = IOSystem

[meta]
name = small
version = v1

[files]
z = Z.txt
z_nr_index_col = 2
z_nr_header = 2
x = x.txt
x_nr_index_col = 2
x_nr_header = 1
`;

const extensionIni = `[systemtype]
systemtype = Extension

[meta]
name = Air emissions

[files]
f = F.txt
f_nr_index_col = 2
f_nr_header = 2
fy = F_Y.txt
fy_nr_index_col = 2
fy_nr_header = 2
`;

const legacyFolder = {
  "small.ini": coreIni,
  "Z.txt": smallMrioFiles["Z.txt"] ?? "",
  "x.txt": smallMrioFiles["x.txt"] ?? "",
  "air emissions/air emissions.ini": extensionIni,
  "air emissions/F.txt": smallMrioFiles["emissions/F.txt"] ?? "",
  "air emissions/F_Y.txt": smallMrioFiles["emissions/F_Y.txt"] ?? "",
};

describe("legacy .ini folders", () => {
  it("reads the core and an extension, restoring the matrix names' case", () => {
    const { system, diagnostics } = readPymrioFolder(legacyFolder);
    expect(diagnostics).toEqual([]);
    expect([...(system?.tables.keys() ?? [])]).toEqual(["Z", "x"]);
    expect(system?.legacyMeta).toEqual({ name: "small", version: "v1" });
    expect(system?.metadata).toBeUndefined();
    const extension = system?.extensions[0];
    expect([extension?.attributeName, extension?.name]).toEqual(["air_emissions", "Air emissions"]);
    expect([...(extension?.tables.keys() ?? [])]).toEqual(["F", "F_Y"]);
  });

  it("refuses a [files] entry without its header counts, naming the line", () => {
    const broken = { ...legacyFolder, "small.ini": coreIni.replace("z_nr_header = 2\n", "") };
    expect(readPymrioFolder(broken).diagnostics.map(formatPymrioDiagnostic)).toEqual([
      "small.ini, row 9: error: [files] z needs z_nr_index_col and z_nr_header (whole numbers ≥ 1) [pymrio/bad-ini]",
    ]);
  });
});

describe("toPymrioAttributeName", () => {
  it("replaces non-word characters and prefixes a leading digit, as pymrio's clean does", () => {
    expect(toPymrioAttributeName("air emissions")).toBe("air_emissions");
    expect(toPymrioAttributeName("satellite-2.0")).toBe("satellite_2_0");
    expect(toPymrioAttributeName("3rd")).toBe("_3rd");
  });
});
