// Builds the web bundle (packages/web/dist) when it is missing or older than any file it is built
// from, then exits; `npm start` runs it before the server so the server always serves a current UI.
// Test files do not go into the bundle, so changing them does not trigger a build.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const builtFile = join(root, "packages/web/dist/index.html");
const inputs = [
  "packages/web/index.html",
  "packages/web/vite.config.ts",
  "packages/web/package.json",
  "packages/web/src",
  "packages/web/public",
  // The web app imports these workspace packages' sources.
  "packages/contracts/src",
  "packages/formats/src",
  "package-lock.json",
];
const isTestOnly = (path) => /\.test\.tsx?$|[/\\]__snapshots__[/\\]|[/\\]src[/\\]test[/\\]/.test(path);

function newestInput(path) {
  if (!existsSync(path)) return { path, time: 0 };
  const stats = statSync(path);
  if (!stats.isDirectory()) return { path, time: isTestOnly(path) ? 0 : stats.mtimeMs };
  let newest = { path, time: 0 };
  for (const entry of readdirSync(path)) {
    const candidate = newestInput(join(path, entry));
    if (candidate.time > newest.time) newest = candidate;
  }
  return newest;
}

const newest = inputs
  .map((input) => newestInput(join(root, input)))
  .reduce((a, b) => (b.time > a.time ? b : a));
const builtAt = existsSync(builtFile) ? statSync(builtFile).mtimeMs : 0;

if (builtAt >= newest.time) {
  console.log("web bundle is up to date");
  process.exit(0);
}
console.log(
  builtAt === 0
    ? "web bundle missing: building packages/web"
    : `web bundle older than ${relative(root, newest.path)}: rebuilding packages/web`,
);
const result = spawnSync("npm", ["run", "build", "--workspace", "@circular-atlas/web"], {
  cwd: root,
  stdio: "inherit",
  shell: process.platform === "win32",
  // Always the production bundle: under vitest NODE_ENV is "test", and Vite would then build
  // React's development version (about 40 % heavier) into the dist that npm start serves.
  env: { ...process.env, NODE_ENV: "production" },
});
process.exit(result.status ?? 1);
