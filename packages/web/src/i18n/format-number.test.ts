import { describe, expect, it } from "vitest";
import { formatDate, formatNumber, formatYear, formatYearRange } from "./format-number.ts";

describe("formatNumber", () => {
  it("writes Persian digits and separators for fa", () => {
    expect(formatNumber(1234567.891, "fa", { decimals: 2 })).toBe("۱٬۲۳۴٬۵۶۷٫۸۹");
  });

  it("uses a comma decimal and non-breaking spaces for ru", () => {
    expect(formatNumber(1234567.891, "ru", { decimals: 1 })).toBe("1\u00a0234\u00a0567,9");
  });

  it("rounds to the indicator's decimals in en", () => {
    expect(formatNumber(12.3456, "en", { decimals: 2 })).toBe("12.35");
    expect(formatNumber(12, "en", { decimals: 2 })).toBe("12");
  });

  it("spells large headline figures compactly in each language", () => {
    expect(formatNumber(36_200_000, "en", { compact: true })).toBe("36.2 million");
    expect(formatNumber(36_200_000, "ru", { compact: true })).toBe("36,2 миллиона");
    expect(formatNumber(36_200_000, "fa", { compact: true })).toBe("۳۶٫۲ میلیون");
    expect(formatNumber(9_999, "en", { compact: true })).toBe("9,999");
  });
});

describe("formatYear and formatDate", () => {
  it("writes years without grouping, in the language's digits", () => {
    expect(formatYear(2019, "en")).toBe("2019");
    expect(formatYear(2019, "fa")).toBe("۲۰۱۹");
    expect(formatYearRange(2000, 2017, "fa")).toBe("۲۰۰۰–۲۰۱۷");
    expect(formatYearRange(2016, 2016, "en")).toBe("2016");
  });

  it("writes dates on the Gregorian calendar in every language", () => {
    expect(formatDate("2026-11-28", "en")).toBe("November 28, 2026");
    expect(formatDate("2026-11-28", "fa")).toContain("۲۰۲۶");
  });
});

describe("counts in catalogue sentences", () => {
  it("are written in the language's digits", async () => {
    const { createI18n } = await import("./setup-i18n.ts");
    const i18n = await createI18n("fa");
    expect(i18n.t("indicator.coverageText", { years: "۲۰۰۰–۲۰۱۷", count: 10 })).toBe("۲۰۰۰–۲۰۱۷، ۱۰ کشور");
  });
});
