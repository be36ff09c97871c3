/**
 * Test support for the mapping exercise's API tests: the starter questionnaire, Kyrgyzstan's
 * answers to it, the exercise's users signed in, and calls that check every answer is private
 * and parse it with a contract schema.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  problemSchema,
  questionnaireVersionSummarySchema,
  reportingRoundSchema,
} from "@circular-atlas/contracts";
import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import type { TestApp } from "../../testing/test-app.ts";
import { createTestUser, type TestUser } from "../../testing/test-users.ts";
import { xlsxContentType } from "./rounds-scope.ts";

export const starterWorkbook = readFileSync(
  fileURLToPath(new URL("../../../../../data/questionnaires/eco-ce-mapping.xlsx", import.meta.url)),
);

/**
 * Kyrgyzstan's answers to every required question of the starter questionnaire (its source,
 * data/questionnaires/eco-ce-mapping/), but the clearance, which the first submit misses: a
 * priority and a policy (each becomes a draft record) and municipal waste generated in 2023
 * (`bind::atlas:series` WAW_MSW_GENERATED, its year in msw_generated_year).
 */
export const withoutClearance: Record<string, unknown> = {
  country: "KGZ",
  institution: "Ministry of Natural Resources, Ecology and Technical Supervision",
  respondent_name: "A. Focal",
  respondent_email: "focal@example.org",
  answer_language: "ru",
  completion_date: new Date().toISOString().slice(0, 10),
  priority_sectors: "C E",
  priority_strategies: "R8",
  priority_themes: "municipal-waste",
  priority_count: "1",
  priority: [{ priority_title: "Раздельный сбор отходов" }],
  has_ce_strategy: "no",
  ce_in_other_plans: "no",
  has_policies: "yes",
  policy: [
    {
      policy_title: "Закон об отходах производства и потребления",
      policy_kind: "law",
      policy_status: "in-force",
      policy_year: "2001",
    },
  ],
  has_good_practices: "no",
  separate_collection: "pilots",
  dedicated_budget: "no",
  financing_mechanisms: "public-budget",
  investment_areas: "collection",
  has_initiatives: "no",
  capacity_needs: "waste-statistics",
  informal_sector: "no",
  data_sources: "National Statistical Committee",
  support_requested: "yes",
  msw_generated: "1180000",
  msw_generated_year: "2023",
};

export interface MappingUsers {
  readonly admin: TestUser;
  readonly reviewer: TestUser;
  readonly secondReviewer: TestUser;
  /** Kyrgyzstan's focal point and country lead. */
  readonly focalPoint: TestUser;
  readonly lead: TestUser;
  readonly kazakhFocalPoint: TestUser;
  readonly reader: TestUser;
}

export async function createMappingUsers(test: TestApp): Promise<MappingUsers> {
  const make = (role: TestUser["role"], countries: string[] = []) =>
    createTestUser(test.app, test.db, { role, countries });
  return {
    admin: await make("admin"),
    reviewer: await make("reviewer"),
    secondReviewer: await make("reviewer"),
    focalPoint: await make("focal-point", ["KGZ"]),
    lead: await make("country-lead", ["KGZ"]),
    kazakhFocalPoint: await make("focal-point", ["KAZ"]),
    reader: await make("reader"),
  };
}

/** Requests to `test`'s app as a user, each checked to be answered `private, no-store`. */
export function roundsClient(test: TestApp) {
  const call = async (
    user: TestUser | undefined,
    options: InjectOptions & { url: string },
  ): Promise<LightMyRequestResponse> => {
    const response = await test.app.inject({
      ...options,
      headers: { ...user?.headers, ...options.headers },
    });
    expect(response.headers["cache-control"], `${options.method ?? "GET"} ${options.url}`).toBe(
      "private, no-store",
    );
    return response;
  };
  const failed = (response: LightMyRequestResponse, status: number) => {
    expect(response.statusCode, response.body).toBe(status);
    return problemSchema.parse(response.json());
  };
  const ok = <T>(response: LightMyRequestResponse, schema: { parse(value: unknown): T }, status = 200): T => {
    expect(response.statusCode, response.body).toBe(status);
    return schema.parse(response.json());
  };
  const upload = (user: TestUser, roundId: number, bytes: Uint8Array, fileName = "eco-ce-mapping.xlsx") =>
    call(user, {
      method: "POST",
      url: `/api/rounds/${roundId}/questionnaires?fileName=${fileName}`,
      headers: { "content-type": xlsxContentType },
      payload: Buffer.from(bytes),
    });

  async function openRound(reviewer: TestUser, name: string): Promise<number> {
    const created = await call(reviewer, {
      method: "POST",
      url: "/api/rounds",
      payload: {
        name,
        period: "2026",
        dueDate: "2099-03-31",
        lockDate: "2099-04-30",
        areas: ["KGZ", "KAZ"],
      },
    });
    const round = ok(created, reportingRoundSchema, 201);
    ok(await upload(reviewer, round.id, starterWorkbook), questionnaireVersionSummarySchema, 201);
    return round.id;
  }

  return { call, failed, ok, upload, openRound };
}
