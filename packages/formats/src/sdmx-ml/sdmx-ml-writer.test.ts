/**
 * SDMX-ML StructureSpecific writing: every dimension filled, attributes at their level, markup in
 * comments escaped, and `parseSdmxMl(toSdmxMl(x))` giving back `x` — for hand-made cases, for
 * arbitrary observations (fast-check), and for the real Kyrgyz 12.4.2 file read, written and
 * read again (reads ../shared/data/open-sdg-kyrgyzstan-sdmx; skipped where it is absent).
 */
// biome-ignore lint/correctness/noNodejsModules: the test reads ../shared; the code under test does no IO.
import { existsSync, readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { SdmxObservation } from "../sdmx/sdmx-observation.ts";
import { unSdgStructure } from "../sdmx/sdmx-structure.ts";
import { parseSdmxMl } from "./sdmx-ml-data-reader.ts";
import { toSdmxMl } from "./sdmx-ml-writer.ts";

const dsd = { agency: "IAEG-SDGs", id: "SDG", version: "1.24" };
const header = { id: "ATLAS-1", sender: "ECO", prepared: "2026-12-03T10:00:00Z" };

const observation = (overrides: Partial<SdmxObservation> = {}): SdmxObservation => ({
  line: 1,
  action: "information",
  structure: null,
  kind: "observation",
  dimensions: { FREQ: "A", REPORTING_TYPE: "N", SERIES: "EN_HAZ_TRTDISR", REF_AREA: "417" },
  timePeriod: "2015",
  value: "46.70",
  attributes: { UNIT_MEASURE: "PT", UNIT_MULT: "0", OBS_STATUS: "A" },
  ...overrides,
});

/** What a reader gives back: every dimension filled, compared without the line and structure. */
const comparable = (item: SdmxObservation) => ({
  dimensions: Object.fromEntries(unSdgStructure.dimensions.map((id) => [id, item.dimensions[id] ?? "_T"])),
  timePeriod: item.timePeriod,
  value: item.value,
  attributes: item.attributes,
});

describe("toSdmxMl", () => {
  it("writes series with their attributes, fills totals with _T, and reads back", () => {
    const rows = [
      observation(),
      observation({
        timePeriod: "2016",
        value: "32.79",
        attributes: { ...observation().attributes, COMMENT_OBS: 'a <"note"> & more' },
      }),
      observation({ dimensions: { ...observation().dimensions, SEX: "F" }, value: null }),
    ];
    const written = toSdmxMl(rows, { structure: unSdgStructure, dsd, header });
    expect(written).toMatchObject({ written: 3, diagnostics: [] });
    expect(written.text).toContain(
      '<Series FREQ="A" REPORTING_TYPE="N" SERIES="EN_HAZ_TRTDISR" REF_AREA="417" SEX="_T"',
    );
    expect(written.text).toContain('COMMENT_OBS="a &lt;&quot;note&quot;&gt; &amp; more"');
    expect(written.text.match(/<Series /g)).toHaveLength(2);
    const read = parseSdmxMl(written.text, { structure: unSdgStructure });
    expect(read.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    expect(read.observations.map(comparable)).toEqual(
      [rows[0], rows[1], rows[2]].map((row) =>
        comparable({ ...(row as SdmxObservation), value: row?.value ?? null }),
      ),
    );
    expect(read.header?.structures[0]).toMatchObject({
      dimensionAtObservation: "TIME_PERIOD",
      ref: { kind: "datastructure", agency: "IAEG-SDGs", id: "SDG", version: "1.24" },
    });
  });

  it("reports an observation without an identifying dimension instead of writing it", () => {
    const written = toSdmxMl([observation({ dimensions: { FREQ: "A", SERIES: "X" } })], {
      structure: unSdgStructure,
      dsd,
      header,
    });
    expect(written.written).toBe(0);
    expect(written.diagnostics[0]).toMatchObject({ code: "sdmx-ml/missing-dimension", row: 1 });
  });

  const code = fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,8}$/);
  const text = fc.string({ maxLength: 20 }).filter((value) => value.trim() === value && value !== "");
  test.prop([
    fc.array(
      fc.record({
        series: code,
        area: code,
        year: fc.integer({ min: 1990, max: 2030 }),
        value: fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
        comment: fc.option(text, { nil: undefined }),
      }),
      { maxLength: 20 },
    ),
  ])("gives back what it wrote, for arbitrary observations", (items) => {
    const seen = new Set<string>();
    const rows = items
      .filter((item) => {
        const key = `${item.series}|${item.area}|${item.year}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .map((item) =>
        observation({
          dimensions: { FREQ: "A", REPORTING_TYPE: "N", SERIES: item.series, REF_AREA: item.area },
          timePeriod: String(item.year),
          value: item.value,
          attributes: {
            UNIT_MEASURE: "PT",
            ...(item.comment === undefined ? {} : { COMMENT_OBS: item.comment }),
          },
        }),
      );
    const read = parseSdmxMl(toSdmxMl(rows, { structure: unSdgStructure, dsd, header }).text, {
      structure: unSdgStructure,
    });
    const sort = (list: ReturnType<typeof comparable>[]) =>
      [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(sort(read.observations.map(comparable))).toEqual(sort(rows.map(comparable)));
  });

  const kyrgyz = "../shared/data/open-sdg-kyrgyzstan-sdmx/data/12.4.2.xml";
  it.skipIf(!existsSync(kyrgyz))(
    "writes the real Kyrgyz 12.4.2 file back to the same 31 observations",
    () => {
      const original = parseSdmxMl(readFileSync(kyrgyz), { structure: unSdgStructure });
      expect(original.observations).toHaveLength(31);
      const again = parseSdmxMl(
        toSdmxMl(original.observations, { structure: unSdgStructure, dsd, header }).text,
        {
          structure: unSdgStructure,
        },
      );
      expect(again.observations.map(comparable)).toEqual(original.observations.map(comparable));
    },
  );
});
