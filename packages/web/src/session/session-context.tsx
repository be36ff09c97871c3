/**
 * Who is signed in, for the whole app: read once from `/api/auth/session` (which also tells
 * whether first-run setup is open), refreshed after signing in or out. Pages ask it what to
 * show; the server decides what is allowed.
 */
import type { Session, User } from "@circular-atlas/contracts";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { useApiClient } from "../api/api-context.tsx";

export interface SessionState {
  /** Undefined until the first answer arrives. */
  readonly session: Session | undefined;
  readonly user: User | null;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  refresh(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const api = useApiClient();
  const [session, setSession] = useState<Session | undefined>(undefined);
  const refresh = useCallback(async () => {
    setSession(await api.getSession());
  }, [api]);
  useEffect(() => {
    // A failed session read leaves the app usable as for an anonymous reader.
    api.getSession().then(setSession, () => setSession({ user: null, csrfToken: null, setupOpen: false }));
  }, [api]);
  const value = useMemo<SessionState>(
    () => ({
      session,
      user: session?.user ?? null,
      signIn: async (email, password) => {
        setSession(await api.signIn(email, password));
      },
      signOut: async () => {
        await api.signOut();
        await refresh();
      },
      refresh,
    }),
    [api, session, refresh],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error("useSession needs a <SessionProvider>");
  return state;
}
