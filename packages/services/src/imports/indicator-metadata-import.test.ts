/**
 * An Open SDG repository's indicator metadata, imported beside its data: translation keys
 * resolved per language (missing where a language has no text), indicator-config merged under
 * meta, re-imports replacing, dry runs writing nothing, an unreadable file stopping everything.
 * The small repository is written for the test in the Kazakh repository's layout; the last suite
 * reads the real one (../shared/data/open-sdg-kazakhstan) and is skipped where it is absent.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { DatabaseHandle } from "@circular-atlas/database";
import { seedReferenceData, testDatabaseTargets } from "@circular-atlas/database/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getIndicatorMetadata, metadataNumbersOf } from "../reference/indicator-metadata.ts";
import { importObservations } from "./import-observations.ts";
import { importIndicatorMetadata, repositoryMetadataRecords } from "./indicator-metadata-import.ts";
import { readOpenSdgRepository } from "./read-import-folder.ts";

async function writeRepository(root: string, meta: string): Promise<void> {
  const files: Record<string, string> = {
    "data/indicator_12-2-2.csv": "Year,Value\n2016,14.1\n",
    "indicator-config/12-2-2.yml":
      "indicator_name: global_indicators.12-2-2-title\nreporting_status: complete\ngraph_type: line\n",
    "meta/12-2-2.yml": meta,
    "translations/en/global_indicators.yml": "12-2-2-title: Domestic material consumption\n",
    "translations/en/meta.yml": 'customisation-2: "Global with minor alterations"\n',
    "translations/en/sources.yml": "12-2-2-source_organisation_1: Bureau of National Statistics\n",
    "translations/ru/global_indicators.yml": "12-2-2-title: Внутреннее материальное потребление\n",
    "translations/ru/meta.yml": 'customisation-2: "Глобальный с небольшими изменениями"\n',
    "translations/ru/sources.yml": "12-2-2-source_organisation_1: ''\n",
  };
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
}

const meta =
  "customisation: meta.customisation-2\nsource_organisation_1: sources.12-2-2-source_organisation_1\nun_designated_tier: '1'\nreporting_status: notstarted\n";

describe("metadataNumbersOf", () => {
  it("puts a national series' own number before its SDG indicators", () => {
    expect(metadataNumbersOf("KAZ_12-4-2-1", ["12.4.2"])).toEqual(["12.4.2.1", "12.4.2"]);
    expect(metadataNumbersOf("KAZ_12-4-2.PT", ["12.4.2"])).toEqual(["12.4.2"]);
    expect(metadataNumbersOf("EN_MAT_DOMCMPC", ["12.2.2", "8.4.2"])).toEqual(["12.2.2", "8.4.2"]);
  });
});

for (const target of testDatabaseTargets().slice(0, 1)) {
  describe(`indicator metadata on ${target.kind}`, () => {
    let handle: DatabaseHandle;
    let root: string;
    beforeAll(async () => {
      handle = await target.open();
      await seedReferenceData(handle.db);
      root = await mkdtemp(path.join(tmpdir(), "atlas-metadata-"));
      await writeRepository(root, meta);
    });
    afterAll(async () => {
      await handle.close();
      await rm(root, { recursive: true, force: true });
    });

    it("stores each field per language with the data, and serves it on the national series", async () => {
      const repository = await readOpenSdgRepository(root, "KAZ");
      if (repository === null) throw new Error("the test repository was not recognised");
      expect(repository.metadata.files.map((file) => file.fileName)).toEqual([
        "indicator-config/12-2-2.yml",
        "meta/12-2-2.yml",
      ]);
      const dryRun = await importIndicatorMetadata({
        db: handle.db,
        metadata: repository.metadata,
        areaCode: "KAZ",
        dryRun: true,
      });
      expect(dryRun).toMatchObject({ indicators: ["12.2.2"], inserted: 1, replaced: 0 });
      await importObservations({
        db: handle.db,
        fileName: "repository",
        files: repository.files,
        dictionary: repository.dictionary,
        area: "KAZ",
        source: "Kazstat test repository",
      });
      expect(
        await importIndicatorMetadata({ db: handle.db, metadata: repository.metadata, areaCode: "KAZ" }),
      ).toMatchObject({ inserted: 1, replaced: 0, warnings: [] });
      const { data } = await getIndicatorMetadata({ db: handle.db, code: "KAZ_12-2-2" });
      expect(data).toHaveLength(1);
      expect(data[0]).toMatchObject({
        indicatorNumber: "12.2.2",
        area: "KAZ",
        sourceFiles: ["indicator-config/12-2-2.yml", "meta/12-2-2.yml"],
        content: {},
      });
      expect(data[0]?.fields).toEqual({
        indicator_name: { en: "Domestic material consumption", ru: "Внутреннее материальное потребление" },
        customisation: { en: "Global with minor alterations", ru: "Глобальный с небольшими изменениями" },
        // Empty in Russian: missing there, not the English text.
        source_organisation_1: { en: "Bureau of National Statistics" },
        un_designated_tier: { en: "1", ru: "1" },
        // meta/ wins over indicator-config/.
        reporting_status: { en: "notstarted", ru: "notstarted" },
        graph_type: { en: "line", ru: "line" },
      });
      const again = await importIndicatorMetadata({
        db: handle.db,
        metadata: repository.metadata,
        areaCode: "KAZ",
      });
      expect(again).toMatchObject({ inserted: 0, replaced: 1 });
    });

    it("refuses an unreadable metadata file, naming it and its line, and keeps what was stored", async () => {
      const broken = await mkdtemp(path.join(tmpdir(), "atlas-metadata-broken-"));
      try {
        await writeRepository(broken, "customisation: meta.customisation-2\nbad: [unclosed\n");
        const repository = await readOpenSdgRepository(broken, "KAZ");
        if (repository === null) throw new Error("the test repository was not recognised");
        await expect(
          importIndicatorMetadata({ db: handle.db, metadata: repository.metadata, areaCode: "KAZ" }),
        ).rejects.toThrow(/meta\/12-2-2\.yml, row \d+.*not valid YAML/);
        const { data } = await getIndicatorMetadata({ db: handle.db, code: "KAZ_12-2-2" });
        expect(data[0]?.fields["un_designated_tier"]).toEqual({ en: "1", ru: "1" });
      } finally {
        await rm(broken, { recursive: true, force: true });
      }
    });
  });
}

const kazakh = "../shared/data/open-sdg-kazakhstan";
describe.skipIf(!existsSync(kazakh))("the Kazakh repository's metadata (reads ../shared)", () => {
  it("gives a record for each of the 277 indicators, 12.4.2 with the fields Python finds", async () => {
    const repository = await readOpenSdgRepository(kazakh, "KAZ");
    if (repository === null) throw new Error("not an Open SDG repository");
    const { records, diagnostics } = repositoryMetadataRecords(repository.metadata, "KAZ");
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    // translations/en/sources.yml indents a quoted line's continuation with no-break spaces
    // (U+00A0, line 1012), which YAML does not accept as indentation: its texts are missing in en.
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ file: "translations/en/sources.yml", severity: "warning", row: 1011 }),
    );
    // 277 meta/*.yml and 277 indicator-config/*.yml name the same 277 indicators (Python, os.listdir).
    expect(records).toHaveLength(277);
    const hazardous = records.find((record) => record.indicatorNumber === "12.4.2");
    // The Russian fields Python's yaml.safe_load gives for meta/12-4-2.yml over
    // indicator-config/12-4-2.yml, translation keys resolved against translations/ru.
    expect(
      Object.entries(hazardous?.fields ?? {})
        .filter(([, texts]) => texts["ru"] !== undefined)
        .map(([name]) => name)
        .sort(),
    ).toEqual([
      "availability",
      "classification",
      "computation_units",
      "customisation",
      "data_non_statistical",
      "data_show_map",
      "goal_meta_link",
      "goal_meta_link_text",
      "graph_title",
      "graph_type",
      "indicator_available",
      "indicator_name",
      "indicator_number",
      "reporting_status",
      "source_active_1",
      "source_compilation_1",
      "source_implementation_1",
      "un_custodian_agency",
      "un_designated_tier",
    ]);
    expect(hazardous?.fields["customisation"]?.["kk"]).toBe("Жаһандық шағын өзгерістермен");
  }, 120_000);
});
