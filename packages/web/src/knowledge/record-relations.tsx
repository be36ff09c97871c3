import type { KnowledgeRecord } from "@circular-atlas/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormatters } from "../hooks/use-formatters.ts";
import { directionOf } from "./record-text.ts";
import { useTaxonomy } from "./use-taxonomy.ts";

/**
 * Relations in both directions: "addresses → barrier" for those this record holds, "policy →
 * addresses this" for those pointing here. Related drafts the reader may not see are not listed.
 */
export function RecordRelations({ record }: { record: KnowledgeRecord }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const taxonomy = useTaxonomy();
  if (record.relations.length === 0) return null;
  return (
    <section aria-labelledby="record-relations">
      <h2 id="record-relations">{t("record.relations")}</h2>
      <ul className="relation-list">
        {record.relations.map((relation) => {
          const other = relation.record;
          const language =
            other.titles[formatters.language] === undefined ? other.originalLanguage : formatters.language;
          const title = other.titles[language] ?? Object.values(other.titles)[0] ?? other.id;
          const kind = taxonomy.label("relation", relation.kind);
          const link = (
            <Link
              to={`/knowledge/${encodeURIComponent(other.id)}`}
              lang={language}
              dir={directionOf(language)}
            >
              {title}
            </Link>
          );
          return (
            <li
              key={`${relation.direction}|${relation.kind}|${other.id}`}
              data-relation={relation.kind}
              data-direction={relation.direction}
            >
              <span className={`record-type record-type-${other.type}`}>
                {taxonomy.label("record-type", other.type)}
              </span>{" "}
              {relation.direction === "outgoing"
                ? t("record.relationOutgoing", { kind })
                : t("record.relationIncoming", { kind })}{" "}
              <bdi>{link}</bdi>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
