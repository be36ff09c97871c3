/**
 * Inputs for the composite-index benchmark, shaped like COINr's ASEM example (51 units, 49
 * indicators in 8 pillars under 2 sub-indices and one index, a few gaps, some skewed
 * indicators that Treat must winsorise or log) and the four uncertain choices of COINr's
 * sensitivity vignette: Treat's winmax (1…5), the normalisation (min-max to [1, 100] or z-scores
 * with mean 10 and sd 2), the aggregation function (arithmetic or geometric mean) and noisy
 * weights (100 sets, ±25 % on every pillar and sub-index weight). The values are generated with
 * a seeded generator: the benchmark measures speed, not an index anyone should read.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { seededRandom } from "../support/statistics.ts";

const units = 51;
const pillars = [7, 6, 6, 6, 6, 6, 6, 6]; // 49 indicators
const noisySets = 100;

export interface IndexBenchFiles {
  readonly dataPath: string;
  readonly metaPath: string;
  readonly pipelinePath: string;
  readonly uncertainPath: string;
  readonly indicators: number;
  readonly units: number;
}

export function generateIndexInputs(dir: string): IndexBenchFiles {
  const random = seededRandom(20261207);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const indicators: { code: string; pillar: string; direction: number; skewed: boolean }[] = [];
  pillars.forEach((count, p) => {
    for (let i = 0; i < count; i += 1)
      indicators.push({
        code: `Ind${p + 1}_${i + 1}`,
        pillar: `P${p + 1}`,
        direction: i === 2 ? -1 : 1,
        skewed: i % 3 === 0,
      });
  });
  const meta = [
    "Level,iCode,iName,Direction,Weight,Type,Parent",
    ...indicators.map((ind) => `1,${ind.code},${ind.code},${ind.direction},1,Indicator,${ind.pillar}`),
    ...pillars.map((_, p) => `2,P${p + 1},Pillar ${p + 1},1,1,Aggregate,${p < 4 ? "Conn" : "Sust"}`),
    "3,Conn,Connectivity,1,1,Aggregate,Index",
    "3,Sust,Sustainability,1,1,Aggregate,Index",
    "4,Index,Index,1,1,Aggregate,",
    "NA,Group_GDP,GDP group,NA,NA,Group,",
  ];
  const rows = [["uCode", "uName", "Group_GDP", ...indicators.map((ind) => ind.code)].join(",")];
  for (let u = 0; u < units; u += 1) {
    const latent = normal();
    const cells = indicators.map((ind) => {
      if (random() < 0.03) return "";
      const base = latent * 0.6 + normal() * 0.8;
      // Log-normal indicators carry the outliers the winsorisation and log fallback act on.
      const value = ind.skewed ? Math.exp(1.4 * base) * 10 : 50 + 12 * base;
      return String(Math.round(value * 1000) / 1000);
    });
    rows.push(
      [`U${String(u + 1).padStart(2, "0")}`, `Unit ${u + 1}`, ["L", "M", "H"][u % 3], ...cells].join(","),
    );
  }
  const pipeline = {
    compat: "coinr",
    steps: [
      { op: "Impute", dset: "Raw", f_i: "i_mean_grp", use_group: "Group_GDP", write_to: "Imputed" },
      {
        op: "Treat",
        dset: "Imputed",
        global_specs: {
          f1: "winsorise",
          f1_para: { winmax: 5, skew_thresh: 2, kurt_thresh: 3.5 },
          f2: "log_CT",
        },
        write_to: "Treated",
      },
      {
        op: "Normalise",
        dset: "Treated",
        global_specs: { f_n: "n_minmax", f_n_para: { l_u: [1, 100] } },
        directions: "Direction",
        write_to: "Normalised",
      },
      { op: "Aggregate", dset: "Normalised", f_ag: "a_amean", w: "Weight", write_to: "Aggregated" },
    ],
  };
  const weightLines = ["set,iCode,Weight"];
  const aggregates = [...pillars.map((_, p) => `P${p + 1}`), "Conn", "Sust"];
  for (let s = 1; s <= noisySets; s += 1) {
    for (const ind of indicators) weightLines.push(`w${s},${ind.code},1`);
    for (const code of aggregates) weightLines.push(`w${s},${code},${1 + 0.25 * (2 * random() - 1)}`);
    weightLines.push(`w${s},Index,1`);
  }
  const uncertain = [
    {
      name: "Winsorisation",
      step: "Treated",
      argument: "global_specs.f1_para.winmax",
      alternatives: [1, 2, 3, 4, 5],
    },
    {
      name: "Normalisation",
      step: "Normalised",
      argument: "global_specs",
      alternatives: [
        { f_n: "n_minmax", f_n_para: { l_u: [1, 100] } },
        { f_n: "n_zscore", f_n_para: { m_sd: [10, 2] } },
      ],
    },
    { name: "Aggregation", step: "Aggregated", argument: "f_ag", alternatives: ["a_amean", "a_gmean"] },
    { name: "Weights", weight_sets: "weights.csv" },
  ];
  const file = (name: string) => path.join(dir, name);
  writeFileSync(file("iData.csv"), `${rows.join("\n")}\n`);
  writeFileSync(file("iMeta.csv"), `${meta.join("\n")}\n`);
  writeFileSync(file("pipeline.json"), `${JSON.stringify(pipeline, null, 2)}\n`);
  writeFileSync(file("weights.csv"), `${weightLines.join("\n")}\n`);
  writeFileSync(file("uncertain.json"), `${JSON.stringify(uncertain, null, 2)}\n`);
  return {
    dataPath: file("iData.csv"),
    metaPath: file("iMeta.csv"),
    pipelinePath: file("pipeline.json"),
    uncertainPath: file("uncertain.json"),
    indicators: indicators.length,
    units,
  };
}
