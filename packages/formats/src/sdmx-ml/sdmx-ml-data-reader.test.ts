/**
 * SDMX-ML data messages. The 2.1 fixtures are re-typed, shortened, from the SDMX-ML 2.1 samples
 * (sdmx-twg/sdmx-ml, samples/exr/ecb_exr_ng/, commit ea74a87: structured/ecb_exr_ng_ts.xml,
 * structured/ecb_exr_ng_flat.xml, generic/ecb_exr_ng_ts.xml, generic/ecb_exr_ng_flat.xml), whose
 * structure is samples/exr/ecb_exr_ng/ecb_exr_ng.xml; the 2.0 fixture from sdmx-twg/sdmx-ml-v2_0,
 * samples/data/GenericSample.xml (commit 26fe134). Expected lines are found in the fixture text.
 */
import { describe, expect, it } from "vitest";
import type { SdmxObservation } from "../sdmx/sdmx-observation.ts";
import type { SdmxStructure } from "../sdmx/sdmx-structure.ts";
import { parseSdmxMl } from "./sdmx-ml-data-reader.ts";

/** ECB_EXR_NG as samples/exr/ecb_exr_ng/ecb_exr_ng.xml defines it (no group). */
const ecbExrNg: SdmxStructure = {
  ref: { agency: "ECB", id: "ECB_EXR_NG", version: "1.0" },
  dimensions: ["FREQ", "CURRENCY", "CURRENCY_DENOM", "EXR_TYPE", "EXR_VAR"],
  timeDimension: "TIME_PERIOD",
  measures: ["OBS_VALUE"],
  attributes: [
    { id: "COLL_METHOD", attachment: "series", mandatory: false, coded: false },
    { id: "DECIMALS", attachment: "series", mandatory: true, coded: true },
    { id: "UNIT_MEASURE", attachment: "series", mandatory: true, coded: true },
    { id: "UNIT_MULT", attachment: "series", mandatory: true, coded: true },
    { id: "CONF_STATUS_OBS", attachment: "observation", mandatory: false, coded: true },
    { id: "OBS_STATUS", attachment: "observation", mandatory: true, coded: true },
    { id: "TITLE", attachment: "series", mandatory: true, coded: false },
  ],
};

const exrRef = { kind: "datastructure", agency: "ECB", id: "ECB_EXR_NG", version: "1.0" } as const;

/** 1-based line of the `occurrence`-th (0-based) `needle` in `text`. */
function lineOf(text: string, needle: string, occurrence = 0): number {
  let index = -1;
  for (let count = 0; count <= occurrence; count++) index = text.indexOf(needle, index + 1);
  return text.slice(0, index).split("\n").length;
}

const header21 = (dimensionAtObservation: string) => `  <message:Header>
    <message:ID>Generic</message:ID>
    <message:Test>false</message:Test>
    <message:Prepared>2010-01-04T16:21:49+01:00</message:Prepared>
    <message:Sender id="ECB"/>
    <message:Structure structureID="STR1" dimensionAtObservation="${dimensionAtObservation}">
      <common:Structure>
        <Ref agencyID="ECB" id="ECB_EXR_NG" version="1.0"/>
      </common:Structure>
    </message:Structure>
  </message:Header>`;

const namespaces21 =
  'xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message" xmlns:common="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

const chfSeries = {
  FREQ: "M",
  CURRENCY: "CHF",
  CURRENCY_DENOM: "EUR",
  EXR_TYPE: "SP00",
  EXR_VAR: "E",
};
const chfAttributes = {
  DECIMALS: "4",
  UNIT_MEASURE: "CHF",
  UNIT_MULT: "0",
  COLL_METHOD: "Average of observations through period",
  TITLE: "ECB reference exchange rate, Swiss franc/Euro",
};

function exr(
  line: number,
  timePeriod: string,
  value: string,
  series: Record<string, string>,
): SdmxObservation {
  return {
    line,
    action: "information",
    structure: exrRef,
    kind: "observation",
    dimensions: chfSeries,
    timePeriod,
    value,
    attributes: { ...series, OBS_STATUS: "A", CONF_STATUS_OBS: "F" },
  };
}

const structureSpecificTs = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<message:StructureSpecificTimeSeriesData xmlns:exr="urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=ECB:ECB_EXR_NG(1.0):ObsLevelDim:TIME_PERIOD" xmlns:data="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific" ${namespaces21}>
${header21("TIME_PERIOD")}
  <message:DataSet data:structureRef="STR1" xsi:type="exr:DataSetType" data:dataScope="DataStructure">
    <Series FREQ="M" CURRENCY="CHF" CURRENCY_DENOM="EUR" EXR_TYPE="SP00" EXR_VAR="E" DECIMALS="4" UNIT_MEASURE="CHF" UNIT_MULT="0" COLL_METHOD="Average of observations through period" TITLE="ECB reference exchange rate, Swiss franc/Euro">
      <Obs TIME_PERIOD="2010-08" OBS_VALUE="1.3413" OBS_STATUS="A" CONF_STATUS_OBS="F"/>
      <Obs TIME_PERIOD="2010-09" OBS_VALUE="1.3089" OBS_STATUS="A" CONF_STATUS_OBS="F"/>
      <Obs TIME_PERIOD="2010-10" OBS_VALUE="1.3452" OBS_STATUS="A" CONF_STATUS_OBS="F"/>
    </Series>
  </message:DataSet>
</message:StructureSpecificTimeSeriesData>
`;

const structureSpecificFlat = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<message:StructureSpecificData xmlns:exr="urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=ECB:ECB_EXR_NG(1.0):ObsLevelDim:AllDimensions" xmlns:data="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific" ${namespaces21}>
${header21("AllDimensions")}
  <message:DataSet data:structureRef="STR1" xsi:type="exr:DataSetType" data:dataScope="DataStructure">
    <Obs FREQ="M" CURRENCY="CHF" CURRENCY_DENOM="EUR" EXR_TYPE="SP00" EXR_VAR="E" DECIMALS="4" UNIT_MEASURE="CHF" UNIT_MULT="0" COLL_METHOD="Average of observations through period" TITLE="ECB reference exchange rate, Swiss franc/Euro" TIME_PERIOD="2010-08" OBS_VALUE="1.3413" OBS_STATUS="A" CONF_STATUS_OBS="F"/>
    <Obs FREQ="M" CURRENCY="CHF" CURRENCY_DENOM="EUR" EXR_TYPE="SP00" EXR_VAR="E" DECIMALS="4" UNIT_MEASURE="CHF" UNIT_MULT="0" COLL_METHOD="Average of observations through period" TITLE="ECB reference exchange rate, Swiss franc/Euro" TIME_PERIOD="2010-09" OBS_VALUE="1.3089" OBS_STATUS="A" CONF_STATUS_OBS="F"/>
  </message:DataSet>
</message:StructureSpecificData>
`;

const genericValues = (entries: Record<string, string>, indent: string) =>
  Object.entries(entries)
    .map(([id, value]) => `${indent}<generic:Value value="${value}" id="${id}"/>`)
    .join("\n");

const genericObs = (period: string, value: string) => `      <generic:Obs>
        <generic:ObsDimension value="${period}"/>
        <generic:ObsValue value="${value}"/>
        <generic:Attributes>
          <generic:Value value="A" id="OBS_STATUS"/>
          <generic:Value value="F" id="CONF_STATUS_OBS"/>
        </generic:Attributes>
      </generic:Obs>`;

const genericTs = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<message:GenericTimeSeriesData xmlns:generic="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic" ${namespaces21}>
${header21("TIME_PERIOD")}
  <message:DataSet structureRef="STR1">
    <generic:Series>
      <generic:SeriesKey>
${genericValues(chfSeries, "        ")}
      </generic:SeriesKey>
      <generic:Attributes>
${genericValues(chfAttributes, "        ")}
      </generic:Attributes>
${genericObs("2010-08", "1.3413")}
${genericObs("2010-09", "1.3089")}
${genericObs("2010-10", "1.3452")}
    </generic:Series>
  </message:DataSet>
</message:GenericTimeSeriesData>
`;

const genericFlatObs = (period: string, value: string) => `    <generic:Obs>
      <generic:ObsKey>
${genericValues({ ...chfSeries, TIME_PERIOD: period }, "        ")}
      </generic:ObsKey>
      <generic:ObsValue value="${value}"/>
      <generic:Attributes>
${genericValues({ OBS_STATUS: "A", CONF_STATUS_OBS: "F", ...chfAttributes }, "        ")}
      </generic:Attributes>
    </generic:Obs>`;

const genericFlat = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<message:GenericData xmlns:generic="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic" ${namespaces21}>
${header21("AllDimensions")}
  <message:DataSet structureRef="STR1">
${genericFlatObs("2010-08", "1.3413")}
${genericFlatObs("2010-09", "1.3089")}
  </message:DataSet>
</message:GenericData>
`;

const errors = (result: ReturnType<typeof parseSdmxMl>) =>
  result.diagnostics.filter((diagnostic) => diagnostic.severity === "error");

describe("SDMX-ML 2.1 structure-specific data, the ECB exchange-rate samples", () => {
  it("reads a time series: series attributes, observation attributes, the header", () => {
    const result = parseSdmxMl(structureSpecificTs, { structure: ecbExrNg });
    expect(result.diagnostics).toEqual([]);
    const obs = (index: number) => lineOf(structureSpecificTs, "<Obs ", index);
    expect(result.observations).toEqual([
      exr(obs(0), "2010-08", "1.3413", chfAttributes),
      exr(obs(1), "2010-09", "1.3089", chfAttributes),
      exr(obs(2), "2010-10", "1.3452", chfAttributes),
    ]);
    expect(result.header).toEqual({
      version: "2.1",
      message: "StructureSpecificTimeSeriesData",
      id: "Generic",
      test: false,
      prepared: "2010-01-04T16:21:49+01:00",
      sender: "ECB",
      structure: exrRef,
      dimensionAtObservation: "TIME_PERIOD",
      structures: [{ structureId: "STR1", dimensionAtObservation: "TIME_PERIOD", ref: exrRef }],
    });
    expect(result.dataSets).toEqual([
      {
        line: lineOf(structureSpecificTs, "<message:DataSet"),
        action: "information",
        structure: exrRef,
        dimensionAtObservation: "TIME_PERIOD",
      },
    ]);
  });

  it("reads a flat data set (all dimensions at observation)", () => {
    const result = parseSdmxMl(structureSpecificFlat, { structure: ecbExrNg });
    expect(result.diagnostics).toEqual([]);
    const obs = (index: number) => lineOf(structureSpecificFlat, "<Obs ", index);
    expect(result.observations).toEqual([
      exr(obs(0), "2010-08", "1.3413", chfAttributes),
      exr(obs(1), "2010-09", "1.3089", chfAttributes),
    ]);
  });

  it("without a structure, takes every component but the UN SDG attributes for a dimension", () => {
    const result = parseSdmxMl(structureSpecificFlat);
    expect(errors(result)).toEqual([]);
    expect(result.observations[0]?.dimensions).toEqual({
      ...chfSeries,
      DECIMALS: "4",
      COLL_METHOD: "Average of observations through period",
      TITLE: "ECB reference exchange rate, Swiss franc/Euro",
      CONF_STATUS_OBS: "F",
    });
    expect(result.observations[0]?.attributes).toEqual({
      UNIT_MEASURE: "CHF",
      UNIT_MULT: "0",
      OBS_STATUS: "A",
    });
  });
});

describe("SDMX-ML 2.1 generic data, the ECB exchange-rate samples", () => {
  it("reads SeriesKey, series Attributes, ObsDimension, ObsValue and observation Attributes", () => {
    const result = parseSdmxMl(genericTs, { structure: ecbExrNg });
    expect(result.diagnostics).toEqual([]);
    const obs = (index: number) => lineOf(genericTs, "<generic:Obs>", index);
    expect(result.observations).toEqual([
      exr(obs(0), "2010-08", "1.3413", chfAttributes),
      exr(obs(1), "2010-09", "1.3089", chfAttributes),
      exr(obs(2), "2010-10", "1.3452", chfAttributes),
    ]);
    expect(result.header?.message).toBe("GenericTimeSeriesData");
  });

  it("reads flat observations with an ObsKey", () => {
    const result = parseSdmxMl(genericFlat, { structure: ecbExrNg });
    expect(result.diagnostics).toEqual([]);
    const obs = (index: number) => lineOf(genericFlat, "<generic:Obs>", index);
    expect(result.observations).toEqual([
      exr(obs(0), "2010-08", "1.3413", chfAttributes),
      exr(obs(1), "2010-09", "1.3089", chfAttributes),
    ]);
  });

  it("gives the same observations, structure-specific or generic, but for the lines", () => {
    const withoutLines = (text: string) =>
      parseSdmxMl(text, { structure: ecbExrNg }).observations.map(({ line: _line, ...rest }) => rest);
    expect(withoutLines(genericTs)).toEqual(withoutLines(structureSpecificTs));
    expect(withoutLines(genericFlat)).toEqual(withoutLines(structureSpecificFlat));
  });
});

const genericSample20 = `<?xml version="1.0" encoding="UTF-8"?>
<!-- Copyright SDMX 2005  -   www.sdmx.org -->
<GenericData xmlns="http://www.SDMX.org/resources/SDMXML/schemas/v2_0/message" xmlns:generic="http://www.SDMX.org/resources/SDMXML/schemas/v2_0/generic">
\t<Header>
\t\t\t<ID>JD014</ID>
\t\t\t<Test>true</Test>
\t\t\t<Truncated>false</Truncated>
\t\t\t<Name xml:lang="en">Trans46302</Name>
\t\t\t<Prepared>2001-03-11T09:30:47-05:00</Prepared>
\t\t\t<Sender id="BIS">
\t\t\t\t<Name xml:lang="en">Bank for International Settlements</Name>
\t\t\t</Sender>
\t\t\t<DataSetAgency>BIS</DataSetAgency>
\t\t\t<DataSetID>BIS_JD_237</DataSetID>
\t\t\t<DataSetAction>Append</DataSetAction>
\t</Header>
\t<DataSet>
\t\t<generic:KeyFamilyRef>BIS_JOINT_DEBT</generic:KeyFamilyRef>
\t\t<generic:Group type="SiblingGroup">
\t\t\t<generic:GroupKey>
\t\t\t\t<generic:Value concept="JD_TYPE" value="P"/>
\t\t\t\t<generic:Value concept="JD_CATEGORY" value="A"/>
\t\t\t\t<generic:Value concept="VIS_CTY" value="MX"/>
\t\t\t</generic:GroupKey>
\t\t\t<generic:Attributes>
\t\t\t\t<generic:Value concept="AVAILABILITY" value="A"/>
\t\t\t\t<generic:Value concept="DECIMALS" value="2"/>
\t\t\t\t<generic:Value concept="BIS_UNIT" value="USD"/>
\t\t\t\t<generic:Value concept="UNIT_MULT" value="5"/>
\t\t\t</generic:Attributes>
\t\t\t<generic:Series>
\t\t\t\t<generic:SeriesKey>
\t\t\t\t\t<generic:Value concept="FREQ" value="M"/>
\t\t\t\t\t<generic:Value concept="JD_TYPE" value="P"/>
\t\t\t\t\t<generic:Value concept="JD_CATEGORY" value="A"/>
\t\t\t\t\t<generic:Value concept="VIS_CTY" value="MX"/>
\t\t\t\t</generic:SeriesKey>
\t\t\t\t<generic:Attributes>
\t\t\t\t\t<generic:Value concept="COLLECTION" value="B"/>
\t\t\t\t\t<generic:Value concept="TIME_FORMAT" value="P1M"/>
\t\t\t\t</generic:Attributes>
\t\t\t\t<generic:Obs>
\t\t\t\t\t<generic:Time>2000-01</generic:Time>
\t\t\t\t\t<generic:ObsValue  value="3.14"/>
\t\t\t\t\t<generic:Attributes>
\t\t\t\t\t\t<generic:Value concept="OBS_STATUS" value="A"/>
\t\t\t\t\t</generic:Attributes>
\t\t\t\t</generic:Obs>
\t\t\t\t<generic:Obs>
\t\t\t\t\t<generic:Time>2000-02</generic:Time>
\t\t\t\t\t<generic:ObsValue  value="3.14"/>
\t\t\t\t\t<generic:Attributes>
\t\t\t\t\t\t<generic:Value concept="OBS_STATUS" value="A"/>
\t\t\t\t\t</generic:Attributes>
\t\t\t\t</generic:Obs>
\t\t\t</generic:Series>
\t\t\t<generic:Series>
\t\t\t\t<generic:SeriesKey>
\t\t\t\t\t<generic:Value concept="FREQ" value="A"/>
\t\t\t\t\t<generic:Value concept="JD_TYPE" value="P"/>
\t\t\t\t\t<generic:Value concept="JD_CATEGORY" value="A"/>
\t\t\t\t\t<generic:Value concept="VIS_CTY" value="MX"/>
\t\t\t\t</generic:SeriesKey>
\t\t\t\t<generic:Attributes>
\t\t\t\t\t<generic:Value concept="COLLECTION" value="B"/>
\t\t\t\t\t<generic:Value concept="TIME_FORMAT" value="P1Y"/>
\t\t\t\t</generic:Attributes>
\t\t\t\t<generic:Obs>
\t\t\t\t\t<generic:Time>2000-01</generic:Time>
\t\t\t\t\t<generic:ObsValue  value="3.14"/>
\t\t\t\t\t<generic:Attributes>
\t\t\t\t\t\t<generic:Value concept="OBS_STATUS" value="A"/>
\t\t\t\t\t</generic:Attributes>
\t\t\t\t</generic:Obs>
\t\t\t</generic:Series>
\t\t</generic:Group>
\t</DataSet>
</GenericData>
`;

describe("SDMX-ML 2.0 generic data, the SDMX 2.0 sample", () => {
  it("reads SeriesKey/Value concept=, Obs/Time, ObsValue and the group's attributes", () => {
    const result = parseSdmxMl(genericSample20);
    expect(result.diagnostics).toEqual([]);
    const group = { AVAILABILITY: "A", DECIMALS: "2", BIS_UNIT: "USD", UNIT_MULT: "5" };
    const observation = (index: number, freq: string, timePeriod: string, timeFormat: string) => ({
      line: lineOf(genericSample20, "<generic:Obs>", index),
      action: "append",
      structure: null,
      kind: "observation",
      dimensions: { FREQ: freq, JD_TYPE: "P", JD_CATEGORY: "A", VIS_CTY: "MX" },
      timePeriod,
      value: "3.14",
      attributes: { ...group, COLLECTION: "B", TIME_FORMAT: timeFormat, OBS_STATUS: "A" },
    });
    expect(result.observations).toEqual([
      observation(0, "M", "2000-01", "P1M"),
      observation(1, "M", "2000-02", "P1M"),
      observation(2, "A", "2000-01", "P1Y"),
    ]);
    expect(result.header).toEqual({
      version: "2.0",
      message: "GenericData",
      id: "JD014",
      test: true,
      prepared: "2001-03-11T09:30:47-05:00",
      sender: "BIS",
      structures: [],
      action: "append",
      dataSetId: "BIS_JD_237",
    });
    expect(result.dataSets).toEqual([
      {
        line: lineOf(genericSample20, "<DataSet>"),
        action: "append",
        structure: null,
        keyFamily: "BIS_JOINT_DEBT",
      },
    ]);
  });

  it("takes agency and version from the structure given when its id is the KeyFamilyRef", () => {
    const structure: SdmxStructure = {
      ref: { agency: "BIS", id: "BIS_JOINT_DEBT", version: "1.0" },
      dimensions: ["FREQ", "JD_TYPE", "JD_CATEGORY", "VIS_CTY"],
      timeDimension: "TIME_PERIOD",
      measures: ["OBS_VALUE"],
      attributes: [
        "AVAILABILITY",
        "DECIMALS",
        "BIS_UNIT",
        "UNIT_MULT",
        "COLLECTION",
        "TIME_FORMAT",
        "OBS_STATUS",
      ].map((id) => ({ id, attachment: "series", mandatory: false, coded: false })),
    };
    const result = parseSdmxMl(genericSample20, { structure });
    expect(result.diagnostics).toEqual([]);
    expect(result.observations.map((observation) => observation.structure)).toEqual(
      Array(3).fill({ kind: "datastructure", agency: "BIS", id: "BIS_JOINT_DEBT", version: "1.0" }),
    );
  });
});
