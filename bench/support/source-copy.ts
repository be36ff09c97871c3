/**
 * A copy of the repository in a temporary directory, in the state of a fresh clone after
 * `npm install`: the tracked files of HEAD (or of the working tree), no web build, no data
 * directory, and node_modules mirrored from the repository without reinstalling.
 *
 * Benchmarks run there so they never touch the working tree other people are editing, and so
 * "fresh clone" means exactly that. Third-party packages are symlinked (they are read-only);
 * the workspace links (`node_modules/@circular-atlas/*`) and `.bin` are copied as the relative
 * symlinks they are, so they point into the copy and not back into the repository.
 */
import { execFileSync, execSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import path from "node:path";
import { createTempDir } from "./temp-dirs.ts";

export type SourceName = "head" | "worktree";

export interface SourceCopy {
  readonly root: string;
  readonly source: SourceName;
}

/** Caches a build tool keeps between runs; a fresh install has none. */
const skippedEntries = new Set([".vite", ".vite-temp", ".cache"]);

export function createSourceCopy(options: { repositoryRoot: string; source: SourceName }): SourceCopy {
  const root = path.join(createTempDir("copy"), "circular-atlas");
  mkdirSync(root);
  if (options.source === "head") {
    execSync(`git archive --format=tar HEAD | tar -x -C ${JSON.stringify(root)}`, {
      cwd: options.repositoryRoot,
      stdio: ["ignore", "ignore", "inherit"],
    });
  } else {
    copyWorkingTree(options.repositoryRoot, root);
  }
  for (const workspace of [".", ...readWorkspaces(options.repositoryRoot)]) {
    mirrorNodeModules(path.join(options.repositoryRoot, workspace), path.join(root, workspace));
  }
  return { root, source: options.source };
}

function readWorkspaces(repositoryRoot: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(repositoryRoot, "package.json"), "utf8")) as {
    workspaces?: string[];
  };
  return manifest.workspaces ?? [];
}

/** Tracked and untracked-but-not-ignored files, as `git status` sees the working tree. */
function copyWorkingTree(repositoryRoot: string, target: string): void {
  const listing = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: repositoryRoot,
    encoding: "utf8",
    maxBuffer: 64 * 2 ** 20,
  });
  for (const file of listing.split("\0")) {
    const from = path.join(repositoryRoot, file);
    // Deleted but not yet staged files are still listed.
    if (file === "" || !existsSync(from)) continue;
    cpSync(from, path.join(target, file), { preserveTimestamps: true, verbatimSymlinks: true });
  }
}

function mirrorNodeModules(packageDirectory: string, copyDirectory: string): void {
  const from = path.join(packageDirectory, "node_modules");
  if (!existsSync(from)) return;
  const to = path.join(copyDirectory, "node_modules");
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) {
    if (skippedEntries.has(entry)) continue;
    if (entry === ".bin" || entry === "@circular-atlas") {
      cpSync(path.join(from, entry), path.join(to, entry), { recursive: true, verbatimSymlinks: true });
    } else {
      symlinkSync(path.join(from, entry), path.join(to, entry));
    }
  }
}
