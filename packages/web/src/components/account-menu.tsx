import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useSession } from "../session/session-context.tsx";

/** "Sign in", or who is signed in with their role and a sign-out button. */
export function AccountMenu() {
  const { t } = useTranslation();
  const { session, user, signOut } = useSession();
  const navigate = useNavigate();
  if (session === undefined) return null;
  if (user === null)
    return (
      <div className="account-menu">
        <Link to="/sign-in">{t("account.signIn")}</Link>
      </div>
    );
  return (
    <div className="account-menu" data-testid="account-menu">
      <Link to="/account" className="account-name" dir="ltr" title={t("account.myAccount")}>
        {user.displayName === "" ? user.email : user.displayName}
      </Link>{" "}
      <span className="account-role">{t(`account.role.${user.role}`)}</span>{" "}
      {user.role === "admin" ? (
        <>
          <Link to="/users">{t("account.users")}</Link>{" "}
        </>
      ) : null}
      <button
        type="button"
        className="link-button"
        onClick={async () => {
          await signOut();
          void navigate("/");
        }}
      >
        {t("account.signOut")}
      </button>
    </div>
  );
}
