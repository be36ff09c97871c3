/**
 * The UNECE/OECD measurement framework of the CES *Guidelines for Measuring Circular Economy*
 * (2023): its four building blocks. The guidelines propose 19 core indicators; their list could
 * not be read from a source we can cite this time, so none are listed rather than guessed.
 */
import type { FrameworkDefinition } from "./framework-definition.ts";

export const uneceOecdFramework: FrameworkDefinition = {
  id: "unece-oecd-ce",
  names: {
    en: "UNECE/OECD circular economy measurement framework",
    ru: "Система измерения циркулярной экономики ЕЭК ООН/ОЭСР",
    fa: "چارچوب سنجش اقتصاد چرخشی کمیسیون اقتصادی اروپا و سازمان همکاری و توسعهٔ اقتصادی",
  },
  source: {
    title:
      "Conference of European Statisticians Guidelines for Measuring Circular Economy, Part A: Conceptual Framework, Indicators and Measurement Framework",
    publisher: "United Nations Economic Commission for Europe (UNECE) and OECD",
    year: 2023,
    url: "https://unece.org/statistics/ces/circular-economy",
    locator: "Statistical framework: building blocks; core indicators",
  },
  notes:
    "The four building blocks are as the guidelines name them (quoted by UNEP's SDG hub, https://sdgs.unep.org/article/measuring-circular-economy-indicators). The guidelines propose 19 core indicators (IISD SDG Knowledge Hub, March 2024); that list is not yet in this catalogue because no copy of it could be cited, so this framework shows no rows until it is added from the guidelines themselves.",
  groups: [
    { code: "material-life-cycle", title: "Material life-cycle and value chain" },
    { code: "environment", title: "Interactions with the environment" },
    { code: "responses", title: "Responses and actions" },
    { code: "socio-economic", title: "Socio-economic opportunities" },
  ],
  indicators: [],
};
