import { recordTypes } from "@circular-atlas/contracts/vocabulary";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../hooks/use-formatters.ts";
import { CheckboxGroup } from "./checkbox-group.tsx";
import { FieldError, type IssueLookup } from "./field-error.tsx";
import { contentLanguages, type RecordDraft } from "./record-draft.ts";
import { DetailFields, SourceFields } from "./record-form-details.tsx";
import { directionOf, languageName } from "./record-text.ts";
import { useTaxonomy } from "./use-taxonomy.ts";

export interface RecordFormProps {
  draft: RecordDraft;
  onChange: (draft: RecordDraft) => void;
  /** The countries the user may choose; a focal point sees only their own. */
  countryChoices: readonly string[];
  issues: IssueLookup;
}

/** The record editor's fields. Every label is from the catalogue; every code list from the taxonomy. */
export function RecordForm({ draft, onChange, countryChoices, issues }: RecordFormProps) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const taxonomy = useTaxonomy();
  const set = (changes: Partial<RecordDraft>) => onChange({ ...draft, ...changes });
  return (
    <>
      <fieldset className="form-group">
        <legend>{t("editor.basics")}</legend>
        <label htmlFor="record-type">{t("editor.type")}</label>
        <select
          id="record-type"
          value={draft.type}
          onChange={(event) => set({ type: event.target.value as RecordDraft["type"], details: {} })}
        >
          {recordTypes.map((type) => (
            <option key={type} value={type}>
              {taxonomy.label("record-type", type)}
            </option>
          ))}
        </select>
        <label htmlFor="record-language">{t("editor.originalLanguage")}</label>
        <select
          id="record-language"
          value={draft.originalLanguage}
          onChange={(event) => {
            const language = event.target.value;
            const original = draft.texts[draft.originalLanguage] ?? { title: "", summary: "" };
            const { [draft.originalLanguage]: _old, ...others } = draft.texts;
            set({
              originalLanguage: language,
              texts: { [language]: { ...original, translated: false }, ...others },
            });
          }}
        >
          {contentLanguages.map((code) => (
            <option key={code} value={code}>
              {languageName(code, formatters.language)}
            </option>
          ))}
        </select>
        <label htmlFor="record-year">{t("editor.year")}</label>
        <input
          id="record-year"
          inputMode="numeric"
          value={draft.year}
          onChange={(event) => set({ year: event.target.value })}
          aria-invalid={issues.has("year")}
        />
        <FieldError issues={issues} path="year" />
      </fieldset>
      <TextFields draft={draft} onChange={onChange} issues={issues} />
      <CheckboxGroup
        legend={t("editor.countries")}
        name="countries"
        options={countryChoices.map((code) => ({ value: code, label: formatters.country(code) }))}
        selected={draft.countries}
        onChange={(countries) => set({ countries })}
        issues={issues}
      />
      {countryChoices.length === 0 ? <p className="form-help">{t("editor.noCountries")}</p> : null}
      <label htmlFor="record-area">{t("record.field.subnationalArea")}</label>
      <input
        id="record-area"
        value={draft.subnationalArea}
        onChange={(event) => set({ subnationalArea: event.target.value })}
      />
      {(["strategy", "sector", "theme"] as const).map((scheme) => {
        const field = scheme === "strategy" ? "strategies" : scheme === "sector" ? "sectors" : "themes";
        return (
          <CheckboxGroup
            key={scheme}
            legend={t(`record.field.${field}`)}
            name={field}
            options={taxonomy
              .terms(scheme)
              .map((term) => ({ value: term.code, label: taxonomy.label(scheme, term.code) }))}
            selected={draft[field]}
            onChange={(codes) => set({ [field]: codes })}
            issues={issues}
          />
        );
      })}
      <label htmlFor="record-sdg">{t("record.field.sdgTargets")}</label>
      <input
        id="record-sdg"
        dir="ltr"
        value={draft.sdgTargets.join(", ")}
        placeholder="12.5, 11.6"
        onChange={(event) => set({ sdgTargets: event.target.value.split(/[,\s]+/).filter(Boolean) })}
        aria-invalid={issues.has("sdgTargets")}
      />
      <FieldError issues={issues} path="sdgTargets" />
      <DetailFields draft={draft} onChange={onChange} issues={issues} />
      <SourceFields draft={draft} onChange={onChange} issues={issues} />
    </>
  );
}

function TextFields({
  draft,
  onChange,
  issues,
}: {
  draft: RecordDraft;
  onChange: (draft: RecordDraft) => void;
  issues: IssueLookup;
}) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const [adding, setAdding] = useState("");
  const languages = [
    draft.originalLanguage,
    ...Object.keys(draft.texts).filter((code) => code !== draft.originalLanguage),
  ];
  const setText = (language: string, changes: Record<string, string>) =>
    onChange({
      ...draft,
      texts: {
        ...draft.texts,
        [language]: {
          title: "",
          summary: "",
          ...draft.texts[language],
          ...changes,
          translated: language !== draft.originalLanguage,
        },
      },
    });
  const missing = contentLanguages.filter((code) => draft.texts[code] === undefined);
  return (
    <fieldset className="form-group">
      <legend>{t("editor.texts")}</legend>
      {languages.map((language) => {
        const text = draft.texts[language] ?? { title: "", summary: "" };
        const dir = directionOf(language);
        return (
          <div key={language} className="text-fields" data-language={language}>
            <h3>
              {languageName(language, formatters.language)}{" "}
              {language === draft.originalLanguage
                ? `(${t("record.original")})`
                : `(${t("record.translation")})`}
            </h3>
            <label htmlFor={`title-${language}`}>{t("editor.title")}</label>
            <input
              id={`title-${language}`}
              lang={language}
              dir={dir}
              value={text.title}
              maxLength={300}
              required={language === draft.originalLanguage}
              onChange={(event) => setText(language, { title: event.target.value })}
              aria-invalid={issues.has(`texts.${language}.title`)}
            />
            <FieldError issues={issues} path={`texts.${language}.title`} />
            <label htmlFor={`summary-${language}`}>{t("editor.summary")}</label>
            <textarea
              id={`summary-${language}`}
              lang={language}
              dir={dir}
              rows={4}
              value={text.summary}
              onChange={(event) => setText(language, { summary: event.target.value })}
              aria-invalid={issues.has(`texts.${language}.summary`)}
            />
            <FieldError issues={issues} path={`texts.${language}.summary`} />
            {language === draft.originalLanguage ? null : (
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  const { [language]: _removed, ...rest } = draft.texts;
                  onChange({ ...draft, texts: rest });
                }}
              >
                {t("editor.removeTranslation")}
              </button>
            )}
          </div>
        );
      })}
      <div className="inline-fields">
        <label htmlFor="add-translation">{t("editor.addTranslation")}</label>
        <select id="add-translation" value={adding} onChange={(event) => setAdding(event.target.value)}>
          <option value="">—</option>
          {missing.map((code) => (
            <option key={code} value={code}>
              {languageName(code, formatters.language)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          disabled={adding === ""}
          onClick={() => {
            setText(adding, {});
            setAdding("");
          }}
        >
          {t("editor.add")}
        </button>
      </div>
    </fieldset>
  );
}
