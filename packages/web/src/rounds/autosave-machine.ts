/**
 * The autosave state machine, pure: what the form's saving is doing, and what it does next for
 * each thing that happens (an edit, a save's outcome, the connection coming back). The driver
 * (`autosave.ts`) runs the timers and requests this decides on.
 */
import type { FormAnswers } from "@circular-atlas/formats";

export type AutosaveStatusName =
  /** The server holds the answers shown. */
  | "saved"
  /** Changes wait for the pause after typing (kept on this device already). */
  | "pending"
  /** A save is on its way. */
  | "saving"
  /** The server cannot be reached; the answers are kept here and sent when it can. */
  | "offline"
  /** The server refused the save (not a stale revision); `error` says why. */
  | "failed"
  /** Someone saved a newer revision; nothing is sent until the user decides. */
  | "conflict";

export interface AutosaveState {
  readonly status: AutosaveStatusName;
  /** The latest answers on this device. */
  readonly answers: FormAnswers;
  /** The server revision they were edited from (the next save's `baseRevision`). */
  readonly revision: number;
  /** True while the answers hold changes the server has not confirmed. */
  readonly unsynced: boolean;
  /** The answers of the save in flight. */
  readonly sending?: FormAnswers;
  /** Failed attempts in a row, for the back-off. */
  readonly failures: number;
  /** `failed`: the refusal, and whether trying again may help (a server fault, not a 403). */
  readonly error?: unknown;
  readonly retryable?: boolean;
  /** `conflict`: the revision the server is at. */
  readonly serverRevision?: number;
  /** Save without the quiet time (the connection just came back). */
  readonly retryNow?: boolean;
}

export type AutosaveEvent =
  | { readonly type: "edit"; readonly answers: FormAnswers }
  | { readonly type: "save-started" }
  | { readonly type: "save-succeeded"; readonly revision: number }
  | { readonly type: "save-offline" }
  | { readonly type: "save-failed"; readonly error: unknown; readonly retryable: boolean }
  | { readonly type: "save-stale"; readonly serverRevision: number }
  | { readonly type: "online" }
  /** Replace the answers with the server's (a reload), e.g. to settle a conflict their way. */
  | { readonly type: "rebase"; readonly answers: FormAnswers; readonly revision: number }
  /** Settle a conflict this device's way: its answers are saved over the server's revision. */
  | { readonly type: "overwrite" };

/** The quiet time after the last change before answers are sent. */
export const defaultSaveDelayMs = 3_000;
const firstRetryMs = 5_000;
const longestRetryMs = 60_000;

export function initialAutosave(start: {
  readonly answers: FormAnswers;
  readonly revision: number;
  readonly unsynced: boolean;
  readonly serverRevision?: number;
}): AutosaveState {
  const base = { answers: start.answers, revision: start.revision, unsynced: start.unsynced, failures: 0 };
  if (start.serverRevision !== undefined)
    return { ...base, status: "conflict", serverRevision: start.serverRevision };
  return { ...base, status: start.unsynced ? "pending" : "saved" };
}

export function nextAutosave(state: AutosaveState, event: AutosaveEvent): AutosaveState {
  switch (event.type) {
    case "edit": {
      // While saving, offline or in conflict the status stays: the edit rides on what comes next.
      const waits = state.status === "saved" || state.status === "pending" || state.status === "failed";
      if (!waits) return { ...state, answers: event.answers, unsynced: true };
      return { ...settled(state), answers: event.answers, unsynced: true, status: "pending" };
    }
    case "save-started":
      return { ...settled(state), status: "saving", sending: state.answers };
    case "save-succeeded": {
      const caughtUp = state.answers === state.sending;
      return {
        ...settled(state),
        status: caughtUp ? "saved" : "pending",
        revision: event.revision,
        unsynced: !caughtUp,
        failures: 0,
      };
    }
    case "save-offline":
      return { ...settled(state), status: "offline", failures: state.failures + 1 };
    case "save-failed":
      return {
        ...settled(state),
        status: "failed",
        failures: state.failures + 1,
        error: event.error,
        retryable: event.retryable,
      };
    case "save-stale":
      return { ...settled(state), status: "conflict", serverRevision: event.serverRevision };
    case "online":
      return state.status === "offline" || (state.status === "failed" && state.retryable === true)
        ? { ...settled(state), status: "pending", retryNow: true }
        : state;
    case "rebase":
      return {
        status: "saved",
        answers: event.answers,
        revision: event.revision,
        unsynced: false,
        failures: 0,
      };
    case "overwrite":
      return state.status === "conflict" && state.serverRevision !== undefined
        ? {
            status: "pending",
            answers: state.answers,
            revision: state.serverRevision,
            unsynced: true,
            failures: 0,
          }
        : state;
  }
}

/**
 * How long to wait before the next save, or undefined for none: the quiet time after an edit,
 * or a back-off (5 s, doubling, at most a minute) while offline or after a server fault.
 */
export function saveDelay(state: AutosaveState, quietMs = defaultSaveDelayMs): number | undefined {
  if (state.status === "pending") return state.retryNow === true ? 0 : quietMs;
  const retrying = state.status === "offline" || (state.status === "failed" && state.retryable === true);
  if (!retrying) return undefined;
  return Math.min(longestRetryMs, firstRetryMs * 2 ** Math.max(0, state.failures - 1));
}

/** The state without what belonged to the last attempt (its request, its error, a retry flag). */
function settled(state: AutosaveState): AutosaveState {
  const { sending: _sending, error: _error, retryable: _retryable, retryNow: _retryNow, ...rest } = state;
  return rest;
}
