import type { RoleName, User } from "@circular-atlas/contracts";
import { countryScopedRoles, roleNames } from "@circular-atlas/contracts/vocabulary";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiClient, useApiResource } from "../api/api-context.tsx";
import { ErrorMessage } from "../components/error-message.tsx";
import { LoadingSkeleton } from "../components/loading-skeleton.tsx";
import { useFormatters } from "../hooks/use-formatters.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { CheckboxGroup } from "../knowledge/checkbox-group.tsx";
import { noIssues } from "../knowledge/field-error.tsx";
import { useSession } from "../session/session-context.tsx";

/** `/users`: administrators add accounts (handing over a one-time token) and change roles. */
export function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t("users.title"));
  const { user } = useSession();
  const [version, setVersion] = useState(0);
  const users = useApiResource(`users:${version}`, (api) => api.listUsers());
  const areas = useApiResource("areas", (api) => api.getAreas());
  if (user?.role !== "admin")
    return (
      <div className="page">
        <h1>{t("users.title")}</h1>
        <p>{t("users.adminsOnly")}</p>
      </div>
    );
  const memberStates =
    areas.status === "ready"
      ? areas.data.data.filter((area) => area.level === "country").map((area) => area.code)
      : [];
  return (
    <div className="page">
      <h1>{t("users.title")}</h1>
      {users.status === "loading" ? <LoadingSkeleton blocks={2} /> : null}
      {users.status === "error" ? <ErrorMessage error={users.error} onRetry={users.retry} /> : null}
      {users.status === "ready" ? (
        <UserTable
          users={users.data.data}
          memberStates={memberStates}
          onChanged={() => setVersion((count) => count + 1)}
        />
      ) : null}
      <AddUser memberStates={memberStates} onAdded={() => setVersion((count) => count + 1)} />
    </div>
  );
}

function UserTable({
  users,
  memberStates,
  onChanged,
}: {
  users: readonly User[];
  memberStates: readonly string[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const api = useApiClient();
  const formatters = useFormatters();
  const [error, setError] = useState<unknown>(undefined);
  const change = async (
    email: string,
    input: { role?: RoleName; disabled?: boolean; countries?: string[] },
  ) => {
    setError(undefined);
    try {
      await api.updateUser(email, input);
      onChanged();
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("signIn.email")}</th>
            <th scope="col">{t("accountPage.role")}</th>
            <th scope="col">{t("editor.countries")}</th>
            <th scope="col">{t("users.state")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((account) => (
            <tr key={account.id} data-user={account.email}>
              <td dir="ltr">{account.email}</td>
              <td>
                <select
                  aria-label={t("users.roleOf", { email: account.email })}
                  value={account.role}
                  onChange={(event) => {
                    const role = event.target.value as RoleName;
                    // A scoped role keeps the countries it had; choosing one needs at least one.
                    const countries = countryScopedRoles.includes(role)
                      ? account.countries.length > 0
                        ? account.countries
                        : memberStates.slice(0, 1)
                      : [];
                    void change(account.email, { role, countries });
                  }}
                >
                  {roleNames.map((role) => (
                    <option key={role} value={role}>
                      {t(`account.role.${role}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>{account.countries.map((code) => formatters.country(code)).join(", ")}</td>
              <td>
                {account.disabled
                  ? t("users.disabled")
                  : account.hasPassword
                    ? t("users.active")
                    : t("users.noPassword")}{" "}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => change(account.email, { disabled: !account.disabled })}
                >
                  {account.disabled ? t("users.enable") : t("users.disable")}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {error === undefined ? null : <ErrorMessage error={error} />}
    </>
  );
}

function AddUser({ memberStates, onAdded }: { memberStates: readonly string[]; onAdded: () => void }) {
  const { t } = useTranslation();
  const api = useApiClient();
  const formatters = useFormatters();
  const [role, setRole] = useState<RoleName>("focal-point");
  const [countries, setCountries] = useState<string[]>([]);
  const [token, setToken] = useState<{ email: string; token: string } | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(undefined);
    try {
      const created = await api.createUser({
        email: String(form.get("email") ?? ""),
        displayName: String(form.get("displayName") ?? ""),
        role,
        countries: countryScopedRoles.includes(role) ? countries : [],
      });
      setToken({ email: created.user.email, token: created.passwordToken });
      onAdded();
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <section aria-labelledby="add-user">
      <h2 id="add-user">{t("users.add")}</h2>
      {token === undefined ? null : (
        <p className="notice" role="status">
          {t("users.tokenOnce", { email: token.email })}{" "}
          <code dir="ltr">{`/reset-password?token=${token.token}`}</code>
        </p>
      )}
      <form className="stacked-form" onSubmit={handleSubmit}>
        <label htmlFor="user-email">{t("signIn.email")}</label>
        <input id="user-email" name="email" type="email" required dir="ltr" />
        <label htmlFor="user-name">{t("setup.displayName")}</label>
        <input id="user-name" name="displayName" />
        <label htmlFor="user-role">{t("accountPage.role")}</label>
        <select id="user-role" value={role} onChange={(event) => setRole(event.target.value as RoleName)}>
          {roleNames.map((name) => (
            <option key={name} value={name}>
              {t(`account.role.${name}`)}
            </option>
          ))}
        </select>
        {countryScopedRoles.includes(role) ? (
          <CheckboxGroup
            legend={t("editor.countries")}
            name="user-countries"
            options={memberStates.map((code) => ({ value: code, label: formatters.country(code) }))}
            selected={countries}
            onChange={setCountries}
            issues={noIssues}
          />
        ) : null}
        <button type="submit" className="button">
          {t("users.addButton")}
        </button>
        {error === undefined ? null : <ErrorMessage error={error} />}
      </form>
    </section>
  );
}
