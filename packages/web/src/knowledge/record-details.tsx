import type { RecordDetails as Details, KnowledgeRecord } from "@circular-atlas/contracts";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../hooks/use-formatters.ts";
import type { Catalogue } from "../i18n/languages.ts";
import { useTaxonomy } from "./use-taxonomy.ts";

type RecordFieldName = keyof Catalogue["record"]["field"];

/** Which taxonomy scheme names a detail field's code (the others are free text, dates or amounts). */
const detailSchemes: Partial<Record<keyof Details, string>> = {
  policyKind: "policy-kind",
  policyStatus: "policy-status",
  practiceKind: "practice-kind",
  stakeholderKind: "stakeholder-kind",
  stage: "initiative-stage",
  barrierKind: "barrier-kind",
};

const detailOrder: readonly (keyof Details)[] = [
  "policyKind",
  "policyStatus",
  "instruments",
  "issuingBody",
  "legalReference",
  "practiceKind",
  "results",
  "lessons",
  "stakeholderKind",
  "website",
  "stage",
  "budgetUsd",
  "fundingSoughtUsd",
  "partners",
  "barrierKind",
  "startDate",
  "endDate",
  "place",
  "publisher",
  "publishedOn",
  "url",
];

/** The record's tags and the fields of its type, as a definition list. */
export function RecordDetails({ record }: { record: KnowledgeRecord }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const taxonomy = useTaxonomy();
  const tags = (scheme: string, codes: readonly string[]) =>
    codes.map((code) => taxonomy.label(scheme, code)).join(" · ");
  const value = (field: keyof Details): string | undefined => {
    const raw = record.details[field];
    if (raw === undefined) return undefined;
    const scheme = detailSchemes[field];
    if (Array.isArray(raw)) return field === "instruments" ? tags("instrument", raw) : raw.join(" · ");
    if (scheme !== undefined) return taxonomy.label(scheme, raw);
    if (field === "budgetUsd" || field === "fundingSoughtUsd")
      return `US$ ${formatters.number(Number(raw), { decimals: 2 })}`;
    if (field === "startDate" || field === "endDate" || field === "publishedOn") return formatters.date(raw);
    return raw;
  };
  const rows: { key: string; label: string; value: string; link?: boolean }[] = [];
  const add = (key: RecordFieldName, text: string | undefined, link = false) => {
    if (text !== undefined && text !== "")
      rows.push({ key, label: t(`record.field.${key}`), value: text, link });
  };
  add("sectors", tags("sector", record.sectors));
  add("strategies", tags("strategy", record.strategies));
  add("themes", tags("theme", record.themes));
  add("sdgTargets", record.sdgTargets.join(" · "));
  add("subnationalArea", record.subnationalArea ?? undefined);
  for (const field of detailOrder) add(field, value(field), field === "website" || field === "url");
  const notes = (Object.entries(record.justTransition) as [RecordFieldName, string | undefined][]).filter(
    ([, text]) => text !== undefined && text !== "",
  );
  if (rows.length === 0 && notes.length === 0) return null;
  return (
    <section aria-labelledby="record-details">
      <h2 id="record-details">{t("record.details")}</h2>
      <dl className="record-fields">
        {rows.map((row) => (
          <div key={row.key} data-field={row.key}>
            <dt>{row.label}</dt>
            <dd dir="auto">
              {row.link ? (
                <a href={row.value} rel="noopener noreferrer external">
                  {row.value}
                </a>
              ) : (
                row.value
              )}
            </dd>
          </div>
        ))}
      </dl>
      {notes.length > 0 ? (
        <>
          <h3>{t("record.justTransition")}</h3>
          <dl className="record-fields" lang={record.originalLanguage}>
            {notes.map(([key, text]) => (
              <div key={key}>
                <dt lang={formatters.language}>{t(`record.field.${key}`)}</dt>
                <dd dir="auto">{text}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </section>
  );
}
