import { recordDetailFields } from "@circular-atlas/contracts/vocabulary";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CheckboxGroup } from "./checkbox-group.tsx";
import { FieldError, type IssueLookup } from "./field-error.tsx";
import type { RecordDraft } from "./record-draft.ts";
import { useTaxonomy } from "./use-taxonomy.ts";

/** Detail fields picked from a taxonomy scheme; the rest are text, dates or amounts. */
const codeFields: Record<string, string> = {
  policyKind: "policy-kind",
  policyStatus: "policy-status",
  practiceKind: "practice-kind",
  stakeholderKind: "stakeholder-kind",
  stage: "initiative-stage",
  barrierKind: "barrier-kind",
};
const dateFields = new Set(["startDate", "endDate", "publishedOn"]);
const longFields = new Set(["results", "lessons"]);
const justTransitionFields = ["informalSector", "gender", "skills", "affectedRegions"] as const;

interface SectionProps {
  draft: RecordDraft;
  onChange: (draft: RecordDraft) => void;
  issues: IssueLookup;
}

/** The fields of the record's type, its location (initiatives) and just-transition notes. */
export function DetailFields({ draft, onChange, issues }: SectionProps) {
  const { t } = useTranslation();
  const details = draft.details as Record<string, string | string[] | undefined>;
  const setDetail = (field: string, value: string | string[]) =>
    onChange({ ...draft, details: { ...draft.details, [field]: value } });
  return (
    <fieldset className="form-group">
      <legend>{t("record.details")}</legend>
      {recordDetailFields[draft.type].map((field) => (
        <DetailField
          key={field}
          field={field}
          value={details[field]}
          onChange={(value) => setDetail(field, value)}
          issues={issues}
        />
      ))}
      {draft.type === "initiative" ? (
        <div className="inline-fields">
          <label htmlFor="record-latitude">{t("editor.latitude")}</label>
          <input
            id="record-latitude"
            dir="ltr"
            inputMode="decimal"
            value={draft.latitude}
            onChange={(event) => onChange({ ...draft, latitude: event.target.value })}
          />
          <label htmlFor="record-longitude">{t("editor.longitude")}</label>
          <input
            id="record-longitude"
            dir="ltr"
            inputMode="decimal"
            value={draft.longitude}
            onChange={(event) => onChange({ ...draft, longitude: event.target.value })}
          />
          <FieldError issues={issues} path="location" />
        </div>
      ) : null}
      <h3>{t("record.justTransition")}</h3>
      {justTransitionFields.map((field) => (
        <div key={field} className="field">
          <label htmlFor={`jt-${field}`}>{t(`record.field.${field}`)}</label>
          <textarea
            id={`jt-${field}`}
            rows={2}
            dir="auto"
            value={draft.justTransition[field] ?? ""}
            onChange={(event) =>
              onChange({ ...draft, justTransition: { ...draft.justTransition, [field]: event.target.value } })
            }
          />
        </div>
      ))}
    </fieldset>
  );
}

const sourceFields = ["title", "publisher", "url", "publishedOn", "accessedOn"] as const;

/** The published sources the record's facts were checked against, one row each. */
export function SourceFields({ draft, onChange, issues }: SectionProps) {
  const { t } = useTranslation();
  const today = new Date().toISOString().slice(0, 10);
  const setSource = (index: number, field: string, value: string) =>
    onChange({
      ...draft,
      sources: draft.sources.map((source, position) =>
        position === index ? { ...source, [field]: value } : source,
      ),
    });
  return (
    <fieldset className="form-group">
      <legend>{t("record.sources")}</legend>
      {draft.sources.map((source, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; their index is their identity.
        <div key={index} className="source-fields" data-source={index}>
          {sourceFields.map((field) => (
            <div key={field} className="field">
              <label htmlFor={`source-${index}-${field}`}>{t(`editor.source.${field}`)}</label>
              <input
                id={`source-${index}-${field}`}
                type={field === "url" ? "url" : field === "title" || field === "publisher" ? "text" : "date"}
                dir={field === "url" ? "ltr" : "auto"}
                value={(source as Record<string, string | undefined>)[field] ?? ""}
                onChange={(event) => setSource(index, field, event.target.value)}
                aria-invalid={issues.has(`sources.${index}.${field}`)}
              />
              <FieldError issues={issues} path={`sources.${index}.${field}`} />
            </div>
          ))}
          <button
            type="button"
            className="link-button"
            onClick={() =>
              onChange({ ...draft, sources: draft.sources.filter((_, position) => position !== index) })
            }
          >
            {t("editor.removeSource")}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button"
        onClick={() =>
          onChange({ ...draft, sources: [...draft.sources, { title: "", publisher: "", accessedOn: today }] })
        }
      >
        {t("editor.addSource")}
      </button>
    </fieldset>
  );
}

/** One field of the record's type: a taxonomy choice, a text, a date or a list. */
function DetailField({
  field,
  value,
  onChange,
  issues,
}: {
  field: (typeof recordDetailFields)[keyof typeof recordDetailFields][number];
  value: string | string[] | undefined;
  onChange: (value: string | string[]) => void;
  issues: IssueLookup;
}) {
  const { t } = useTranslation();
  const taxonomy = useTaxonomy();
  const id = `detail-${field}`;
  const path = `details.${field}`;
  if (field === "instruments")
    return (
      <CheckboxGroup
        legend={t("record.field.instruments")}
        name={path}
        options={taxonomy
          .terms("instrument")
          .map((term) => ({ value: term.code, label: taxonomy.label("instrument", term.code) }))}
        selected={Array.isArray(value) ? value : []}
        onChange={onChange}
        issues={issues}
      />
    );
  const text = Array.isArray(value) ? value.join("; ") : (value ?? "");
  const scheme = codeFields[field];
  return (
    <div className="field">
      <label htmlFor={id}>{t(`record.field.${field}`)}</label>
      {scheme !== undefined ? (
        <select id={id} value={text} onChange={(event) => onChange(event.target.value)}>
          <option value="">—</option>
          {taxonomy.terms(scheme).map((term) => (
            <option key={term.code} value={term.code}>
              {taxonomy.label(scheme, term.code)}
            </option>
          ))}
        </select>
      ) : longFields.has(field) ? (
        <textarea
          id={id}
          rows={3}
          dir="auto"
          value={text}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : field === "partners" ? (
        <ListInput id={id} initial={text} onCommit={onChange} invalid={issues.has(path)} />
      ) : (
        <input
          id={id}
          type={dateFields.has(field) ? "date" : "text"}
          dir="auto"
          value={text}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={issues.has(path)}
        />
      )}
      <FieldError issues={issues} path={path} />
    </div>
  );
}

/** A semicolon-separated list, kept as typed while editing and split when the field is left. */
function ListInput({
  id,
  initial,
  onCommit,
  invalid,
}: {
  id: string;
  initial: string;
  onCommit: (items: string[]) => void;
  invalid: boolean;
}) {
  const [text, setText] = useState(initial);
  const commit = (value: string) =>
    onCommit(
      value
        .split(";")
        .map((item) => item.trim())
        .filter(Boolean),
    );
  return (
    <input
      id={id}
      dir="auto"
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        commit(event.target.value);
      }}
      aria-invalid={invalid}
    />
  );
}
