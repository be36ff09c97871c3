/**
 * Golden cases from the SDMX-JSON specification (sdmx-twg/sdmx-json), re-typed, shortened (names,
 * descriptions and links cut; keys, indexes and values as published):
 * - SDMX-JSON 2.x: data-message/samples/exr/exr-time-series.json (commit 1bc2fe5),
 *   https://github.com/sdmx-twg/sdmx-json/blob/master/data-message/samples/exr/exr-time-series.json
 * - SDMX-JSON 1.0, early layout: data-message/samples/exr/exr-flat.json (commit 0175c5e),
 *   https://github.com/sdmx-twg/sdmx-json/blob/master/data-message/samples/exr/exr-flat.json
 * - SDMX-JSON 1.0, cross-section with a Replace and a Delete data set:
 *   data-message/samples/exr/exr-action-delete.json (commit 0175c5e),
 *   https://github.com/sdmx-twg/sdmx-json/blob/master/data-message/samples/exr/exr-action-delete.json;
 *   as published, its Replace observations point to OBS_STATUS value 1 of 1, which is reported.
 * - SDMX-JSON 1.0 field guide, "series" example (data-message/docs/1-sdmx-json-field-guide.md,
 *   commit 00cc1a4), wrapped in `data` and with its two typos in `names` left out; the expected
 *   attributes, defaults included, are the ones the guide's own commentary lists.
 * Expected lines are found in the fixture text.
 */
import { describe, expect, it } from "vitest";
import { parseSdmxJson } from "./sdmx-json-reader.ts";

function lineOf(text: string, needle: string, occurrence = 0): number {
  let index = -1;
  for (let count = 0; count <= occurrence; count++) index = text.indexOf(needle, index + 1);
  return text.slice(0, index).split("\n").length;
}

const exrTimeSeries = `{
  "$schema": "https://json.sdmx.org/2.1/sdmx-json-data-schema.json",
  "meta": {
    "id": "IT1001",
    "prepared": "2018-03-11T14:30:47Z",
    "test": true,
    "contentLanguages": ["en"],
    "sender": { "id": "IMF", "name": "European Central Bank" }
  },
  "data": {
    "structures": [
      {
        "name": "Exchange rate dataflow",
        "dataSets": [0],
        "links": [
          { "href": "https://sdw-wsrest.ecb.europa.eu/service/dataflow/ECB/EXR/1.0",
            "urn": "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=ECB:EXR(1.0)", "rel": "dataflow" },
          { "href": "https://sdw-wsrest.ecb.europa.eu/service/datastructure/ECB/ECB_EXR1/1.0",
            "urn": "urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=ECB:ECB_EXR1(1.0)", "rel": "datastructure" }
        ],
        "dimensions": {
          "dataSet": [
            { "id": "FREQ", "roles": ["FREQ"], "keyPosition": 0, "values": [{ "id": "D", "name": "Daily" }] },
            { "id": "CURRENCY_DENOM", "keyPosition": 2, "values": [{ "id": "EUR" }] },
            { "id": "EXR_TYPE", "keyPosition": 3, "values": [{ "id": "SP00" }] },
            { "id": "EXR_SUFFIX", "keyPosition": 4, "values": [{ "id": "A" }] }
          ],
          "series": [
            { "id": "CURRENCY", "keyPosition": 1, "values": [{ "id": "NZD" }, { "id": "RUB" }] }
          ],
          "observation": [
            { "id": "TIME_PERIOD", "keyPosition": 5, "roles": ["TIME_PERIOD"],
              "values": [
                { "id": "2013-01-18", "start": "2013-01-18T00:00:00.000Z", "end": "2013-01-18T23:59:59.999Z" },
                { "id": "2013-01-21", "start": "2013-01-21T00:00:00.000Z", "end": "2013-01-21T23:59:59.999Z" }
              ] }
          ]
        },
        "attributes": {
          "dataSet": [
            { "id": "TIME_FORMAT", "relationship": { "dataflow": {} }, "roles": ["TIME_FORMAT"],
              "default": "P1D", "values": [{ "id": "P1D", "name": "Daily" }] }
          ],
          "series": [
            { "id": "TITLE", "relationship": { "dimensions": ["FREQ", "CURRENCY", "CURRENCY_DENOM", "EXR_TYPE", "EXR_SUFFIX"] },
              "roles": ["TITLE"],
              "values": [{ "value": "New Zealand dollar (NZD)" }, { "value": "Russian rouble (RUB)" }] }
          ],
          "observation": [
            { "id": "OBS_STATUS", "relationship": { "primaryMeasure": "OBS_VALUE" }, "roles": ["OBS_STATUS"],
              "values": [{ "id": "A", "name": "Normal value" }] }
          ]
        },
        "annotations": [
          { "title": "Sample series annotation title", "type": "example", "id": "ABC123456" },
          { "title": "Sample observation annotation title", "type": "example", "id": "XYZ98765" }
        ]
      }
    ],
    "dataSets": [
      {
        "structure": 0,
        "action": "Merge",
        "series": {
          "0": {
            "annotations": [0],
            "attributes": [0],
            "observations": { "0": [1.5931, 0], "1": [1.5925, 0] }
          },
          "1": {
            "attributes": [1],
            "observations": { "0": [40.3426, 0], "1": [40.3, 0, 1] }
          }
        }
      }
    ]
  }
}
`;

const exrFlat = `{
    "header": {
        "id": "62b5f19d-f1c9-495d-8446-a3661ed24753",
        "prepared": "2012-11-29T08:40:26Z",
        "sender": { "id": "ECB", "name": "European Central Bank" }
    },
    "structure": {
        "links": [ { "href": "https://sdw-wsrest.ecb.europa.eu/service/dataflow/ECB/EXR/1.0", "rel": "dataflow" } ],
        "dimensions": {
            "dataSet": [
                { "id": "FREQ", "keyPosition": 0, "role": "FREQ", "values": [ { "id": "D", "name": "Daily" } ] },
                { "id": "CURRENCY_DENOM", "keyPosition": 2, "values": [ { "id": "EUR", "name": "Euro" } ] },
                { "id": "EXR_TYPE", "keyPosition": 3, "values": [ { "id": "SP00", "name": "Spot rate" } ] },
                { "id": "EXR_SUFFIX", "keyPosition": 4, "values": [ { "id": "A" } ] }
            ],
            "series": [],
            "observation": [
                { "id": "CURRENCY", "keyPosition": 1,
                  "values": [ { "id": "NZD", "name": "New Zealand dollar" }, { "id": "RUB", "name": "Russian rouble" } ] },
                { "id": "TIME_PERIOD", "role": "TIME_PERIOD",
                  "values": [ { "id": "2013-01-18", "name": "2013-01-18" }, { "id": "2013-01-21", "name": "2013-01-21" } ] }
            ]
        },
        "attributes": {
            "dataSet": [],
            "series": [],
            "observation": [
                { "id": "TITLE", "role": "TITLE",
                  "values": [ { "name": "New Zealand dollar (NZD)" }, { "name": "Russian rouble (RUB)" } ] },
                { "id": "OBS_STATUS", "values": [ { "id": "A", "name": "Normal value" } ] }
            ]
        }
    },
    "dataSets": [
        {
            "action": "Information",
            "observations": {
                "0:0": [1.5931, 0, 0],
                "0:1": [1.5925, 0, 0],
                "1:0": [40.3426, 1, 0],
                "1:1": [40.3000, 1, 0]
            }
        }
    ]
}
`;

const fieldGuideSeries = `{
  "data": {
    "structure": {
      "dimensions": {
        "dataSet": [],
        "series": [
          { "id": "DIM1", "name": "Dimension 1", "values": [ { "id": "DIM1_VALUE_1" } ] },
          { "id": "DIM2", "name": "Dimension 2", "values": [ { "id": "DIM2_VALUE_1" }, { "id": "DIM2_VALUE_2" } ] }
        ],
        "observation": [
          { "id": "TIME_PERIOD", "name": "Time Period", "values": [ { "id": "2016" }, { "id": "2017" } ] }
        ]
      },
      "attributes": {
        "dataSet": [],
        "series": [
          { "id": "ATTR1", "default": "ATTR1_VALUE_1", "values": [ { "id": "ATTR1_VALUE_1" }, { "id": "ATTR1_VALUE_2" } ] },
          { "id": "ATTR2", "values": [ { "id": "ATTR2_VALUE_1" } ] }
        ],
        "observation": [
          { "id": "ATTR3", "default": "ATTR3_VALUE_2", "values": [ { "id": "ATTR3_VALUE_1" }, { "id": "ATTR3_VALUE_2" } ] }
        ]
      },
      "annotations": [ { "title": "Annotation 1 - with index 0", "type": "example", "id": "ANNOT_VALUE1" } ]
    },
    "dataSets": [
      {
        "series": {
          "0:0": {
            "attributes": [1, 0],
            "observations": { "0": [1.5931, 0], "1": [1.5925] }
          },
          "0:1": {
            "annotations": [0],
            "observations": { "0": [40.3426, 0], "1": [40.3000, 0] }
          }
        }
      }
    ]
  }
}
`;

const exrActionDelete = `{
    "header": { "id": "62b5f19d-f1c9-495d-8446-a3661ed24753", "prepared": "2012-11-29T08:40:26Z", "sender": { "id": "ECB" } },
    "structure": {
        "links": [ { "href": "https://sdw-wsrest.ecb.europa.eu/service/dataflow/ECB/EXR/1.0", "rel": "dataflow" } ],
        "dimensions": {
            "dataSet": [
                { "id": "FREQ", "role": "FREQ", "keyPosition": 0, "values": [ { "id": "D" } ] },
                { "id": "CURRENCY_DENOM", "keyPosition": 2, "values": [ { "id": "EUR" } ] },
                { "id": "EXR_TYPE", "keyPosition": 3, "values": [ { "id": "SP00" } ] },
                { "id": "EXR_SUFFIX", "keyPosition": 4, "values": [ { "id": "A" } ] }
            ],
            "series": [
                { "id": "TIME_PERIOD", "role": "TIME_PERIOD",
                  "values": [ { "id": "2013-01-18" }, { "id": "2013-01-21" } ] }
            ],
            "observation": [
                { "id": "CURRENCY", "keyPosition": 1, "values": [ { "id": "NZD" }, { "id": "RUB" } ] }
            ]
        },
        "attributes": {
            "dataSet": [],
            "series": [],
            "observation": [
                { "id": "TITLE", "role": "TITLE", "values": [ { "name": "New Zealand dollar (NZD)" }, { "name": "Russian rouble (RUB)" } ] },
                { "id": "OBS_STATUS", "values": [ { "id": "A", "name": "Normal value" } ] }
            ]
        }
    },
    "dataSets": [
        {
            "action": "Replace",
            "validFrom": "2012-03-20T15:00:16.000+01:00",
            "series": {
                "0": { "attributes": [], "observations": { "1": [40.3426, 0, 1] } },
                "1": { "attributes": [], "observations": { "1": [40.3000, 0, 1] } }
            }
        }, {
            "action": "Delete",
            "validTo": "2012-03-20T10:07:58.000+01:00",
            "series": { "0": { "observations": { "0": [] } } }
        }
    ]
}
`;

const exr = { FREQ: "D", CURRENCY_DENOM: "EUR", EXR_TYPE: "SP00", EXR_SUFFIX: "A" };
const dataflow = { kind: "dataflow", agency: "ECB", id: "EXR", version: "1.0" } as const;

describe("SDMX-JSON specification samples", () => {
  it("reads the 2.x time-series sample: data-set, series and observation levels, a default, an annotation index", () => {
    const result = parseSdmxJson(exrTimeSeries);
    expect(result.diagnostics).toEqual([]);
    expect(result.header).toEqual({
      version: "2.x",
      schema: "https://json.sdmx.org/2.1/sdmx-json-data-schema.json",
      id: "IT1001",
      prepared: "2018-03-11T14:30:47Z",
      sender: "IMF",
      test: true,
    });
    const expected = [
      ["NZD", "2013-01-18", "1.5931", "New Zealand dollar (NZD)", '"0": [1.5931'],
      ["NZD", "2013-01-21", "1.5925", "New Zealand dollar (NZD)", '"1": [1.5925'],
      ["RUB", "2013-01-18", "40.3426", "Russian rouble (RUB)", '"0": [40.3426'],
      ["RUB", "2013-01-21", "40.3", "Russian rouble (RUB)", '"1": [40.3,'],
    ];
    expect(result.observations).toEqual(
      expected.map(([currency, time, value, title, needle]) => ({
        line: lineOf(exrTimeSeries, needle as string),
        action: "merge",
        structure: dataflow,
        kind: "observation",
        dimensions: {
          FREQ: "D",
          CURRENCY: currency,
          CURRENCY_DENOM: "EUR",
          EXR_TYPE: "SP00",
          EXR_SUFFIX: "A",
        },
        timePeriod: time,
        value,
        attributes: { TIME_FORMAT: "P1D", TITLE: title, OBS_STATUS: "A" },
      })),
    );
    expect(Object.keys(result.observations[0]?.dimensions ?? {})).toEqual([
      "FREQ",
      "CURRENCY",
      "CURRENCY_DENOM",
      "EXR_TYPE",
      "EXR_SUFFIX",
    ]);
  });

  it("reads the 1.0 flat sample (top-level header and structure) and keeps 40.3000 as written", () => {
    const result = parseSdmxJson(exrFlat);
    expect(result.diagnostics).toEqual([]);
    expect(result.header).toEqual({
      version: "1.0",
      id: "62b5f19d-f1c9-495d-8446-a3661ed24753",
      prepared: "2012-11-29T08:40:26Z",
      sender: "ECB",
    });
    expect(
      result.observations.map((observation) => [
        observation.dimensions["CURRENCY"],
        observation.timePeriod,
        observation.value,
        observation.attributes["TITLE"],
        observation.attributes["OBS_STATUS"],
        observation.action,
        observation.line,
      ]),
    ).toEqual([
      [
        "NZD",
        "2013-01-18",
        "1.5931",
        "New Zealand dollar (NZD)",
        "A",
        "information",
        lineOf(exrFlat, '"0:0"'),
      ],
      [
        "NZD",
        "2013-01-21",
        "1.5925",
        "New Zealand dollar (NZD)",
        "A",
        "information",
        lineOf(exrFlat, '"0:1"'),
      ],
      ["RUB", "2013-01-18", "40.3426", "Russian rouble (RUB)", "A", "information", lineOf(exrFlat, '"1:0"')],
      ["RUB", "2013-01-21", "40.3000", "Russian rouble (RUB)", "A", "information", lineOf(exrFlat, '"1:1"')],
    ]);
    expect(result.observations[0]?.structure).toEqual(dataflow);
    expect(result.observations[0]?.dimensions).toEqual({ ...exr, CURRENCY: "NZD" });
  });

  it("reads the cross-section sample's Delete data set and reports its Replace observations' bad index", () => {
    const result = parseSdmxJson(exrActionDelete);
    expect(result.observations).toEqual([
      {
        line: lineOf(exrActionDelete, '"0": []'),
        action: "delete",
        structure: dataflow,
        kind: "observation",
        dimensions: { ...exr, CURRENCY: "NZD" },
        timePeriod: "2013-01-18",
        value: null,
        missingMarker: "",
        attributes: {},
      },
    ]);
    expect(result.rejectedObservations).toBe(2);
    expect(result.diagnostics).toEqual(
      ['"0"', '"1"'].map((series) => {
        const row = lineOf(exrActionDelete, `${series}: { "attributes": []`);
        return {
          code: "sdmx-json/bad-attribute",
          severity: "error",
          message: `dataSets[0].series[${series}].observations["1"]: OBS_STATUS index 1 points to none of its 1 value(s)`,
          row,
          column: (exrActionDelete.split("\n")[row - 1] ?? "").indexOf('"1": [') + 1,
          columnName: "OBS_STATUS",
        };
      }),
    );
  });

  it("applies attribute defaults where the 1.0 field guide's series example leaves values out", () => {
    const result = parseSdmxJson(fieldGuideSeries);
    expect(result.diagnostics).toEqual([]);
    expect(
      result.observations.map((observation) => [
        observation.dimensions["DIM2"],
        observation.timePeriod,
        observation.value,
        observation.attributes,
      ]),
    ).toEqual([
      [
        "DIM2_VALUE_1",
        "2016",
        "1.5931",
        { ATTR1: "ATTR1_VALUE_2", ATTR2: "ATTR2_VALUE_1", ATTR3: "ATTR3_VALUE_1" },
      ],
      [
        "DIM2_VALUE_1",
        "2017",
        "1.5925",
        { ATTR1: "ATTR1_VALUE_2", ATTR2: "ATTR2_VALUE_1", ATTR3: "ATTR3_VALUE_2" },
      ],
      ["DIM2_VALUE_2", "2016", "40.3426", { ATTR1: "ATTR1_VALUE_1", ATTR3: "ATTR3_VALUE_1" }],
      ["DIM2_VALUE_2", "2017", "40.3000", { ATTR1: "ATTR1_VALUE_1", ATTR3: "ATTR3_VALUE_1" }],
    ]);
    expect(result.observations[0]).toMatchObject({
      structure: null,
      action: "information",
      kind: "observation",
    });
  });
});
