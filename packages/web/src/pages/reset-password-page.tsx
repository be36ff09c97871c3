import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useApiClient } from "../api/api-context.tsx";
import { ErrorMessage } from "../components/error-message.tsx";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { PasswordFields, readPassword } from "../knowledge/password-fields.tsx";

/** `/reset-password?token=…`: sets a password with the one-time token an administrator printed. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t("reset.title"));
  const api = useApiClient();
  const [params] = useSearchParams();
  const [error, setError] = useState<unknown>(undefined);
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState(false);
  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = readPassword(form);
    setMismatch(password === undefined);
    if (password === undefined) return;
    try {
      await api.resetPassword(String(form.get("token") ?? "").trim(), password);
      setDone(true);
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <div className="page form-page">
      <h1>{t("reset.title")}</h1>
      {done ? (
        <p className="notice" role="status">
          {t("reset.done")} <Link to="/sign-in">{t("signIn.title")}</Link>
        </p>
      ) : (
        <form className="stacked-form" onSubmit={handleSubmit}>
          <label htmlFor="reset-token">{t("reset.token")}</label>
          <input
            id="reset-token"
            name="token"
            type="text"
            required
            defaultValue={params.get("token") ?? ""}
            dir="ltr"
            autoComplete="off"
          />
          <PasswordFields mismatch={mismatch} />
          <button type="submit" className="button">
            {t("reset.submit")}
          </button>
          {error === undefined ? null : <ErrorMessage error={error} />}
        </form>
      )}
    </div>
  );
}
