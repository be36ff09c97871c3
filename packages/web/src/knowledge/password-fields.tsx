import { useTranslation } from "react-i18next";

/** A new password typed twice, at least 12 characters (the server checks it again). */
export function PasswordFields({ mismatch }: { mismatch: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <label htmlFor="new-password">{t("password.new")}</label>
      <input
        id="new-password"
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={12}
        maxLength={256}
        required
        dir="ltr"
        aria-describedby="password-help"
      />
      <p id="password-help" className="form-help">
        {t("password.help")}
      </p>
      <label htmlFor="new-password-again">{t("password.again")}</label>
      <input
        id="new-password-again"
        name="passwordAgain"
        type="password"
        autoComplete="new-password"
        required
        dir="ltr"
        aria-invalid={mismatch}
      />
      {mismatch ? (
        <p className="field-error" role="alert">
          {t("password.mismatch")}
        </p>
      ) : null}
    </>
  );
}

/** The password when both fields agree, else undefined. */
export function readPassword(form: FormData): string | undefined {
  const password = String(form.get("password") ?? "");
  return password === String(form.get("passwordAgain") ?? "") ? password : undefined;
}
