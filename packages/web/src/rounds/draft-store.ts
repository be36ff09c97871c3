/**
 * The answers kept on this device: every change is written to the browser's storage before it
 * is sent, so a dropped connection or a closed tab loses nothing. One entry per round, country
 * and user; it is removed once the server holds the same answers.
 */
import type { FormAnswers } from "@circular-atlas/formats";

export interface LocalDraft {
  readonly answers: FormAnswers;
  /** The server revision these answers were edited from. */
  readonly baseRevision: number;
  /** When they were last changed here (ISO date-time). */
  readonly keptAt: string;
}

export interface DraftStore {
  read(key: string): LocalDraft | undefined;
  /** False when the browser refused (storage full or switched off). */
  write(key: string, draft: LocalDraft): boolean;
  remove(key: string): void;
}

/** The part of the Web Storage API the store uses (`localStorage` has it). */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export function draftKey(roundId: number, area: string, userId: number): string {
  return `atlas:submission-draft:${roundId}:${area}:${userId}`;
}

/** A store on `storage`; with none (private mode, tests), every read finds nothing. */
export function createDraftStore(storage: KeyValueStorage | null): DraftStore {
  return {
    read: (key) => {
      try {
        const text = storage?.getItem(key);
        return text ? toLocalDraft(JSON.parse(text)) : undefined;
      } catch {
        // Unreadable JSON (an older format, a hand edit) is no draft rather than a broken page.
        return undefined;
      }
    },
    write: (key, draft) => {
      try {
        storage?.setItem(key, JSON.stringify(draft));
        return storage !== null;
      } catch {
        return false;
      }
    },
    remove: (key) => {
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing to do: a draft that stays behind is compared with the server's next time.
      }
    },
  };
}

function toLocalDraft(value: unknown): LocalDraft | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { answers, baseRevision, keptAt } = value as Record<string, unknown>;
  if (typeof answers !== "object" || answers === null || Array.isArray(answers)) return undefined;
  if (typeof baseRevision !== "number" || typeof keptAt !== "string") return undefined;
  return { answers: answers as FormAnswers, baseRevision, keptAt };
}

/** Where the form starts after a load: the server's answers, or this device's unsent ones. */
export interface StartingDraft {
  readonly answers: FormAnswers;
  readonly revision: number;
  /** True when the answers hold changes the server does not have yet. */
  readonly unsynced: boolean;
  /** Set when this device's answers were made from an older revision than the server's. */
  readonly serverRevision?: number;
}

/**
 * Picks the starting answers. A kept draft made from the server's current revision is newer than
 * the server (it was never sent), so it is restored and synced. One made from an older revision
 * means someone saved since: it is restored as a conflict for the user to settle, never sent
 * over the newer answers, unless it holds the very same answers (the save reached the server but
 * its answer did not reach us).
 */
export function startingDraft(
  server: { readonly revision: number; readonly answers: FormAnswers },
  local: LocalDraft | undefined,
): StartingDraft {
  const fromServer = { answers: server.answers, revision: server.revision, unsynced: false };
  if (local === undefined || sameAnswers(local.answers, server.answers)) return fromServer;
  if (local.baseRevision === server.revision)
    return { answers: local.answers, revision: server.revision, unsynced: true };
  return {
    answers: local.answers,
    revision: local.baseRevision,
    unsynced: true,
    serverRevision: server.revision,
  };
}

/** Equal answers, whatever the order of their keys. */
export function sameAnswers(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (Array.isArray(left) || Array.isArray(right)) {
    return (
      Array.isArray(left) &&
      Array.isArray(right) &&
      left.length === right.length &&
      left.every((item, index) => sameAnswers(item, right[index]))
    );
  }
  if (typeof left !== "object" || typeof right !== "object" || left === null || right === null) return false;
  const leftKeys = Object.keys(left);
  return (
    leftKeys.length === Object.keys(right).length &&
    leftKeys.every((key) =>
      sameAnswers((left as Record<string, unknown>)[key], (right as Record<string, unknown>)[key]),
    )
  );
}
