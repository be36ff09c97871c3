// Type-checks every package with its own compiler settings (engines without DOM or Node types),
// then the root scripts, e2e and bench files. Exits non-zero on the first failing project.
import { spawnSync } from "node:child_process";

const projects = [
  "packages/engines",
  "packages/formats",
  "packages/contracts",
  "packages/database",
  "packages/services",
  "packages/server",
  "packages/cli",
  "packages/web",
  ".",
];

for (const project of projects) {
  const result = spawnSync("npx", ["tsc", "-p", project], { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`type-check failed in ${project}`);
    process.exit(result.status ?? 1);
  }
}
