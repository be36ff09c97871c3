/**
 * Data-quality checks. The Kyrgyz 12.4.2 figures are the values of the National Statistical
 * Committee's SDMX-ML file as ../shared/data/open-sdg-kyrgyzstan-sdmx/PROVENANCE.md lists them
 * (re-typed here, so the test runs without the shared data): a lost decimal point turned
 * 46.7 % into 467 %, 1,833.7 kg into 18,337 kg, and left the landfilled share as "00" and "01".
 * Z-scores are checked against a plain second computation and against Python's
 * `statistics.mean` / `statistics.stdev` (printed once: mean 10.2222…, stdev 0.971825…,
 * z 20.35116…).
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { checkObservations, type QualityObservation } from "./check-observations.ts";
import { defaultQualityRules, type QualityRule } from "./quality-rules.ts";

function observation(
  indicator: string,
  timePeriod: string,
  value: string,
  extra: Partial<QualityObservation> = {},
): QualityObservation {
  return {
    indicator,
    area: "KGZ",
    timePeriod,
    year: Number(timePeriod.slice(0, 4)),
    dimensionKey: "",
    dimensions: {},
    value,
    unit: "KG_PER_CAP",
    ...extra,
  };
}

function rule(id: string): QualityRule {
  const found = defaultQualityRules.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no default rule ${id}`);
  return found;
}

const summary = (findings: ReturnType<typeof checkObservations>) =>
  findings.map((finding) => [finding.ruleId, finding.indicator, finding.timePeriod, finding.value]);

describe("the Kyrgyz 12.4.2 file with its lost decimal point", () => {
  const pcap = [
    ["2014", "245"],
    ["2015", "18337"],
    ["2016", "21173"],
    ["2017", "21218"],
  ].map(([period, value]) => observation("EN_HAZ_PCAP", period as string, value as string));
  const treated = [
    ["2015", "467"],
    ["2016", "329"],
    ["2017", "402"],
  ].map(([period, value]) =>
    observation("EN_HAZ_TRTDISR", period as string, value as string, { unit: "PT" }),
  );
  const landfilled = [
    ["2015", "0", "00"],
    ["2016", "1", "01"],
  ].map(([period, value, raw]) =>
    observation("EN_HAZ_LAND", period as string, value as string, { unit: "PT", rawValue: raw as string }),
  );
  const findings = checkObservations({
    candidates: [...pcap, ...treated, ...landfilled],
    accepted: [],
    rules: defaultQualityRules,
  });

  it("flags every share over 100 %, the jump from 245 to 18,337 kg and both leading zeros", () => {
    expect(summary(findings)).toEqual([
      ["percent-range", "EN_HAZ_TRTDISR", "2015", "467"],
      ["percent-range", "EN_HAZ_TRTDISR", "2016", "329"],
      ["percent-range", "EN_HAZ_TRTDISR", "2017", "402"],
      ["year-on-year-jump", "EN_HAZ_PCAP", "2015", "18337"],
      ["leading-zeros", "EN_HAZ_LAND", "2015", "0"],
      ["leading-zeros", "EN_HAZ_LAND", "2016", "1"],
    ]);
    expect(findings.filter((finding) => finding.ruleId === "percent-range").map((f) => f.severity)).toEqual([
      "error",
      "error",
      "error",
    ]);
  });

  it("says what raised each flag", () => {
    const jump = findings.find((finding) => finding.ruleId === "year-on-year-jump");
    expect(jump?.message).toBe("18337 in 2015 is 74.8449 × the 2014 value 245");
    expect(jump?.details).toMatchObject({ previousPeriod: "2014", previousValue: "245", ratio: 74.8449 });
    expect(findings[0]?.message).toBe("467 % is above the upper bound 100 %");
    expect(findings.at(-1)?.message).toBe('"01" is written with a leading zero');
  });

  it("flags the correction against the UN value as a tenfold shift", () => {
    // UN SDG database (../shared/data/un-sdg-indicators-ddf): en_haz_trtdisr KGZ 2015 = 47.02 %.
    const shifted = checkObservations({
      candidates: [observation("EN_HAZ_TRTDISR", "2015", "467", { unit: "PT" })],
      accepted: [],
      references: [observation("EN_HAZ_TRTDISR", "2015", "47.02", { unit: "PT", source: "UN SDG database" })],
      rules: [rule("scale-shift")],
    });
    expect(shifted.map((finding) => finding.message)).toEqual([
      "467 is 10 × the value from UN SDG database 47.02",
    ]);
  });
});

describe("year-on-year jumps", () => {
  const jumpRule = rule("year-on-year-jump");

  it("lays a step at the candidate's door when the value after it is accepted", () => {
    const findings = checkObservations({
      candidates: [observation("X", "2016", "20000")],
      accepted: [observation("X", "2015", "19000"), observation("X", "2017", "2000")],
      rules: [jumpRule],
    });
    expect(findings.map((finding) => finding.message)).toEqual([
      "the accepted 2017 value 2000 is 0.1 × 20000 in 2016",
    ]);
  });

  it("leaves accepted steps, wide gaps, tiny magnitudes and sign changes alone", () => {
    const findings = checkObservations({
      candidates: [
        observation("X", "2020", "100"),
        observation("Y", "2011", "0.5"),
        observation("Z", "2011", "-50"),
      ],
      accepted: [
        observation("X", "2010", "1"),
        observation("X", "2011", "900"),
        observation("X", "2017", "10"),
        observation("Y", "2010", "0.01"),
        observation("Z", "2010", "5"),
      ],
      rules: [jumpRule],
    });
    expect(findings).toEqual([]);
  });

  it("ignores periods that are not calendar years", () => {
    const findings = checkObservations({
      candidates: [observation("X", "2016-Q1", "5000")],
      accepted: [observation("X", "2015-Q4", "10")],
      rules: [jumpRule],
    });
    expect(findings).toEqual([]);
  });
});

describe("z-score outliers", () => {
  const others = ["10", "11", "9", "10", "12", "10", "11", "9", "10"];
  const accepted = others.map((value, index) => observation("X", String(2000 + index), value));

  /** The plain second computation: mean and sample deviation written out. */
  function plainZ(values: number[], x: number): number {
    let sum = 0;
    for (const value of values) sum += value;
    const mean = sum / values.length;
    let squares = 0;
    for (const value of values) squares += (value - mean) * (value - mean);
    return (x - mean) / Math.sqrt(squares / (values.length - 1));
  }

  it("measures the candidate against the other values only", () => {
    const [finding] = checkObservations({
      candidates: [observation("X", "2009", "30")],
      accepted,
      rules: [rule("z-score-outlier")],
    });
    expect(finding?.details["z"]).toBeCloseTo(20.35116543691105, 4);
    expect(finding?.details["z"]).toBeCloseTo(plainZ(others.map(Number), 30), 4);
    expect(finding?.details["mean"]).toBeCloseTo(10.2222, 4);
    expect(finding?.message).toBe(
      "30 is 20.3512 standard deviations above the mean 10.2222 of the series' other 9 values",
    );
  });

  it("needs minPoints other values and a spread", () => {
    const short = checkObservations({
      candidates: [observation("X", "2009", "30")],
      accepted: accepted.slice(0, 7),
      rules: [rule("z-score-outlier")],
    });
    expect(short).toEqual([]);
    const flat = checkObservations({
      candidates: [observation("X", "2009", "30")],
      accepted: others.map((_, index) => observation("X", String(2000 + index), "10")),
      rules: [rule("z-score-outlier")],
    });
    expect(flat).toEqual([]);
  });
});

describe("scale shifts, bounds, breakdown sums and scopes", () => {
  it("flags a correction that is the accepted value × 100, not an ordinary one", () => {
    const findings = checkObservations({
      candidates: [observation("X", "2015", "1833.7"), observation("X", "2016", "2100")],
      accepted: [observation("X", "2015", "18.337"), observation("X", "2016", "2038")],
      rules: [rule("scale-shift")],
    });
    expect(summary(findings)).toEqual([["scale-shift", "X", "2015", "1833.7"]]);
    expect(findings[0]?.details).toEqual({ factor: 100, against: "18.337" });
  });

  it("checks hard bounds per indicator", () => {
    const bounds: QualityRule = {
      id: "msw-per-capita",
      kind: "bounds",
      severity: "error",
      enabled: true,
      scope: { indicators: ["WAW_MSW_PER_CAPITA"] },
      params: { min: 0.05, max: 5 },
      description: "kg per person per day",
    };
    const findings = checkObservations({
      candidates: [
        observation("WAW_MSW_PER_CAPITA", "2016", "0.01"),
        observation("WAW_MSW_PER_CAPITA", "2017", "1.2"),
        observation("WAW_MSW_PER_CAPITA", "2018", "12"),
        observation("OTHER", "2018", "12"),
      ],
      accepted: [],
      rules: [bounds],
    });
    expect(findings.map((finding) => finding.message)).toEqual([
      "0.01 is below the lower bound 0.05",
      "12 is above the upper bound 5",
    ]);
  });

  it("checks that the parts of a breakdown add up to its total", () => {
    // Kyrgyz 11.6.1.2: households by how they dispose of waste (2023, % of households).
    const sum: QualityRule = {
      id: "disposal-sum",
      kind: "breakdown-sum",
      severity: "warning",
      enabled: true,
      scope: { indicators: ["DISPOSAL"] },
      params: { dimension: "COMPOSITE_BREAKDOWN", parts: ["COL", "DUMP", "BURN", "BURY"], tolerance: 0.5 },
      description: "",
    };
    const part = (code: string, value: string) =>
      observation("DISPOSAL", "2023", value, {
        unit: "PT",
        dimensionKey: `COMPOSITE_BREAKDOWN=${code}`,
        dimensions: { COMPOSITE_BREAKDOWN: code },
      });
    const parts = [part("COL", "48.5"), part("DUMP", "23.2"), part("BURN", "19.3"), part("BURY", "9.1")];
    const total = (value: string) => observation("DISPOSAL", "2023", value, { unit: "PT" });
    expect(checkObservations({ candidates: [...parts, total("100")], accepted: [], rules: [sum] })).toEqual(
      [],
    );
    const wrong = checkObservations({ candidates: [...parts, total("90")], accepted: [], rules: [sum] });
    expect(wrong.map((finding) => [finding.dimensionKey, finding.details["difference"]])).toEqual([
      ["", 10.1],
    ]);
    // A part missing: nothing to compare.
    expect(
      checkObservations({ candidates: [...parts.slice(1), total("90")], accepted: [], rules: [sum] }),
    ).toEqual([]);
  });

  it("skips disabled rules and observations outside a rule's scope", () => {
    const disabled = { ...rule("percent-range"), enabled: false };
    const values = [observation("X", "2015", "467", { unit: "PT" }), observation("X", "2016", "467")];
    expect(checkObservations({ candidates: values, accepted: [], rules: [disabled] })).toEqual([]);
    expect(
      summary(checkObservations({ candidates: values, accepted: [], rules: [rule("percent-range")] })),
    ).toEqual([["percent-range", "X", "2015", "467"]]);
  });
});

describe("properties", () => {
  test.prop([fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 30 })])(
    "percent-range flags exactly the shares outside 0–100",
    (numbers) => {
      const candidates = numbers.map((value, index) =>
        observation("X", String(1990 + index), String(value), { unit: "PT" }),
      );
      const flagged = checkObservations({ candidates, accepted: [], rules: [rule("percent-range")] });
      expect(flagged.map((finding) => finding.timePeriod)).toEqual(
        candidates
          .filter((_, index) => (numbers[index] as number) < 0 || (numbers[index] as number) > 100)
          .map((c) => c.timePeriod),
      );
    },
  );

  test.prop([fc.array(fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.string()), { maxLength: 40 })])(
    "never throws, whatever the values",
    (rows) => {
      const candidates = rows.map(([year, value]) => observation("X", String(year), value));
      expect(() =>
        checkObservations({ candidates, accepted: candidates.slice(0, 5), rules: defaultQualityRules }),
      ).not.toThrow();
    },
  );
});

describe("unit consistency", () => {
  const rules = [rule("unit-consistency")];
  // The Kyrgyz 9.4.1 file gives CO2 in tonnes ×10^3 where the observatory publishes million tonnes.
  const published = new Map([["EN_ATM_CO2", { unit: "MT_CO2", unitMult: 0 }]]);

  it("flags a value in another unit or multiplier than the accepted values of its series", () => {
    const findings = checkObservations({
      candidates: [
        observation("EN_ATM_CO2", "2016", "8840.465", { unit: "T", unitMult: 3 }),
        observation("EN_ATM_CO2", "2017", "9.4", { unit: "MT_CO2" }),
      ],
      accepted: [observation("EN_ATM_CO2", "2015", "10.3", { unit: "MT_CO2" })],
      rules,
      publishedUnits: published,
    });
    expect(findings.map((finding) => [finding.timePeriod, finding.details])).toEqual([
      ["2016", { unit: "T ×10^3", expectedUnit: "MT_CO2" }],
    ]);
  });

  it("falls back to the indicator's unit for a series with no accepted value, and stays quiet without one", () => {
    const candidate = observation("EN_ATM_CO2", "2016", "8840.465", { unit: "T", unitMult: 3 });
    const withUnits = checkObservations({
      candidates: [candidate],
      accepted: [],
      rules,
      publishedUnits: published,
    });
    expect(withUnits.map((finding) => finding.message)).toEqual([
      "unit T ×10^3 differs from MT_CO2, the unit EN_ATM_CO2 is published in",
    ]);
    expect(checkObservations({ candidates: [candidate], accepted: [], rules })).toEqual([]);
  });

  it("takes a breakdown's own accepted unit over the indicator's (a share beside a per-capita total)", () => {
    const share = { dimensionKey: "COMPOSITE_BREAKDOWN=_L_HAZ_WASTE_TREAT", unit: "PT" };
    const findings = checkObservations({
      candidates: [observation("EN_HAZ_PCAP", "2016", "32.9", share)],
      accepted: [observation("EN_HAZ_PCAP", "2015", "46.7", share)],
      rules,
      publishedUnits: new Map([["EN_HAZ_PCAP", { unit: "KG_PER_CAP", unitMult: 0 }]]),
    });
    expect(findings).toEqual([]);
  });
});

describe("unit consistency of a new breakdown", () => {
  it("does not hold a breakdown without accepted values to the total's unit", () => {
    const findings = checkObservations({
      candidates: [
        observation("EN_HAZ_PCAP", "2016", "32.9", { dimensionKey: "COMPOSITE_BREAKDOWN=X", unit: "PT" }),
      ],
      accepted: [],
      rules: defaultQualityRules.filter((candidate) => candidate.kind === "unit-consistency"),
      publishedUnits: new Map([["EN_HAZ_PCAP", { unit: "KG_PER_CAP", unitMult: 0 }]]),
    });
    expect(findings).toEqual([]);
  });
});
