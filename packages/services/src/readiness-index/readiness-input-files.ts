/**
 * The readiness index's engine inputs as the files `atlas index build` and `atlas index
 * uncertainty` read: `iData.csv`, `iMeta.csv`, `pipeline.json` and `uncertainty.json`. A reviewer
 * downloads the four and reruns the published index with the CLI.
 */
import type { ReadinessIndex } from "@circular-atlas/contracts";
import { toCsv } from "@circular-atlas/formats";

export const readinessInputFileNames = [
  "iData.csv",
  "iMeta.csv",
  "pipeline.json",
  "uncertainty.json",
] as const;
export type ReadinessInputFileName = (typeof readinessInputFileNames)[number];

export interface ReadinessInputFile {
  readonly name: ReadinessInputFileName;
  readonly contentType: string;
  readonly text: string;
}

export function readinessInputFile(index: ReadinessIndex, name: ReadinessInputFileName): ReadinessInputFile {
  const { inputs } = index;
  switch (name) {
    case "iData.csv":
      return {
        name,
        contentType: "text/csv; charset=utf-8",
        text: toCsv(inputs.iData.header, inputs.iData.rows),
      };
    case "iMeta.csv":
      return {
        name,
        contentType: "text/csv; charset=utf-8",
        text: toCsv(inputs.iMeta.header, inputs.iMeta.rows),
      };
    case "pipeline.json":
      return { name, contentType: "application/json", text: `${JSON.stringify(inputs.pipeline, null, 2)}\n` };
    case "uncertainty.json":
      return {
        name,
        contentType: "application/json",
        text: `${JSON.stringify(inputs.uncertainty, null, 2)}\n`,
      };
  }
}
