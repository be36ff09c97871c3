// The one check command (`npm test`): Biome, the type-checker for every package, then every
// vitest project (unit, integration on PGlite and, with DATABASE_URL, PostgreSQL, and the browser
// journeys). It installs nothing. It writes test-results/summary.json with the counts that
// `.ci/run` prints, and exits non-zero when anything failed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const resultsDir = `${root}test-results`;
mkdirSync(resultsDir, { recursive: true });
const env = { ...process.env, TZ: "UTC" };
const started = performance.now();

function run(label, command, args) {
  console.log(`\n── ${label}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  return result.status === 0;
}

const checks = [];
checks.push({ name: "biome", ok: run("lint and format", "npx", ["biome", "check", "."]) });
checks.push({ name: "typecheck", ok: run("types", "node", ["scripts/typecheck.mjs"]) });

const vitestReport = `${resultsDir}/vitest.json`;
const vitestOk = run("tests", "npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${vitestReport}`,
]);

let passed = checks.filter((check) => check.ok).length;
let failed = checks.filter((check) => !check.ok).length;
let skipped = 0;
if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  // A suite that failed to load has no failed tests but must still fail the run.
  const brokenSuites = report.testResults.filter(
    (suite) => suite.status === "failed" && suite.assertionResults.length === 0,
  );
  failed += brokenSuites.length;
  if (!vitestOk && report.numFailedTests === 0 && brokenSuites.length === 0) failed += 1;
} else {
  failed += 1;
}

const summary = {
  passed,
  failed,
  skipped,
  seconds: Math.round((performance.now() - started) / 1000),
  checks,
};
writeFileSync(`${resultsDir}/summary.json`, `${JSON.stringify(summary, null, 2)}\n`);
console.log(
  `\n${passed} passed, ${failed} failed${skipped > 0 ? ` (${skipped} skipped)` : ""} in ${summary.seconds}s`,
);
process.exit(failed === 0 ? 0 : 1);
