/**
 * Where Debian's Chromium is. The browser journeys drive the system browser, never one that
 * Playwright downloads; `ATLAS_CHROMIUM` names another executable (or hides it, for testing the
 * skip rule: `ATLAS_CHROMIUM=/nonexistent`).
 */
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

export const chromiumInstallHint = "apt-get install chromium";

const debianChromium = "/usr/bin/chromium";

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium to launch, or null when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const override = env["ATLAS_CHROMIUM"];
  if (override !== undefined && override !== "") return isExecutable(override) ? override : null;
  if (isExecutable(debianChromium)) return debianChromium;
  for (const dir of (env["PATH"] ?? "").split(delimiter)) {
    if (dir === "") continue;
    const candidate = join(dir, "chromium");
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

/**
 * Flags for a headless run on an offline machine: without the background-networking ones,
 * Chromium calls Google's update and sync services, which the journeys would report as leaks.
 */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
] as const;
