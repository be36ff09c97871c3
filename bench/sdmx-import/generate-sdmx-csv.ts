/**
 * A synthetic SDMX-CSV 1.0 file of `count` observations for the import benchmark: the bundled
 * baseline's indicators without breakdowns × the ten member states (REF_AREA as M49) × monthly
 * periods, values inside each unit's plausible range so the data-quality rules raise no flags.
 * Written in chunks, so generating a million rows needs no million-row string.
 */
import { createWriteStream, readFileSync } from "node:fs";
import path from "node:path";

interface BaselineIndicator {
  readonly code: string;
  readonly unit: string;
  readonly dimensions: readonly string[];
}

const memberStates = [4, 31, 364, 398, 417, 586, 762, 792, 795, 860];

export async function generateSdmxCsv(repositoryRoot: string, file: string, count: number): Promise<number> {
  const indicators = JSON.parse(
    readFileSync(path.join(repositoryRoot, "data", "baseline", "indicators.json"), "utf8"),
  ) as BaselineIndicator[] | { indicators: BaselineIndicator[] } as
    | BaselineIndicator[]
    | { indicators: BaselineIndicator[] };
  const list = (Array.isArray(indicators) ? indicators : indicators.indicators).filter(
    (indicator) => indicator.dimensions.length === 0,
  );
  const perPeriod = list.length * memberStates.length;
  const periods = Math.ceil(count / perPeriod);
  const out = createWriteStream(file);
  let failure: Error | undefined;
  out.on("error", (error) => {
    failure = error;
  });
  const write = (text: string) =>
    new Promise<void>((resolve, reject) => {
      if (failure !== undefined) reject(failure);
      else if (out.write(text)) resolve();
      else out.once("drain", resolve);
    });
  await write(
    "DATAFLOW,FREQ,REPORTING_TYPE,SERIES,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS\n",
  );
  let written = 0;
  let buffer = "";
  for (let period = 0; period < periods && written < count; period++) {
    const year = 1900 + Math.floor(period / 12);
    const timePeriod = `${year}-${String((period % 12) + 1).padStart(2, "0")}`;
    for (const indicator of list)
      for (const area of memberStates) {
        if (written === count) break;
        // Smooth, bounded values: a percent stays within 0–100, nothing jumps between months.
        const value = (40 + 10 * Math.sin((written % 9973) / 50)).toFixed(2);
        buffer += `IAEG-SDGs:DF_SDG_GLH(1.24),M,N,${indicator.code},${area},${timePeriod},${value},${indicator.unit},0,A\n`;
        written++;
        if (buffer.length > 1 << 16) {
          await write(buffer);
          buffer = "";
        }
      }
  }
  await write(buffer);
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return written;
}
