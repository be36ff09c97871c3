import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from "react";
import type { ApiClient } from "./api-client.ts";

const ApiContext = createContext<ApiClient | null>(null);

export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiContext value={client}>{children}</ApiContext>;
}

export function useApiClient(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error("useApiClient needs an <ApiProvider>");
  return client;
}

/** The state of one asynchronous load, as pages render it: skeleton, error sentence or content. */
export type Resource<T> =
  | { status: "loading" }
  | { status: "error"; error: unknown; retry: () => void }
  | { status: "ready"; data: T };

type Settled<T> = { status: "loading" } | { status: "error"; error: unknown } | { status: "ready"; data: T };

const loading = { status: "loading" } as const;

/**
 * Loads data through the API client whenever `key` changes. `key` must identify everything
 * `load` depends on; the client caches responses, so revisiting a key resolves at once.
 */
export function useApiResource<T>(key: string, load: (api: ApiClient) => Promise<T>): Resource<T> {
  const api = useApiClient();
  const loadRef = useRef(load);
  loadRef.current = load;
  const [state, setState] = useState<{ key: string; resource: Settled<T> }>({ key, resource: loading });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the load on retry.
  useEffect(() => {
    let active = true;
    setState((current) => (current.resource.status === "error" ? { key, resource: loading } : current));
    loadRef.current(api).then(
      (data) => active && setState({ key, resource: { status: "ready", data } }),
      (error: unknown) => active && setState({ key, resource: { status: "error", error } }),
    );
    return () => {
      active = false;
    };
  }, [api, key, attempt]);

  // A new key shows the loading state at once instead of the previous key's data.
  if (state.key !== key) return loading;
  const resource = state.resource;
  return resource.status === "error"
    ? { ...resource, retry: () => setAttempt((count) => count + 1) }
    : resource;
}
