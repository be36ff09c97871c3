/**
 * The series considered for the readiness index and left out, each with the reason, shown on the
 * page beside the framework: too few member states report it (`coverage`), it measures how much
 * a population consumes rather than how ready it is (`per-person-pressure`; those stay in the
 * observatory), or a close substitute was preferred (`substitute`).
 */
import type { ReadinessFramework } from "@circular-atlas/contracts";

/**
 * Why the four pressures per person are out: the quantity a population consumes, which rises
 * with income, is no measure of readiness to use it circularly.
 */
const perPerson = (what: string, instead: string) =>
  `${what} per person measures how much a population consumes, which rises with income; counting less as better ranks the poorest members first, so it is no measure of readiness. ${instead} It stays in the observatory.`;

/** Candidates read and left out, so the choice can be checked against the coverage matrix. */
export const readinessExclusions: readonly ReadinessFramework["excluded"][number][] = [
  {
    series: "EN_MAT_DOMCMPC",
    dimensions: {},
    kind: "per-person-pressure",
    reason: perPerson(
      "Domestic material consumption",
      "Materials per unit of GDP (DMC_GDP) measures resource productivity instead.",
    ),
  },
  {
    series: "WAW_MSW_PER_CAPITA",
    dimensions: {},
    kind: "per-person-pressure",
    reason: perPerson(
      "Municipal waste generated",
      "Waste per unit of GDP (MSW_GDP, from WAW_MSW_GENERATED ÷ GDP PPP of the same year) stands in.",
    ),
  },
  {
    series: "EN_EWT_GENPCAP",
    dimensions: {},
    kind: "per-person-pressure",
    reason: perPerson(
      "E-waste generated",
      "E-waste per unit of GDP (EN_EWT_GENV ÷ GDP PPP) is a candidate for a later revision, not added here; TJK and UZB have no e-waste figure from 2015 on.",
    ),
  },
  {
    series: "CDIAC_CO2_PCAP",
    dimensions: {},
    kind: "per-person-pressure",
    reason: perPerson(
      "CO₂ emitted",
      "CO₂ per unit of GDP (CO2_GDP, from CDIAC_CO2 ÷ GDP PPP of the same year) stands in.",
    ),
  },
  {
    series: "OWID_TOTAL_GHG",
    dimensions: {},
    kind: "substitute",
    reason:
      "All greenhouse gases per unit of GDP would cover more than CO₂, but the bundled CAIT series ends in 2016; CDIAC's fossil and cement CO₂ reaches 2020, so CO2_GDP divides that.",
  },
  {
    series: "WAW_MSW_TREATMENT",
    dimensions: { WASTE_TREATMENT: "RECYCLING" },
    kind: "coverage",
    reason:
      "Recycling share: three member states (IRN, KAZ, PAK). Reading the other seven as 0 % would invent values.",
  },
  {
    series: "WAW_MSW_TREATMENT",
    dimensions: { WASTE_TREATMENT: "COMPOST" },
    kind: "coverage",
    reason: "Composting share: three member states (IRN, PAK, TUR).",
  },
  {
    series: "WAW_MSW_COLLECTION",
    dimensions: { COVERAGE_BASIS: "POPULATION" },
    kind: "coverage",
    reason:
      "Collection coverage by population: four member states; two more report it by waste weight, which is not the same measure.",
  },
  {
    series: "EN_HAZ_TRTDISR",
    dimensions: {},
    kind: "coverage",
    reason:
      "Hazardous waste treated or disposed: five member states, and values above 100 % (treatment of stocks) that a rate cannot compare.",
  },
  {
    series: "EN_EWT_RCYR",
    dimensions: {},
    kind: "coverage",
    reason: "E-waste recycling rate: two member states (KAZ, TUR).",
  },
];
