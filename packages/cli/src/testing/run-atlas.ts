/** Runs the real `atlas` binary (bin/atlas.mjs through tsx) as a child process, as a user would. */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const atlasBin = fileURLToPath(new URL("../../bin/atlas.mjs", import.meta.url));

export interface AtlasRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runAtlas(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Promise<AtlasRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [atlasBin, ...args], {
      env: { ...process.env, LOG_LEVEL: "warn", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
