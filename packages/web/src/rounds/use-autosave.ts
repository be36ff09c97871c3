import type { SubmissionDto } from "@circular-atlas/contracts";
import type { FormAnswers } from "@circular-atlas/formats";
import { useEffect, useRef, useState } from "react";
import { useApiClient } from "../api/api-context.tsx";
import { type Autosave, backupKey, createAutosave } from "./autosave.ts";
import { type AutosaveState, initialAutosave } from "./autosave-machine.ts";
import {
  createDraftStore,
  draftKey,
  type LocalDraft,
  type StartingDraft,
  startingDraft,
} from "./draft-store.ts";

export interface UseAutosaveOptions {
  readonly submission: SubmissionDto;
  readonly userId: number;
  /** The answers a submission with none starts from (the form's defaults). */
  readonly newDraft: FormAnswers;
  /** Called with each submission the server answers a save with. */
  onSaved(submission: SubmissionDto): void;
  readonly quietMs?: number;
}

export interface AutosaveHandle {
  readonly state: AutosaveState;
  readonly autosave: Autosave | undefined;
  /** This device's answers a "load the latest" replaced, while they are kept. */
  readonly replaced: LocalDraft | undefined;
}

/** States in which the answers never change again here: this device's copies are of no use. */
const settledStates: ReadonlySet<string> = new Set(["approved", "published"]);

/**
 * The autosave of one submission for the form: starts from this device's kept draft when it is
 * newer than the server's, saves through the API, and retries when the browser comes online.
 */
export function useAutosave(options: UseAutosaveOptions): AutosaveHandle {
  const api = useApiClient();
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const [setup] = useState(() => {
    const { submission, userId, newDraft } = options;
    const key = draftKey(submission.roundId, submission.area, userId);
    const store = createDraftStore(browserStorage());
    const server = {
      revision: submission.revision,
      answers: submission.revision === 0 ? newDraft : (submission.answers as FormAnswers),
    };
    if (settledStates.has(submission.state)) {
      store.remove(key);
      store.remove(backupKey(key));
    }
    const start: StartingDraft = submission.editable
      ? startingDraft(server, store.read(key))
      : { ...server, unsynced: false };
    return { key, store, start };
  });
  const [state, setState] = useState(() => initialAutosave(setup.start));
  const [replaced, setReplaced] = useState(() =>
    options.submission.editable ? setup.store.read(backupKey(setup.key)) : undefined,
  );
  const [autosave, setAutosave] = useState<Autosave | undefined>(undefined);

  useEffect(() => {
    const { roundId, area } = optionsRef.current.submission;
    const created = createAutosave({
      start: setup.start,
      store: setup.store,
      key: setup.key,
      ...(optionsRef.current.quietMs === undefined ? {} : { quietMs: optionsRef.current.quietMs }),
      isOnline: () => globalThis.navigator?.onLine !== false,
      save: async (answers, baseRevision) => {
        const saved = await api.saveAnswers(roundId, area, { answers, baseRevision });
        optionsRef.current.onSaved(saved);
        return saved;
      },
      onChange: (next) => {
        setState(next);
        // A rebase keeps a copy and a restore removes it; either comes with a change of state.
        if (optionsRef.current.submission.editable) setReplaced(setup.store.read(backupKey(setup.key)));
      },
    });
    setAutosave(created);
    const handleOnline = () => created.online();
    // A closing tab gets one last try; the device's copy covers it if that fails.
    const handleHide = () => void created.flush();
    window.addEventListener("online", handleOnline);
    window.addEventListener("pagehide", handleHide);
    return () => {
      window.removeEventListener("online", handleOnline);
      window.removeEventListener("pagehide", handleHide);
      created.dispose();
    };
  }, [api, setup]);

  return { state, autosave, replaced };
}

function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage switched off throws on access in some browsers.
    return null;
  }
}
