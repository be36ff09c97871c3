import { describe, expect, it } from "vitest";
import { deriveCorrespondence, sameName } from "./region-code-correspondence.ts";

const pair = (geoCode: string, refArea: string, file = "a.csv") => ({ geoCode, refArea, file });
const russian = new Map([
  ["KZYUZ", "Туркестанская"],
  ["KZONT", "Южно-Казахстанская"],
  ["KZALA", "г_Алматы"],
]);

describe("deriveCorrespondence", () => {
  it("takes the data code most rows give a map code, and keeps the others as conflicts", () => {
    const result = deriveCorrespondence(
      [pair("KZ03", "KZAKM"), pair("KZ03", "KZAKM", "b.csv"), pair("KZ03", "KZAKT"), pair("KZ04", "KZAKT")],
      [
        { geoCode: "KZ04", name: "Актюбинская" },
        { geoCode: "KZ03", name: "Акмолинская" },
      ],
      () => undefined,
    );
    expect(
      result.regions.map((region) => [region.geoCode, region.refArea, region.rows, region.files]),
    ).toEqual([
      ["KZ03", "KZAKM", 2, ["a.csv", "b.csv"]],
      ["KZ04", "KZAKT", 1, ["a.csv"]],
    ]);
    expect(result.conflicts).toEqual([{ geoCode: "KZ03", refArea: "KZAKT", rows: 1, files: ["a.csv"] }]);
  });

  it("breaks a tie by the boundary's name, as Kazstat's KZ10 (Turkistan, formerly South Kazakhstan)", () => {
    const result = deriveCorrespondence(
      [pair("KZ10", "KZONT"), pair("KZ10", "KZYUZ")],
      [{ geoCode: "KZ10", name: "Туркестанская" }],
      (code) => russian.get(code),
    );
    expect(result.regions[0]).toMatchObject({ refArea: "KZYUZ", namesAgree: true });
    expect(result.conflicts).toEqual([{ geoCode: "KZ10", refArea: "KZONT", rows: 1, files: ["a.csv"] }]);
  });

  it("refuses to guess when neither rows nor names decide, and names the codes", () => {
    expect(() =>
      deriveCorrespondence(
        [pair("KZ10", "KZONT"), pair("KZ10", "KZPAV")],
        [{ geoCode: "KZ10", name: "Туркестанская" }],
        (code) => russian.get(code),
      ),
    ).toThrow(
      "map code KZ10 (Туркестанская): no data code is given with it more often than the others (KZONT, KZPAV)",
    );
  });

  it("refuses a map code the boundary file lacks, and a data code that two map codes claim", () => {
    expect(() =>
      deriveCorrespondence([pair("KZ99", "KZAKM")], [{ geoCode: "KZ03", name: "x" }], () => undefined),
    ).toThrow("a.csv: map code KZ99 is not in the boundary file");
    expect(() =>
      deriveCorrespondence(
        [pair("KZ03", "KZAKM"), pair("KZ04", "KZAKM")],
        [
          { geoCode: "KZ03", name: "x" },
          { geoCode: "KZ04", name: "y" },
        ],
        () => undefined,
      ),
    ).toThrow("data code KZAKM stands for two map codes");
  });

  it("reads г.Алматы, г_Алматы and алматы as one name", () => {
    expect(sameName("г.Алматы", "г_Алматы")).toBe(true);
    expect(sameName("Алматы", "г.Алматы")).toBe(true);
    expect(sameName("г.Нур-Султан", "г_Астана")).toBe(false);
  });
});
