/**
 * SDMX-ML 2.1 structure messages. The first fixture is re-typed, shortened, from the SDMX-ML 2.1
 * samples (sdmx-twg/sdmx-ml, samples/exr/ecb_exr_ng/ecb_exr_ng.xml, commit ea74a87): references
 * by URN and codelists held elsewhere (isExternalReference). The second is written for the test
 * in the shape SDMX 2.1 Section 3A, Part III gives (Ref elements, names per language, a parent
 * code, an attribute attached to the data set). The last suite reads the Kyrgyz DSD from
 * ../shared/data and is skipped where it is absent.
 */
// biome-ignore lint/correctness/noNodejsModules: the test reads ../shared; the code under test does no IO.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { unSdgStructure } from "../sdmx/sdmx-structure.ts";
import { parseSdmxStructure, type SdmxStructureMessage } from "./sdmx-ml-structure-reader.ts";

const namespaces =
  'xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message" xmlns:structure="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure" xmlns:common="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common"';

const ecbExrNg = `<?xml version="1.0" encoding="UTF-8"?>
<message:Structure ${namespaces}>
  <message:Header>
    <message:ID>Sample_DSD1_With_No_Group</message:ID>
    <message:Test>false</message:Test>
    <message:Prepared>2010-11-13T08:00:33+08:00</message:Prepared>
    <message:Sender id="SDMX"/>
  </message:Header>
  <message:Structures>
    <structure:Codelists>
      <structure:Codelist id="CL_CURRENCY" agencyID="ISO" version="1.0" isPartial="true" urn="urn:sdmx:org.sdmx.infomodel.codelist.Codelist=ISO:CL_CURRENCY(1.0)" isExternalReference="true" structureURL="../common/exr_common.xml">
        <common:Name>code list for the exchange rate series variation</common:Name>
      </structure:Codelist>
    </structure:Codelists>
    <structure:DataStructures>
      <structure:DataStructure id="ECB_EXR_NG" agencyID="ECB" version="1.0">
        <common:Name>Sample Data Structure Definition for exchange rates, with no group defined.</common:Name>
        <structure:DataStructureComponents>
          <structure:DimensionList>
            <structure:Dimension id="FREQ">
              <structure:ConceptIdentity>
                <URN>urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept=SDMX:CROSS_DOMAIN_CONCEPTS(1.0).FREQ</URN>
              </structure:ConceptIdentity>
            </structure:Dimension>
            <structure:Dimension id="CURRENCY">
              <structure:ConceptIdentity>
                <URN>urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept=SDMX:CROSS_DOMAIN_CONCEPTS(1.0).CURRENCY</URN>
              </structure:ConceptIdentity>
              <structure:LocalRepresentation>
                <structure:Enumeration>
                  <URN>urn:sdmx:org.sdmx.infomodel.codelist.Codelist=ISO:CL_CURRENCY(1.0)</URN>
                </structure:Enumeration>
              </structure:LocalRepresentation>
            </structure:Dimension>
            <structure:TimeDimension id="TIME_PERIOD">
              <structure:ConceptIdentity>
                <URN>urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept=SDMX:CROSS_DOMAIN_CONCEPTS(1.0).TIME_PERIOD</URN>
              </structure:ConceptIdentity>
            </structure:TimeDimension>
          </structure:DimensionList>
          <structure:AttributeList>
            <structure:Attribute assignmentStatus="Conditional" id="COLL_METHOD">
              <structure:AttributeRelationship>
                <structure:Dimension>
                  <Ref id="CURRENCY"/>
                </structure:Dimension>
              </structure:AttributeRelationship>
            </structure:Attribute>
            <structure:Attribute assignmentStatus="Mandatory" id="OBS_STATUS">
              <structure:AttributeRelationship>
                <structure:PrimaryMeasure>
                  <Ref id="OBS_VALUE"/>
                </structure:PrimaryMeasure>
              </structure:AttributeRelationship>
            </structure:Attribute>
          </structure:AttributeList>
          <structure:MeasureList>
            <structure:PrimaryMeasure>
              <structure:ConceptIdentity>
                <URN>urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept=SDMX:CROSS_DOMAIN_CONCEPTS(1.0).OBS_VALUE</URN>
              </structure:ConceptIdentity>
            </structure:PrimaryMeasure>
          </structure:MeasureList>
        </structure:DataStructureComponents>
      </structure:DataStructure>
    </structure:DataStructures>
  </message:Structures>
</message:Structure>
`;

const withCodes = `<message:Structure ${namespaces}>
  <message:Structures>
    <structure:Dataflows>
      <structure:Dataflow id="DF_WASTE" agencyID="TEST" version="1.0">
        <common:Name xml:lang="en">Waste</common:Name>
        <common:Name xml:lang="ru">Отходы</common:Name>
        <structure:Structure><Ref id="WASTE" agencyID="TEST" version="2.0"/></structure:Structure>
      </structure:Dataflow>
    </structure:Dataflows>
    <structure:Codelists>
      <structure:Codelist id="CL_AREA" agencyID="TEST" version="1.1">
        <common:Name xml:lang="en">Areas</common:Name>
        <structure:Code id="KG"><common:Name xml:lang="en">Kyrgyzstan</common:Name><common:Name xml:lang="ru">Кыргызстан</common:Name></structure:Code>
        <structure:Code id="KG11"><common:Name xml:lang="en">Bishkek</common:Name><structure:Parent><Ref id="KG"/></structure:Parent></structure:Code>
      </structure:Codelist>
      <structure:Codelist id="CL_SEX" agencyID="TEST" version="1.0">
        <common:Name>Sex</common:Name>
        <structure:Code id="_T"><common:Name>Total</common:Name></structure:Code>
        <structure:Code id="F"><common:Name>Female</common:Name></structure:Code>
      </structure:Codelist>
    </structure:Codelists>
    <structure:DataStructures>
      <structure:DataStructure id="WASTE" agencyID="TEST" version="2.0">
        <structure:DataStructureComponents>
          <structure:DimensionList>
            <structure:Dimension id="SEX" position="2">
              <structure:LocalRepresentation><structure:Enumeration><Ref id="CL_SEX" agencyID="TEST" version="1.0"/></structure:Enumeration></structure:LocalRepresentation>
            </structure:Dimension>
            <structure:Dimension id="REF_AREA" position="1">
              <structure:LocalRepresentation><structure:Enumeration><Ref id="CL_AREA" agencyID="TEST" version="1.0"/></structure:Enumeration></structure:LocalRepresentation>
            </structure:Dimension>
            <structure:TimeDimension id="TIME_PERIOD"/>
          </structure:DimensionList>
          <structure:AttributeList>
            <structure:Attribute id="SOURCE" assignmentStatus="Mandatory">
              <structure:AttributeRelationship><structure:None/></structure:AttributeRelationship>
            </structure:Attribute>
          </structure:AttributeList>
          <structure:MeasureList><structure:PrimaryMeasure id="OBS_VALUE"/></structure:MeasureList>
        </structure:DataStructureComponents>
      </structure:DataStructure>
    </structure:DataStructures>
  </message:Structures>
</message:Structure>`;

describe("SDMX-ML 2.1 structure messages", () => {
  it("reads the ECB sample: URN references, attachments, a codelist held elsewhere", () => {
    const message = parseSdmxStructure(ecbExrNg);
    expect(message.structure).toEqual({
      ref: { agency: "ECB", id: "ECB_EXR_NG", version: "1.0" },
      dimensions: ["FREQ", "CURRENCY"],
      timeDimension: "TIME_PERIOD",
      measures: ["OBS_VALUE"],
      attributes: [
        { id: "COLL_METHOD", attachment: "series", mandatory: false, coded: false },
        { id: "OBS_STATUS", attachment: "observation", mandatory: true, coded: false },
      ],
      codelists: {},
    });
    expect(message.componentCodelist).toEqual({ CURRENCY: "CL_CURRENCY" });
    expect(message.codelists.get("CL_CURRENCY")).toEqual({
      id: "CL_CURRENCY",
      agency: "ISO",
      version: "1.0",
      names: { en: "code list for the exchange rate series variation" },
      codes: [],
      external: true,
    });
    expect(message.diagnostics).toEqual([
      {
        code: "sdmx-structure/missing-codelist",
        severity: "warning",
        message:
          "CURRENCY is coded by CL_CURRENCY, whose codes the message does not hold; its codes are not checked",
        row: ecbExrNg.slice(0, ecbExrNg.indexOf("<URN>urn:sdmx:org.sdmx.infomodel.codelist")).split("\n")
          .length,
        column: 19,
      },
    ]);
  });

  it("orders dimensions by position and reads codes, names per language, parents and dataflows", () => {
    const message = parseSdmxStructure(withCodes);
    expect(message.structure?.dimensions).toEqual(["REF_AREA", "SEX"]);
    expect(message.structure?.attributes).toEqual([
      { id: "SOURCE", attachment: "dataset", mandatory: true, coded: false },
    ]);
    expect(message.structure?.codelists).toEqual({
      REF_AREA: new Set(["KG", "KG11"]),
      SEX: new Set(["_T", "F"]),
    });
    expect(message.codelists.get("CL_AREA")?.codes).toEqual([
      { id: "KG", names: { en: "Kyrgyzstan", ru: "Кыргызстан" } },
      { id: "KG11", names: { en: "Bishkek" }, parent: "KG" },
    ]);
    expect(message.dataflows).toEqual([
      {
        id: "DF_WASTE",
        agency: "TEST",
        version: "1.0",
        names: { en: "Waste", ru: "Отходы" },
        structure: { agency: "TEST", id: "WASTE", version: "2.0" },
      },
    ]);
    // Not an SDG-like structure (no SERIES), so every dimension is a breakdown, and REF_AREA has no _T.
    expect(message.structure?.totalCode).toBeUndefined();
    expect(message.diagnostics).toEqual([
      {
        code: "sdmx-structure/codelist-version",
        severity: "warning",
        message:
          "REF_AREA refers to TEST:CL_AREA(1.0) but the message holds TEST:CL_AREA(1.1); its codes are checked against that",
        row: withCodes.slice(0, withCodes.indexOf('<Ref id="CL_AREA"')).split("\n").length,
        column: 69,
      },
    ]);
  });

  it("reports a message without a data structure", () => {
    const message = parseSdmxStructure(
      `<message:Structure ${namespaces}><message:Structures/></message:Structure>`,
    );
    expect(message.structure).toBeUndefined();
    expect(message.diagnostics.map((diagnostic) => diagnostic.code)).toEqual([
      "sdmx-structure/no-data-structure",
    ]);
  });

  it("reads what precedes a cut and reports the cut", () => {
    const message = parseSdmxStructure(withCodes.slice(0, withCodes.indexOf("<structure:DataStructures>")));
    expect(message.codelists.get("CL_SEX")?.codes.map((code) => code.id)).toEqual(["_T", "F"]);
    expect(message.diagnostics.map((diagnostic) => diagnostic.code)).toEqual([
      "sdmx-ml/truncated",
      "sdmx-structure/no-data-structure",
    ]);
  });
});

const dsdPath = "../shared/data/open-sdg-kyrgyzstan-sdmx/SDG_DSD.KG_1.8.xml";

describe.skipIf(!existsSync(dsdPath))("the Kyrgyz DSD SDG_DSD.KG_1.8.xml (reads ../shared/data)", () => {
  let cached: SdmxStructureMessage | undefined;
  // Read on first use: vitest runs this callback to collect the tests even when it skips them.
  const message = () => {
    cached ??= parseSdmxStructure(readFileSync(dsdPath));
    return cached;
  };

  it("reads KG_NSC:SDG(1.8) without a diagnostic, despite its byte-order mark", () => {
    expect(message().diagnostics).toEqual([]);
    expect(message().structure?.ref).toEqual({ agency: "KG_NSC", id: "SDG", version: "1.8" });
  });

  it("has the 15 dimensions of the UN SDG structure, in its order, and its attributes", () => {
    const structure = message().structure;
    expect(structure?.dimensions).toEqual(unSdgStructure.dimensions);
    expect(structure?.timeDimension).toBe("TIME_PERIOD");
    expect(structure?.measures).toEqual(["OBS_VALUE"]);
    const byId = (list: readonly { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(structure?.attributes ?? [])).toEqual(byId(unSdgStructure.attributes));
    expect(structure?.totalCode).toBe("_T");
    expect(structure?.identifyingDimensions).toEqual(["FREQ", "REPORTING_TYPE", "SERIES", "REF_AREA"]);
  });

  it("holds the codelists' sizes and names that python3's xml.etree reads", () => {
    // Counted with xml.etree: len(codelist.findall("str:Code")) for each str:Codelist.
    const sizes = Object.fromEntries(
      [...message().codelists.values()].map((list) => [list.id, list.codes.length]),
    );
    expect(sizes).toMatchObject({
      CL_SERIES: 609,
      CL_AREA: 581,
      CL_AGE: 170,
      CL_COMP_BREAKDOWN: 283,
      CL_PRODUCT: 49,
    });
    expect(message().codelists.size).toBe(20);
    expect(message().structure?.codelists?.["SERIES"]?.size).toBe(609);
    expect(message().componentCodelist["COMPOSITE_BREAKDOWN"]).toBe("CL_COMP_BREAKDOWN");
    const series = message().codelists.get("CL_SERIES");
    expect(series?.agency).toBe("KG_NSC");
    expect(series?.codes.find((code) => code.id === "EN_HAZ_PCAP")?.names).toEqual({
      en: "Hazardous waste generated per capita",
      ru: "Образование опасных отходов на душу населения",
    });
    expect(
      message()
        .codelists.get("CL_EDUCATION_LEV")
        ?.codes.find((code) => code.id === "_T")?.names,
    ).toEqual({
      en: "Total or no breakdown by education level",
      es: "Total o no desagregado por nivel de educación",
      fr: "Total ou aucune ventilation par niveau de scolarité",
      ru: "Всего или без разбивки по уровню образования",
    });
    expect(message().dataflows).toEqual([
      {
        id: "DF_SDG_KG",
        agency: "KG_NSC",
        version: "1.8",
        names: { en: "Kyrgyzstan National SDG Dataflow" },
        structure: { agency: "KG_NSC", id: "SDG", version: "1.8" },
      },
    ]);
  });
});
