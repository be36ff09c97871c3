import type { KnowledgeRecord } from "@circular-atlas/contracts";
import { countryScopedRoles } from "@circular-atlas/contracts/vocabulary";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { useApiClient, useApiResource } from "../api/api-context.tsx";
import { ApiError } from "../api/api-error.ts";
import { ErrorMessage } from "../components/error-message.tsx";
import { LoadingSkeleton } from "../components/loading-skeleton.tsx";
import { useFormatters } from "../hooks/use-formatters.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { createIssueLookup, noIssues } from "../knowledge/field-error.tsx";
import { draftOf, emptyDraft, type RecordDraft, toRecordInput } from "../knowledge/record-draft.ts";
import { RecordForm } from "../knowledge/record-form.tsx";
import { useSession } from "../session/session-context.tsx";

/** `/knowledge/new` and `/knowledge/:id/edit`: the record editor, for those allowed to write. */
export function RecordEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  usePageTitle(t(id === undefined ? "editor.newTitle" : "editor.editTitle"));
  const { user, session } = useSession();
  const areas = useApiResource("areas", (api) => api.getAreas());
  const record = useApiResource(`edit:${id ?? ""}`, (api) =>
    id === undefined ? Promise.resolve(undefined) : api.getRecord(id),
  );
  if (session === undefined || areas.status === "loading" || record.status === "loading")
    return <LoadingSkeleton blocks={4} />;
  if (user === null)
    return (
      <div className="page form-page">
        <h1>{t(id === undefined ? "editor.newTitle" : "editor.editTitle")}</h1>
        <p>
          {t("editor.signInFirst")}{" "}
          <Link to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>{t("signIn.title")}</Link>
        </p>
      </div>
    );
  if (areas.status === "error") return <ErrorMessage error={areas.error} onRetry={areas.retry} />;
  if (record.status === "error") return <ErrorMessage error={record.error} onRetry={record.retry} />;
  const memberStates = areas.data.data.filter((area) => area.level === "country").map((area) => area.code);
  // Country-scoped roles are offered their own countries only; the server refuses the others too.
  const countryChoices = countryScopedRoles.includes(user.role)
    ? memberStates.filter((code) => user.countries.includes(code))
    : memberStates;
  return (
    <EditorForm
      key={id ?? "new"}
      record={record.data}
      countryChoices={countryChoices}
      defaultCountries={countryChoices.length === 1 ? countryChoices : []}
    />
  );
}

function EditorForm({
  record,
  countryChoices,
  defaultCountries,
}: {
  record: KnowledgeRecord | undefined;
  countryChoices: readonly string[];
  defaultCountries: readonly string[];
}) {
  const { t } = useTranslation();
  const api = useApiClient();
  const navigate = useNavigate();
  const formatters = useFormatters();
  const [draft, setDraft] = useState<RecordDraft>(() =>
    record === undefined
      ? emptyDraft({ language: formatters.language, countries: defaultCountries })
      : draftOf(record),
  );
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const issues =
    error instanceof ApiError &&
    typeof error.details === "object" &&
    error.details !== null &&
    "issues" in error.details
      ? createIssueLookup((error.details as { issues: { path: string; message: string }[] }).issues)
      : noIssues;
  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const input = toRecordInput(draft);
      const saved =
        record === undefined ? await api.createRecord(input) : await api.updateRecord(record.id, input);
      void navigate(`/knowledge/${encodeURIComponent(saved.id)}`);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };
  return (
    <div className="page form-page editor-page">
      <h1>{t(record === undefined ? "editor.newTitle" : "editor.editTitle")}</h1>
      <p className="lead">{t("editor.intro")}</p>
      <form className="stacked-form record-form" onSubmit={handleSubmit} noValidate>
        <RecordForm draft={draft} onChange={setDraft} countryChoices={countryChoices} issues={issues} />
        {error === undefined ? null : <ErrorMessage error={error} />}
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {t(record === undefined ? "editor.saveDraft" : "editor.save")}
          </button>
          <Link to={record === undefined ? "/knowledge" : `/knowledge/${encodeURIComponent(record.id)}`}>
            {t("editor.cancel")}
          </Link>
        </div>
      </form>
    </div>
  );
}
