import type { QualityRuleDto } from "@circular-atlas/contracts";
import { useTranslation } from "react-i18next";
import { useApiResource } from "../api/api-context.tsx";
import { ErrorMessage } from "../components/error-message.tsx";

/**
 * The rules in force, read-only: what each checks, how severe a finding is, where it applies.
 * Editors and administrators replace the set through the API, which validates it whole; the
 * page points them there rather than offering a second editor.
 */
export function QualityRulesPanel({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const rules = useApiResource<{ origin: "saved" | "default"; rules: QualityRuleDto[] }>(
    "quality-rules",
    (api) => api.getQualityRules(),
  );
  if (rules.status === "loading") return null;
  if (rules.status === "error") return <ErrorMessage error={rules.error} onRetry={rules.retry} />;
  return (
    <details className="quality-rules" data-testid="quality-rules">
      <summary>{t(`quality.rules.title.${rules.data.origin}`, { count: rules.data.rules.length })}</summary>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("quality.filter.rule")}</th>
              <th scope="col">{t("quality.filter.severity")}</th>
              <th scope="col">{t("quality.rules.scope")}</th>
              <th scope="col">{t("quality.rules.params")}</th>
            </tr>
          </thead>
          <tbody>
            {rules.data.rules.map((rule) => (
              <tr key={rule.id} data-rule={rule.id} className={rule.enabled ? undefined : "superseded-row"}>
                <td>
                  <code dir="ltr">{rule.id}</code> {rule.enabled ? null : t("quality.rules.disabled")}
                </td>
                <td>{t(`quality.severity.${rule.severity}`)}</td>
                <td dir="ltr">
                  {[...(rule.scope.indicators ?? []), ...(rule.scope.units ?? [])].join(", ") ||
                    t("quality.rules.everywhere")}
                </td>
                <td dir="ltr">
                  <code>{JSON.stringify(rule.params)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canEdit ? (
        <p>
          {t("quality.rules.editHint")} <a href="/api/docs">{t("footer.apiDocs")}</a>
        </p>
      ) : null}
    </details>
  );
}
