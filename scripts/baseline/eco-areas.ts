/**
 * The reference areas of the baseline: the ECO organisation and its ten member states. Codes
 * are written out here (ISO 3166-1 alpha-3 and alpha-2, UN M49) because every join in the build
 * uses them; a test checks them against i18n-iso-countries.
 */
import type { BaselineArea } from "@circular-atlas/contracts";

export interface EcoMember {
  readonly iso3: string;
  readonly iso2: string;
  readonly m49: number;
}

/** Member states in the ECO's own order (alphabetical by English short name). */
export const ecoMembers: readonly EcoMember[] = [
  { iso3: "AFG", iso2: "AF", m49: 4 },
  { iso3: "AZE", iso2: "AZ", m49: 31 },
  { iso3: "IRN", iso2: "IR", m49: 364 },
  { iso3: "KAZ", iso2: "KZ", m49: 398 },
  { iso3: "KGZ", iso2: "KG", m49: 417 },
  { iso3: "PAK", iso2: "PK", m49: 586 },
  { iso3: "TJK", iso2: "TJ", m49: 762 },
  { iso3: "TUR", iso2: "TR", m49: 792 },
  { iso3: "TKM", iso2: "TM", m49: 795 },
  { iso3: "UZB", iso2: "UZ", m49: 860 },
];

export const ecoAreaCode = "ECO";

const memberByIso3 = new Map(ecoMembers.map((member) => [member.iso3, member]));
const memberByM49 = new Map(ecoMembers.map((member) => [member.m49, member]));

/** True for the ISO alpha-3 code of a member state. */
export function isEcoMember(iso3: string): boolean {
  return memberByIso3.has(iso3);
}

/** The member state with this M49 code (numeric text, with or without zero padding). */
export function ecoMemberByM49(m49Text: string): EcoMember | undefined {
  if (!/^\d+$/.test(m49Text)) return undefined;
  return memberByM49.get(Number(m49Text));
}

/** `areas.json`: the organisation first, then the members. */
export function buildAreas(): BaselineArea[] {
  return [
    { code: ecoAreaCode, m49: null, iso2: null, level: "organisation", parentCode: null, sortOrder: 0 },
    ...ecoMembers.map(
      (member, index): BaselineArea => ({
        code: member.iso3,
        m49: member.m49,
        iso2: member.iso2,
        level: "country",
        parentCode: ecoAreaCode,
        sortOrder: index + 1,
      }),
    ),
  ];
}
