import type { ApiScopeName } from "@circular-atlas/contracts";
import { apiScopes } from "@circular-atlas/contracts/vocabulary";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useApiClient, useApiResource } from "../api/api-context.tsx";
import { ErrorMessage } from "../components/error-message.tsx";
import { LoadingSkeleton } from "../components/loading-skeleton.tsx";
import { useFormatters } from "../hooks/use-formatters.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { useSession } from "../session/session-context.tsx";

/** `/account`: who you are, and your API tokens (made, shown once, revoked). */
export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t("accountPage.title"));
  const { user, session } = useSession();
  const formatters = useFormatters();
  if (session === undefined) return <LoadingSkeleton blocks={2} />;
  if (user === null)
    return (
      <div className="page form-page">
        <h1>{t("accountPage.title")}</h1>
        <p>
          <Link to="/sign-in?next=/account">{t("signIn.title")}</Link>
        </p>
      </div>
    );
  return (
    <div className="page form-page">
      <h1>{t("accountPage.title")}</h1>
      <dl className="record-fields">
        <div>
          <dt>{t("signIn.email")}</dt>
          <dd dir="ltr">{user.email}</dd>
        </div>
        <div>
          <dt>{t("accountPage.role")}</dt>
          <dd>{t(`account.role.${user.role}`)}</dd>
        </div>
        {user.countries.length > 0 ? (
          <div>
            <dt>{t("editor.countries")}</dt>
            <dd>{user.countries.map((code) => formatters.country(code)).join(", ")}</dd>
          </div>
        ) : null}
      </dl>
      <ApiTokens />
    </div>
  );
}

function ApiTokens() {
  const { t } = useTranslation();
  const api = useApiClient();
  const formatters = useFormatters();
  const [version, setVersion] = useState(0);
  const tokens = useApiResource(`tokens:${version}`, (client) => client.listApiTokens());
  const [secret, setSecret] = useState<string | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const handleCreate = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const scopes = apiScopes.filter((scope) => form.get(`scope-${scope}`) === "on") as ApiScopeName[];
    setError(undefined);
    try {
      const created = await api.createApiToken(String(form.get("name") ?? ""), scopes);
      setSecret(created.secret);
      setVersion((count) => count + 1);
    } catch (caught) {
      setError(caught);
    }
  };
  const revoke = async (id: number) => {
    try {
      await api.revokeApiToken(id);
      setVersion((count) => count + 1);
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <section aria-labelledby="api-tokens">
      <h2 id="api-tokens">{t("accountPage.tokens")}</h2>
      <p className="form-help">{t("accountPage.tokensHelp")}</p>
      {secret === undefined ? null : (
        <p className="notice" role="status">
          {t("accountPage.secretOnce")} <code dir="ltr">{secret}</code>
        </p>
      )}
      {tokens.status === "ready" && tokens.data.data.length > 0 ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("accountPage.tokenName")}</th>
              <th scope="col">{t("accountPage.scopes")}</th>
              <th scope="col">{t("accountPage.lastUsed")}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {tokens.data.data.map((token) => (
              <tr key={token.id}>
                <td>
                  <code dir="ltr">{token.prefix}…</code> {token.name}
                </td>
                <td>{token.scopes.join(", ")}</td>
                <td>{token.lastUsedAt === null ? "—" : formatters.date(token.lastUsedAt.slice(0, 10))}</td>
                <td>
                  {token.revoked ? (
                    t("accountPage.revoked")
                  ) : (
                    <button type="button" className="link-button" onClick={() => revoke(token.id)}>
                      {t("accountPage.revoke")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <form className="stacked-form" onSubmit={handleCreate}>
        <label htmlFor="token-name">{t("accountPage.tokenName")}</label>
        <input id="token-name" name="name" maxLength={100} />
        <fieldset className="form-group checkbox-group">
          <legend>{t("accountPage.scopes")}</legend>
          <ul>
            {apiScopes.map((scope) => (
              <li key={scope}>
                <input
                  type="checkbox"
                  id={`scope-${scope}`}
                  name={`scope-${scope}`}
                  defaultChecked={scope === "read"}
                />
                <label htmlFor={`scope-${scope}`}>{t(`accountPage.scope.${scope}`)}</label>
              </li>
            ))}
          </ul>
        </fieldset>
        <button type="submit" className="button">
          {t("accountPage.createToken")}
        </button>
      </form>
      {error === undefined ? null : <ErrorMessage error={error} />}
    </section>
  );
}
