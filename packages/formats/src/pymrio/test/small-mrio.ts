/**
 * A 2-region × 2-sector system written by hand as pymrio's `save_all()` lays it out (spec §5):
 * Z and Y with two header lines, x and unit with one, population with an unnamed index, and an
 * extension `emissions` with (stressor, compartment) rows. x = Z·1 + Y·1, worked out by hand:
 * reg1/food 17.5 + 67.5 = 85, reg1/mining 28 + 6 = 34, reg2/food 37.5 + 84 = 121.5,
 * reg2/mining 50 + 31 = 81.
 */

const lines = (...rows: string[]) => `${rows.join("\n")}\n`;

export const smallMrioFiles: Record<string, string> = {
  "file_parameters.json": `{
    "files": {
        "Z": {
            "name": "Z.txt",
            "nr_index_col": "2",
            "nr_header": "2"
        },
        "Y": {
            "name": "Y.txt",
            "nr_index_col": "2",
            "nr_header": "2"
        },
        "x": {
            "name": "x.txt",
            "nr_index_col": "2",
            "nr_header": "1"
        },
        "unit": {
            "name": "unit.txt",
            "nr_index_col": "2",
            "nr_header": "1"
        },
        "population": {
            "name": "population.txt",
            "nr_index_col": "1",
            "nr_header": "1"
        }
    },
    "systemtype": "IOSystem"
}`,
  "metadata.json": `{
    "description": "Small hand-written test system",
    "name": "small",
    "system": "pxp",
    "version": "v1",
    "history": [
        "20240607 10:00:01 - FILEIO -  Saved to small",
        "20240607 10:00:00 - NOTE -  Caf\\u00e9 data entered by hand"
    ]
}`,
  "Z.txt": lines(
    "region\t\treg1\treg1\treg2\treg2",
    "sector\t\tfood\tmining\tfood\tmining",
    "region\tsector\t\t\t\t",
    "reg1\tfood\t10\t5\t2.5\t0",
    "reg1\tmining\t4\t20\t1\t3",
    "reg2\tfood\t1.5\t0\t30\t6",
    "reg2\tmining\t0\t2\t8\t40",
  ),
  "Y.txt": lines(
    "region\t\treg1\treg1\treg2\treg2",
    "category\t\thouseholds\tgovernment\thouseholds\tgovernment",
    "region\tsector\t\t\t\t",
    "reg1\tfood\t50\t10\t7.5\t0",
    "reg1\tmining\t3\t0\t2\t1",
    "reg2\tfood\t4\t0\t60\t20",
    "reg2\tmining\t1\t0\t25\t5",
  ),
  "x.txt": lines(
    "region\tsector\tindout",
    "reg1\tfood\t85",
    "reg1\tmining\t34",
    "reg2\tfood\t121.5",
    "reg2\tmining\t81",
  ),
  "unit.txt": lines(
    "region\tsector\tunit",
    "reg1\tfood\tM.EUR",
    "reg1\tmining\tM.EUR",
    "reg2\tfood\tM.EUR",
    "reg2\tmining\tM.EUR",
  ),
  "population.txt": lines("\treg1\treg2", "Population\t1200000\t850000"),
  "emissions/file_parameters.json": `{
    "files": {
        "F": {
            "name": "F.txt",
            "nr_index_col": "2",
            "nr_header": "2"
        },
        "F_Y": {
            "name": "F_Y.txt",
            "nr_index_col": "2",
            "nr_header": "2"
        },
        "unit": {
            "name": "unit.txt",
            "nr_index_col": "2",
            "nr_header": "1"
        }
    },
    "systemtype": "Extension",
    "name": "Emissions"
}`,
  "emissions/F.txt": lines(
    "region\t\treg1\treg1\treg2\treg2",
    "sector\t\tfood\tmining\tfood\tmining",
    "stressor\tcompartment\t\t\t\t",
    "emission_type1\tair\t1000\t2500.5\t1.23456789012e-05\t0",
    "emission_type2\twater\t3.3\t0.1\t44\t123456789012",
  ),
  "emissions/F_Y.txt": lines(
    "region\t\treg1\treg1\treg2\treg2",
    "category\t\thouseholds\tgovernment\thouseholds\tgovernment",
    "stressor\tcompartment\t\t\t\t",
    "emission_type1\tair\t50\t0\t20\t0",
    "emission_type2\twater\t0\t0\t1e+20\t0",
  ),
  "emissions/unit.txt": lines(
    "stressor\tcompartment\tunit",
    "emission_type1\tair\tkg",
    "emission_type2\twater\tkg",
  ),
};

/** The same folder with one file replaced (or removed, with `undefined`). */
export function withFile(path: string, text: string | undefined): Record<string, string> {
  const files = { ...smallMrioFiles };
  if (text === undefined) delete files[path];
  else files[path] = text;
  return files;
}
