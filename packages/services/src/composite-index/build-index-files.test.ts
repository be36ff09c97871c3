/**
 * `buildIndexFromFiles` over real files: the hand-computed four-unit index (min-max 0–100 with
 * A2's direction −1, arithmetic means), the output layout the CLI promises, weight-set CSVs
 * named in the pipeline, and refusals that name the file and place and write nothing.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ServiceError } from "../service-error.ts";
import { buildIndexFromFiles } from "./build-index-files.ts";
import { smallIndexPipeline, writeSmallIndex } from "./testing/small-index-files.ts";

const work = mkdtempSync(path.join(tmpdir(), "atlas-index-build-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A folder under the test's work directory; made unless it is an output folder the build must make. */
function folder(name: string, make = true): string {
  const dir = path.join(work, name);
  if (make) mkdirSync(dir, { recursive: true });
  return dir;
}

function csv(dir: string, name: string): string[][] {
  return readFileSync(path.join(dir, name), "utf8")
    .trimEnd()
    .split("\n")
    .map((line) => line.split(","));
}

describe("buildIndexFromFiles", () => {
  it("writes every data set, the ranks and the results, with the values computed by hand", async () => {
    const inputs = folder("inputs");
    const out = folder("out", false);
    mkdirSync(inputs, { recursive: true });
    const report = await buildIndexFromFiles({ ...writeSmallIndex(inputs), outDir: out });
    expect(report.files).toEqual([
      "dset_Raw.csv",
      "dset_Normalised.csv",
      "dset_Aggregated.csv",
      "ranks_Aggregated.csv",
      "results_index.csv",
    ]);
    expect(readdirSync(out).sort()).toEqual([...report.files].sort());

    // Raw: header uCode then iMeta order, rows in iData order, the missing cell empty.
    expect(csv(out, "dset_Raw.csv")).toEqual([
      ["uCode", "A1", "A2", "B1", "B2"],
      ["ZZ", "10", "5", "2", "1"],
      ["AA", "20", "1", "2", "3"],
      ["MM", "30", "3", "8", "2"],
      ["BB", "40", "", "4", "5"],
    ]);

    // By hand: A1 (x − 10)/30·100; A2 flipped (−x − (−5))/4·100; B1 (x − 2)/6·100; B2 (x − 1)/4·100.
    const a1 = { ZZ: 0, AA: 100 / 3, MM: 200 / 3, BB: 100 };
    const a2 = { ZZ: 0, AA: 100, MM: 50, BB: Number.NaN };
    const b1 = { ZZ: 0, AA: 0, MM: 100, BB: 100 / 3 };
    const b2 = { ZZ: 0, AA: 50, MM: 25, BB: 100 };
    const units = ["ZZ", "AA", "MM", "BB"] as const;
    const mean = (...values: number[]) => {
      const kept = values.filter((value) => !Number.isNaN(value));
      return kept.reduce((sum, value) => sum + value, 0) / kept.length;
    };
    const pillarA = Object.fromEntries(units.map((u) => [u, mean(a1[u], a2[u])]));
    const pillarB = Object.fromEntries(units.map((u) => [u, mean(b1[u], b2[u])]));
    const index = Object.fromEntries(units.map((u) => [u, mean(pillarA[u] as number, pillarB[u] as number)]));

    const aggregated = csv(out, "dset_Aggregated.csv");
    expect(aggregated[0]).toEqual(["uCode", "A1", "A2", "B1", "B2", "A", "B", "Index"]);
    aggregated.slice(1).forEach((row, r) => {
      const unit = units[r] as (typeof units)[number];
      expect(row[0]).toBe(unit);
      const expected = [a1[unit], a2[unit], b1[unit], b2[unit], pillarA[unit], pillarB[unit], index[unit]];
      expected.forEach((value, c) => {
        const cell = row[c + 1] as string;
        if (Number.isNaN(value)) expect(cell).toBe("");
        else expect(Number(cell)).toBeCloseTo(value as number, 12);
      });
    });
    // Full precision, as String(x) writes it (not rounded for display).
    expect(aggregated[2]?.[7]).toBe(String(Number(aggregated[2]?.[7])));
    expect((aggregated[2]?.[7] ?? "").length).toBeGreaterThan(10);

    // BB 83.3, MM 60.4, AA 45.8, ZZ 0: rank 1 is the highest score.
    expect(csv(out, "results_index.csv")).toEqual([
      ["uCode", "Score", "Rank"],
      ["BB", String(Number(aggregated[4]?.[7])), "1"],
      ["MM", String(Number(aggregated[3]?.[7])), "2"],
      ["AA", String(Number(aggregated[2]?.[7])), "3"],
      ["ZZ", "0", "4"],
    ]);
    const ranks = csv(out, "ranks_Aggregated.csv");
    expect(ranks[0]).toEqual(aggregated[0]);
    // B1 ties ZZ and AA at 0: both take rank 3 (ties "min"); A2's missing BB stays empty.
    expect(ranks.map((row) => [row[0], row[2], row[3]])).toEqual([
      ["uCode", "A2", "B1"],
      ["ZZ", "3", "3"],
      ["AA", "1", "3"],
      ["MM", "2", "1"],
      ["BB", "", "2"],
    ]);
  });

  it("reads a weight set named as a CSV file beside the pipeline", async () => {
    const inputs = folder("weights-in");
    mkdirSync(inputs, { recursive: true });
    writeFileSync(
      path.join(inputs, "expert.csv"),
      "iCode,Weight\nA1,1\nA2,1\nB1,1\nB2,1\nA,3\nB,1\nIndex,1\n",
    );
    const pipeline = {
      ...smallIndexPipeline,
      steps: [smallIndexPipeline.steps[0], { ...smallIndexPipeline.steps[1], w: "expert.csv" }],
    };
    const out = folder("weights-out", false);
    await buildIndexFromFiles({ ...writeSmallIndex(inputs, pipeline), outDir: out });
    const results = csv(out, "results_index.csv");
    // Pillar A weighs three times B: ZZ 0, AA (3·66.67 + 25)/4, MM (3·58.33 + 62.5)/4, BB (3·100 + 66.67)/4.
    expect(results.slice(1).map((row) => row[0])).toEqual(["BB", "MM", "AA", "ZZ"]);
    expect(Number(results[3]?.[1])).toBeCloseTo((3 * (100 / 3 + 100)) / 2 / 4 + 25 / 4, 10);
  });

  it("refuses a Parent that does not exist, naming iMeta's row, and writes nothing", async () => {
    const inputs = folder("bad-parent");
    mkdirSync(inputs, { recursive: true });
    const paths = writeSmallIndex(inputs);
    writeFileSync(
      paths.metaPath,
      readFileSync(paths.metaPath, "utf8").replace(
        "1,B2,Second B,1,1,Indicator,B",
        "1,B2,Second B,1,1,Indicator,Q",
      ),
    );
    const out = folder("bad-parent-out", false);
    const failure = await buildIndexFromFiles({ ...paths, outDir: out }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ServiceError);
    expect((failure as ServiceError).message).toMatch(/iMeta.*Q/);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses text in a numeric column and a weight CSV with a non-number, naming the place", async () => {
    const inputs = folder("bad-cells");
    mkdirSync(inputs, { recursive: true });
    const paths = writeSmallIndex(inputs);
    writeFileSync(paths.dataPath, readFileSync(paths.dataPath, "utf8").replace("MM,Em,30", "MM,Em,thirty"));
    const failure = await buildIndexFromFiles({ ...paths, outDir: folder("bad-cells-out", false) }).catch(
      (e: unknown) => e,
    );
    expect((failure as Error).message).toMatch(/A1/);
    expect((failure as Error).message).toMatch(/thirty/);
    // The engine's row, and the line of the file a user opens.
    expect((failure as Error).message).toMatch(/^iData row 3 \(iData\.csv line 4\), column A1: /);

    const weights = writeSmallIndex(folder("bad-weights"), {
      ...smallIndexPipeline,
      steps: [smallIndexPipeline.steps[0], { ...smallIndexPipeline.steps[1], w: "w.csv" }],
    });
    writeFileSync(path.join(folder("bad-weights"), "w.csv"), "iCode,Weight\nA1,heavy\n");
    const refused = await buildIndexFromFiles({ ...weights, outDir: folder("bad-weights-out", false) }).catch(
      (e: unknown) => e,
    );
    expect((refused as Error).message).toBe('weight set w.csv, row 1 (Weight): "heavy" is not a number');
  });
});
