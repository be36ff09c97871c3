import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useApiClient } from "../api/api-context.tsx";
import { ErrorMessage } from "../components/error-message.tsx";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { PasswordFields, readPassword } from "../knowledge/password-fields.tsx";
import { useSession } from "../session/session-context.tsx";

/** `/setup`: creates the first administrator; the server refuses it once one exists. */
export function SetupPage() {
  const { t } = useTranslation();
  usePageTitle(t("setup.title"));
  const api = useApiClient();
  const { session, signIn } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(undefined);
  const [mismatch, setMismatch] = useState(false);
  if (session !== undefined && !session.setupOpen)
    return (
      <div className="page form-page">
        <h1>{t("setup.title")}</h1>
        <p>
          {t("setup.closed")} <Link to="/sign-in">{t("signIn.title")}</Link>
        </p>
      </div>
    );
  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = readPassword(form);
    setMismatch(password === undefined);
    if (password === undefined) return;
    const email = String(form.get("email") ?? "");
    try {
      await api.setup({ email, displayName: String(form.get("displayName") ?? ""), password });
      await signIn(email, password);
      void navigate("/knowledge");
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <div className="page form-page">
      <h1>{t("setup.title")}</h1>
      <p className="lead">{t("setup.intro")}</p>
      <form className="stacked-form" onSubmit={handleSubmit}>
        <label htmlFor="setup-email">{t("signIn.email")}</label>
        <input id="setup-email" name="email" type="email" autoComplete="username" required dir="ltr" />
        <label htmlFor="setup-name">{t("setup.displayName")}</label>
        <input id="setup-name" name="displayName" type="text" autoComplete="name" />
        <PasswordFields mismatch={mismatch} />
        <button type="submit" className="button">
          {t("setup.submit")}
        </button>
        {error === undefined ? null : <ErrorMessage error={error} />}
      </form>
    </div>
  );
}
