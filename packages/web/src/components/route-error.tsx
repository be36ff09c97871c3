import { useTranslation } from "react-i18next";
import { isRouteErrorResponse, useRouteError } from "react-router";
import { ErrorMessage } from "./error-message.tsx";

/**
 * What a page shows when it throws or its code cannot be loaded. After a new release, a browser
 * still holding the old index.html asks for page chunks that no longer exist; reloading fetches
 * the new ones, so that case offers a reload instead of a dead end.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <div className="page">
        <h1>{t("notFound.title")}</h1>
        <p>{t("notFound.text")}</p>
      </div>
    );
  }
  if (isChunkLoadError(error)) {
    return (
      <div className="page error-message" role="alert">
        <p>{t("errors.outdated")}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t("common.reload")}
        </button>
      </div>
    );
  }
  console.error(error);
  return (
    <div className="page">
      <ErrorMessage error={error} />
    </div>
  );
}

/** Browsers word a failed dynamic import differently; all of them mention the module or import. */
export function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    /dynamically imported module|module script failed|Importing a module script|error loading dynamically/i.test(
      error.message,
    )
  );
}
