/**
 * `atlas index build|uncertainty` through the real binary: the files and layout the issue
 * specifies, a refused iMeta that names its row and writes nothing, and an uncertainty run whose
 * written design, replayed with --design, gives the same scores (the replay path other tools'
 * samples take).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runAtlas } from "./testing/run-atlas.ts";

const work = mkdtempSync(path.join(tmpdir(), "atlas-index-"));
const file = (name: string) => path.join(work, name);
const read = (dir: string, name: string) => readFileSync(path.join(dir, name), "utf8");

writeFileSync(
  file("iData.csv"),
  [
    "uCode,uName,A1,A2,B1,B2",
    "ZZ,Zed,10,5,2,1",
    "AA,Ay,20,1,2,3",
    "MM,Em,30,3,8,2",
    "BB,Bee,40,,4,5",
    "CC,Cee,25,2,6,9",
  ].join("\n"),
);
const meta = [
  "Level,iCode,iName,Direction,Weight,Type,Parent",
  "1,A1,First A,1,1,Indicator,A",
  "1,A2,Second A,-1,1,Indicator,A",
  "1,B1,First B,1,1,Indicator,B",
  "1,B2,Second B,1,1,Indicator,B",
  "2,A,Pillar A,1,1,Aggregate,Index",
  "2,B,Pillar B,1,1,Aggregate,Index",
  "3,Index,Index,1,1,Aggregate,",
].join("\n");
writeFileSync(file("iMeta.csv"), meta);
writeFileSync(
  file("bad-iMeta.csv"),
  meta.replace("1,B2,Second B,1,1,Indicator,B", "1,B2,Second B,1,1,Indicator,Q"),
);
writeFileSync(
  file("pipeline.json"),
  JSON.stringify({
    compat: "coinr",
    steps: [
      {
        op: "Normalise",
        dset: "Raw",
        global_specs: { f_n: "n_minmax", f_n_para: { l_u: [0, 100] } },
        directions: "Direction",
        write_to: "Normalised",
      },
      { op: "Aggregate", dset: "Normalised", f_ag: "a_amean", w: "Weight", write_to: "Aggregated" },
    ],
  }),
);
writeFileSync(
  file("uncertain.json"),
  JSON.stringify([
    {
      name: "Normalisation",
      step: "Normalised",
      argument: "global_specs",
      alternatives: [{ f_n: "n_minmax", f_n_para: { l_u: [1, 100] } }, { f_n: "n_rank" }],
    },
    { name: "Aggregation", step: "Aggregated", argument: "f_ag", alternatives: ["a_amean", "a_gmean"] },
  ]),
);
const inputs = [
  "--data",
  file("iData.csv"),
  "--meta",
  file("iMeta.csv"),
  "--pipeline",
  file("pipeline.json"),
];

describe("atlas index", () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("build writes the data sets, ranks and results; a bad Parent exits 1 naming iMeta's row", async () => {
    const out = file("build");
    const built = await runAtlas(["index", "build", ...inputs, "--out", out], {});
    expect([built.code, built.stderr.trim()]).toEqual([0, `wrote 5 file(s) to ${out} (coinr mode)`]);
    expect(read(out, "dset_Raw.csv").split("\n")[0]).toBe("uCode,A1,A2,B1,B2");
    const results = read(out, "results_index.csv").trimEnd().split("\n");
    expect(results[0]).toBe("uCode,Score,Rank");
    expect(results.slice(1).map((line) => line.split(",")[2])).toEqual(["1", "2", "3", "4", "5"]);
    // Rows in iData order, header in iMeta order.
    expect(
      read(out, "ranks_Aggregated.csv")
        .split("\n")
        .map((line) => line.split(",")[0]),
    ).toEqual(["uCode", "ZZ", "AA", "MM", "BB", "CC", ""]);

    const refusedOut = file("refused");
    const refused = await runAtlas(
      [
        "index",
        "build",
        ...inputs.slice(0, 2),
        "--meta",
        file("bad-iMeta.csv"),
        ...inputs.slice(4),
        "--out",
        refusedOut,
      ],
      {},
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^atlas: iMeta row 4 \(bad-iMeta\.csv line 5\) \(Parent\): .*Q/m);
    expect(existsSync(refusedOut)).toBe(false);
  }, 60_000);

  it("analyse writes effective weights, correlations with parents, α, PC1 weights and removal effects", async () => {
    const out = file("analysis");
    const run = await runAtlas(["index", "analyse", ...inputs, "--out", out], {});
    expect([run.code, run.stderr.trim()]).toEqual([
      0,
      `analysed Aggregated; wrote effective_weights.csv, correlations.csv, cronbach.csv, pca_weights.csv, remove_elements.csv to ${out}`,
    ]);
    // Equal weights: each of the four indicators is 1/2 of 1/2 of the index.
    expect(read(out, "effective_weights.csv").split("\n").slice(0, 3)).toEqual([
      "iCode,Level,Weight,EffectiveWeight",
      "A1,1,1,0.25",
      "A2,1,1,0.25",
    ]);
    expect(read(out, "cronbach.csv").split("\n")[0]).toBe("Aggregate,Level,Children,Alpha");
    expect(
      read(out, "correlations.csv")
        .split("\n")
        .slice(1, 3)
        .map((line) => line.split(",").slice(0, 3).join(",")),
    ).toEqual(["A,A1,2", "A,A2,2"]);
    expect(
      read(out, "remove_elements.csv")
        .trimEnd()
        .split("\n")
        .map((line) => line.split(",")[0]),
    ).toEqual(["Removed", "A", "B"]);
  }, 60_000);

  it("uncertainty writes every table, and its own design replayed gives the same scores", async () => {
    const drawn = file("ua");
    const run = await runAtlas(
      [
        "index",
        "uncertainty",
        ...inputs,
        "--uncertain",
        file("uncertain.json"),
        "--n",
        "40",
        "--seed",
        "7",
        "--sa",
        "--nboot",
        "50",
        "--out",
        drawn,
      ],
      {},
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/160 replication\(s\), none failed/);
    const scores = read(drawn, "scores.csv").split("\n");
    expect(scores[0]?.split(",").length).toBe(1 + 160);
    expect(read(drawn, "rank_stats.csv").split("\n")[0]).toBe("uCode,Nominal,Mean,Median,Q5,Q95");
    const sensitivity = read(drawn, "sensitivity.csv").trimEnd().split("\n");
    expect(sensitivity[0]).toBe("Variable,Si,STi");
    expect(sensitivity.slice(1).map((line) => line.split(",")[0])).toEqual(["Normalisation", "Aggregation"]);

    const bootstrap = read(drawn, "sensitivity_bootstrap.csv").trimEnd().split("\n");
    expect(bootstrap[0]).toBe("Variable,Si,Si_q5,Si_q95,STi,STi_q5,STi_q95");
    for (const line of bootstrap.slice(1)) {
      const [, si, q5, q95] = line.split(",").map(Number);
      expect((q5 as number) <= (q95 as number) && Number.isFinite(si)).toBe(true);
    }

    // The written design (without its replication column) replayed: every replication the same.
    const design = read(drawn, "design.csv")
      .trimEnd()
      .split("\n")
      .map((line) => line.split(",").slice(1).join(","));
    writeFileSync(file("design.csv"), `${design.join("\n")}\n`);
    const replayed = file("replayed");
    const replay = await runAtlas(
      [
        "index",
        "uncertainty",
        ...inputs,
        "--uncertain",
        file("uncertain.json"),
        "--n",
        "40",
        "--sa",
        "--design",
        file("design.csv"),
        "--out",
        replayed,
      ],
      {},
    );
    expect(replay.code).toBe(0);
    expect(read(replayed, "scores.csv")).toBe(read(drawn, "scores.csv"));
    expect(read(replayed, "sensitivity.csv")).toBe(read(drawn, "sensitivity.csv"));
  }, 60_000);
});
