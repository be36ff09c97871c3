/**
 * The real SDMX-ML 2.1 files of the Kyrgyz national SDG platform, read from the shared datasets
 * beside the repository (../shared/data/open-sdg-kyrgyzstan-sdmx; see its PROVENANCE.md) with
 * the DSD they reference, SDG_DSD.KG_1.8.xml. Paths are relative to the repository root, where
 * vitest runs; the suite is skipped where the shared data are absent.
 */
// biome-ignore lint/correctness/noNodejsModules: the test reads ../shared; the code under test does no IO.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { SdmxObservation } from "../sdmx/sdmx-observation.ts";
import type { SdmxStructure } from "../sdmx/sdmx-structure.ts";
import { parseSdmxMl, readSdmxMlStream, type SdmxMlOptions, SdmxMlReader } from "./sdmx-ml-data-reader.ts";
import { parseSdmxStructure } from "./sdmx-ml-structure-reader.ts";

const directory = "../shared/data/open-sdg-kyrgyzstan-sdmx";

/**
 * `Obs` elements per file, counted outside this code: with python3's xml.etree
 * (`sum(1 for e in ET.parse(f).getroot().iter() if e.tag.split("}")[-1] == "Obs")`) and, to the
 * same numbers, with `grep -c '<Obs '` (one Obs per line in these files).
 */
const observationCounts: Readonly<Record<string, number>> = {
  "11.6.1.1.xml": 14,
  "11.6.1.2.xml": 55,
  "12.4.2.xml": 31,
  "6.3.1.xml": 120,
  "7.2.1.1.xml": 34,
  "7.3.1.1.xml": 53,
  "7.3.1.2.xml": 68,
  "9.4.1.1.xml": 84,
  "9.4.1.xml": 18,
};

// The header's Structure/Ref reads KG_NSC:SDG(1.7) in these seven files, (1.8) in the other two.
const referencingVersion17 = new Set([
  "11.6.1.1.xml",
  "11.6.1.2.xml",
  "7.2.1.1.xml",
  "7.3.1.1.xml",
  "7.3.1.2.xml",
  "9.4.1.1.xml",
  "9.4.1.xml",
]);

async function* chunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

describe.skipIf(!existsSync(directory))("the Kyrgyz SDMX-ML files (reads ../shared/data)", () => {
  // Read on first use: vitest runs this callback to collect the tests even when it skips them.
  let structure: SdmxStructure | undefined;
  const options = (): SdmxMlOptions => {
    structure ??= parseSdmxStructure(readFileSync(`${directory}/SDG_DSD.KG_1.8.xml`)).structure;
    return structure === undefined ? {} : { structure };
  };
  const read = (name: string) => readFileSync(`${directory}/data/${name}`);

  it("holds the nine files the counts are for", () => {
    expect(
      readdirSync(`${directory}/data`)
        .filter((name) => name.endsWith(".xml"))
        .sort(),
    ).toEqual(Object.keys(observationCounts).sort());
  });

  for (const [name, count] of Object.entries(observationCounts))
    it(`reads every observation of ${name} against the DSD, with no error`, () => {
      const result = parseSdmxMl(read(name), options());
      expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
      expect(result.observations).toHaveLength(count);
      expect(result.rejectedObservations).toBe(0);
      expect(result.header?.structure).toEqual({
        kind: "datastructure",
        agency: "KG_NSC",
        id: "SDG",
        version: referencingVersion17.has(name) ? "1.7" : "1.8",
      });
      const mismatches = result.diagnostics.filter(
        (diagnostic) => diagnostic.code === "sdmx-ml/structure-mismatch",
      );
      expect(mismatches).toHaveLength(referencingVersion17.has(name) ? 1 : 0);
      // Checked here again, outside the reader: each dimension code and coded attribute is in the DSD.
      const codelists = structure?.codelists ?? {};
      for (const observation of result.observations) {
        expect(Object.keys(observation.dimensions)).toEqual(structure?.dimensions);
        for (const [id, code] of Object.entries({ ...observation.dimensions, ...observation.attributes }))
          if (codelists[id] !== undefined) expect(codelists[id]?.has(code), `${id}=${code}`).toBe(true);
      }
    });

  it("keeps 12.4.2's values as written: 18337 for 2015 and the landfilled shares 00 and 01", () => {
    const result = parseSdmxMl(read("12.4.2.xml"), options());
    const inSeries = (breakdown: string) =>
      result.observations.filter(
        (observation) => observation.dimensions["COMPOSITE_BREAKDOWN"] === breakdown,
      );
    expect(inSeries("_T").find((observation) => observation.timePeriod === "2015")).toMatchObject({
      dimensions: { SERIES: "EN_HAZ_PCAP", REF_AREA: "KG" },
      value: "18337",
      attributes: { UNIT_MEASURE: "KG", OBS_STATUS: "A", UNIT_MULT: "0", NATURE: "C", TIME_DETAIL: "2015" },
    });
    const landfilled = inSeries("_L_HAZ_WASTE_LAND");
    // The values python3's xml.etree reads for that series, 2015 to 2024.
    expect(landfilled.map((observation) => observation.value)).toEqual([
      "01",
      "01",
      "00",
      "01",
      "01",
      "00",
      "01",
      "01",
      "00",
      "00",
    ]);
    const leadingZeros = result.diagnostics.filter((diagnostic) => diagnostic.code === "sdmx/leading-zero");
    expect(leadingZeros.map((diagnostic) => diagnostic.row)).toEqual(
      landfilled.map((observation) => observation.line),
    );
    expect(leadingZeros.every((diagnostic) => diagnostic.severity === "warning")).toBe(true);
  });

  it("gives the same observations streamed in 7-byte chunks as read whole", async () => {
    for (const name of Object.keys(observationCounts)) {
      const bytes = read(name);
      const whole = parseSdmxMl(bytes, options());
      const reader = new SdmxMlReader(options());
      const streamed: SdmxObservation[] = [];
      for await (const batch of readSdmxMlStream(chunksOf(bytes, 7), reader)) streamed.push(...batch);
      expect(streamed).toEqual(whole.observations);
      expect(reader.diagnostics).toEqual(whole.diagnostics);
      expect(reader.header).toEqual(whole.header);
    }
  });

  it("reads a file cut in half up to the cut, and says it is cut off", () => {
    const bytes = read("6.3.1.xml");
    const whole = parseSdmxMl(bytes);
    const half = parseSdmxMl(bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(half.observations.length).toBeGreaterThan(0);
    expect(half.observations.length).toBeLessThan(whole.observations.length);
    expect(half.observations).toEqual(whole.observations.slice(0, half.observations.length));
    const errors = half.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
    expect(errors).toEqual([expect.objectContaining({ code: "sdmx-ml/truncated" })]);
    expect(errors[0]?.message).toMatch(
      /^the file ends inside <(Series|Obs)> \(opened on line \d+, column \d+\)/,
    );
  });
});
