import type { RoleName } from "@circular-atlas/contracts";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { NavLink, Outlet, useLocation, useNavigation } from "react-router";
import { applyDocumentLanguage } from "../i18n/setup-i18n.ts";
import { useSession } from "../session/session-context.tsx";
import { AccountMenu } from "./account-menu.tsx";
import { LanguageSwitcher } from "./language-switcher.tsx";

/** Who takes part in the mapping exercise: the countries' focal points and leads, and the Secretariat. */
const mappingRoles: readonly RoleName[] = ["focal-point", "country-lead", "reviewer", "admin"];

/** Header (brand, navigation, language), main content and footer around every page. */
export function AppLayout() {
  const { t, i18n } = useTranslation();
  const navigation = useNavigation();
  const location = useLocation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { user } = useSession();

  useEffect(() => {
    applyDocumentLanguage(document, language);
  }, [language]);

  // A new page starts at its top unless the address points into it (#source-id).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every change of page.
  useEffect(() => {
    if (!location.hash) window.scrollTo?.(0, 0);
  }, [location.pathname]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header className="site-header">
        <NavLink to="/" className="brand">
          <span className="brand-name">{t("app.name")}</span>
          <span className="brand-tagline">{t("app.tagline")}</span>
        </NavLink>
        <nav aria-label={t("nav.label")} className="site-nav">
          <ul>
            <li>
              <NavLink to="/" end>
                {t("nav.home")}
              </NavLink>
            </li>
            <li>
              <NavLink to="/indicators">{t("nav.indicators")}</NavLink>
            </li>
            <li>
              <NavLink to="/coverage">{t("nav.coverage")}</NavLink>
            </li>
            <li>
              <NavLink to="/readiness">{t("nav.readiness")}</NavLink>
            </li>
            <li>
              <NavLink to="/knowledge">{t("nav.knowledge")}</NavLink>
            </li>
            <li>
              <NavLink to="/about/data">{t("nav.about")}</NavLink>
            </li>
            {/* Held values are for signed-in users; the page itself sends others to sign in. */}
            {user === null ? null : (
              <li>
                <NavLink to="/quality">{t("nav.quality")}</NavLink>
              </li>
            )}
            {user !== null && mappingRoles.includes(user.role) ? (
              <li>
                <NavLink to="/rounds">{t("nav.rounds")}</NavLink>
              </li>
            ) : null}
          </ul>
        </nav>
        <AccountMenu />
        <LanguageSwitcher />
      </header>
      {navigation.state === "loading" ? (
        <div className="page-progress" role="progressbar" aria-label={t("app.loadingPage")} />
      ) : null}
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t("footer.data")}</p>
        <p>
          <a href="/api/docs">{t("footer.apiDocs")}</a>
        </p>
      </footer>
    </div>
  );
}
