/**
 * A lock file that keeps a second process off a PGlite data directory. It records the owner's
 * pid; a lock left by a process that no longer runs is taken over.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DatabaseError } from "./errors.ts";

export function acquireDataDirectoryLock(directory: string): () => void {
  const lockPath = path.join(directory, "atlas.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off("exit", release);
        rmSync(lockPath, { force: true });
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if (!(error instanceof Error) || (error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(readFileSync(lockPath, "utf8").trim());
      if (Number.isInteger(owner) && owner > 0 && isRunning(owner)) {
        throw new DatabaseError(
          "database/in-use",
          `the data directory ${directory} is in use by process ${owner} (is "atlas serve" running?); stop it first, or use the HTTP API, or set DATABASE_URL to share a PostgreSQL database`,
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new DatabaseError("database/in-use", `cannot lock the data directory ${directory}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
