import { describe, expect, it } from "vitest";
import { createFixtureFetch } from "../test/fixture-fetch.ts";
import { createApiClient } from "./api-client.ts";
import { ApiError } from "./api-error.ts";
import { toObservationSearch } from "./observation-request.ts";

describe("createApiClient", () => {
  it("caches each response for the session", async () => {
    const { fetch, requests } = createFixtureFetch();
    const api = createApiClient({ fetch });
    const first = await api.getIndicators();
    const second = await api.getIndicators();
    expect(second).toBe(first);
    expect(requests).toEqual(["/api/indicators"]);
  });

  it("turns problem+json into an ApiError carrying the stable code", async () => {
    const api = createApiClient(createFixtureFetch());
    const failure = await api.getCountryProfile("XYZ").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 404, code: "unknown-area" });
  });

  it("reports an unreachable server as a network error and tries again next time", async () => {
    let calls = 0;
    const api = createApiClient({
      fetch: async () => {
        calls += 1;
        if (calls === 1) throw new TypeError("Failed to fetch");
        return new Response(JSON.stringify({ data: [] }), { status: 200 });
      },
    });
    await expect(api.getSources()).rejects.toMatchObject({ code: "network-error", status: 0 });
    await expect(api.getSources()).resolves.toEqual({ data: [] });
  });

  it("asks for observations with a stable query string", async () => {
    const { fetch, requests } = createFixtureFetch();
    const api = createApiClient({ fetch });
    const list = await api.getObservations({ indicator: ["SP.POP.TOTL"], area: ["UZB", "KAZ"], from: 2010 });
    expect(requests).toEqual([
      "/api/observations?indicator=SP.POP.TOTL&area=KAZ%2CUZB&from=2010&breakdown=total",
    ]);
    expect(new Set(list.data.map((item) => item.area))).toEqual(new Set(["KAZ", "UZB"]));
    expect(toObservationSearch({ indicator: ["B", "A"], breakdown: "all" }, "csv")).toBe(
      "indicator=A%2CB&breakdown=all&format=csv",
    );
  });
});
