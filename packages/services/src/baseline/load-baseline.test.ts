/**
 * Loading the real bundled baseline, on PGlite and (with DATABASE_URL) PostgreSQL: counts match
 * the manifest, a second load is a no-op, and a forced reload never overwrites imported values.
 */
import { countObservations, type DatabaseHandle, findObservations } from "@circular-atlas/database";
import { testDatabaseTargets } from "@circular-atlas/database/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importObservations } from "../imports/import-observations.ts";
import { bundledBaselineDir } from "../testing/baseline-fixture.ts";
import { loadBaseline } from "./load-baseline.ts";
import { readBaseline } from "./read-baseline.ts";

for (const target of testDatabaseTargets()) {
  describe(`loadBaseline on ${target.kind}`, () => {
    let handle: DatabaseHandle;
    beforeAll(async () => {
      handle = await target.open();
    });
    afterAll(async () => {
      await handle.close();
    });

    it("loads every observation of the manifest, reporting progress, then skips an unchanged bundle", async () => {
      const baseline = await readBaseline(bundledBaselineDir);
      const progress: number[] = [];
      const first = await loadBaseline({
        db: handle.db,
        directory: bundledBaselineDir,
        onProgress: (done) => progress.push(done),
      });
      expect(first.loaded).toBe(true);
      expect(first.observations.inserted).toBe(baseline.manifest.counts.observations);
      expect(await countObservations(handle.db, "baseline")).toBe(baseline.manifest.counts.observations);
      expect(progress.at(-1)).toBe(baseline.manifest.counts.observations);
      const second = await loadBaseline({ db: handle.db, directory: bundledBaselineDir });
      expect(second).toEqual({
        version: baseline.manifest.version,
        loaded: false,
        observations: { inserted: 0, updated: 0, kept: 0, removed: 0 },
      });
    });

    it("keeps an imported correction when the baseline is loaded again", async () => {
      await importObservations({
        db: handle.db,
        fileName: "correction.csv",
        text: "indicator,area,year,value,unit,source\nEN_MAT_DOMCMPC,KAZ,2017,29.5,T_PER_CAP,Ministry of Ecology of Kazakhstan (2024)\n",
      });
      const reload = await loadBaseline({ db: handle.db, directory: bundledBaselineDir, force: true });
      expect(reload.observations.kept).toBe(1);
      expect(reload.observations.removed).toBe(0);
      const [kaz2017] = await findObservations(handle.db, {
        indicators: ["EN_MAT_DOMCMPC"],
        areas: ["KAZ"],
        from: 2017,
        to: 2017,
        totalsOnly: true,
      });
      expect(kaz2017?.value).toBe("29.5");
    });
  });
}
