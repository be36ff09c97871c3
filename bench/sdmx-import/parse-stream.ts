/**
 * Child process of the import benchmark: streams an SDMX-CSV file through the formats package's
 * incremental reader in 64 KiB chunks and prints one JSON line: observations read, errors,
 * seconds, and the peak resident set size sampled every 20 ms.
 */
import { createReadStream } from "node:fs";
import { readSdmxCsvStream, SdmxCsvReader } from "@circular-atlas/formats";

const file = process.argv[2];
if (file === undefined) throw new Error("usage: parse-stream.ts <file.csv>");
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);
const started = performance.now();
const reader = new SdmxCsvReader();
let observations = 0;
for await (const rows of readSdmxCsvStream(createReadStream(file, { highWaterMark: 1 << 16 }), reader))
  observations += rows.length;
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
const errors = reader.diagnostics.filter((diagnostic) => diagnostic.severity === "error").length;
console.log(JSON.stringify({ observations, errors, seconds, peakRssBytes: peak }));
