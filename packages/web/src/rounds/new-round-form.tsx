import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiClient } from "../api/api-context.tsx";
import { ErrorMessage } from "../components/error-message.tsx";

const fields = ["name", "period", "dueDate", "lockDate"] as const;

/** A reviewer's or admin's new reporting round (every member state is asked). */
export function NewRoundForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const api = useApiClient();
  const [values, setValues] = useState({ name: "", period: "", dueDate: "", lockDate: "" });
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api.createRound(values);
      setValues({ name: "", period: "", dueDate: "", lockDate: "" });
      onCreated();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="stacked-form new-round-form" onSubmit={handleSubmit} data-testid="new-round-form">
      <h2>{t("rounds.create.title")}</h2>
      {fields.map((field) => (
        <label key={field}>
          {t(`rounds.create.${field}`)}
          <input
            name={field}
            type={field === "dueDate" || field === "lockDate" ? "date" : "text"}
            inputMode={field === "period" ? "numeric" : undefined}
            required
            value={values[field]}
            onChange={(event) => setValues({ ...values, [field]: event.target.value })}
          />
        </label>
      ))}
      {error === undefined ? null : <ErrorMessage error={error} />}
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {t("rounds.create.submit")}
        </button>
      </div>
    </form>
  );
}
