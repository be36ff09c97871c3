/**
 * A four-unit, four-indicator index small enough to compute by hand (the expected scores are in
 * `build-index-files.test.ts`), written to a folder as the CLI reads it. iData rows are not in
 * uCode order, so tests see that outputs follow iData's order while the engine sorts units.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";

export const smallIndexData = [
  "uCode,uName,A1,A2,B1,B2",
  "ZZ,Zed,10,5,2,1",
  "AA,Ay,20,1,2,3",
  "MM,Em,30,3,8,2",
  "BB,Bee,40,,4,5",
].join("\n");

export const smallIndexMeta = [
  "Level,iCode,iName,Direction,Weight,Type,Parent",
  "1,A1,First A,1,1,Indicator,A",
  "1,A2,Second A,-1,1,Indicator,A",
  "1,B1,First B,1,1,Indicator,B",
  "1,B2,Second B,1,1,Indicator,B",
  "2,A,Pillar A,1,1,Aggregate,Index",
  "2,B,Pillar B,1,1,Aggregate,Index",
  "3,Index,Index,1,1,Aggregate,",
].join("\n");

export const smallIndexPipeline = {
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
};

export interface SmallIndexPaths {
  readonly dataPath: string;
  readonly metaPath: string;
  readonly pipelinePath: string;
}

export function writeSmallIndex(dir: string, pipeline: unknown = smallIndexPipeline): SmallIndexPaths {
  const paths = {
    dataPath: path.join(dir, "iData.csv"),
    metaPath: path.join(dir, "iMeta.csv"),
    pipelinePath: path.join(dir, "pipeline.json"),
  };
  writeFileSync(paths.dataPath, `${smallIndexData}\n`);
  writeFileSync(paths.metaPath, `${smallIndexMeta}\n`);
  writeFileSync(paths.pipelinePath, JSON.stringify(pipeline));
  return paths;
}
