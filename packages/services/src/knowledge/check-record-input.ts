/**
 * Checks of a record input that need the database: taxonomy codes, member states, content
 * languages, relation targets. Each problem names the field's path, so a form can mark it and a
 * file import can report it.
 */
import type { ParsedRecordInput, TaxonomySchemeName } from "@circular-atlas/contracts";
import { findContentLanguage } from "@circular-atlas/formats";
import type { InputIssue } from "../validate-input.ts";
import { hasTerm, type TaxonomyIndex } from "./taxonomy.ts";

export interface RecordCheckContext {
  readonly taxonomy: TaxonomyIndex;
  readonly memberStates: ReadonlySet<string>;
  /** Ids a relation may point to (existing records, and the other records of an import). */
  readonly knownRecordIds: ReadonlySet<string>;
}

const detailSchemes: Partial<Record<string, TaxonomySchemeName>> = {
  policyKind: "policy-kind",
  policyStatus: "policy-status",
  practiceKind: "practice-kind",
  stakeholderKind: "stakeholder-kind",
  stage: "initiative-stage",
  barrierKind: "barrier-kind",
};

export function checkRecordInput(input: ParsedRecordInput, context: RecordCheckContext): InputIssue[] {
  const issues: InputIssue[] = [];
  const checkCodes = (path: string, scheme: TaxonomySchemeName, codes: readonly string[]) => {
    codes.forEach((code, index) => {
      if (!hasTerm(context.taxonomy, scheme, code))
        issues.push({
          path: `${path}.${index}`,
          message: `"${code}" is not a code of the ${scheme} taxonomy`,
        });
    });
  };
  for (const language of Object.keys(input.texts)) {
    if (findContentLanguage(language) === undefined)
      issues.push({
        path: `texts.${language}`,
        message: `"${language}" is not a language records may be written in`,
      });
  }
  input.countries.forEach((country, index) => {
    if (!context.memberStates.has(country))
      issues.push({ path: `countries.${index}`, message: `"${country}" is not an ECO member state` });
  });
  if (new Set(input.countries).size !== input.countries.length)
    issues.push({ path: "countries", message: "lists a country twice" });
  checkCodes("sectors", "sector", input.sectors);
  checkCodes("strategies", "strategy", input.strategies);
  checkCodes("themes", "theme", input.themes);
  checkCodes("details.instruments", "instrument", input.details.instruments ?? []);
  for (const [field, scheme] of Object.entries(detailSchemes)) {
    const value = (input.details as Record<string, unknown>)[field];
    if (typeof value === "string" && scheme !== undefined && !hasTerm(context.taxonomy, scheme, value))
      issues.push({
        path: `details.${field}`,
        message: `"${value}" is not a code of the ${scheme} taxonomy`,
      });
  }
  const { startDate, endDate } = input.details;
  if (startDate !== undefined && endDate !== undefined && endDate < startDate)
    issues.push({ path: "details.endDate", message: "is before the start date" });
  input.relations.forEach((relation, index) => {
    if (relation.to === input.id)
      issues.push({ path: `relations.${index}.to`, message: "a record cannot relate to itself" });
    else if (!context.knownRecordIds.has(relation.to))
      issues.push({ path: `relations.${index}.to`, message: `no record "${relation.to}"` });
  });
  return issues;
}
