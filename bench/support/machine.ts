/**
 * What a result was measured on: the machine, the Node.js version, the date and the commit.
 * Every section of docs/benchmarks.md carries one, since sections are refreshed one at a time.
 */
import { execFileSync } from "node:child_process";
import os from "node:os";

export interface MeasurementSetting {
  readonly cores: number;
  readonly cpuModel: string;
  readonly memoryGiB: number;
  readonly nodeVersion: string;
  readonly platform: string;
  readonly date: string;
  readonly commit: string;
}

export function describeSetting(options: { repositoryRoot: string; commit: string }): MeasurementSetting {
  return {
    cores: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? "unknown CPU",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    nodeVersion: process.version,
    platform: `${os.type()} ${os.release()}`,
    date: new Date().toISOString().slice(0, 10),
    commit: options.commit,
  };
}

/** The short hash of HEAD, marked when the measured copy also held uncommitted changes. */
export function describeCommit(repositoryRoot: string, includesWorkingTree: boolean): string {
  const hash = execFileSync("git", ["rev-parse", "--short", "HEAD"], {
    cwd: repositoryRoot,
    encoding: "utf8",
  });
  return includesWorkingTree ? `${hash.trim()} + working tree` : hash.trim();
}

export function formatSetting(setting: MeasurementSetting): string {
  return (
    `Measured on ${setting.date}: ${setting.cores} cores (${setting.cpuModel}), ` +
    `${setting.memoryGiB} GiB memory, ${setting.platform}, Node.js ${setting.nodeVersion}, ` +
    `commit ${setting.commit}.`
  );
}
