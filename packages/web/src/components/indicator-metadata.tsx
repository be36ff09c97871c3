import type { IndicatorMetadata } from "@circular-atlas/contracts";
import { useTranslation } from "react-i18next";
import { useApiResource } from "../api/api-context.tsx";
import { countryName } from "../i18n/country-names.ts";

/**
 * The metadata national publishers give for the indicator (Open SDG `meta/` files), per country,
 * in the reader's language. A field the publisher did not write in this language is not shown in
 * another one; the reader is told which languages have more.
 */
export function IndicatorMetadataSection({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const resource = useApiResource(`indicator-metadata:${code}`, (api) => api.getIndicatorMetadata(code));
  if (resource.status !== "ready" || resource.data.data.length === 0) return null;
  return (
    <section aria-labelledby="national-metadata" className="national-metadata">
      <h2 id="national-metadata">{t("metadata.title")}</h2>
      <p>{t("metadata.intro")}</p>
      {resource.data.data.map((record) => (
        <MetadataRecord
          key={`${record.indicatorNumber}:${record.area}`}
          record={record}
          language={i18n.language}
        />
      ))}
    </section>
  );
}

function MetadataRecord({ record, language }: { record: IndicatorMetadata; language: string }) {
  const { t } = useTranslation();
  const fields = Object.entries(record.fields);
  const shown = fields.filter(([, texts]) => texts[language] !== undefined);
  const elsewhere = new Set(
    fields.filter(([, texts]) => texts[language] === undefined).flatMap(([, texts]) => Object.keys(texts)),
  );
  const hidden = fields.length - shown.length;
  return (
    <details data-area={record.area}>
      <summary>
        {countryName(record.area, language)} · <span dir="ltr">{record.indicatorNumber}</span>
      </summary>
      {shown.length === 0 ? <p className="empty-state">{t("metadata.none")}</p> : null}
      <dl>
        {shown.map(([name, texts]) => {
          const text = texts[language] ?? "";
          return (
            <div key={name} data-field={name}>
              {/* A field the locale has no label for is named as the publisher names it. */}
              <dt>{t(`metadata.field.${name}`, { defaultValue: name.replaceAll("_", " ") })}</dt>
              <dd>
                {/^https?:\/\//.test(text) ? (
                  <a href={text} rel="noreferrer" dir="ltr">
                    {text}
                  </a>
                ) : (
                  text
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      {hidden > 0 ? (
        <p className="metadata-elsewhere">
          {t("metadata.otherLanguages", { count: hidden, languages: [...elsewhere].sort().join(", ") })}
        </p>
      ) : null}
    </details>
  );
}
