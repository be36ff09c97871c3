import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** Sets the document title to "<page> · Circular Atlas" in the UI language. */
export function usePageTitle(pageTitle: string | null): void {
  const { t } = useTranslation();
  const appName = t("app.name");
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} · ${appName}` : appName;
  }, [pageTitle, appName]);
}
