import { describe, expect, it } from "vitest";
import {
  carbonToCo2,
  convertMass,
  perCapita,
  toDecimalString,
  tonnesPerYearToKgPerCapitaPerDay,
  totalFromPerCapita,
} from "./units.ts";

describe("unit conversions", () => {
  it("turns CDIAC's thousand tonnes of carbon into megatonnes of CO2", () => {
    // PROVENANCE of the CDIAC dataset: KAZAKHSTAN 2020 = 56,644 thousand t C, "about 208 Mt CO2".
    const megatonnesCo2 = convertMass(carbonToCo2(56_644), "thousand t", "Mt");
    // Hand computation: 56,644 × 3.664 = 207,543.616 thousand t = 207.543616 Mt.
    expect(megatonnesCo2).toBeCloseTo(207.543616, 9);
  });

  it("converts masses both ways without drift", () => {
    expect(convertMass(1.5, "Mt", "t")).toBe(1_500_000);
    expect(convertMass(1_500_000, "t", "Mt")).toBe(1.5);
    expect(convertMass(2_930_349, "t", "kg")).toBe(2_930_349_000);
  });

  it("keeps gaps as gaps in per-capita rates", () => {
    expect(perCapita(10, 4)).toBe(2.5);
    expect(perCapita(undefined, 4)).toBeUndefined();
    expect(perCapita(10, 0)).toBeUndefined();
  });

  it("turns a per-capita rate back into a total and keeps gaps as gaps", () => {
    // Hand computation: 2,500 int.-$ per person × 4,000,000 people = 10,000,000,000 int.-$.
    expect(totalFromPerCapita(2_500, 4_000_000)).toBe(10_000_000_000);
    expect(totalFromPerCapita(undefined, 4_000_000)).toBeUndefined();
    expect(totalFromPerCapita(2_500, undefined)).toBeUndefined();
    expect(totalFromPerCapita(2_500, 0)).toBeUndefined();
  });

  it("computes kg per person per day from tonnes per year", () => {
    // Hand computation: 365 t/yr for 1,000 people = 1 kg per person per day.
    expect(tonnesPerYearToKgPerCapitaPerDay(365, 1_000)).toBeCloseTo(1, 12);
  });

  it("writes decimals with bounded significant digits and no exponent", () => {
    expect(toDecimalString(207.5436, 4)).toBe("207.5");
    expect(toDecimalString(0.000123456, 3)).toBe("0.000123");
    expect(toDecimalString(123456789, 3)).toBe("123456789");
    expect(toDecimalString(2.5, 6)).toBe("2.5");
    expect(toDecimalString(-1.23456, 3)).toBe("-1.23");
  });
});
