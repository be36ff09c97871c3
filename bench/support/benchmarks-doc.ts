/**
 * Writes docs/benchmarks.md: a fixed introduction, then one section per benchmark between
 * `<!-- bench:NAME -->` markers. Running one benchmark replaces its own section and keeps the
 * others as they were measured, each with its own date, machine and commit.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";

export interface SectionSpec {
  readonly name: string;
  readonly title: string;
}

const introduction = `# Benchmarks

Measurements of Circular Atlas against the targets of the issues that set them (issue 1,
acceptance criteria 1 and 5; issue 3, criterion 4; issue 4, criterion 5). Each result is compared with its target and
given as a ratio: below 1 × target meets a "less than" target. Where there is a reference tool
(MiniSearch, for search), it runs in the same benchmark on the same data.

Benchmarks are not tests: they live in \`bench/\`, run only on demand, and rewrite their own
section of this page. Run them all with \`npm run bench\`, or one with \`npm run bench -- NAME\`
(\`cold-start\`, \`warm-start\`, \`home-weight\`, \`api-latency\`, \`search\`, \`sdmx-import\`). They need what
\`npm install\` brings (autocannon, playwright-core, minisearch) and, for \`home-weight\` and the map
timing of \`cold-start\`, Debian's Chromium (\`apt-get install chromium\`, or \`CHROMIUM_PATH\`).

Every benchmark runs a copy of the repository in a temporary directory: the tracked files of
HEAD (\`npm run bench -- --source=worktree\` takes the working tree instead), with
\`node_modules\` mirrored from the repository, no web build and no data directory, as a fresh
clone after \`npm install\`. The server always runs as a child process of its own
(\`node packages/cli/bin/atlas.mjs serve\`, or \`npm start\`) on 127.0.0.1 and a free port; no
request leaves the machine. \`search\` measures the search service itself, in a process of its own
started in the copy, with an in-memory database.

Hosts differ. The "reference machine" (2 cores, 24 GiB) has come as different virtual CPUs from
session to session, and a whole benchmark can run twice as fast on one as on another. The same
search code (commits d0d52fc and 37ac9be change nothing the search runs) measured search p95
80.9 ms (1.62 × the 50 ms target), facets p95 32.4 ms and a load of 296 s on an AMD EPYC host,
and search p95 40.0 ms (0.80 × target), facets p95 14.9 ms and a load of 164 s on the Intel Xeon
host of the search section. MiniSearch, measured in the same runs, moved the same way (157 → 123 ms
search p95; 13.0 → 11.7 s build). The search target is therefore met on the faster host and missed
on the slower one; read each section's ratios against its own "Measured on" line.
`;

export function updateBenchmarksDoc(options: {
  path: string;
  sections: readonly SectionSpec[];
  updated: ReadonlyMap<string, string>;
}): void {
  const previous = existsSync(options.path) ? readFileSync(options.path, "utf8") : "";
  const parts = [introduction.trimEnd()];
  for (const section of options.sections) {
    const body =
      options.updated.get(section.name) ??
      readSection(previous, section.name) ??
      `## ${section.title}\n\nNot measured yet: \`npm run bench -- ${section.name}\`.`;
    parts.push(`<!-- bench:${section.name} -->\n${body.trim()}\n<!-- /bench:${section.name} -->`);
  }
  writeFileSync(options.path, `${parts.join("\n\n")}\n`);
}

function readSection(document: string, name: string): string | undefined {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from === -1 || to === -1 || to < from) return undefined;
  return document.slice(from + start.length, to);
}
