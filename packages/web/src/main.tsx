/**
 * Entry point: pick the language (address, then stored choice, then browser), load its
 * catalogue, then render. Nothing here is inline in index.html, which the CSP forbids.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { createApiClient } from "./api/api-client.ts";
import { createAppRouter } from "./app.tsx";
import { detectLanguage, rememberLanguage } from "./i18n/detect-language.ts";
import { applyDocumentLanguage, createI18n } from "./i18n/setup-i18n.ts";
import { Root } from "./root.tsx";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/components.css";
import "./styles/charts.css";
import "./styles/maps.css";
import "./styles/knowledge.css";
import "./styles/coverage.css";
import "./styles/readiness.css";
import "./styles/quality.css";
import "./styles/rounds.css";

async function start(): Promise<void> {
  const storage = readableStorage();
  const language = detectLanguage({ search: location.search, storage, preferred: navigator.languages ?? [] });
  const i18n = await createI18n(language);
  applyDocumentLanguage(document, language);
  if (new URLSearchParams(location.search).has("lang")) rememberLanguage(storage, language);

  const container = document.getElementById("root");
  if (!container) throw new Error("missing #root element");
  createRoot(container).render(
    <StrictMode>
      <Root api={createApiClient()} i18n={i18n}>
        <RouterProvider router={createAppRouter()} />
      </Root>
    </StrictMode>,
  );
}

function readableStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

start().catch((error: unknown) => {
  console.error(error);
});
