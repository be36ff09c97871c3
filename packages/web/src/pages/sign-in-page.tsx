import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { ErrorMessage } from "../components/error-message.tsx";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { useSession } from "../session/session-context.tsx";

/** Only same-site paths are followed after signing in (no open redirect). */
function safeNext(next: string | null): string {
  return next?.startsWith("/") && !next.startsWith("//") ? next : "/knowledge";
}

/** `/sign-in`: e-mail and password; on success, back to where the reader was going. */
export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t("signIn.title"));
  const { signIn, session } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(undefined);
    try {
      await signIn(String(form.get("email") ?? ""), String(form.get("password") ?? ""));
      void navigate(safeNext(params.get("next")));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="page form-page">
      <h1>{t("signIn.title")}</h1>
      {session?.setupOpen ? (
        <p className="notice">
          {t("signIn.setupOpen")} <Link to="/setup">{t("setup.title")}</Link>
        </p>
      ) : null}
      <form className="stacked-form" onSubmit={handleSubmit}>
        <label htmlFor="sign-in-email">{t("signIn.email")}</label>
        <input id="sign-in-email" name="email" type="email" autoComplete="username" required dir="ltr" />
        <label htmlFor="sign-in-password">{t("signIn.password")}</label>
        <input
          id="sign-in-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          dir="ltr"
        />
        <button type="submit" className="button" disabled={busy}>
          {t("signIn.submit")}
        </button>
        {error === undefined ? null : <ErrorMessage error={error} />}
      </form>
      <p className="form-help">{t("signIn.forgotten")}</p>
    </div>
  );
}
