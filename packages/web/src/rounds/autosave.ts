/**
 * The autosave driver: runs the state machine of `autosave-machine.ts` with real timers and
 * requests. Every edit is kept on this device first (`DraftStore`), then sent after a quiet
 * time; a failed send is retried with back-off and on the browser's `online` event. No React
 * here: the form subscribes with `onChange`.
 */
import type { FormAnswers } from "@circular-atlas/formats";
import { ApiError, clientErrorCodes } from "../api/api-error.ts";
import {
  type AutosaveEvent,
  type AutosaveState,
  defaultSaveDelayMs,
  initialAutosave,
  nextAutosave,
  saveDelay,
} from "./autosave-machine.ts";
import type { DraftStore, LocalDraft, StartingDraft } from "./draft-store.ts";

export interface AutosaveOptions {
  readonly start: StartingDraft;
  /** Sends the answers; resolves with the revision the server stored them as. */
  readonly save: (answers: FormAnswers, baseRevision: number) => Promise<{ revision: number }>;
  readonly store: DraftStore;
  readonly key: string;
  readonly quietMs?: number;
  /** `navigator.onLine` in the browser: when false, no request is tried. */
  readonly isOnline?: () => boolean;
  readonly now?: () => Date;
  readonly onChange?: (state: AutosaveState) => void;
}

export interface Autosave {
  readonly state: AutosaveState;
  /** New answers from the form: kept at once, sent after the quiet time. */
  edit(answers: FormAnswers): void;
  /** Sends what is pending now and waits for it (before an action such as submit). */
  flush(): Promise<AutosaveState>;
  /** The connection is back: try at once. */
  online(): void;
  /** Take the server's answers (a reload); unsent answers of this device move to `backupKey`. */
  rebase(answers: FormAnswers, revision: number): void;
  /** Save this device's answers over the newer revision the server has (the user chose so). */
  overwrite(): void;
  /** The answers the last `rebase` moved aside, if kept. */
  replaced(): LocalDraft | undefined;
  /** Takes the answers `rebase` moved aside back as edits (so they autosave); false when none. */
  restoreReplaced(): boolean;
  dispose(): void;
}

export function createAutosave(options: AutosaveOptions): Autosave {
  const quietMs = options.quietMs ?? defaultSaveDelayMs;
  const isOnline = options.isOnline ?? (() => true);
  const now = options.now ?? (() => new Date());
  let state = initialAutosave(options.start);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | undefined;
  let disposed = false;

  const dispatch = (event: AutosaveEvent) => {
    state = nextAutosave(state, event);
    options.onChange?.(state);
  };

  const keep = () => {
    if (state.unsynced)
      options.store.write(options.key, {
        answers: state.answers,
        baseRevision: state.revision,
        keptAt: now().toISOString(),
      });
    else options.store.remove(options.key);
  };

  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (disposed || inFlight !== undefined) return;
    const delay = saveDelay(state, quietMs);
    if (delay !== undefined) timer = setTimeout(() => void send(), delay);
  };

  const send = async (): Promise<void> => {
    timer = undefined;
    if (inFlight !== undefined) return inFlight;
    if (!state.unsynced || state.status === "conflict") return;
    if (!isOnline()) {
      dispatch({ type: "save-offline" });
      schedule();
      return;
    }
    dispatch({ type: "save-started" });
    const answers = state.answers;
    inFlight = options.save(answers, state.revision).then(
      (saved) => dispatch({ type: "save-succeeded", revision: saved.revision }),
      (error: unknown) => dispatch(failureEvent(error)),
    );
    await inFlight;
    inFlight = undefined;
    keep();
    schedule();
  };

  const autosave: Autosave = {
    get state() {
      return state;
    },
    edit(answers) {
      const before = state.status;
      dispatch({ type: "edit", answers });
      keep();
      // A back-off timer keeps running through edits; the quiet time restarts with each one.
      if (state.status === "pending" || before !== state.status) schedule();
    },
    async flush() {
      if (inFlight !== undefined) await inFlight;
      if (state.unsynced && state.status !== "conflict") await send();
      return state;
    },
    online() {
      dispatch({ type: "online" });
      schedule();
    },
    rebase(answers, revision) {
      if (state.unsynced)
        options.store.write(backupKey(options.key), {
          answers: state.answers,
          baseRevision: state.revision,
          keptAt: now().toISOString(),
        });
      dispatch({ type: "rebase", answers, revision });
      keep();
      schedule();
    },
    overwrite() {
      dispatch({ type: "overwrite" });
      keep();
      schedule();
    },
    replaced: () => options.store.read(backupKey(options.key)),
    restoreReplaced() {
      const kept = options.store.read(backupKey(options.key));
      // In a conflict nothing is sent until the user settles it; restoring then would hide that.
      if (kept === undefined || state.status === "conflict") return false;
      options.store.remove(backupKey(options.key));
      autosave.edit(kept.answers);
      return true;
    },
    dispose() {
      disposed = true;
      if (timer !== undefined) clearTimeout(timer);
    },
  };
  schedule();
  return autosave;
}

/** Where answers replaced by the server's are kept, so taking the server's side loses nothing. */
export function backupKey(key: string): string {
  return `${key}:replaced`;
}

/** What a failed save means: offline, someone else saved first, or a refusal. */
function failureEvent(error: unknown): AutosaveEvent {
  if (error instanceof ApiError && error.code === clientErrorCodes.network) return { type: "save-offline" };
  const revision =
    error instanceof ApiError && typeof error.details === "object" && error.details !== null
      ? (error.details as { revision?: unknown }).revision
      : undefined;
  if (error instanceof ApiError && error.status === 409 && typeof revision === "number")
    return { type: "save-stale", serverRevision: revision };
  const retryable = !(error instanceof ApiError) || error.status >= 500 || error.status === 429;
  return { type: "save-failed", error, retryable };
}
