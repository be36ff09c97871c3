import type { Source } from "@circular-atlas/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** "Source: <title> (<licence>)", linked to the source's entry on the About-the-data page. */
export function SourceNote({ sources }: { sources: readonly Source[] }) {
  const { t } = useTranslation();
  if (sources.length === 0) return null;
  return (
    <p className="source-note">
      {t("common.source", { count: sources.length })}{" "}
      {sources.map((source, index) => (
        <span key={source.id}>
          {index > 0 ? "; " : null}
          <Link to={`/about/data#${source.id}`}>{source.title}</Link>{" "}
          <span className="licence">({source.licence})</span>
        </span>
      ))}
    </p>
  );
}
