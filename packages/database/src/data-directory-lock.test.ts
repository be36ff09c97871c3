import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDataDirectoryLock } from "./data-directory-lock.ts";

describe("acquireDataDirectoryLock", () => {
  const directories: string[] = [];
  const newDirectory = () => {
    const directory = mkdtempSync(path.join(tmpdir(), "atlas-lock-"));
    directories.push(directory);
    return directory;
  };
  afterEach(() => {
    for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
  });

  it("refuses a directory another live process holds, naming the process", () => {
    const directory = newDirectory();
    const release = acquireDataDirectoryLock(directory);
    expect(() => acquireDataDirectoryLock(directory)).toThrow(`in use by process ${process.pid}`);
    release();
    acquireDataDirectoryLock(directory)();
  });

  it("takes over a lock left by a process that has exited", () => {
    const directory = newDirectory();
    // Pid 2^22 + 1 is above Linux's default pid_max, so no process can hold it.
    writeFileSync(path.join(directory, "atlas.lock"), String(2 ** 22 + 1));
    const release = acquireDataDirectoryLock(directory);
    release();
  });
});
