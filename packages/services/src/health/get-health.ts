/** Database reachability, migration state and baseline version, for `/api/health`. */
import type { Health } from "@circular-atlas/contracts";
import {
  appStateKeys,
  countObservations,
  type DatabaseHandle,
  migrationStatus,
  readAppState,
} from "@circular-atlas/database";

export async function getHealth(options: {
  handle: DatabaseHandle;
  version: string;
  now?: () => number;
}): Promise<Health> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  try {
    const status = await migrationStatus(options.handle.db);
    const baselineVersion = await readAppState(options.handle.db, appStateKeys.baselineVersion);
    const observations = await countObservations(options.handle.db, "baseline");
    const upToDate = status.pending.length === 0 && !status.newerThanApp;
    return {
      status: upToDate && baselineVersion !== null ? "ok" : "degraded",
      version: options.version,
      database: {
        kind: options.handle.kind,
        reachable: true,
        latencyMs: Math.round((now() - started) * 100) / 100,
      },
      migrations: { applied: status.applied, available: status.available, pending: status.pending, upToDate },
      baseline: { version: baselineVersion, observations },
    };
  } catch {
    return {
      status: "degraded",
      version: options.version,
      database: {
        kind: options.handle.kind,
        reachable: false,
        latencyMs: Math.round((now() - started) * 100) / 100,
      },
      migrations: { applied: 0, available: 0, pending: [], upToDate: false },
      baseline: { version: null, observations: 0 },
    };
  }
}
