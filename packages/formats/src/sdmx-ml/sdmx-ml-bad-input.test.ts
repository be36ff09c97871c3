/**
 * Input the SDMX-ML readers must refuse precisely, without throwing: XML cut off or not
 * well-formed, bytes that are not UTF-8 (UTF-16, Windows-1251), a root that is no SDMX message.
 * The messages are written for the test in the shape of the Kyrgyz 12.4.2.xml (SDMX-ML 2.1
 * StructureSpecificData); with fast-check, arbitrary text and bytes never make a reader throw.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { parseSdmxMl, readSdmxMlStream, SdmxMlReader } from "./sdmx-ml-data-reader.ts";
import { parseSdmxStructure } from "./sdmx-ml-structure-reader.ts";

const head = `<?xml version="1.0"?>
<message:StructureSpecificData xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message">
  <message:DataSet>
    <Series SERIES="EN_HAZ_PCAP" REF_AREA="KG" UNIT_MEASURE="KG">`;
const tail = `
    </Series>
  </message:DataSet>
</message:StructureSpecificData>
`;
const obs = (year: number, value: string, extra = "") =>
  `\n      <Obs TIME_PERIOD="${year}" OBS_VALUE="${value}"${extra}/>`;

const whole = head + obs(2014, "245") + obs(2015, "18337") + obs(2016, "21173") + tail;

/** The text as bytes in a legacy single-byte code page: Cyrillic А–я to 0xC0–0xFF (Windows-1251). */
function toWindows1251(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => {
    const code = character.charCodeAt(0);
    return code >= 0x410 && code <= 0x44f ? code - 0x410 + 0xc0 : code;
  });
}

/** UTF-16LE with its byte-order mark, as Windows "Unicode" saves. */
function toUtf16(text: string): Uint8Array {
  const bytes = [0xff, 0xfe];
  for (const character of text) bytes.push(character.charCodeAt(0) & 0xff, character.charCodeAt(0) >> 8);
  return Uint8Array.from(bytes);
}

async function* chunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

async function readStream(bytes: Uint8Array, size: number) {
  const reader = new SdmxMlReader();
  const observations = [];
  for await (const batch of readSdmxMlStream(chunksOf(bytes, size), reader)) observations.push(...batch);
  return { observations, diagnostics: reader.diagnostics };
}

describe("XML that is cut off or not well-formed", () => {
  it("returns the observations closed before the cut and names the element left open", () => {
    const cut = whole.slice(0, whole.indexOf("<Obs", whole.indexOf("2015")) - 1);
    const result = parseSdmxMl(cut);
    expect(result.observations.map((observation) => observation.timePeriod)).toEqual(["2014", "2015"]);
    const lines = cut.split("\n");
    expect(result.diagnostics).toEqual([
      {
        code: "sdmx-ml/truncated",
        severity: "error",
        message:
          "the file ends inside <Series> (opened on line 4, column 5) and 2 enclosing elements; it looks cut off",
        row: lines.length,
        column: (lines.at(-1)?.length ?? 0) + 1,
      },
    ]);
  });

  it("stops at a malformed tag with its line and column, keeping what came before", () => {
    // The quote after 2015 is missing, so the value runs to the next quote and 18337 (column 41)
    // stands where a space or `/>` must.
    const text = `${head}${obs(2014, "245")}\n      <Obs TIME_PERIOD="2015 OBS_VALUE="18337"/>${obs(2016, "21173")}${tail}`;
    const result = parseSdmxMl(text);
    expect(result.observations.map((observation) => observation.timePeriod)).toEqual(["2014"]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: "sdmx-ml/malformed-xml", severity: "error", row: 6, column: 41 }),
    ]);
  });

  it("reports a closing tag that does not match", () => {
    const result = parseSdmxMl(whole.replace("</Series>", "</series>"));
    expect(result.diagnostics).toEqual([
      {
        code: "sdmx-ml/malformed-xml",
        severity: "error",
        message: "the XML is not well-formed: unexpected close tag.",
        row: 8,
        column: 13,
      },
    ]);
  });

  it("reports an empty file and a file without elements", () => {
    expect(parseSdmxMl("").diagnostics).toEqual([
      { code: "sdmx-ml/empty", severity: "error", message: "the file is empty" },
    ]);
    expect(parseSdmxMl('<?xml version="1.0"?>\n').diagnostics.map((diagnostic) => diagnostic.code)).toEqual([
      "sdmx-ml/empty",
    ]);
  });
});

describe("bytes that are not UTF-8", () => {
  const cyrillic = `${head}${obs(2014, "245", ' COMMENT_OBS="Кыргызстан"')}${tail}`;
  const firstCyrillicByte = new TextEncoder().encode(cyrillic.slice(0, cyrillic.indexOf("К"))).length;

  it("refuses UTF-16, whole or streamed", async () => {
    const message = "the file is UTF-16; save it as UTF-8 (with or without a byte-order mark)";
    expect(parseSdmxMl(toUtf16(whole)).diagnostics).toEqual([
      { code: "sdmx-ml/encoding", severity: "error", message },
    ]);
    expect((await readStream(toUtf16(whole), 7)).diagnostics).toEqual([
      { code: "sdmx-ml/encoding", severity: "error", message },
    ]);
  });

  it("names the first Windows-1251 byte, whole or streamed in 7-byte chunks", async () => {
    const bytes = toWindows1251(cyrillic);
    const expected = {
      code: "sdmx-ml/encoding",
      severity: "error",
      message: `the file is not UTF-8: byte ${firstCyrillicByte + 1} (0xca) starts no valid character; save it as UTF-8 (a legacy code page such as Windows-1251 gives this)`,
    };
    expect(parseSdmxMl(bytes).diagnostics).toEqual([expected]);
    expect((await readStream(bytes, 7)).diagnostics).toEqual([expected]);
  });

  it("reads the same text as UTF-8 bytes, with a byte-order mark, however it is chunked", async () => {
    const bytes = new TextEncoder().encode(`\ufeff${cyrillic}`);
    const whole = parseSdmxMl(bytes);
    expect(whole.diagnostics).toEqual([]);
    expect(whole.observations[0]?.attributes["COMMENT_OBS"]).toBe("Кыргызстан");
    for (const size of [1, 2, 3, 7])
      expect(await readStream(bytes, size)).toEqual({ observations: whole.observations, diagnostics: [] });
  });
});

describe("a root that is no SDMX-ML data message", () => {
  it("refuses an unknown root element at its place", () => {
    expect(parseSdmxMl('<?xml version="1.0"?>\n  <html><body/></html>').diagnostics).toEqual([
      {
        code: "sdmx-ml/unknown-root",
        severity: "error",
        message:
          "the root element is <html>; an SDMX-ML data message starts with StructureSpecificData or GenericData (SDMX-ML 2.1) or GenericData (SDMX-ML 2.0)",
        row: 2,
        column: 3,
      },
    ]);
  });

  it("points a structure message to parseSdmxStructure, and a data message away from it", () => {
    const structure =
      '<mes:Structure xmlns:mes="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"><mes:Structures/></mes:Structure>';
    expect(parseSdmxMl(structure).diagnostics[0]?.message).toContain("read it with parseSdmxStructure");
    expect(parseSdmxStructure(whole).diagnostics).toEqual([
      expect.objectContaining({ code: "sdmx-ml/unknown-root", row: 2, column: 1 }),
    ]);
  });

  it("says which SDMX-ML 2.0 messages it does not read", () => {
    const compact = '<CompactData xmlns="http://www.SDMX.org/resources/SDMXML/schemas/v2_0/message"/>';
    expect(parseSdmxMl(compact).diagnostics[0]?.message).toContain("SDMX-ML 2.0 CompactData is not read");
  });
});

const fragments = [
  whole.slice(0, whole.indexOf("<Series")),
  "<Series ",
  'FREQ="A" ',
  'TIME_PERIOD="2015" ',
  'OBS_VALUE="1" ',
  'OBS_VALUE="NaN" ',
  "<Obs ",
  "/>",
  ">",
  "</Obs>",
  "</Series>",
  "<generic:Value ",
  'id="X" value="Y"',
  "</message:DataSet>",
  "&amp;",
  "&bogus;",
  "<![CDATA[x]]>",
  "<!-- c -->",
  "\n",
  "\uFEFF",
];

describe("no input makes a reader throw", () => {
  test.prop([fc.string({ maxLength: 300 })])("arbitrary text", (text) => {
    parseSdmxMl(text);
    parseSdmxStructure(text);
  });

  test.prop([fc.uint8Array({ maxLength: 300 })])("arbitrary bytes", (bytes) => {
    parseSdmxMl(bytes);
    parseSdmxStructure(bytes);
  });

  test.prop([fc.array(fc.constantFrom(...fragments), { maxLength: 40 })])("SDMX-like fragments", (parts) => {
    const text = parts.join("");
    parseSdmxMl(text);
    parseSdmxMl(text, {
      structure: { dimensions: ["FREQ"], timeDimension: "TIME_PERIOD", measures: [], attributes: [] },
    });
    parseSdmxStructure(text);
  });
});
