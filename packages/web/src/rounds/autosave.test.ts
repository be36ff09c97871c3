import type { FormAnswers } from "@circular-atlas/formats";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../api/api-error.ts";
import { type Autosave, backupKey, createAutosave } from "./autosave.ts";
import { createDraftStore, type KeyValueStorage, startingDraft } from "./draft-store.ts";

/** A Web Storage stand-in over a Map (the store only needs get, set and remove). */
function memoryStorage(): KeyValueStorage & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, value),
    removeItem: (key) => void entries.delete(key),
  };
}

/** A server holding one submission: saves at the current revision succeed, others are 409. */
function fakeServer(revision = 0) {
  const server = {
    revision,
    answers: {} as FormAnswers,
    reachable: true,
    saves: [] as { answers: FormAnswers; baseRevision: number }[],
    save: async (answers: FormAnswers, baseRevision: number) => {
      if (!server.reachable) throw new ApiError({ status: 0, code: "network-error", detail: "PUT failed" });
      if (baseRevision !== server.revision)
        throw new ApiError({
          status: 409,
          code: "conflict",
          detail: "stale",
          details: { revision: server.revision, state: "draft" },
        });
      server.saves.push({ answers, baseRevision });
      server.revision = server.revision === 0 ? 2 : server.revision + 1;
      server.answers = answers;
      return { revision: server.revision };
    },
  };
  return server;
}

const key = "atlas:submission-draft:1:KAZ:7";
let autosave: Autosave | undefined;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  autosave?.dispose();
  vi.useRealTimers();
});

describe("autosave", () => {
  it("keeps every edit on the device at once and sends only after 3 s without changes", async () => {
    const storage = memoryStorage();
    const server = fakeServer();
    autosave = createAutosave({
      start: { answers: {}, revision: 0, unsynced: false },
      save: server.save,
      store: createDraftStore(storage),
      key,
    });
    autosave.edit({ institution: "M" });
    await vi.advanceTimersByTimeAsync(2_000);
    autosave.edit({ institution: "Ministry" });
    expect(JSON.parse(storage.entries.get(key) ?? "{}")).toMatchObject({
      answers: { institution: "Ministry" },
      baseRevision: 0,
    });
    await vi.advanceTimersByTimeAsync(2_999);
    expect(server.saves).toEqual([]);
    expect(autosave.state.status).toBe("pending");
    await vi.advanceTimersByTimeAsync(1);
    expect(server.saves).toEqual([{ answers: { institution: "Ministry" }, baseRevision: 0 }]);
    expect(autosave.state).toMatchObject({ status: "saved", revision: 2, unsynced: false });
    // The server has them now, so the device's copy goes.
    expect(storage.entries.has(key)).toBe(false);
  });

  it("goes offline when the server cannot be reached, backs off, and syncs on the online event", async () => {
    const storage = memoryStorage();
    const server = fakeServer(4);
    server.reachable = false;
    const statuses: string[] = [];
    autosave = createAutosave({
      start: { answers: {}, revision: 4, unsynced: false },
      save: server.save,
      store: createDraftStore(storage),
      key,
      onChange: (state) => statuses.push(state.status),
    });
    autosave.edit({ institution: "Ministry" });
    await vi.advanceTimersByTimeAsync(3_000);
    expect(autosave.state.status).toBe("offline");
    expect(storage.entries.has(key)).toBe(true);
    // Retried after 5 s, then 10 s: still offline.
    await vi.advanceTimersByTimeAsync(5_000);
    expect(autosave.state.failures).toBe(2);
    autosave.edit({ institution: "Ministry of Ecology" });
    expect(autosave.state.status).toBe("offline");
    server.reachable = true;
    autosave.online();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.saves).toEqual([{ answers: { institution: "Ministry of Ecology" }, baseRevision: 4 }]);
    expect(autosave.state).toMatchObject({ status: "saved", revision: 5 });
    expect(statuses).toEqual([
      "pending",
      "saving",
      "offline",
      "saving",
      "offline",
      "offline",
      "pending",
      "saving",
      "saved",
    ]);
  });

  it("does not try while the browser says it is offline", async () => {
    const server = fakeServer();
    autosave = createAutosave({
      start: { answers: {}, revision: 0, unsynced: false },
      save: server.save,
      store: createDraftStore(memoryStorage()),
      key,
      isOnline: () => false,
    });
    autosave.edit({ institution: "Ministry" });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.saves).toEqual([]);
    expect(autosave.state.status).toBe("offline");
  });

  it("sends edits made during a save in the next one", async () => {
    const server = fakeServer(2);
    autosave = createAutosave({
      start: { answers: {}, revision: 2, unsynced: false },
      save: async (answers, base) => {
        await new Promise((resolve) => setTimeout(resolve, 500));
        return server.save(answers, base);
      },
      store: createDraftStore(memoryStorage()),
      key,
    });
    autosave.edit({ institution: "A" });
    await vi.advanceTimersByTimeAsync(3_100);
    expect(autosave.state.status).toBe("saving");
    autosave.edit({ institution: "AB" });
    await vi.advanceTimersByTimeAsync(400);
    expect(autosave.state).toMatchObject({ status: "pending", revision: 3 });
    await vi.advanceTimersByTimeAsync(3_500);
    expect(server.saves.map((save) => [save.answers, save.baseRevision])).toEqual([
      [{ institution: "A" }, 2],
      [{ institution: "AB" }, 3],
    ]);
  });

  it("stops at a stale revision, keeps the device's copy, and sends nothing until the user decides", async () => {
    const storage = memoryStorage();
    const server = fakeServer(5);
    autosave = createAutosave({
      start: { answers: {}, revision: 3, unsynced: false },
      save: server.save,
      store: createDraftStore(storage),
      key,
    });
    autosave.edit({ institution: "mine" });
    await vi.advanceTimersByTimeAsync(3_000);
    expect(autosave.state).toMatchObject({ status: "conflict", serverRevision: 5 });
    autosave.edit({ institution: "mine, more" });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(server.saves).toEqual([]);
    expect(JSON.parse(storage.entries.get(key) ?? "{}").answers).toEqual({ institution: "mine, more" });
    // Taking the server's answers keeps this device's under the backup key.
    autosave.rebase({ institution: "theirs" }, 5);
    expect(autosave.state).toMatchObject({
      status: "saved",
      revision: 5,
      answers: { institution: "theirs" },
    });
    expect(storage.entries.has(key)).toBe(false);
    expect(JSON.parse(storage.entries.get(backupKey(key)) ?? "{}").answers).toEqual({
      institution: "mine, more",
    });
  });

  it("saves over the newer revision only when the user says so", async () => {
    const server = fakeServer(5);
    autosave = createAutosave({
      start: { answers: { institution: "mine" }, revision: 3, unsynced: true, serverRevision: 5 },
      save: server.save,
      store: createDraftStore(memoryStorage()),
      key,
    });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.saves).toEqual([]);
    autosave.overwrite();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(server.saves).toEqual([{ answers: { institution: "mine" }, baseRevision: 5 }]);
  });

  it("reports a refusal and flushes on demand", async () => {
    let refuse = true;
    autosave = createAutosave({
      start: { answers: {}, revision: 2, unsynced: false },
      save: async () => {
        if (refuse) throw new ApiError({ status: 403, code: "forbidden", detail: "no" });
        return { revision: 3 };
      },
      store: createDraftStore(memoryStorage()),
      key,
    });
    autosave.edit({ institution: "A" });
    const failed = await autosave.flush();
    expect(failed).toMatchObject({ status: "failed", retryable: false });
    expect((failed.error as ApiError).code).toBe("forbidden");
    // No back-off for a refusal; the next edit tries again.
    await vi.advanceTimersByTimeAsync(120_000);
    refuse = false;
    autosave.edit({ institution: "AB" });
    expect((await autosave.flush()).status).toBe("saved");
  });
});

describe("startingDraft", () => {
  const server = { revision: 4, answers: { institution: "server" } };
  const kept = (answers: FormAnswers, baseRevision: number) => ({ answers, baseRevision, keptAt: "" });

  it("restores unsent answers made from the server's revision, to sync them", () => {
    expect(startingDraft(server, kept({ institution: "device" }, 4))).toEqual({
      answers: { institution: "device" },
      revision: 4,
      unsynced: true,
    });
  });

  it("starts from the server when the device has nothing newer", () => {
    expect(startingDraft(server, undefined)).toEqual({ ...server, unsynced: false });
    expect(startingDraft(server, kept({ institution: "server" }, 2))).toEqual({ ...server, unsynced: false });
  });

  it("makes answers from an older revision a conflict instead of sending them over newer ones", () => {
    expect(startingDraft(server, kept({ institution: "device" }, 2))).toEqual({
      answers: { institution: "device" },
      revision: 2,
      unsynced: true,
      serverRevision: 4,
    });
  });

  it("reads nothing from unreadable storage", () => {
    const storage = memoryStorage();
    storage.entries.set(key, "{not json");
    expect(createDraftStore(storage).read(key)).toBeUndefined();
    expect(createDraftStore(null).write(key, kept({}, 1))).toBe(false);
  });
});
