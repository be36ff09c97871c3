import type { ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import type { ApiClient } from "./api/api-client.ts";
import { ApiProvider } from "./api/api-context.tsx";
import type { I18n } from "./i18n/setup-i18n.ts";
import { SessionProvider } from "./session/session-context.tsx";

/** Everything a page needs from above: the API client, the i18n instance and the session. */
export function Root({ api, i18n, children }: { api: ApiClient; i18n: I18n; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApiProvider client={api}>
        <SessionProvider>{children}</SessionProvider>
      </ApiProvider>
    </I18nextProvider>
  );
}
