/**
 * What the SDMX-ML readers make of the values they read: missing markers, actions, codes checked
 * against the structure, duplicate keys. The messages are written for the test in the shape of
 * SDMX-ML 2.1 StructureSpecificData (Section 3A, Part IV, `structurespecific` namespace), with
 * the UN SDG components the Kyrgyz files use (../shared/specs/observatory.md §2.4).
 */
import { describe, expect, it } from "vitest";
import { type SdmxStructure, unSdgStructure } from "../sdmx/sdmx-structure.ts";
import { parseSdmxMl } from "./sdmx-ml-data-reader.ts";

const breakdowns =
  'SEX="_T" AGE="_T" URBANISATION="_T" INCOME_WEALTH_QUANTILE="_T" EDUCATION_LEV="_T" OCCUPATION="_T" CUST_BREAKDOWN="_T" COMPOSITE_BREAKDOWN="_T" DISABILITY_STATUS="_T" ACTIVITY="_T" PRODUCT="_T"';

/** A one-data-set message; `dataSet` is the DataSet's attributes, `body` its content. */
function message(body: string, dataSet = 'ss:action="Information"', headerExtra = ""): string {
  return `<?xml version="1.0"?>
<message:StructureSpecificData xmlns:ss="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific" xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message" xmlns:common="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common">
  <message:Header>
    <message:ID>TEST</message:ID>
    <message:Structure structureID="SDG" dimensionAtObservation="TIME_PERIOD">
      <common:Structure><Ref agencyID="KG_NSC" id="SDG" version="1.8"/></common:Structure>
    </message:Structure>${headerExtra}
  </message:Header>
  <message:DataSet ss:structureRef="SDG" ${dataSet}>
${body}
  </message:DataSet>
</message:StructureSpecificData>
`;
}

const series = (seriesCode: string, observations: string, area = "KG") =>
  `    <Series FREQ="A" REPORTING_TYPE="N" SERIES="${seriesCode}" REF_AREA="${area}" ${breakdowns} UNIT_MEASURE="KG">
${observations}
    </Series>`;

const sdgWithCodes: SdmxStructure = {
  ...unSdgStructure,
  codelists: {
    FREQ: new Set(["A"]),
    REPORTING_TYPE: new Set(["G", "N"]),
    SERIES: new Set(["EN_HAZ_PCAP", "EN_HAZ_TREATV"]),
    REF_AREA: new Set(["KG", "417"]),
    SEX: new Set(["_T", "F", "M"]),
    OBS_STATUS: new Set(["A", "E"]),
  },
};

describe("missing values", () => {
  it("reads an absent OBS_VALUE, NaN, #N/A and an empty one as missing, never as zero", () => {
    const result = parseSdmxMl(
      message(
        series(
          "EN_HAZ_PCAP",
          [
            '      <Obs TIME_PERIOD="2014" OBS_STATUS="M"/>',
            '      <Obs TIME_PERIOD="2015" OBS_VALUE="NaN" OBS_STATUS="M"/>',
            '      <Obs TIME_PERIOD="2016" OBS_VALUE="#N/A" OBS_STATUS="M"/>',
            '      <Obs TIME_PERIOD="2017" OBS_VALUE="" OBS_STATUS="M"/>',
            '      <Obs TIME_PERIOD="2018" OBS_VALUE="0" OBS_STATUS="A"/>',
          ].join("\n"),
        ),
      ),
    );
    expect(result.diagnostics).toEqual([]);
    expect(
      result.observations.map(({ timePeriod, value, missingMarker }) => ({
        timePeriod,
        value,
        missingMarker,
      })),
    ).toEqual([
      { timePeriod: "2014", value: null, missingMarker: "" },
      { timePeriod: "2015", value: null, missingMarker: "NaN" },
      { timePeriod: "2016", value: null, missingMarker: "#N/A" },
      { timePeriod: "2017", value: null, missingMarker: "" },
      { timePeriod: "2018", value: "0", missingMarker: undefined },
    ]);
  });

  it("keeps decimals as written and reads a decimal comma only when told to", () => {
    const body = series(
      "EN_HAZ_PCAP",
      '      <Obs TIME_PERIOD="2015" OBS_VALUE="7,40"/>\n      <Obs TIME_PERIOD="2016" OBS_VALUE="7.40"/>',
    );
    const plain = parseSdmxMl(message(body));
    expect(plain.observations.map((observation) => observation.value)).toEqual(["7.40"]);
    expect(
      plain.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.row, diagnostic.columnName]),
    ).toEqual([["sdmx/bad-value", 11, "OBS_VALUE"]]);
    const comma = parseSdmxMl(message(body), { decimalComma: true });
    expect(comma.observations.map((observation) => observation.value)).toEqual(["7.40", "7.40"]);
  });
});

describe("actions", () => {
  it("takes the data set's action, else the header's DataSetAction, else Information", () => {
    const body = series("EN_HAZ_PCAP", '      <Obs TIME_PERIOD="2015" OBS_VALUE="1"/>');
    const actionOf = (text: string) => parseSdmxMl(text).observations[0]?.action;
    expect(actionOf(message(body, 'ss:action="Replace"'))).toBe("replace");
    expect(actionOf(message(body, "", "\n    <message:DataSetAction>Append</message:DataSetAction>"))).toBe(
      "append",
    );
    expect(actionOf(message(body, ""))).toBe("information");
  });

  it("reads a delete with a partial key as a partial row, without a missing value", () => {
    const result = parseSdmxMl(
      message(
        '    <Series SERIES="EN_HAZ_PCAP" REF_AREA="KG">\n      <Obs TIME_PERIOD="2015"/>\n    </Series>',
        'ss:action="Delete"',
      ),
      { structure: unSdgStructure },
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.observations).toEqual([
      {
        line: 11,
        action: "delete",
        structure: { kind: "datastructure", agency: "KG_NSC", id: "SDG", version: "1.8" },
        kind: "partial",
        dimensions: { SERIES: "EN_HAZ_PCAP", REF_AREA: "KG" },
        timePeriod: "2015",
        value: null,
        attributes: {},
      },
    ]);
  });

  it("leaves out a data set whose action is not an SDMX action, saying where", () => {
    const result = parseSdmxMl(
      message(series("EN_HAZ_PCAP", '      <Obs TIME_PERIOD="2015" OBS_VALUE="1"/>'), 'ss:action="Upsert"'),
    );
    expect(result.observations).toEqual([]);
    expect(result.rejectedObservations).toBe(1);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: "sdmx-ml/bad-action", severity: "error", row: 9, column: 3 }),
    ]);
  });

  it("refuses an observation without every dimension outside a delete", () => {
    const result = parseSdmxMl(
      message(
        '    <Series SERIES="EN_HAZ_PCAP" REF_AREA="KG">\n      <Obs TIME_PERIOD="2015" OBS_VALUE="1"/>\n    </Series>',
      ),
      { structure: unSdgStructure },
    );
    expect(result.observations).toEqual([]);
    expect(result.diagnostics[0]).toMatchObject({ code: "sdmx-ml/incomplete-key", row: 11 });
    expect(result.diagnostics[0]?.message).toContain("FREQ, REPORTING_TYPE, SEX");
  });
});

describe("codes and keys", () => {
  it("reports an unknown dimension code with component, code and line, and leaves its series out", () => {
    const text = message(
      [
        series("EN_HAZ_PCAP", '      <Obs TIME_PERIOD="2015" OBS_VALUE="1" OBS_STATUS="A"/>'),
        series(
          "EN_HAZ_PCAP",
          '      <Obs TIME_PERIOD="2015" OBS_VALUE="2" OBS_STATUS="A"/>\n      <Obs TIME_PERIOD="2016" OBS_VALUE="3"/>',
          "kg",
        ),
      ].join("\n"),
    );
    const result = parseSdmxMl(text, { structure: sdgWithCodes });
    expect(result.observations.map((observation) => observation.value)).toEqual(["1"]);
    expect(result.rejectedObservations).toBe(2);
    expect(result.diagnostics).toEqual([
      {
        code: "sdmx/unknown-code",
        severity: "error",
        message: `REF_AREA code "kg" is not in the structure's codelist (codes are case-sensitive)`,
        row: 13,
        column: 5,
        columnName: "REF_AREA",
      },
    ]);
  });

  it("checks coded attributes of an observation too", () => {
    const result = parseSdmxMl(
      message(series("EN_HAZ_PCAP", '      <Obs TIME_PERIOD="2015" OBS_VALUE="1" OBS_STATUS="X"/>')),
      { structure: sdgWithCodes },
    );
    expect(result.observations).toEqual([]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: "sdmx/unknown-code", row: 11, column: 7, columnName: "OBS_STATUS" }),
    ]);
  });

  it("reports a duplicate key naming both lines and keeps the first", () => {
    const result = parseSdmxMl(
      message(
        [
          series("EN_HAZ_PCAP", '      <Obs TIME_PERIOD="2015" OBS_VALUE="1"/>'),
          series(
            "EN_HAZ_PCAP",
            '      <Obs TIME_PERIOD="2016" OBS_VALUE="2"/>\n      <Obs TIME_PERIOD="2015" OBS_VALUE="3"/>',
          ),
        ].join("\n"),
      ),
    );
    expect(result.observations.map((observation) => observation.value)).toEqual(["1", "2"]);
    expect(result.diagnostics).toEqual([
      {
        code: "sdmx/duplicate-key",
        severity: "error",
        message:
          "the same observation (dimensions and TIME_PERIOD) as the Obs on line 11; a data set may hold each key once",
        row: 15,
        column: 7,
      },
    ]);
  });

  it("reports a TIME_PERIOD that is no SDMX period", () => {
    const result = parseSdmxMl(
      message(series("EN_HAZ_PCAP", '      <Obs TIME_PERIOD="2015/16" OBS_VALUE="1"/>')),
    );
    expect(result.observations).toEqual([]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: "sdmx/bad-time-period", row: 11, columnName: "TIME_PERIOD" }),
    ]);
  });

  it("keeps a component the structure does not know as a custom value, with one warning", () => {
    const result = parseSdmxMl(
      message(
        series(
          "EN_HAZ_PCAP",
          '      <Obs TIME_PERIOD="2015" OBS_VALUE="1" UPDATED="2025"/>\n      <Obs TIME_PERIOD="2016" OBS_VALUE="2" UPDATED="2025"/>',
        ),
      ),
      { structure: unSdgStructure },
    );
    expect(result.observations.map((observation) => observation.custom)).toEqual([
      { UPDATED: "2025" },
      { UPDATED: "2025" },
    ]);
    expect(
      result.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.row]),
    ).toEqual([["sdmx-ml/unknown-component", "warning", 11]]);
  });
});
